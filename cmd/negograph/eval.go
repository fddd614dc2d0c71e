package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/config"
	"github.com/negograph/negograph/internal/eval"
	"github.com/negograph/negograph/internal/pipeline"
)

func (a *app) evalCmd() *cobra.Command {
	var goldPath, snapPath, format string
	var min, minCoref float64
	cmd := &cobra.Command{
		Use:   "eval --gold FILE (--snapshot graph.json | PATH...)",
		Short: "Score a graph against a gold annotation",
		Long: `eval builds the graph of the articles under PATH (or reads --snapshot) and scores it
against a gold annotation by the scoring rules of docs/SCORING.md:
precision, recall and F1 per label, meeting attributes (venue, mediators, participants,
status, format, exact date), PRECEDED_BY, per-article mentions, the headline figure (mean
F1 of Person, Country, Venue, Meeting and PRECEDED_BY), the cross-document coreference of
the articles' reports of meetings (MUC, B3, CEAF-e and their CoNLL mean, with a table of
false merges, split rounds, wrong statuses and wrong channels) and every miss.
--format json prints the same as one JSON object. It exits with status 1 when the
headline is below --min or the CoNLL coreference F1 below --min-coref.`,
		Example: `  negograph eval --gold ../shared/eval/gold-seeds.json ../shared/corpus/seeds
  negograph eval --gold examples/gold.json --snapshot out/graph.json --min 0.8 --min-coref 0.7
  negograph eval --gold examples/gold-mixed.json examples/articles examples/english
  negograph eval --gold ../shared/eval/gold-dev.json --snapshot out/graph.json --format json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if goldPath == "" {
				return &exitError{code: 2, err: fmt.Errorf("--gold is required")}
			}
			if format != "text" && format != "json" {
				return &exitError{code: 2, err: fmt.Errorf("--format must be text or json, not %q", format)}
			}
			if (snapPath == "") == (len(args) == 0) {
				return &exitError{code: 2, err: fmt.Errorf("give either --snapshot FILE or article PATHs")}
			}
			gold, err := eval.LoadGold(goldPath)
			if err != nil {
				return err
			}
			var snap graph.Snapshot
			if snapPath != "" {
				if snap, err = graph.ReadSnapshotFile(snapPath); err != nil {
					return err
				}
			} else {
				res, err := a.buildGraph(cmd.Context(), pipeline.Sources{Paths: args}, pipeline.SpillAuto, "")
				if err != nil {
					return err
				}
				snap = res.Graph.Snapshot()
			}
			rep := eval.Score(gold, snap)
			write := rep.Write
			if format == "json" {
				write = rep.WriteJSON
			}
			if err := write(a.out); err != nil {
				return err
			}
			if rep.Headline < min {
				return &exitError{code: 1, err: fmt.Errorf("headline %.3f is below --min %.3f", rep.Headline, min)}
			}
			if rep.Coref.CoNLL < minCoref {
				return &exitError{code: 1, err: fmt.Errorf("coreference CoNLL F1 %.3f is below --min-coref %.3f", rep.Coref.CoNLL, minCoref)}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&goldPath, "gold", "", "gold annotation (JSON, the format of ../shared/eval/gold-seeds.json)")
	f.StringVar(&snapPath, "snapshot", "", "score this snapshot instead of building")
	f.Float64Var(&min, "min", 0, "fail (exit 1) when the headline is below this")
	f.Float64Var(&minCoref, "min-coref", 0, "fail (exit 1) when the coreference CoNLL F1 is below this")
	f.StringVar(&format, "format", "text", "report format: text or json")
	f.Int("workers", 0, "analysing goroutines (0: one per CPU)")
	f.StringSlice("gazetteer", nil, "extra gazetteer YAML files (repeatable)")
	a.bind(cmd, "workers", config.KeyWorkers)
	a.bind(cmd, "gazetteer", config.KeyGazetteerFiles)
	return cmd
}
