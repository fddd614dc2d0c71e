package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/schema"
)

// cypherRows is the number of rows per UNWIND statement of a script.
const cypherRows = 500

// WriteCypher writes a Cypher script that rebuilds s in an empty database:
// the schema (constraints and indexes), then the nodes and relationships in
// UNWIND … MERGE statements of up to 500 rows. Every statement ends with
// ";" at the end of a line and no value spans lines, so cypher-shell
// (`cypher-shell -f graph.cypher`) and SplitCypher with a driver both run it.
// Values are Cypher literals (this is a file for a user to run, not a query
// built by negograph); labels and types come from the schema only.
func WriteCypher(w io.Writer, s graph.Snapshot) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "// negograph snapshot: %d nodes, %d relationships.\n", len(s.Nodes), len(s.Relationships))
	fmt.Fprintf(bw, "// Rebuild it in an empty database: cypher-shell -u neo4j -p PASSWORD -f THIS_FILE\n")
	for _, st := range neo4jstore.SchemaStatements() {
		fmt.Fprintf(bw, "%s;\n", st)
	}
	labelOf := map[string]string{}
	groups := map[string][]*graph.Node{}
	for _, n := range s.Nodes {
		for _, l := range n.Labels {
			if !schema.IsLabel(l) {
				return fmt.Errorf("export: node %q: label %q is not in the schema", n.ID, l)
			}
		}
		labelOf[n.ID] = n.Labels[0]
		key := strings.Join(n.Labels, ":")
		groups[key] = append(groups[key], n)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		nodes := groups[k]
		labels := strings.Split(k, ":")
		for lo := 0; lo < len(nodes); lo += cypherRows {
			fmt.Fprintf(bw, "UNWIND [")
			for i, n := range nodes[lo:min(lo+cypherRows, len(nodes))] {
				if i > 0 {
					bw.WriteString(", ")
				}
				fmt.Fprintf(bw, "{id: %s, props: %s}", cypherString(n.ID), cypherMap(n.Props))
			}
			fmt.Fprintf(bw, "] AS row MERGE (n:%s {id: row.id}) SET n = row.props, n.id = row.id", labels[0])
			if len(labels) > 1 {
				fmt.Fprintf(bw, ", n:%s", strings.Join(labels[1:], ":"))
			}
			bw.WriteString(";\n")
		}
	}
	rgroups := map[string][]*graph.Relationship{}
	for _, r := range s.Relationships {
		if !schema.IsRelType(r.Type) {
			return fmt.Errorf("export: relationship %q: type %q is not in the schema", r.ID, r.Type)
		}
		sl, el := labelOf[r.Start], labelOf[r.End]
		if sl == "" || el == "" {
			return fmt.Errorf("export: relationship %q: an endpoint is not in the snapshot", r.ID)
		}
		key := r.Type + ":" + sl + ":" + el
		rgroups[key] = append(rgroups[key], r)
	}
	keys = keys[:0]
	for k := range rgroups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		rels := rgroups[k]
		p := strings.Split(k, ":")
		for lo := 0; lo < len(rels); lo += cypherRows {
			bw.WriteString("UNWIND [")
			for i, r := range rels[lo:min(lo+cypherRows, len(rels))] {
				if i > 0 {
					bw.WriteString(", ")
				}
				fmt.Fprintf(bw, "{id: %s, s: %s, e: %s, props: %s}", cypherString(r.ID), cypherString(r.Start),
					cypherString(r.End), cypherMap(r.Props))
			}
			fmt.Fprintf(bw, "] AS row MATCH (a:%s {id: row.s}) MATCH (b:%s {id: row.e}) "+
				"MERGE (a)-[r:%s {id: row.id}]->(b) SET r = row.props, r.id = row.id;\n", p[1], p[2], p[0])
		}
	}
	return bw.Flush()
}

// SplitCypher splits a script written by WriteCypher into statements for a
// driver: lines ending in ";" end statements; // comment lines are dropped.
func SplitCypher(script string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(script, "\n") {
		t := strings.TrimSpace(line)
		if cur.Len() == 0 && (t == "" || strings.HasPrefix(t, "//")) {
			continue
		}
		cur.WriteString(line)
		cur.WriteString("\n")
		if strings.HasSuffix(t, ";") {
			out = append(out, strings.TrimSuffix(strings.TrimSpace(cur.String()), ";"))
			cur.Reset()
		}
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		out = append(out, s)
	}
	return out
}

var plainKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// cypherMap writes a map literal with keys sorted.
func cypherMap(m map[string]any) string {
	keys := make([]string, 0, len(m))
	for k, v := range m {
		if v != nil && k != "id" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("{")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		if plainKey.MatchString(k) {
			b.WriteString(k)
		} else {
			b.WriteString("`" + strings.ReplaceAll(k, "`", "``") + "`")
		}
		b.WriteString(": ")
		b.WriteString(cypherValue(m[k]))
	}
	b.WriteString("}")
	return b.String()
}

// cypherValue writes a value as a Cypher literal.
func cypherValue(v any) string {
	switch x := v.(type) {
	case string:
		return cypherString(x)
	case bool:
		return strconv.FormatBool(x)
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return "null"
		}
		s := strconv.FormatFloat(x, 'f', -1, 64)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		return s
	case []string:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = cypherString(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = cypherValue(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case []int64:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = strconv.FormatInt(e, 10)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case []float64:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = cypherValue(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case nil:
		return "null"
	}
	return cypherString(fmt.Sprint(v))
}

// cypherString writes a single-quoted Cypher string literal; every
// character that could end the literal or the line is escaped.
func cypherString(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '\'':
			b.WriteString(`\'`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 || r == 0x85 {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('\'')
	return b.String()
}
