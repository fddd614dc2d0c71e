package export

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/schema"
)

// dotFont has Latin and Arabic glyphs (fonts-dejavu, fonts-noto-core).
const dotFont = "DejaVu Sans,Noto Sans Arabic,sans-serif"

// dotString quotes s as a DOT string.
func dotString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(s) + `"`
}

// WriteDOT writes a picture of the negotiation chain in Graphviz DOT:
// meetings in date order from left to right, each a box with its date,
// parties, venue, mediators and status, linked along PRECEDED_BY (bold),
// with its participants (English and Arabic names) stacked in its column.
// Articles, mentions and entity nodes are left out: the chain is the
// subject.
func WriteDOT(w io.Writer, s graph.Snapshot) error {
	byID := map[string]*graph.Node{}
	for _, n := range s.Nodes {
		byID[n.ID] = n
	}
	name := func(id string) string {
		if n := byID[id]; n != nil {
			if v := graph.StringProp(n.Props, "name"); v != "" {
				return v
			}
		}
		return id
	}
	var meetings []*graph.Node
	for _, n := range s.Nodes {
		if n.Label() == schema.LabelMeeting {
			meetings = append(meetings, n)
		}
	}
	sort.SliceStable(meetings, func(i, j int) bool {
		di, dj := graph.StringProp(meetings[i].Props, "date"), graph.StringProp(meetings[j].Props, "date")
		if di != dj {
			return di < dj
		}
		return meetings[i].ID < meetings[j].ID
	})
	venue, mediators, parties := map[string][]string{}, map[string][]string{}, map[string][]string{}
	people := map[string][]string{}
	for _, r := range s.Relationships {
		switch r.Type {
		case schema.RelHeldIn:
			if cand, _ := r.Props["candidate"].(bool); cand {
				venue[r.Start] = append(venue[r.Start], name(r.End)+"?")
			} else {
				venue[r.Start] = append(venue[r.Start], name(r.End))
			}
		case schema.RelMediatedBy:
			mediators[r.Start] = append(mediators[r.Start], name(r.End))
		case schema.RelBetween:
			parties[r.Start] = append(parties[r.Start], name(r.End))
		case schema.RelParticipatedIn:
			people[r.End] = append(people[r.End], r.Start)
		}
	}
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("digraph negotiations {\n")
	p("  graph [rankdir=LR, fontname=%s, fontsize=14, nodesep=0.12, ranksep=0.35, labelloc=t, label=%s];\n",
		dotString(dotFont), dotString("Negotiation meetings in time order, left to right (negograph)"))
	p("  node [fontname=%s, fontsize=10];\n  edge [fontname=%s, fontsize=8, color=\"#777777\"];\n", dotString(dotFont), dotString(dotFont))
	hex := func(label string) string {
		c := colorOf(label)
		return fmt.Sprintf("#%02X%02X%02X", c[0], c[1], c[2])
	}
	for i, m := range meetings {
		ps := append([]string(nil), parties[m.ID]...)
		sort.Strings(ps)
		lines := []string{graph.StringProp(m.Props, "date"), strings.Join(ps, " | ")}
		if v := venue[m.ID]; len(v) > 0 {
			lines = append(lines, "in "+strings.Join(v, " / "))
		}
		if md := mediators[m.ID]; len(md) > 0 {
			sort.Strings(md)
			lines = append(lines, "mediator: "+strings.Join(md, ", "))
		}
		status := graph.StringProp(m.Props, "status")
		format := graph.StringProp(m.Props, "format")
		var tags []string
		if status != "" && status != "held" {
			tags = append(tags, status)
		}
		if format != "" && format != "unknown" {
			tags = append(tags, format)
		}
		if len(tags) > 0 {
			lines = append(lines, "("+strings.Join(tags, ", ")+")")
		}
		style := "filled,rounded"
		if status != "" && status != "held" {
			style = "filled,rounded,dashed"
		}
		// The meeting and its participants share a column.
		p("  subgraph \"col%d\" {\n    rank=same;\n", i)
		p("    %s [shape=box, style=%s, fillcolor=%s, penwidth=1.5, fontsize=11, label=%s, tooltip=%s];\n",
			dotString(m.ID), dotString(style), dotString(hex(schema.LabelMeeting)), dotString(strings.Join(lines, "\n")),
			dotString(graph.StringProp(m.Props, "name")))
		ids := append([]string(nil), people[m.ID]...)
		sort.Strings(ids)
		for _, id := range ids {
			label := name(id)
			if n := byID[id]; n != nil {
				if ar := graph.StringProp(n.Props, "name_ar"); ar != "" && ar != label {
					label += "\n" + ar
				}
			}
			p("    %s [shape=note, style=filled, fillcolor=%s, fontsize=8, label=%s];\n",
				dotString(m.ID+"|"+id), dotString(hex(schema.LabelPerson)), dotString(label))
		}
		p("  }\n")
		for _, id := range ids {
			p("  %s -> %s [arrowhead=none, color=\"#BBBBBB\"];\n", dotString(m.ID), dotString(m.ID+"|"+id))
		}
	}
	// Time order: consecutive meetings are joined by invisible edges, the
	// chains by bold ones.
	for i := 1; i < len(meetings); i++ {
		p("  %s -> %s [style=invis, weight=2];\n", dotString(meetings[i-1].ID), dotString(meetings[i].ID))
	}
	var chain []string
	for _, r := range s.Relationships {
		if r.Type == schema.RelPrecededBy && byID[r.Start] != nil && byID[r.End] != nil {
			// r: later -> earlier; drawn earlier -> later.
			chain = append(chain, fmt.Sprintf("  %s -> %s [penwidth=2.5, color=\"#333333\", weight=4, label=%s];\n",
				dotString(r.End), dotString(r.Start), dotString("next")))
		}
	}
	sort.Strings(chain)
	for _, e := range chain {
		bw.WriteString(e)
	}
	p("}\n")
	return bw.Flush()
}
