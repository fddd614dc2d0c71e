package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/internal/benchcorpus"
)

// corpusCmd is `negograph corpus`: a generated corpus for benchmarks.
func (a *app) corpusCmd() *cobra.Command {
	var n int
	var seed uint64
	var out string
	cmd := &cobra.Command{
		Use:   "corpus --articles N --out DIR",
		Short: "Write a large generated Arabic news corpus for benchmarks",
		Long: `corpus writes N articles generated from templates and the gazetteer (thousands of distinct
names and places, meetings, dates in many forms, boilerplate, some HTML and JSON Lines, a
manifest.json per folder). The same --seed always gives the same bytes. The articles report
nothing that happened: they are for measuring speed, not for the graph.`,
		Example: `  negograph corpus --articles 10000 --out out/corpus && negograph build out/corpus --out out/corpus-graph`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			gz, err := gazetteer.Default(cmd.Context())
			if err != nil {
				return err
			}
			st, err := benchcorpus.Generate(cmd.Context(), out, benchcorpus.Options{Articles: n, Seed: seed, Known: gz.Known()})
			if err != nil {
				return err
			}
			fmt.Fprintf(a.out, "corpus: %d articles in %d files, %.1f MB, %d people to draw from, in %s\n", st.Articles, st.Files, float64(st.Bytes)/1e6, st.People, out)
			return nil
		},
	}
	cmd.Flags().IntVar(&n, "articles", 10000, "number of articles")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "seed of the generator")
	cmd.Flags().StringVar(&out, "out", "", "folder to write")
	_ = cmd.MarkFlagRequired("out")
	return cmd
}
