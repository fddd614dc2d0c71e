package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/negograph/negograph/internal/config"
	"github.com/negograph/negograph/internal/pipeline"
)

func (a *app) assembleCmd() *cobra.Command {
	var keepGoing bool
	cmd := &cobra.Command{
		Use:   "assemble DIR...",
		Short: "Merge the contribution folders of a sharded build into graph.json (and Neo4j)",
		Long: `assemble reads the contribution folders that build --shard I/N --contributions DIR
wrote — every shard of one corpus, each once, in any order — and writes OUT/graph.json (or,
with --gzip, OUT/graph.json.gz) byte-identical to the one a single build of the whole corpus writes; when neo4j.uri is set it
loads it as build does (a neo4j:// or neo4j+s:// URI routes to a cluster or Aura).

It refuses folders made by another extractor version or gazetteer (give the --gazetteer files
the shards had), of another corpus or shard count, a missing shard and a shard given twice.
The inputs the shards could not read or analyse are reported as build reports them, with the
same --keep-going rule and exit status.`,
		Example: `  negograph build --shard 0/3 --contributions contrib/0 corpus/
  negograph build --shard 1/3 --contributions contrib/1 corpus/
  negograph build --shard 2/3 --contributions contrib/2 corpus/
  negograph assemble contrib/0 contrib/1 contrib/2 --out out
  negograph assemble contrib/* --neo4j-uri neo4j+s://xxxx.databases.neo4j.io`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			start := time.Now()
			e := &pipeline.Engine{GazetteerFiles: a.cfg.GazetteerFiles, Log: a.log}
			res, err := e.AssembleShards(ctx, args)
			if err != nil {
				return err
			}
			n, r := res.Graph.Len()
			a.log.Info().Int("folders", len(args)).Int("articles", res.Articles).Int("nodes", n).Int("relationships", r).
				Dur("took", time.Since(start)).Msg("graph assembled")
			return a.sink(ctx, res, keepGoing)
		},
	}
	f := cmd.Flags()
	f.String("out", "out", "folder for graph.json (graph.json.gz with --gzip)")
	f.Bool("gzip", false, "write the snapshot gzip-compressed, as graph.json.gz")
	f.StringSlice("gazetteer", nil, "extra gazetteer YAML files the shards used (repeatable)")
	f.BoolVar(&keepGoing, "keep-going", true, "write the graph when the shards skipped inputs (exit status 1 at the end)")
	a.neo4jFlags(cmd)
	a.bind(cmd, "out", config.KeyOut)
	a.bind(cmd, "gzip", config.KeySnapshotGzip)
	a.bind(cmd, "gazetteer", config.KeyGazetteerFiles)
	return cmd
}

// runShard is build --shard: it analyses one part of the corpus and writes
// its contribution folder.
func (a *app) runShard(ctx context.Context, src pipeline.Sources, shard, dir string, keepGoing bool) error {
	if dir == "" {
		return &exitError{code: 2, err: fmt.Errorf("--shard needs --contributions DIR, the folder its analyses go to")}
	}
	i, n := 0, 1
	if shard != "" {
		var err error
		if i, n, err = pipeline.ParseShard(shard); err != nil {
			return &exitError{code: 2, err: err}
		}
	}
	start := time.Now()
	m, err := a.engine(src).BuildShard(ctx, i, n, dir)
	if err != nil {
		return err
	}
	skipped := len(m.ReadSkipped) + len(m.AnalysisSkipped)
	a.log.Info().Int("shard", i).Int("of", n).Int("articles", m.Articles).Int("total", m.Total).
		Dur("took", time.Since(start)).Msg("shard analysed")
	fmt.Fprintf(a.out, "shard %d/%d: %d of %d articles analysed, %d input(s) skipped (assemble reports them)\n",
		i, n, m.Articles, m.Total, skipped)
	fmt.Fprintf(a.out, "contributions: %s (fingerprint %s)\n", dir, m.Fingerprint)
	if skipped > 0 && !keepGoing {
		return &exitError{code: 1, err: fmt.Errorf("%d input(s) skipped and --keep-going=false (the contributions were written: assemble --keep-going=false writes nothing from them)", skipped)}
	}
	return nil
}
