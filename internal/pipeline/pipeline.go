// Package pipeline holds the stages every command shares: sources →
// articles (Engine.Collect) → analysis (Engine.Analyse: one pool, one cache
// keyed by content hash and extractor fingerprint) → assemble
// (Engine.Assemble: entities, mentions, meetings merged across articles,
// and the PRECEDED_BY chains of each negotiation channel), with the state
// folder that lets a refresh skip what has not changed. Sinks (snapshot,
// Neo4j, exports) take the assembled graph.
package pipeline

import (
	"context"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/source"
)

// ExtractorVersion names the extraction rules; it changes whenever the same
// article could give different facts.
const ExtractorVersion = "0.15.0"

// Options configure a build.
type Options struct {
	// Paths are files and folders of articles.
	Paths []string
	// MaxFileBytes bounds one input file (0: the source default).
	MaxFileBytes int64
	// GazetteerFiles are the user's gazetteer files added to the shipped one.
	GazetteerFiles []string
	// Workers is the number of analysing goroutines (0: one per CPU).
	Workers int
	// Progress, when set, is told how far a long stage is.
	Progress func(stage string, done, total int)
	// Log receives progress and skipped-file warnings.
	Log zerolog.Logger
}

// Result is the outcome of a build.
type Result struct {
	Graph *graph.Graph
	// Articles is the number of distinct articles read.
	Articles int
	// Duplicates counts articles whose content was already read.
	Duplicates int
	// Skipped lists the inputs that could not be read, with the reason.
	Skipped []*source.FileError
	// Warnings lists metadata that was ignored (a bad manifest entry) while
	// the article itself was read, and fetch errors with a fallback.
	Warnings []error
}

// Build reads, analyses and merges every article under opts.Paths: an
// Engine run with no previous state (see Engine.Build).
func Build(ctx context.Context, opts Options) (*Result, error) {
	e := &Engine{Sources: Sources{Paths: opts.Paths}, MaxFileBytes: opts.MaxFileBytes,
		GazetteerFiles: opts.GazetteerFiles, Workers: opts.Workers, Progress: opts.Progress, Log: opts.Log}
	return e.Build(ctx)
}
