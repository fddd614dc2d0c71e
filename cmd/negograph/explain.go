package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/config"
	"github.com/negograph/negograph/schema"
)

func (a *app) explainCmd() *cobra.Command {
	var snapPath string
	cmd := &cobra.Command{
		Use:   "explain ID",
		Short: "Show the sentences and articles behind a node or relationship",
		Long: `explain reads a snapshot and prints, for a node, its properties and every relationship that
touches it with the sentences and articles behind each; for a relationship id (as in
graph.json), its two ends, its properties and, per source article, the article's file or
URL and the evidence sentences.`,
		Example: `  negograph explain meeting:iran-united-states-2024-01-muscat
  negograph explain person:brett-mcgurk --snapshot out/seeds/graph.json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if snapPath == "" {
				snapPath = snapshotIn(a.cfg.Out)
			}
			snap, err := graph.ReadSnapshotFile(snapPath)
			if err != nil {
				return fmt.Errorf("%w (build first, or give --snapshot)", err)
			}
			return explain(a.out, snap, args[0])
		},
	}
	cmd.Flags().StringVar(&snapPath, "snapshot", "", "snapshot to read (default OUT/graph.json, or OUT/graph.json.gz)")
	cmd.Flags().String("out", "out", "folder of graph.json")
	a.bind(cmd, "out", config.KeyOut)
	return cmd
}

// explain writes the explanation of the node or relationship id.
func explain(w io.Writer, s graph.Snapshot, id string) error {
	nodes := map[string]*graph.Node{}
	for _, n := range s.Nodes {
		nodes[n.ID] = n
	}
	name := func(id string) string {
		n := nodes[id]
		if n == nil {
			return id
		}
		for _, k := range []string{"name", "name_ar", "source", "date"} {
			if v := graph.StringProp(n.Props, k); v != "" {
				return fmt.Sprintf("%s (%s)", v, id)
			}
		}
		return id
	}
	if n := nodes[id]; n != nil {
		fmt.Fprintf(w, "%s [%s]\n", id, strings.Join(n.Labels, ", "))
		writeProps(w, "  ", n.Props)
		for _, r := range s.Relationships {
			var arrow string
			switch id {
			case r.Start:
				arrow = fmt.Sprintf("-[%s]-> %s", r.Type, name(r.End))
			case r.End:
				arrow = fmt.Sprintf("<-[%s]- %s", r.Type, name(r.Start))
			default:
				continue
			}
			fmt.Fprintf(w, "\n%s  (%s)\n", arrow, r.ID)
			writeProvenance(w, r, name)
		}
		return nil
	}
	for _, r := range s.Relationships {
		if r.ID == id {
			fmt.Fprintf(w, "%s -[%s]-> %s\n", name(r.Start), r.Type, name(r.End))
			writeProvenance(w, r, name)
			return nil
		}
	}
	var similar []string
	for _, n := range s.Nodes {
		if strings.HasPrefix(n.ID, id) || strings.Contains(n.ID, id) {
			similar = append(similar, n.ID)
		}
	}
	sort.Strings(similar)
	if len(similar) > 5 {
		similar = similar[:5]
	}
	if len(similar) > 0 {
		return &exitError{code: 1, err: fmt.Errorf("no node or relationship %q; did you mean %s?", id, strings.Join(similar, ", "))}
	}
	return &exitError{code: 1, err: fmt.Errorf("no node or relationship %q in the snapshot", id)}
}

// writeProvenance prints a relationship's properties, then its sources and
// the sentences behind it.
func writeProvenance(w io.Writer, r *graph.Relationship, name func(string) string) {
	rest := map[string]any{}
	for k, v := range r.Props {
		if k != "sources" && k != "evidence" {
			rest[k] = v
		}
	}
	writeProps(w, "  ", rest)
	for _, src := range graph.StringsProp(r.Props, "sources") {
		if src == "" || r.Type == schema.RelMentions {
			continue
		}
		fmt.Fprintf(w, "  source: %s\n", name(src))
	}
	for _, e := range graph.StringsProp(r.Props, "evidence") {
		fmt.Fprintf(w, "  « %s »\n", e)
	}
}

func writeProps(w io.Writer, indent string, props map[string]any) {
	keys := make([]string, 0, len(props))
	for k := range props {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "%s%s: %v\n", indent, k, props[k])
	}
}
