package neo4jstore

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/negograph/negograph/schema"
)

// CSVSource is one CSV file in the neo4j-admin import header format (as
// export.WriteCSV writes it) that the server can read at URL.
type CSVSource struct {
	URL    string
	Header []string
	// Label for a node file; Type, StartLabel and EndLabel for a
	// relationship file.
	Label, Type, StartLabel, EndLabel string
}

// LoadCSV merges CSV files into the database with LOAD CSV, node files
// first, each in transactions of BatchSize rows (CALL … IN TRANSACTIONS).
// Typed columns (name:long, aliases:string[] …) are converted back; lists
// are split at arrayDelimiter; empty fields set no property. URLs and the
// delimiter are parameters; labels and types must be schema ones; column
// names are quoted identifiers. The server reads quotes and backslashes as
// its dbms.import.csv.legacy_quote_escaping says: with the default (true),
// write the files with export.QuoteBackslash.
func (l *Loader) LoadCSV(ctx context.Context, files []CSVSource, arrayDelimiter string) (st Stats, err error) {
	if err := l.check(); err != nil {
		return st, err
	}
	session := l.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: l.Database, AccessMode: neo4j.AccessModeWrite,
		BookmarkManager: l.Driver.ExecuteQueryBookmarkManager()})
	defer func() {
		if cerr := session.Close(ctx); cerr != nil && err == nil {
			err = cerr
		}
	}()
	for _, nodes := range []bool{true, false} {
		for _, f := range files {
			if (f.Label != "") != nodes {
				continue
			}
			q, err := loadCSVQuery(f, l.batchSize())
			if err != nil {
				return st, err
			}
			t0 := time.Now()
			res, err := session.Run(ctx, q, map[string]any{"url": f.URL, "delim": arrayDelimiter})
			if err == nil {
				var sum neo4j.ResultSummary
				sum, err = res.Consume(ctx)
				if err == nil {
					c := sum.Counters()
					st.Nodes += c.NodesCreated()
					st.Relationships += c.RelationshipsCreated()
				}
			}
			if err != nil {
				return st, fmt.Errorf("neo4j: LOAD CSV %s: %w", f.URL, err)
			}
			st.Batches++
			l.Log.Debug().Str("url", f.URL).Dur("took", time.Since(t0)).Msg("neo4j: CSV loaded")
		}
	}
	return st, nil
}

// quoteIdent quotes a name as a Cypher identifier.
func quoteIdent(s string) string { return "`" + strings.ReplaceAll(s, "`", "``") + "`" }

// loadCSVQuery builds the LOAD CSV statement of one file.
func loadCSVQuery(f CSVSource, batch int) (string, error) {
	var sets []string
	var idCol, startCol, endCol string
	for _, col := range f.Header {
		name, typ, _ := strings.Cut(col, ":")
		switch {
		case col == "id:ID" || (name == "id" && f.Label == "" && typ == ""):
			idCol = col
			continue
		case col == ":LABEL" || col == ":TYPE":
			continue
		case col == ":START_ID":
			startCol = col
			continue
		case col == ":END_ID":
			endCol = col
			continue
		}
		v := "row." + quoteIdent(col)
		var conv string
		switch typ {
		case "", "string":
			conv = v
		case "long", "int":
			conv = "toInteger(" + v + ")"
		case "double", "float":
			conv = "toFloat(" + v + ")"
		case "boolean":
			conv = "toBoolean(" + v + ")"
		case "string[]":
			conv = "split(" + v + ", $delim)"
		case "long[]", "int[]":
			conv = "[x IN split(" + v + ", $delim) | toInteger(x)]"
		case "double[]", "float[]":
			conv = "[x IN split(" + v + ", $delim) | toFloat(x)]"
		case "boolean[]":
			conv = "[x IN split(" + v + ", $delim) | toBoolean(x)]"
		default:
			return "", fmt.Errorf("neo4j: CSV column %q: type %q is not supported", col, typ)
		}
		sets = append(sets, "x."+quoteIdent(name)+" = CASE WHEN "+v+" IS NULL OR "+v+" = '' THEN null ELSE "+conv+" END")
	}
	set := ""
	if len(sets) > 0 {
		set = " SET " + strings.Join(sets, ", ")
	}
	tail := fmt.Sprintf(" } IN TRANSACTIONS OF %d ROWS", batch)
	if f.Label != "" {
		if !schema.IsLabel(f.Label) || idCol == "" {
			return "", fmt.Errorf("neo4j: CSV node file %s: label %q not in the schema or no id:ID column", f.URL, f.Label)
		}
		return "LOAD CSV WITH HEADERS FROM $url AS row CALL (row) { MERGE (x:" + f.Label + " {id: row." + quoteIdent(idCol) + "})" +
			set + tail, nil
	}
	if !schema.IsRelType(f.Type) || !schema.IsLabel(f.StartLabel) || !schema.IsLabel(f.EndLabel) || startCol == "" || endCol == "" || idCol == "" {
		return "", fmt.Errorf("neo4j: CSV relationship file %s: type or labels not in the schema, or :START_ID, :END_ID or id missing", f.URL)
	}
	return "LOAD CSV WITH HEADERS FROM $url AS row CALL (row) { MATCH (a:" + f.StartLabel + " {id: row." + quoteIdent(startCol) + "}) " +
		"MATCH (b:" + f.EndLabel + " {id: row." + quoteIdent(endCol) + "}) MERGE (a)-[x:" + f.Type + " {id: row." + quoteIdent(idCol) + "}]->(b)" +
		set + tail, nil
}
