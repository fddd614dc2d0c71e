package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/spf13/cobra"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/export"
	"github.com/negograph/negograph/internal/config"
	"github.com/negograph/negograph/internal/pipeline"
)

func (a *app) exportCmd() *cobra.Command {
	var format, out, from, fromDate, toDate, asOf, quoting string
	var channel, labels []string
	cmd := &cobra.Command{
		Use:   "export --format FORMAT --out PATH",
		Short: "Write a snapshot for Gephi, yEd, Cytoscape, cypher-shell, neo4j-admin or a picture",
		Long: `export reads the graph from Neo4j (neo4j.uri) or from a snapshot file (--from graph.json),
narrows it (--from-date/--to-date on meeting dates, --channel: the parties of a negotiation
channel, --labels: the node labels to keep) and writes it atomically with a manifest beside it
(<out>.manifest.json: time, filter, counts, extractor version, source).

--as-of DATE shows the graph as it could be known on DATE, in every format: only the facts
reported by articles published on or before it (an article dated by month or year counts from
the end of that month or year; an undated article is left out), each meeting with the status
the latest of those reports gave it (planned on 2025-04-20, held on 2025-04-27). It applies
before the other criteria.

Formats:
  json     the snapshot contract (docs/SNAPSHOT.md)
  graphml  typed keys for every property, labels and type as attributes (Gephi, yEd, Cytoscape)
  gexf     GEXF 1.2 with meeting dates as time intervals: Gephi's timeline plays the chain
  cypher   a script that rebuilds the graph in an empty database (cypher-shell -f FILE)
  csv      a folder of node and relationship files with neo4j-admin import headers
           (--csv-quoting backslash for LOAD CSV on a server with default settings)
  dot      Graphviz DOT picture of the chain: meetings in time order, left to right
  svg      a picture of the chain laid out by negograph itself (no Graphviz needed): one column
           per date, one row per channel, planned/postponed/cancelled dashed, links between rounds
  html     one self-contained page that works offline: the meetings on a timeline by channel,
           their evidence and explain reasons on a click, a name search in any spelling and a
           slider showing the graph as known on each publication date (serve shows it at /chain)`,
		Example: `  negograph export --format html --out chain.html --from out/graph.json --channel iran,united-states
  negograph export --format svg --out chain.svg --from out/graph.json --as-of 2025-04-20
  negograph export --format gexf --out talks.gexf --neo4j-uri bolt://localhost:7687 --from-date 2025
  negograph export --format csv --out import/ --from out/graph.json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return &exitError{code: 2, err: fmt.Errorf("export takes no arguments (use --from FILE)")}
			}
			f := export.Filter{From: fromDate, To: toDate, Channel: channel, Labels: labels, AsOf: asOf}
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
	fl.StringVar(&format, "format", "json", strings.Join(export.Formats(), ", "))
	fl.StringVar(&out, "out", "", "output file (a folder for csv)")
	fl.StringVar(&from, "from", "", "read this snapshot file instead of Neo4j")
	fl.StringVar(&fromDate, "from-date", "", "keep meetings from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	fl.StringVar(&toDate, "to-date", "", "keep meetings up to this date (inclusive)")
	fl.StringVar(&asOf, "as-of", "", "the graph as it could be known on this date: only facts of articles published by then, statuses as those reports gave them")
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

// liveGraph reads the whole graph from Neo4j through d (negograph's labels
// and types only), for serve's chain view.
func (a *app) liveGraph(d neo4j.DriverWithContext) func(ctx context.Context) (graph.Snapshot, error) {
	return func(ctx context.Context) (graph.Snapshot, error) {
		s, err := a.loader(d).ReadSnapshot(ctx)
		if err != nil {
			return s, fmt.Errorf("read the graph from Neo4j: %w", err)
		}
		return s.Own(), nil
	}
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
		fmt.Fprintf(a.out, "import into an empty database (stopped) with:\n  %s\nor, for the project's Neo4j: tools/neo4j/neo4j.sh import %s\n", adminImportCommand(paths, legacy), out)
	}
	return nil
}

// adminImportCommand is the neo4j-admin command that imports the CSV files
// among paths into the database neo4j. The database name comes right after
// "full": after --nodes or --relationships it would be read as one more
// file.
func adminImportCommand(paths []string, legacy string) string {
	var b strings.Builder
	b.WriteString("neo4j-admin database import full neo4j --array-delimiter=U+001F --multiline-fields=true" + legacy)
	for _, p := range paths {
		switch base := filepath.Base(p); {
		case strings.HasPrefix(base, "nodes_") && strings.HasSuffix(base, ".csv"):
			b.WriteString(" --nodes=" + p)
		case strings.HasPrefix(base, "rels_") && strings.HasSuffix(base, ".csv"):
			b.WriteString(" --relationships=" + p)
		}
	}
	return b.String()
}
