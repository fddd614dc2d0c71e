package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/negograph/negograph/graph"
)

// xmlText escapes s for XML text and attributes; characters XML cannot
// carry become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// nmtoken turns an id into an XML NMTOKEN, as GraphML requires for ids:
// letters, digits, '.', '-' and ':' stay; any other character becomes
// _xHHHH_ (so '_' itself is escaped and the mapping is one to one). The
// original id is kept in the "id" attribute.
func nmtoken(id string) string {
	var b strings.Builder
	for _, r := range id {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '.' || r == '-' || r == ':' {
			b.WriteRune(r)
			continue
		}
		fmt.Fprintf(&b, "_x%04X_", r)
	}
	if b.Len() == 0 {
		return "_"
	}
	return b.String()
}

// WriteGraphML writes s as GraphML 1.0: a typed <key> for every property
// of nodes and of edges (string, boolean, long or double; lists as JSON
// text), plus "labels" (":Label" joined as Neo4j shows them) and "label"
// (a caption: the name, and a meeting's date) for nodes and "type" for
// edges, and "id" (the graph's id; element ids are made XML NMTOKENs, which
// the graph's usually already are). Gephi, yEd and Cytoscape read
// it; it validates against the GraphML schema.
func WriteGraphML(w io.Writer, s graph.Snapshot) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	p("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" " +
		"xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
	nkeys := keysOf(nodeProps(s))
	ekeys := keysOf(relProps(s))
	nid := map[string]string{"labels": "labels", "label": "label", "id": "id"}
	p("  <key id=\"id\" for=\"all\" attr.name=\"id\" attr.type=\"string\"/>\n")
	p("  <key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>\n")
	p("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n")
	for i, k := range nkeys {
		if k.name == "labels" || k.name == "label" || k.name == "id" {
			continue
		}
		id := fmt.Sprintf("n%d", i)
		nid[k.name] = id
		p("  <key id=\"%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", id, xmlText(k.name), k.typ)
	}
	eid := map[string]string{"type": "type", "id": "id"}
	p("  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n")
	for i, k := range ekeys {
		if k.name == "type" || k.name == "id" {
			continue
		}
		id := fmt.Sprintf("e%d", i)
		eid[k.name] = id
		p("  <key id=\"%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", id, xmlText(k.name), k.typ)
	}
	p("  <graph id=\"negograph\" edgedefault=\"directed\">\n")
	for _, n := range s.Nodes {
		p("    <node id=\"%s\">\n", xmlText(nmtoken(n.ID)))
		p("      <data key=\"id\">%s</data>\n", xmlText(n.ID))
		p("      <data key=\"labels\">:%s</data>\n", xmlText(strings.Join(n.Labels, ":")))
		p("      <data key=\"label\">%s</data>\n", xmlText(caption(n)))
		for _, k := range nkeys {
			if v, ok := n.Props[k.name]; ok && nid[k.name] != "labels" && nid[k.name] != "label" && nid[k.name] != "id" {
				p("      <data key=\"%s\">%s</data>\n", nid[k.name], xmlText(attrValue(v)))
			}
		}
		p("    </node>\n")
	}
	for _, r := range s.Relationships {
		p("    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", xmlText(nmtoken(r.ID)), xmlText(nmtoken(r.Start)), xmlText(nmtoken(r.End)))
		p("      <data key=\"id\">%s</data>\n", xmlText(r.ID))
		p("      <data key=\"type\">%s</data>\n", xmlText(r.Type))
		for _, k := range ekeys {
			if v, ok := r.Props[k.name]; ok && eid[k.name] != "type" && eid[k.name] != "id" {
				p("      <data key=\"%s\">%s</data>\n", eid[k.name], xmlText(attrValue(v)))
			}
		}
		p("    </edge>\n")
	}
	p("  </graph>\n</graphml>\n")
	return bw.Flush()
}
