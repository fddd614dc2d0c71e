package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/spf13/cobra"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/atomicfile"
	"github.com/negograph/negograph/internal/config"
	"github.com/negograph/negograph/internal/pipeline"
	"github.com/negograph/negograph/internal/source"
)

// SnapshotFile is the name of the snapshot written in the output folder.
const SnapshotFile = "graph.json"

func (a *app) buildCmd() *cobra.Command {
	var keepGoing bool
	cmd := &cobra.Command{
		Use:   "build PATH...",
		Short: "Build the graph of a set of articles and write (and load) it",
		Long: `build reads every article under the paths (folders are searched recursively for .txt,
.md, .html and .jsonl files; a manifest.json gives publication dates and outlets), extracts
entities, dates and meetings, merges them into one graph and writes OUT/graph.json — the
same input always gives a byte-identical file. When neo4j.uri is set it also applies the
schema and loads the graph with batched UNWIND … MERGE transactions; loading twice leaves
the same graph.

Inputs that cannot be read (invalid UTF-8, binary, empty, larger than max_file_bytes) are
reported with their path and skipped. With --keep-going (the default) the run goes on, the
graph of the readable articles is written and loaded, and the exit status is 1 at the end;
with --keep-going=false nothing is written or loaded when an input was skipped.`,
		Example: `  negograph build examples/articles
  negograph build --out snapshots ../shared/corpus/seeds news.jsonl
  NEGOGRAPH_NEO4J_PASSWORD=secret negograph build --neo4j-uri bolt://localhost:7687 examples/articles`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runBuild(cmd.Context(), args, keepGoing)
		},
	}
	f := cmd.Flags()
	f.String("out", "out", "folder for graph.json")
	f.Int64("max-file-bytes", 8<<20, "largest input file read, in bytes")
	f.Int("workers", 0, "analysing goroutines (0: one per CPU)")
	f.StringSlice("gazetteer", nil, "extra gazetteer YAML files (repeatable)")
	f.BoolVar(&keepGoing, "keep-going", true, "skip unreadable inputs and build the rest (exit status 1 at the end)")
	a.neo4jFlags(cmd)
	a.bind(cmd, "out", config.KeyOut)
	a.bind(cmd, "max-file-bytes", config.KeyMaxFileBytes)
	a.bind(cmd, "workers", config.KeyWorkers)
	a.bind(cmd, "gazetteer", config.KeyGazetteerFiles)
	return cmd
}

// neo4jFlags adds the connection flags bound to the neo4j.* keys.
func (a *app) neo4jFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.String("neo4j-uri", "", "Neo4j Bolt URI, e.g. bolt://localhost:7687 (empty: no loading)")
	f.String("neo4j-user", "neo4j", "Neo4j user")
	f.String("neo4j-password", "", "Neo4j password (prefer NEGOGRAPH_NEO4J_PASSWORD)")
	f.String("neo4j-database", "neo4j", "Neo4j database")
	f.Int("neo4j-batch-size", 1000, "rows per UNWIND batch")
	f.Int("neo4j-writers", 2, "write transactions run at once by a load")
	a.bind(cmd, "neo4j-uri", config.KeyNeo4jURI)
	a.bind(cmd, "neo4j-user", config.KeyNeo4jUser)
	a.bind(cmd, "neo4j-password", config.KeyNeo4jPassword)
	a.bind(cmd, "neo4j-database", config.KeyNeo4jDatabase)
	a.bind(cmd, "neo4j-batch-size", config.KeyNeo4jBatchSize)
	a.bind(cmd, "neo4j-writers", config.KeyNeo4jWriters)
}

func (a *app) buildGraph(ctx context.Context, paths []string) (*pipeline.Result, error) {
	start := time.Now()
	res, err := pipeline.Build(ctx, pipeline.Options{
		Paths:          paths,
		MaxFileBytes:   a.cfg.MaxFileBytes,
		GazetteerFiles: a.cfg.GazetteerFiles,
		Workers:        a.cfg.Workers,
		Log:            a.log,
	})
	if err != nil {
		return nil, err
	}
	n, r := res.Graph.Len()
	a.log.Info().Int("articles", res.Articles).Int("skipped", len(res.Skipped)).Int("nodes", n).Int("relationships", r).
		Dur("took", time.Since(start)).Msg("graph built")
	return res, nil
}

func (a *app) runBuild(ctx context.Context, paths []string, keepGoing bool) error {
	res, err := a.buildGraph(ctx, paths)
	if err != nil {
		return err
	}
	if len(res.Skipped) > 0 && !keepGoing {
		printSkipped(a.out, res)
		return &exitError{code: 1, err: fmt.Errorf("%d input(s) skipped and --keep-going=false: nothing written", len(res.Skipped))}
	}
	snap := res.Graph.Snapshot()
	path := filepath.Join(a.cfg.Out, SnapshotFile)
	if err := atomicfile.Write(ctx, path, snap.EncodeJSON); err != nil {
		return fmt.Errorf("write snapshot: %w", err)
	}
	printSummary(a.out, res, path)
	if a.cfg.Neo4j.URI != "" {
		if err := a.load(ctx, snap); err != nil {
			return err
		}
	}
	if len(res.Skipped) > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d input(s) skipped (listed above); the rest was built", len(res.Skipped))}
	}
	return nil
}

// driver opens and checks the configured Neo4j connection.
func (a *app) driver(ctx context.Context) (neo4j.DriverWithContext, error) {
	c := a.cfg.Neo4j
	if c.URI == "" {
		return nil, &exitError{code: 2, err: fmt.Errorf("no Neo4j URI: set --neo4j-uri, neo4j.uri in negograph.yaml or NEGOGRAPH_NEO4J_URI")}
	}
	d, err := neo4j.NewDriverWithContext(c.URI, neo4j.BasicAuth(c.User, c.Password, ""))
	if err != nil {
		return nil, fmt.Errorf("neo4j %s: %w", config.RedactURI(c.URI), err)
	}
	vctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := d.VerifyConnectivity(vctx); err != nil {
		d.Close(context.Background())
		return nil, fmt.Errorf("neo4j %s does not answer as user %q (check the URI, user and password, and that the server runs): %w", config.RedactURI(c.URI), c.User, err)
	}
	return d, nil
}

func (a *app) loader(d neo4j.DriverWithContext) *neo4jstore.Loader {
	return &neo4jstore.Loader{Driver: d, Database: a.cfg.Neo4j.Database, BatchSize: a.cfg.Neo4j.BatchSize, Writers: a.cfg.Neo4j.Writers, Log: a.log}
}

func (a *app) load(ctx context.Context, snap graph.Snapshot) error {
	d, err := a.driver(ctx)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	start := time.Now()
	st, err := a.loader(d).Load(ctx, snap)
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
