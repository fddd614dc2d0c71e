// Package pipeline runs negograph's build: it reads articles from the
// sources, analyses them on a bounded pool of workers, and merges their
// facts into one graph — entities, mentions, meetings merged across
// articles, and the PRECEDED_BY chains of each negotiation channel.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/internal/source"
)

// ExtractorVersion names the extraction rules; it changes whenever the same
// article could give different facts.
const ExtractorVersion = "0.5.0"

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
	// the article itself was read.
	Warnings []*source.FileError
}

// Build reads, analyses and merges every article under opts.Paths.
func Build(ctx context.Context, opts Options) (*Result, error) {
	gz, err := gazetteer.Default(ctx, opts.GazetteerFiles...)
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	an := NewAnalyzer(gz.Known())
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		seq int
		art article.Article
	}
	jobs := make(chan job, workers*2)
	results := make(chan *contribution, workers*2)
	res := &Result{}
	var walkErr error
	go func() {
		defer close(jobs)
		seq := 0
		walkErr = source.Walk(ctx, opts.Paths, source.Options{MaxBytes: opts.MaxFileBytes, Workers: workers},
			func(a article.Article) error {
				select {
				case jobs <- job{seq, a}:
					seq++
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			},
			func(fe *source.FileError) {
				if errors.Is(fe, source.ErrManifest) || errors.Is(fe, source.ErrMetadata) {
					// the article is read; only the bad metadata is dropped
					opts.Log.Warn().Str("path", fe.Path).Int("line", fe.Line).Err(fe.Err).Msg("metadata ignored")
					res.Warnings = append(res.Warnings, fe)
					return
				}
				opts.Log.Warn().Str("path", fe.Path).Int("line", fe.Line).Err(fe.Err).Msg("skipped input")
				res.Skipped = append(res.Skipped, fe)
			})
	}()
	var wg sync.WaitGroup
	var crashMu sync.Mutex
	var crashed []*source.FileError
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				f, perr := safeAnalyze(an, j.art)
				if perr != nil {
					opts.Log.Error().Str("article", j.art.Source).Err(perr).Msg("analysis failed")
					crashMu.Lock()
					crashed = append(crashed, &source.FileError{Path: j.art.Source, Err: perr})
					crashMu.Unlock()
				}
				c := contribute(j.seq, f)
				select {
				case results <- c:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Merge in input order so that the graph does not depend on scheduling.
	var contribs []*Contribution
	seen := map[string]bool{}
	pending := map[int]*contribution{}
	next := 0
	for c := range results {
		pending[c.seq] = c
		for {
			c, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if seen[c.art.ID] {
				res.Duplicates++
				opts.Log.Info().Str("source", c.art.Source).Str("id", c.art.ID).Msg("duplicate article content, merged")
				continue
			}
			seen[c.art.ID] = true
			contribs = append(contribs, &Contribution{c: c})
			res.Articles++
			opts.Log.Debug().Str("source", c.art.Source).Int("meetings", len(c.meetings)).Msg("article analysed")
		}
	}
	res.Skipped = append(res.Skipped, crashed...)
	if walkErr != nil && !errors.Is(walkErr, context.Canceled) {
		return nil, fmt.Errorf("read sources: %w", walkErr)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("build interrupted: %w", err)
	}
	g, _, err := an.Assemble(contribs)
	if err != nil {
		return nil, err
	}
	res.Graph = g
	return res, nil
}

// safeAnalyze analyses one article on a worker, turning a panic into an
// error naming the article (which then has no facts) instead of a crash of
// the process.
func safeAnalyze(an *Analyzer, a article.Article) (f *Facts, err error) {
	defer func() {
		if p := recover(); p != nil {
			f = &Facts{Article: a}
			err = fmt.Errorf("analysis of article %q failed (internal error, please report it): %v", a.Source, p)
		}
	}()
	return an.Analyze(a), nil
}
