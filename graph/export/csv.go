package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/atomicfile"
	"github.com/negograph/negograph/schema"
)

// ArrayDelimiter separates list elements inside a CSV field: the ASCII unit
// separator, which text never contains. Tell neo4j-admin with
// --array-delimiter=U+001F.
const ArrayDelimiter = "\x1f"

// CSVQuoting is how WriteCSV writes quotes and backslashes inside fields.
// The two Neo4j readers disagree by default: `neo4j-admin database import`
// reads RFC 4180 (a quote is doubled, a backslash is an ordinary
// character), while LOAD CSV, under the server's default
// dbms.import.csv.legacy_quote_escaping=true, also reads \" as a quote and
// \\ as one backslash, so that a value holding \" or ending in \ written
// the RFC way is misread or rejected.
type CSVQuoting string

const (
	// QuoteRFC4180 is for neo4j-admin database import (and for LOAD CSV on a
	// server with legacy_quote_escaping=false): the default.
	QuoteRFC4180 CSVQuoting = "rfc4180"
	// QuoteBackslash is for LOAD CSV on a server with the default settings
	// (and for neo4j-admin import --legacy-style-quoting=true): a field
	// holding a quote, a backslash, a comma or a line break is quoted, with
	// every backslash doubled and every quote doubled.
	QuoteBackslash CSVQuoting = "backslash"
)

// CSVQuotings lists the CSVQuoting values.
func CSVQuotings() []CSVQuoting { return []CSVQuoting{QuoteRFC4180, QuoteBackslash} }

// rowWriter writes CSV records: a *csv.Writer or a backslashWriter.
type rowWriter interface {
	Write(record []string) error
	Flush()
	Error() error
}

// newRowWriter returns the writer of quoting q.
func newRowWriter(w io.Writer, q CSVQuoting) (rowWriter, error) {
	switch q {
	case "", QuoteRFC4180:
		return csv.NewWriter(w), nil
	case QuoteBackslash:
		return &backslashWriter{w: bufio.NewWriter(w)}, nil
	}
	return nil, fmt.Errorf("unknown CSV quoting %q (one of %v)", q, CSVQuotings())
}

// backslashWriter writes records with QuoteBackslash quoting.
type backslashWriter struct {
	w   *bufio.Writer
	err error
}

// Write writes one record.
func (b *backslashWriter) Write(record []string) error {
	if b.err != nil {
		return b.err
	}
	for i, f := range record {
		if i > 0 {
			b.w.WriteByte(',')
		}
		if !strings.ContainsAny(f, ",\"\\\r\n") && strings.TrimSpace(f) == f {
			b.w.WriteString(f)
			continue
		}
		b.w.WriteByte('"')
		for j := 0; j < len(f); j++ {
			switch c := f[j]; c {
			case '"', '\\':
				b.w.WriteByte(c)
				b.w.WriteByte(c)
			default:
				b.w.WriteByte(c)
			}
		}
		b.w.WriteByte('"')
	}
	_, b.err = b.w.WriteString("\n")
	return b.err
}

// Flush writes what is buffered.
func (b *backslashWriter) Flush() {
	if err := b.w.Flush(); b.err == nil {
		b.err = err
	}
}

// Error reports the first error of Write or Flush.
func (b *backslashWriter) Error() error { return b.err }

// CSVFile is one file written by WriteCSV.
type CSVFile struct {
	// Path is the file; Label (nodes) or Type with the primary labels of
	// the endpoints, StartLabel and EndLabel (relationships), say what it
	// holds.
	Path, Label, Type, StartLabel, EndLabel string
	// Header is the first line's columns.
	Header []string
}

// csvType is the neo4j-admin import type of a property value.
func csvType(v any) string {
	switch x := v.(type) {
	case bool:
		return "boolean"
	case int, int32, int64:
		return "long"
	case float32, float64:
		return "double"
	case []string:
		return "string[]"
	case []int64:
		return "long[]"
	case []float64:
		return "double[]"
	case []bool:
		return "boolean[]"
	case []any:
		if len(x) > 0 {
			return csvType(x[0]) + "[]"
		}
		return "string[]"
	}
	return "string"
}

// csvField writes a value for a typed column; lists are joined with
// ArrayDelimiter.
func csvField(v any) string {
	switch x := v.(type) {
	case []string:
		return strings.Join(x, ArrayDelimiter)
	case []any, []int64, []float64, []bool:
		items, _ := graphList(x)
		parts := make([]string, len(items))
		for i, e := range items {
			parts[i] = attrValue(e)
		}
		return strings.Join(parts, ArrayDelimiter)
	}
	return attrValue(v)
}

func graphList(v any) ([]any, bool) {
	switch l := v.(type) {
	case []any:
		return l, true
	case []int64:
		return anyList(l), true
	case []float64:
		return anyList(l), true
	case []bool:
		return anyList(l), true
	}
	return nil, false
}

func anyList[T any](l []T) []any {
	out := make([]any, len(l))
	for i, x := range l {
		out[i] = x
	}
	return out
}

// columns gives the typed header columns of a set of property maps.
func columns(props []map[string]any) ([]string, map[string]string) {
	types := map[string]string{}
	for _, p := range props {
		for k, v := range p {
			if v == nil || k == "id" {
				continue
			}
			if l, ok := v.([]string); ok && len(l) == 0 {
				continue
			}
			t := csvType(v)
			if old, ok := types[k]; ok && old != t {
				t = "string"
			}
			types[k] = t
		}
	}
	keys := make([]string, 0, len(types))
	for k := range types {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys, types
}

// WriteCSV writes s as CSV files in dir with the headers of
// `neo4j-admin database import`: nodes_<Label>.csv (id:ID, :LABEL and a
// typed column per property, e.g. confidence:double, aliases:string[]) and
// rels_<TYPE>__<StartLabel>__<EndLabel>.csv (:START_ID, :END_ID, :TYPE, id
// and typed properties), one global id space. Lists are joined with ArrayDelimiter; an empty list is
// an empty field, which the importers read as no property. Fields with
// commas, quotes or line breaks are quoted as q says (see CSVQuoting; ""
// is QuoteRFC4180); neo4j-admin needs --multiline-fields=true for line
// breaks. Every file is written atomically. Import with (the database name
// right after "full", since --nodes and --relationships take several files):
//
//	neo4j-admin database import full neo4j --array-delimiter=U+001F --multiline-fields=true \
//	  --nodes=nodes_Meeting.csv … --relationships=rels_BETWEEN__Meeting__Country.csv …
func WriteCSV(ctx context.Context, dir string, s graph.Snapshot, q CSVQuoting) ([]CSVFile, error) {
	if _, err := newRowWriter(io.Discard, q); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	var files []CSVFile
	byLabel := map[string][]*graph.Node{}
	for _, n := range s.Nodes {
		if !schema.IsLabel(n.Label()) {
			return nil, fmt.Errorf("export: node %q: label %q is not in the schema", n.ID, n.Label())
		}
		byLabel[n.Label()] = append(byLabel[n.Label()], n)
	}
	for _, label := range schema.Labels() {
		nodes := byLabel[label]
		if len(nodes) == 0 {
			continue
		}
		props := make([]map[string]any, len(nodes))
		for i, n := range nodes {
			props[i] = n.Props
		}
		keys, types := columns(props)
		header := []string{"id:ID", ":LABEL"}
		for _, k := range keys {
			header = append(header, k+":"+types[k])
		}
		path := filepath.Join(dir, "nodes_"+label+".csv")
		err := writeCSVFile(ctx, path, q, header, len(nodes), func(i int) []string {
			n := nodes[i]
			return appendFields([]string{n.ID, strings.Join(n.Labels, ArrayDelimiter)}, n.Props, keys)
		})
		if err != nil {
			return nil, fmt.Errorf("export: write %s: %w", path, err)
		}
		files = append(files, CSVFile{Path: path, Label: label, Header: header})
	}
	labelOf := make(map[string]string, len(s.Nodes))
	for _, n := range s.Nodes {
		labelOf[n.ID] = n.Label()
	}
	type relKey struct{ typ, start, end string }
	byType := map[relKey][]*graph.Relationship{}
	var order []relKey
	for _, r := range s.Relationships {
		if !schema.IsRelType(r.Type) {
			return nil, fmt.Errorf("export: relationship %q: type %q is not in the schema", r.ID, r.Type)
		}
		k := relKey{r.Type, labelOf[r.Start], labelOf[r.End]}
		if k.start == "" || k.end == "" {
			return nil, fmt.Errorf("export: relationship %q: an endpoint is not in the snapshot", r.ID)
		}
		if _, ok := byType[k]; !ok {
			order = append(order, k)
		}
		byType[k] = append(byType[k], r)
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		return a.typ+"\x00"+a.start+"\x00"+a.end < b.typ+"\x00"+b.start+"\x00"+b.end
	})
	for _, k := range order {
		rels := byType[k]
		props := make([]map[string]any, len(rels))
		for i, r := range rels {
			props[i] = r.Props
		}
		keys, types := columns(props)
		header := []string{":START_ID", ":END_ID", ":TYPE", "id"}
		for _, c := range keys {
			header = append(header, c+":"+types[c])
		}
		path := filepath.Join(dir, "rels_"+k.typ+"__"+k.start+"__"+k.end+".csv")
		err := writeCSVFile(ctx, path, q, header, len(rels), func(i int) []string {
			r := rels[i]
			return appendFields([]string{r.Start, r.End, r.Type, r.ID}, r.Props, keys)
		})
		if err != nil {
			return nil, fmt.Errorf("export: write %s: %w", path, err)
		}
		files = append(files, CSVFile{Path: path, Type: k.typ, StartLabel: k.start, EndLabel: k.end, Header: header})
	}
	return files, nil
}

// appendFields appends the typed fields of props for the columns keys; a
// missing or null value is an empty field.
func appendFields(row []string, props map[string]any, keys []string) []string {
	for _, k := range keys {
		v, ok := props[k]
		if !ok || v == nil {
			row = append(row, "")
			continue
		}
		row = append(row, csvField(v))
	}
	return row
}

// writeCSVFile writes header and n rows atomically to path.
func writeCSVFile(ctx context.Context, path string, q CSVQuoting, header []string, n int, row func(i int) []string) error {
	return atomicfile.Write(ctx, path, func(w io.Writer) error {
		cw, err := newRowWriter(w, q)
		if err != nil {
			return err
		}
		if err := cw.Write(header); err != nil {
			return err
		}
		for i := range n {
			if err := cw.Write(row(i)); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	})
}
