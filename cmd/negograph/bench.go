package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/spf13/cobra"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/internal/bench"
	"github.com/negograph/negograph/internal/benchcorpus"
	"github.com/negograph/negograph/internal/config"
)

// benchCmd is `negograph bench`: extraction and Neo4j load speed.
func (a *app) benchCmd() *cobra.Command {
	var n, sample int
	var corpus string
	var curve []int
	var asJSON, wipe bool
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure extraction and Neo4j load speed on a generated corpus",
		Long: `bench generates a corpus (or reads --corpus), measures the analysis on one core and the
whole build on all cores (MB/s, articles/s, peak memory), and, when neo4j.uri is set, loads the
graph into an empty database three ways on the same server: the batched loader, one row per
transaction (on a sample) and LOAD CSV of the CSV export, deleting each load before the next;
the last load's graph stays. Beside the build it times the reference scan of the same corpus,
grep -r -o -F -f NAMES (every gazetteer name as fixed bytes, LC_ALL=C), and prints the ratio.

--curve 10000,20000,50000,100000 generates the largest corpus once (the smaller ones are its
first folders) and, for each size, times the grep scan and a 'negograph build' run as a child
process: wall, user CPU, peak RSS (the child's ru_maxrss from wait4), build/grep, and the CPU
cost per article relative to the first size.

bench loads only into an empty database: point it at a scratch database. One that holds any
node is refused before anything is measured, unless --wipe is given, which deletes
everything in it first (constraints and indexes stay).`,
		Example: `  negograph bench --articles 10000
  negograph bench --curve 10000,20000,50000,100000
  NEGOGRAPH_NEO4J_PASSWORD=secret negograph bench --neo4j-uri bolt://localhost:7687 --neo4j-database scratch --neo4j-batch-size 5000
  NEGOGRAPH_NEO4J_PASSWORD=secret negograph bench --neo4j-uri bolt://localhost:7687 --wipe`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(curve) > 0 {
				return a.runCurve(cmd.Context(), curve, asJSON)
			}
			return a.runBench(cmd.Context(), n, corpus, sample, asJSON, wipe)
		},
	}
	f := cmd.Flags()
	f.IntVar(&n, "articles", 10000, "articles to generate")
	f.StringVar(&corpus, "corpus", "", "use this corpus instead of generating one")
	f.IntVar(&sample, "sample", 3000, "nodes loaded one row per transaction")
	f.BoolVar(&asJSON, "json", false, "print the results as JSON")
	f.IntSliceVar(&curve, "curve", nil, "instead, build generated corpora of these sizes (multiples of 500), each in a child process, beside grep: the cost curve")
	f.BoolVar(&wipe, "wipe", false, "delete everything in the Neo4j database before loading (without it, bench refuses a database that is not empty)")
	f.Int("workers", 0, "analysing goroutines (0: one per CPU)")
	a.bind(cmd, "workers", config.KeyWorkers)
	a.neo4jFlags(cmd)
	return cmd
}

func (a *app) runBench(ctx context.Context, n int, corpus string, sample int, asJSON, wipe bool) error {
	var d neo4j.DriverWithContext
	if a.cfg.Neo4j.URI != "" {
		// Refuse a database with data before the long extraction measure.
		var err error
		if d, err = a.driver(ctx); err != nil {
			return err
		}
		defer d.Close(context.Background())
		if err := bench.PrepareDatabase(ctx, d, a.cfg.Neo4j.Database, wipe); errors.Is(err, bench.ErrNotEmpty) {
			return &exitError{code: 2, err: fmt.Errorf("%w; pass --wipe to delete everything in it, "+
				"or point --neo4j-uri / --neo4j-database at an empty scratch database", err)}
		} else if err != nil {
			return err
		}
	}
	tmp, err := os.MkdirTemp("", "negograph-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if corpus == "" {
		corpus = tmp + "/corpus"
		gz, err := gazetteer.Default(ctx)
		if err != nil {
			return err
		}
		if _, err := benchcorpus.Generate(ctx, corpus, benchcorpus.Options{Articles: n, Seed: 1, Known: gz.Known()}); err != nil {
			return err
		}
	}
	gz, err := gazetteer.Default(ctx, a.cfg.GazetteerFiles...)
	if err != nil {
		return err
	}
	names := filepath.Join(tmp, "names.txt")
	if _, err := bench.NamesFile(names, gz.Known()); err != nil {
		return err
	}
	scan, err := bench.GrepScan(ctx, names, []string{corpus})
	if err != nil {
		return err
	}
	ex, g, err := bench.MeasureExtraction(ctx, []string{corpus}, a.cfg.Workers)
	if err != nil {
		return err
	}
	result := map[string]any{"cpus": runtime.NumCPU(), "extraction": ex, "grep": scan}
	var loads []bench.Load
	if d != nil {
		loads, err = bench.MeasureLoads(ctx, d, a.cfg.Neo4j.Database, g.Snapshot(), a.cfg.Neo4j.BatchSize, a.cfg.Neo4j.Writers, sample, tmp)
		if err != nil {
			return err
		}
		result["neo4j"] = loads
	}
	if asJSON {
		enc := json.NewEncoder(a.out)
		enc.SetIndent("", " ")
		return enc.Encode(result)
	}
	w := a.out
	fmt.Fprintf(w, "corpus: %d articles, %.1f MB of text (%d CPUs)\n", ex.Articles, ex.MB, runtime.NumCPU())
	fmt.Fprintf(w, "extraction, one core (texts in memory): %6.2f s  %6.1f MB/s  %7.0f articles/s\n", ex.OneCoreSeconds, ex.OneCoreMBps, ex.OneCoreArticlesps)
	fmt.Fprintf(w, "extraction, %d workers (texts in memory): %6.2f s  %6.1f MB/s  %7.0f articles/s  (%.1f MB/s per core)\n",
		ex.Workers, ex.AllCoresSeconds, ex.AllCoresMBps, ex.AllCoresArticlesps, ex.AllCoresMBps/float64(min(ex.Workers, runtime.NumCPU())))
	fmt.Fprintf(w, "build, %d workers (read+analyse+merge): %6.2f s  %6.1f MB/s  %7.0f articles/s  (%.1f MB/s per core)\n",
		ex.Workers, ex.BuildSeconds, ex.BuildMBps, ex.BuildArticlesps, ex.PerCoreAllCoresMBps)
	fmt.Fprintf(w, "graph: %d nodes, %d relationships; peak RSS %.0f MB, heap after build %.0f MB\n", ex.Nodes, ex.Relationships, ex.PeakRSSMB, ex.HeapAfterBuildMB)
	fmt.Fprintf(w, "grep -r -o -F -f (%d names, LC_ALL=C): %6.2f s, %d matches; build / grep = %.1f\n",
		scan.Names, scan.Seconds, scan.Matches, ex.BuildSeconds/scan.Seconds)
	for _, l := range loads {
		fmt.Fprintf(w, "neo4j %-58s %6.2f s  %8.0f rows/s  %8.0f relationships/s", l.Method, l.Seconds, l.RowsPerSecond, l.RelsPerSecond)
		if l.Note != "" {
			fmt.Fprintf(w, "  (%s)", l.Note)
		}
		fmt.Fprintln(w)
	}
	return nil
}
