package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/negograph/negograph/eval"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/config"
)

func (a *app) evalCmd() *cobra.Command {
	var goldPath, snapPath string
	var min float64
	cmd := &cobra.Command{
		Use:   "eval --gold FILE (--snapshot graph.json | PATH...)",
		Short: "Score a graph against a gold annotation",
		Long: `eval builds the graph of the articles under PATH (or reads --snapshot) and scores it
against a gold annotation as ../shared/eval/README.md specifies: precision, recall and F1
per label, meeting attributes (venue, mediators, participants, status, format),
PRECEDED_BY, per-article mentions, the headline figure (mean F1 of Person, Country, Venue,
Meeting and PRECEDED_BY) and every miss. It exits with status 1 when the headline is
below --min.`,
		Example: `  negograph eval --gold ../shared/eval/gold-seeds.json ../shared/corpus/seeds
  negograph eval --gold examples/gold.json --snapshot out/graph.json --min 0.8`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if goldPath == "" {
				return &exitError{code: 2, err: fmt.Errorf("--gold is required")}
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
				res, err := a.buildGraph(cmd.Context(), args)
				if err != nil {
					return err
				}
				snap = res.Graph.Snapshot()
			}
			rep := eval.Score(gold, snap)
			if err := rep.Write(a.out); err != nil {
				return err
			}
			if rep.Headline < min {
				return &exitError{code: 1, err: fmt.Errorf("headline %.3f is below --min %.3f", rep.Headline, min)}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&goldPath, "gold", "", "gold annotation (JSON, the format of ../shared/eval/gold-seeds.json)")
	f.StringVar(&snapPath, "snapshot", "", "score this snapshot instead of building")
	f.Float64Var(&min, "min", 0, "fail (exit 1) when the headline is below this")
	f.Int("workers", 0, "analysing goroutines (0: one per CPU)")
	f.StringSlice("gazetteer", nil, "extra gazetteer YAML files (repeatable)")
	a.bind(cmd, "workers", config.KeyWorkers)
	a.bind(cmd, "gazetteer", config.KeyGazetteerFiles)
	return cmd
}
