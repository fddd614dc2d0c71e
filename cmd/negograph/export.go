package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/export"
	"github.com/negograph/negograph/internal/config"
	"github.com/negograph/negograph/internal/pipeline"
)

func (a *app) exportCmd() *cobra.Command {
	var format, out, from, fromDate, toDate, quoting string
	var channel, labels []string
	cmd := &cobra.Command{
		Use:   "export --format FORMAT --out PATH",
		Short: "Write a snapshot for Gephi, yEd, Cytoscape, cypher-shell, neo4j-admin or a picture",
		Long: `export reads the graph from Neo4j (neo4j.uri) or from a snapshot file (--from graph.json),
narrows it (--from-date/--to-date on meeting dates, --channel: the parties of a negotiation
channel, --labels: the node labels to keep) and writes it atomically with a manifest beside it
(<out>.manifest.json: time, filter, counts, extractor version, source).

Formats:
  json     the snapshot contract (../shared/eval/README.md)
  graphml  typed keys for every property, labels and type as attributes (Gephi, yEd, Cytoscape)
  gexf     GEXF 1.2 with meeting dates as time intervals: Gephi's timeline plays the chain
  cypher   a script that rebuilds the graph in an empty database (cypher-shell -f FILE)
  csv      a folder of node and relationship files with neo4j-admin import headers
           (--csv-quoting backslash for LOAD CSV on a server with default settings)
  dot      Graphviz DOT picture of the chain: meetings in time order, left to right
  svg      the same picture rendered by Graphviz (the dot program must be installed)`,
		Example: `  negograph export --format svg --out chain.svg --from out/graph.json --channel iran,united-states
  negograph export --format gexf --out talks.gexf --neo4j-uri bolt://localhost:7687 --from-date 2025
  negograph export --format csv --out import/ --from out/graph.json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return &exitError{code: 2, err: fmt.Errorf("export takes no arguments (use --from FILE)")}
			}
			f := export.Filter{From: fromDate, To: toDate, Channel: channel, Labels: labels}
			known := false
			for _, q := range export.CSVQuotings() {
				known = known || string(q) == quoting
			}
			if !known {
				return &exitError{code: 2, err: fmt.Errorf("--csv-quoting %q: use one of %v", quoting, export.CSVQuotings())}
			}
			q := export.CSVQuoting(quoting)
			if format != "csv" {
				if cmd.Flags().Changed("csv-quoting") {
					return &exitError{code: 2, err: fmt.Errorf("--csv-quoting applies to --format csv only, not %q", format)}
				}
				q = ""
			}
			return a.runExport(cmd.Context(), format, out, from, f, q)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "json", "json, graphml, gexf, cypher, csv, dot or svg")
	fl.StringVar(&out, "out", "", "output file (a folder for csv)")
	fl.StringVar(&from, "from", "", "read this snapshot file instead of Neo4j")
	fl.StringVar(&fromDate, "from-date", "", "keep meetings from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	fl.StringVar(&toDate, "to-date", "", "keep meetings up to this date (inclusive)")
	fl.StringSliceVar(&channel, "channel", nil, "keep meetings between exactly these parties (ids or names, comma-separated)")
	fl.StringSliceVar(&labels, "labels", nil, "keep nodes with these labels (comma-separated)")
	fl.StringVar(&quoting, "csv-quoting", string(export.QuoteRFC4180), "csv quotes and backslashes: rfc4180 for neo4j-admin import, backslash for LOAD CSV (server default legacy_quote_escaping=true)")
	_ = cmd.MarkFlagRequired("out")
	a.neo4jFlags(cmd)
	return cmd
}

// readGraph reads the graph from a snapshot file or, without one, from
// Neo4j (negograph's labels and types only).
func (a *app) readGraph(ctx context.Context, from string) (graph.Snapshot, string, error) {
	if from != "" {
		s, err := graph.ReadSnapshotFile(from)
		if err != nil {
			return s, "", fmt.Errorf("read snapshot: %w", err)
		}
		return s, from, nil
	}
	d, err := a.driver(ctx)
	if err != nil {
		return graph.Snapshot{}, "", err
	}
	defer d.Close(context.Background())
	s, err := a.loader(d).ReadSnapshot(ctx)
	if err != nil {
		return s, "", fmt.Errorf("read the graph from Neo4j: %w", err)
	}
	return s.Own(), config.RedactURI(a.cfg.Neo4j.URI) + "/" + a.cfg.Neo4j.Database, nil
}

func (a *app) runExport(ctx context.Context, format, out, from string, f export.Filter, q export.CSVQuoting) error {
	known := false
	for _, x := range export.Formats() {
		known = known || x == format
	}
	if !known {
		return &exitError{code: 2, err: fmt.Errorf("--format %q: use one of %s", format, strings.Join(export.Formats(), ", "))}
	}
	s, src, err := a.readGraph(ctx, from)
	if err != nil {
		return err
	}
	s, err = f.Apply(s)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	paths, err := export.Write(ctx, format, out, s, export.Manifest{Source: src, Filter: f.String(), ExtractorVersion: pipeline.ExtractorVersion, CSVQuoting: q})
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "export: %d nodes, %d relationships as %s\n", len(s.Nodes), len(s.Relationships), format)
	for _, p := range paths {
		fmt.Fprintf(a.out, "  %s\n", p)
	}
	if format == "csv" {
		legacy := ""
		if q == export.QuoteBackslash {
			legacy = " --legacy-style-quoting=true"
		}
		fmt.Fprintf(a.out, "import into an empty database with:\n  neo4j-admin database import full --array-delimiter=\"\\037\" --multiline-fields=true%s --nodes=%s/nodes_*.csv --relationships=%s/rels_*.csv neo4j\n", legacy, out, out)
	}
	return nil
}

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

func (a *app) searchCmd() *cobra.Command {
	var limit int
	cmd := &cobra.Command{
		Use:   "search TEXT",
		Short: "Find people, countries, venues and organizations by name in Neo4j, whatever the spelling",
		Long: `search looks TEXT up in the full-text index entity_names (Arabic analyzer over name, name_ar
and aliases): diacritics, hamza and alef forms and ta marbuta do not matter, and each word also
matches spellings one or two letters away (ماكغورك finds ماكجورك). TEXT is taken literally:
Lucene operators in it are escaped.`,
		Example: `  negograph search عراقجي
  negograph search "عَبَّاس عِرَاقْجِي"
  negograph search ماكغورك --limit 5`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runSearch(cmd.Context(), strings.Join(args, " "), limit)
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 10, "most results")
	a.neo4jFlags(cmd)
	return cmd
}

// luceneQuery turns user text into a Lucene query: each word exactly (the
// analyzer normalises it) or fuzzily (normalised here, as fuzzy terms are
// not analysed); special characters are escaped.
func luceneQuery(text string) string {
	var parts []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '،' || r == ',' }) {
		if w == "AND" || w == "OR" || w == "NOT" {
			w = strings.ToLower(w) // words, not operators
		}
		esc := luceneEscape(w)
		if esc == "" {
			continue
		}
		norm := luceneEscape(arabic.Normalize(w))
		fuzzy := 1
		if len([]rune(norm)) > 5 {
			fuzzy = 2
		}
		parts = append(parts, fmt.Sprintf("(%s OR %s~%d)", esc, norm, fuzzy))
	}
	return strings.Join(parts, " AND ")
}

// luceneEscape escapes Lucene's special characters.
func luceneEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (a *app) runSearch(ctx context.Context, text string, limit int) error {
	q := luceneQuery(text)
	if q == "" {
		return &exitError{code: 2, err: fmt.Errorf("search: nothing to look for in %q", text)}
	}
	d, err := a.driver(ctx)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	hits, err := a.loader(d).SearchEntities(ctx, q, limit)
	if err != nil {
		return fmt.Errorf("search %q: %w", text, err)
	}
	if len(hits) == 0 {
		fmt.Fprintf(a.out, "no match for %q\n", text)
		return nil
	}
	for _, h := range hits {
		fmt.Fprintf(a.out, "%.2f\t%s\t%s\t%s\t%s\n", h.Score, h.Label, h.ID, h.Name, h.NameAr)
	}
	return nil
}
