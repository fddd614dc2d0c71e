package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/negograph/negograph/graph"
)

func (a *app) diffCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "diff OLD.json NEW.json",
		Short: "List the nodes and relationships added, removed and changed between two snapshots",
		Example: `  negograph diff snapshots/2025-04-01.json out/graph.json
  negograph diff --json old.json new.json | jq '.ChangedNodes[].Props'`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			old, err := graph.ReadSnapshotFile(args[0])
			if err != nil {
				return fmt.Errorf("read %s: %w", args[0], err)
			}
			nw, err := graph.ReadSnapshotFile(args[1])
			if err != nil {
				return fmt.Errorf("read %s: %w", args[1], err)
			}
			d := graph.DiffSnapshots(old, nw)
			if asJSON {
				enc := json.NewEncoder(a.out)
				enc.SetIndent("", " ")
				enc.SetEscapeHTML(false)
				return enc.Encode(d)
			}
			printDiff(a.out, d)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the difference as JSON")
	return cmd
}

// printDiff writes a readable report of a difference.
func printDiff(w io.Writer, d graph.Diff) {
	name := func(n *graph.Node) string {
		if v := graph.StringProp(n.Props, "name"); v != "" && v != n.ID {
			return fmt.Sprintf("%s (%s %s)", n.ID, n.Label(), v)
		}
		return fmt.Sprintf("%s (%s)", n.ID, n.Label())
	}
	fmt.Fprintf(w, "nodes: %d added, %d removed, %d changed; relationships: %d added, %d removed, %d changed\n",
		len(d.AddedNodes), len(d.RemovedNodes), len(d.ChangedNodes), len(d.AddedRels), len(d.RemovedRels), len(d.ChangedRels))
	for _, n := range d.AddedNodes {
		fmt.Fprintf(w, "+ node %s\n", name(n))
	}
	for _, n := range d.RemovedNodes {
		fmt.Fprintf(w, "- node %s\n", name(n))
	}
	props := func(pc []graph.PropChange) {
		for _, c := range pc {
			fmt.Fprintf(w, "    %s: %s -> %s\n", c.Key, short(c.Old), short(c.New))
		}
	}
	for _, c := range d.ChangedNodes {
		fmt.Fprintf(w, "~ node %s\n", name(c.New))
		if c.Relabelled {
			fmt.Fprintf(w, "    labels: %v -> %v\n", c.Old.Labels, c.New.Labels)
		}
		props(c.Props)
	}
	for _, r := range d.AddedRels {
		fmt.Fprintf(w, "+ %s %s -> %s\n", r.Type, r.Start, r.End)
	}
	for _, r := range d.RemovedRels {
		fmt.Fprintf(w, "- %s %s -> %s\n", r.Type, r.Start, r.End)
	}
	for _, c := range d.ChangedRels {
		fmt.Fprintf(w, "~ %s %s -> %s\n", c.New.Type, c.New.Start, c.New.End)
		props(c.Props)
	}
}

// short renders a value on one line, cut at 120 characters.
func short(v any) string {
	if v == nil {
		return "(none)"
	}
	b, err := json.Marshal(v)
	s := string(b)
	if err != nil {
		s = fmt.Sprint(v)
	}
	if r := []rune(s); len(r) > 120 {
		s = string(r[:119]) + "…"
	}
	return s
}
