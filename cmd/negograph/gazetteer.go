package main

import (
	"fmt"
	"sort"

	"github.com/spf13/cobra"

	"github.com/negograph/negograph/extract/gazetteer"
)

func (a *app) gazetteerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "gazetteer",
		Short: "Inspect the gazetteer of known people, countries, places and organizations",
		Long: `The gazetteer is data: YAML files under schema/gazetteer/ shipped in the binary, plus the
user's files named in gazetteer.files (negograph.yaml) or --file.`,
		Example: "  negograph gazetteer check --file my-people.yaml",
	}
	var files []string
	check := &cobra.Command{
		Use:   "check",
		Short: "Report duplicate ids, conflicting or duplicate aliases and dangling references",
		Long: `check loads the shipped gazetteer and the user's files and reports entries that share an
alias (after Arabic normalization), aliases listed twice, ids defined twice, and country or
capital references that do not resolve. It exits with status 1 when it finds a problem.`,
		Example: "  negograph gazetteer check\n  negograph gazetteer check --file my-people.yaml",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			g, err := gazetteer.Default(cmd.Context(), append(append([]string(nil), a.cfg.GazetteerFiles...), files...)...)
			if err != nil {
				return err
			}
			counts := map[string]int{}
			for _, e := range g.Entries {
				counts[e.Type]++
			}
			types := make([]string, 0, len(counts))
			for t := range counts {
				types = append(types, t)
			}
			sort.Strings(types)
			for _, t := range types {
				fmt.Fprintf(a.out, "%s: %d\n", t, counts[t])
			}
			problems := g.Check()
			for _, p := range problems {
				fmt.Fprintln(a.out, p.String())
			}
			if len(problems) > 0 {
				return &exitError{code: 1, err: fmt.Errorf("%d gazetteer problem(s)", len(problems))}
			}
			fmt.Fprintln(a.out, "no problems")
			return nil
		},
	}
	check.Flags().StringSliceVar(&files, "file", nil, "extra gazetteer YAML file (repeatable)")
	cmd.AddCommand(check)
	return cmd
}
