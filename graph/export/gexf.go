package export

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// colorOf gives each label one colour, the same in GEXF, DOT and the
// Browser style file examples/negograph.grass.
func colorOf(label string) [3]int {
	switch label {
	case schema.LabelMeeting:
		return [3]int{0xFF, 0x75, 0x6E}
	case schema.LabelCountry:
		return [3]int{0x68, 0xBD, 0xF6}
	case schema.LabelPerson:
		return [3]int{0x6D, 0xCE, 0x9E}
	case schema.LabelVenue:
		return [3]int{0xFF, 0xD8, 0x6E}
	case schema.LabelOrganization:
		return [3]int{0xDE, 0x9B, 0xF9}
	case schema.LabelArticle:
		return [3]int{0xC9, 0x90, 0xC0}
	}
	return [3]int{0xA5, 0xAB, 0xB6}
}

// interval is a closed range of days.
type interval struct{ start, end time.Time }

// meetingSpan is the days a node's date names: a day, a month or a year.
func dateSpan(s string) (interval, bool) {
	d, err := article.ParseDate(s)
	if err != nil || d.IsZero() {
		return interval{}, false
	}
	a, b := span(d)
	return interval{a, b}, true
}

// WriteGEXF writes s as GEXF 1.2 (dynamic mode, date time format) so that
// Gephi's timeline plays the negotiation chain: a meeting lives over the
// day, month or year of its date; a person, country, venue or organization
// over a spell per meeting it is linked to; an article on its publication
// date; a relationship over the spells of the meeting it touches
// (PRECEDED_BY from the earlier meeting to the later). Elements with no
// date are always present. Properties are static attributes (colour nodes
// by "labels" in Gephi's Appearance panel: the schema published for GEXF
// 1.2draft places viz:color in the wrong namespace, so no colour is
// written). It validates against the GEXF 1.2draft schema.
func WriteGEXF(w io.Writer, s graph.Snapshot, now time.Time) error {
	byID := map[string]*graph.Node{}
	spans := map[string][]interval{}
	for _, n := range s.Nodes {
		byID[n.ID] = n
		switch n.Label() {
		case schema.LabelMeeting:
			if iv, ok := dateSpan(graph.StringProp(n.Props, "date")); ok {
				spans[n.ID] = []interval{iv}
			}
		case schema.LabelArticle:
			if iv, ok := dateSpan(graph.StringProp(n.Props, "published")); ok {
				spans[n.ID] = []interval{iv}
			}
		}
	}
	relSpans := make([][]interval, len(s.Relationships))
	for i, r := range s.Relationships {
		sm := byID[r.Start] != nil && byID[r.Start].Label() == schema.LabelMeeting
		em := byID[r.End] != nil && byID[r.End].Label() == schema.LabelMeeting
		switch {
		case sm && em:
			a, okA := spans[r.Start]
			b, okB := spans[r.End]
			if okA && okB {
				lo, hi := a[0], b[0]
				if hi.start.Before(lo.start) {
					lo, hi = hi, lo
				}
				relSpans[i] = []interval{{lo.start, hi.end}}
			}
		case sm:
			relSpans[i] = spans[r.Start]
		case em:
			relSpans[i] = spans[r.End]
		}
		// entities take the spells of their meetings
		if sm && !em && byID[r.End] != nil && byID[r.End].Label() != schema.LabelArticle {
			spans[r.End+"\x00e"] = append(spans[r.End+"\x00e"], spans[r.Start]...)
		}
		if em && !sm && byID[r.Start] != nil && byID[r.Start].Label() != schema.LabelArticle {
			spans[r.Start+"\x00e"] = append(spans[r.Start+"\x00e"], spans[r.End]...)
		}
	}
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	spells := func(indent string, ivs []interval) {
		if len(ivs) == 0 {
			return
		}
		ivs = merge(ivs)
		p("%s<spells>\n", indent)
		for _, iv := range ivs {
			p("%s  <spell start=\"%s\" end=\"%s\"/>\n", indent, day(iv.start), day(iv.end))
		}
		p("%s</spells>\n", indent)
	}
	p("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	p("<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n")
	p("  <meta lastmodifieddate=\"%s\">\n    <creator>negograph</creator>\n    <description>Negotiation meetings extracted from Arabic news</description>\n  </meta>\n", day(now))
	p("  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n")
	nkeys := keysOf(nodeProps(s))
	ekeys := keysOf(relProps(s))
	gexfType := func(t string) string { return t }
	p("    <attributes class=\"node\" mode=\"static\">\n      <attribute id=\"labels\" title=\"labels\" type=\"string\"/>\n")
	for i, k := range nkeys {
		p("      <attribute id=\"n%d\" title=\"%s\" type=\"%s\"/>\n", i, xmlText(k.name), gexfType(k.typ))
	}
	p("    </attributes>\n")
	p("    <attributes class=\"edge\" mode=\"static\">\n      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n")
	for i, k := range ekeys {
		p("      <attribute id=\"e%d\" title=\"%s\" type=\"%s\"/>\n", i, xmlText(k.name), gexfType(k.typ))
	}
	p("    </attributes>\n")
	p("    <nodes>\n")
	for _, n := range s.Nodes {
		p("      <node id=\"%s\" label=\"%s\">\n", xmlText(n.ID), xmlText(caption(n)))
		p("        <attvalues>\n          <attvalue for=\"labels\" value=\"%s\"/>\n", xmlText(":"+joinLabels(n.Labels)))
		for i, k := range nkeys {
			if v, ok := n.Props[k.name]; ok {
				p("          <attvalue for=\"n%d\" value=\"%s\"/>\n", i, xmlText(attrValue(v)))
			}
		}
		p("        </attvalues>\n")
		ivs := spans[n.ID]
		if len(ivs) == 0 {
			ivs = spans[n.ID+"\x00e"]
		}
		spells("        ", ivs)
		p("      </node>\n")
	}
	p("    </nodes>\n    <edges>\n")
	for i, r := range s.Relationships {
		p("      <edge id=\"%s\" source=\"%s\" target=\"%s\" label=\"%s\">\n", xmlText(r.ID), xmlText(r.Start), xmlText(r.End), xmlText(r.Type))
		p("        <attvalues>\n          <attvalue for=\"type\" value=\"%s\"/>\n", xmlText(r.Type))
		for j, k := range ekeys {
			if v, ok := r.Props[k.name]; ok {
				p("          <attvalue for=\"e%d\" value=\"%s\"/>\n", j, xmlText(attrValue(v)))
			}
		}
		p("        </attvalues>\n")
		spells("        ", relSpans[i])
		p("      </edge>\n")
	}
	p("    </edges>\n  </graph>\n</gexf>\n")
	return bw.Flush()
}

func joinLabels(l []string) string {
	out := ""
	for i, x := range l {
		if i > 0 {
			out += ":"
		}
		out += x
	}
	return out
}

// merge sorts intervals and joins the overlapping ones (GEXF spells of one
// element must not overlap).
func merge(ivs []interval) []interval {
	ivs = append([]interval(nil), ivs...)
	sort.Slice(ivs, func(i, j int) bool { return ivs[i].start.Before(ivs[j].start) })
	out := ivs[:0:0]
	for _, iv := range ivs {
		if n := len(out); n > 0 && !iv.start.After(out[n-1].end.AddDate(0, 0, 1)) {
			if iv.end.After(out[n-1].end) {
				out[n-1].end = iv.end
			}
			continue
		}
		out = append(out, iv)
	}
	return out
}
