package main

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/atomicfile"
	"github.com/negograph/negograph/internal/config"
	"github.com/negograph/negograph/internal/pipeline"
	"github.com/negograph/negograph/internal/source"
)

// SnapshotFile is the name of the snapshot written in the output folder;
// SnapshotGzipFile its name when written gzip-compressed (--gzip).
const (
	SnapshotFile     = "graph.json"
	SnapshotGzipFile = "graph.json.gz"
)

// snapshotIn returns the snapshot of folder out: graph.json, or
// graph.json.gz when only that one is there.
func snapshotIn(out string) string {
	plain, gz := filepath.Join(out, SnapshotFile), filepath.Join(out, SnapshotGzipFile)
	if !fileExists(plain) && fileExists(gz) {
		return gz
	}
	return plain
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// writeSnapshot writes snap to OUT/graph.json, or gzip-compressed to
// OUT/graph.json.gz, atomically; then it removes the snapshot of the other
// form a previous run left, so that no stale snapshot stays beside the new
// one (explain and export read whichever is there).
func writeSnapshot(ctx context.Context, out string, snap interface{ EncodeJSON(io.Writer) error }, gz bool) (string, error) {
	path, stale := filepath.Join(out, SnapshotFile), filepath.Join(out, SnapshotGzipFile)
	encode := snap.EncodeJSON
	if gz {
		path, stale = stale, path
		encode = func(w io.Writer) error {
			zw, err := gzip.NewWriterLevel(w, gzip.BestSpeed)
			if err != nil {
				return err
			}
			if err := snap.EncodeJSON(zw); err != nil {
				return err
			}
			return zw.Close()
		}
	}
	if err := atomicfile.Write(ctx, path, encode); err != nil {
		return "", fmt.Errorf("write snapshot: %w", err)
	}
	if err := os.Remove(stale); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return path, fmt.Errorf("remove the previous snapshot %s: %w", stale, err)
	}
	return path, nil
}

func (a *app) buildCmd() *cobra.Command {
	var keepGoing bool
	var shard, contributions, spill string
	cmd := &cobra.Command{
		Use:   "build PATH...",
		Short: "Build the graph of a set of articles and write (and load) it",
		Long: `build reads every article under the paths (folders are searched recursively for .txt,
.md, .html and .jsonl files; a manifest.json gives publication dates and outlets), extracts
entities, dates and meetings, merges them into one graph and writes OUT/graph.json (with
--gzip, OUT/graph.json.gz, which every command reads as well) — the same input always gives
a byte-identical file. When neo4j.uri is set it also applies the
schema and loads the graph with batched UNWIND … MERGE transactions; loading twice leaves
the same graph.

Inputs that cannot be read (invalid UTF-8, binary, empty, larger than max_file_bytes) are
reported with their path and skipped. With --keep-going (the default) the run goes on, the
graph of the readable articles is written and loaded, and the exit status is 1 at the end;
with --keep-going=false nothing is written or loaded when an input was skipped.

Pages (--url), URL lists (--url-list) and RSS or Atom feeds (--feed) are read by the same
stage as refresh reads them, after the paths. A build keeps no state: refresh is the
incremental form of the same pipeline, which also diffs against the graph in Neo4j.

With --shard I/N --contributions DIR, build reads the whole corpus but analyses only the
I-th of N deterministic parts of it and writes their analyses to DIR instead of graph.json;
assemble merges the N folders into the snapshot one build gives (docs/SCALE.md).

A build of more than 5,000 articles writes the mention lists and the meeting facts' evidence
of the analyses of the articles after the 5,000th to a temporary folder in OUT while it reads,
and reads them back when it makes the graph, so that its memory does not hold them all at once (--spill on spills every
analysis, --spill off none; the graph is the same). The folder is removed at the end.

A build gives the Go runtime a soft memory limit, --memory-limit (memory_limit; 1750MiB by
default, off for none): the garbage collector runs more often as the heap nears it, trading
CPU for memory (docs/SCALE.md). The build raises it when the live heap comes within a fifth of
it, so that a larger corpus costs memory rather than a collector that never stops.
GOMEMLIMIT, when set, wins.`,
		Example: `  negograph build examples/articles
  negograph build --out snapshots ../shared/corpus/seeds news.jsonl
  NEGOGRAPH_NEO4J_PASSWORD=secret negograph build --neo4j-uri bolt://localhost:7687 examples/articles
  negograph build --feed https://news.example/rss.xml --url-list urls.txt
  negograph build --shard 2/7 --contributions contrib/2 corpus/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			src := webSources(cmd.Flags())
			src.Paths = args
			if len(src.Paths)+len(src.URLs)+len(src.URLLists)+len(src.Feeds) == 0 {
				return &exitError{code: 2, err: fmt.Errorf("no sources: give folders or files as arguments, or --url, --url-list or --feed")}
			}
			limit := applyMemoryLimit(a.cfg.MemoryLimit, os.Getenv, a.log)
			defer guardMemoryLimit(cmd.Context(), limit, 250*time.Millisecond, a.log)()
			if shard != "" || contributions != "" {
				return a.runShard(cmd.Context(), src, shard, contributions, keepGoing)
			}
			mode, err := pipeline.ParseSpillMode(spill)
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			return a.runBuild(cmd.Context(), src, mode, keepGoing)
		},
	}
	f := cmd.Flags()
	webSourceFlags(f)
	f.String("out", "out", "folder for graph.json (graph.json.gz with --gzip)")
	f.Bool("gzip", false, "write the snapshot gzip-compressed, as graph.json.gz")
	f.Int64("max-file-bytes", 8<<20, "largest input file read, in bytes")
	f.Int("workers", 0, "analysing goroutines (0: one per CPU)")
	f.StringSlice("gazetteer", nil, "extra gazetteer YAML files (repeatable)")
	f.StringVar(&shard, "shard", "", "analyse only part I of N (I/N, 0 <= I < N) and write it to --contributions (see assemble)")
	f.StringVar(&contributions, "contributions", "", "folder for the contributions of --shard instead of graph.json (docs/SCALE.md)")
	f.StringVar(&spill, "spill", "auto", "write the analyses' mention lists and facts' evidence to a temporary folder in --out while reading: auto (after 5,000 articles), on or off")
	f.String("memory-limit", config.DefaultMemoryLimit, "soft memory limit of the Go runtime (1750MiB, 2GiB, 2GB; off for none); GOMEMLIMIT wins")
	f.BoolVar(&keepGoing, "keep-going", true, "skip unreadable inputs and build the rest (exit status 1 at the end)")
	a.neo4jFlags(cmd)
	a.bind(cmd, "out", config.KeyOut)
	a.bind(cmd, "gzip", config.KeySnapshotGzip)
	a.bind(cmd, "max-file-bytes", config.KeyMaxFileBytes)
	a.bind(cmd, "workers", config.KeyWorkers)
	a.bind(cmd, "gazetteer", config.KeyGazetteerFiles)
	a.bind(cmd, "memory-limit", config.KeyMemoryLimit)
	return cmd
}

// buildGraph runs the pipeline's stages on src with no previous state,
// drawing their progress on a terminal; a spill (pipeline.SpillMode) goes
// in a temporary folder in spillDir ("" for the OS temp dir).
func (a *app) buildGraph(ctx context.Context, src pipeline.Sources, spill pipeline.SpillMode, spillDir string) (*pipeline.Result, error) {
	start := time.Now()
	e := a.engine(src)
	e.Spill, e.SpillDir = spill, spillDir
	if len(src.URLs)+len(src.URLLists)+len(src.Feeds) > 0 {
		e.Fetcher = a.fetcher()
	}
	res, err := e.Build(ctx)
	if err != nil {
		return nil, err
	}
	n, r := res.Graph.Len()
	a.log.Info().Int("articles", res.Articles).Int("skipped", len(res.Skipped)).Int("nodes", n).Int("relationships", r).
		Dur("took", time.Since(start)).Msg("graph built")
	return res, nil
}

func (a *app) runBuild(ctx context.Context, src pipeline.Sources, spill pipeline.SpillMode, keepGoing bool) error {
	res, err := a.buildGraph(ctx, src, spill, a.cfg.Out)
	if err != nil {
		return err
	}
	return a.sink(ctx, res, keepGoing)
}

// sink is the end of build and assemble: it writes OUT/graph.json (or
// graph.json.gz, see writeSnapshot), prints
// the summary, loads Neo4j when neo4j.uri is set, and turns skipped inputs
// into exit status 1 (with --keep-going=false nothing is written then).
func (a *app) sink(ctx context.Context, res *pipeline.Result, keepGoing bool) error {
	if len(res.Skipped) > 0 && !keepGoing {
		printSkipped(a.out, res)
		return &exitError{code: 1, err: fmt.Errorf("%d input(s) skipped and --keep-going=false: nothing written", len(res.Skipped))}
	}
	// the graph writes itself, its packed MENTIONS decoded one at a time;
	// only a load into Neo4j needs the whole snapshot at once
	path, err := writeSnapshot(ctx, a.cfg.Out, res.Graph, a.cfg.SnapshotGzip)
	if err != nil {
		return err
	}
	printSummary(a.out, res, path)
	if a.cfg.Neo4j.URI != "" {
		if err := a.load(ctx, res.Graph.Snapshot()); err != nil {
			return err
		}
	}
	if len(res.Skipped) > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d input(s) skipped (listed above); the rest was built", len(res.Skipped))}
	}
	return nil
}

func (a *app) load(ctx context.Context, snap graph.Snapshot) error {
	d, err := a.driver(ctx)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	start := time.Now()
	ld := a.loader(d)
	if p := newProgress(a.errw); p != nil {
		ld.Progress = func(done, total int) { p("load", done, total) }
	}
	st, err := ld.Load(ctx, snap)
	if err != nil {
		return fmt.Errorf("load into neo4j: %w", err)
	}
	fmt.Fprintf(a.out, "neo4j: loaded %d nodes and %d relationships in %d batches into %s/%s (%s)\n",
		st.Nodes, st.Relationships, st.Batches, config.RedactURI(a.cfg.Neo4j.URI), a.cfg.Neo4j.Database, time.Since(start).Round(time.Millisecond))
	return nil
}

func printSkipped(w io.Writer, res *pipeline.Result) {
	for _, fe := range res.Skipped {
		fmt.Fprintf(w, "  skipped %s\n", fe)
	}
	for _, fe := range res.Warnings {
		fmt.Fprintf(w, "  warning %s\n", fe)
	}
}

// printSummary writes the counts of a build.
func printSummary(w io.Writer, res *pipeline.Result, path string) {
	fmt.Fprintf(w, "articles: %d read, %d skipped, %d duplicate\n", res.Articles, len(res.Skipped), res.Duplicates)
	printSkipped(w, res)
	nodes, rels := res.Graph.Counts()
	fmt.Fprintf(w, "nodes: %s\n", counts(nodes))
	fmt.Fprintf(w, "relationships: %s\n", counts(rels))
	fmt.Fprintf(w, "snapshot: %s\n", source.Quote(path))
}

func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	total := 0
	for k, n := range m {
		keys = append(keys, k)
		total += n
	}
	sort.Strings(keys)
	s := fmt.Sprintf("%d", total)
	for i, k := range keys {
		sep := ", "
		if i == 0 {
			sep = " ("
		}
		s += fmt.Sprintf("%s%s %d", sep, k, m[k])
	}
	if len(keys) > 0 {
		s += ")"
	}
	return s
}

// engine is the pipeline Engine over src as the configuration sets it up
// (file size limit, gazetteer, workers), with progress drawn on a terminal.
func (a *app) engine(src pipeline.Sources) *pipeline.Engine {
	return &pipeline.Engine{
		Sources:        src,
		MaxFileBytes:   a.cfg.MaxFileBytes,
		GazetteerFiles: a.cfg.GazetteerFiles,
		Workers:        a.cfg.Workers,
		Progress:       newProgress(a.errw),
		Log:            a.log,
	}
}
