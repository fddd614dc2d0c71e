package export

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// Filter narrows a snapshot. The zero Filter keeps everything.
type Filter struct {
	// From and To bound meeting dates (ISO 8601 prefixes: YYYY, YYYY-MM or
	// YYYY-MM-DD, both inclusive). A meeting is kept when its date, taken
	// as the whole day, month or year it names, overlaps the window;
	// meetings without a date are dropped when a bound is set.
	From, To string
	// Channel keeps the meetings whose parties (BETWEEN) are exactly these,
	// given by id, English or Arabic name.
	Channel []string
	// Labels keeps only nodes with one of these labels.
	Labels []string
	// AsOf, when set, shows the graph as it could be known on that date
	// (see AsOf) before the other criteria apply.
	AsOf string
}

// Empty reports whether the filter keeps everything.
func (f Filter) Empty() bool {
	return f.From == "" && f.To == "" && len(f.Channel) == 0 && len(f.Labels) == 0 && f.AsOf == ""
}

// String describes the filter for manifests and logs.
func (f Filter) String() string {
	var parts []string
	if f.From != "" {
		parts = append(parts, "from="+f.From)
	}
	if f.To != "" {
		parts = append(parts, "to="+f.To)
	}
	if len(f.Channel) > 0 {
		parts = append(parts, "channel="+strings.Join(f.Channel, ","))
	}
	if len(f.Labels) > 0 {
		parts = append(parts, "labels="+strings.Join(f.Labels, ","))
	}
	if f.AsOf != "" {
		parts = append(parts, "as-of="+f.AsOf)
	}
	return strings.Join(parts, " ")
}

// span is the first and last day a partial date names.
func span(d article.Date) (time.Time, time.Time) {
	start := d.Time()
	switch d.Precision() {
	case article.PrecisionYear:
		return start, start.AddDate(1, 0, -1)
	case article.PrecisionMonth:
		return start, start.AddDate(0, 1, -1)
	}
	return start, start
}

// Apply returns the part of s the filter keeps: the graph as known on
// AsOf, then the meetings in the window and channel, the nodes linked to
// them (when a meeting criterion is set), the nodes with the labels asked
// for, and the relationships between kept nodes.
func (f Filter) Apply(s graph.Snapshot) (graph.Snapshot, error) {
	if f.AsOf != "" {
		var err error
		if s, err = AsOf(s, f.AsOf); err != nil {
			return s, err
		}
		f.AsOf = ""
	}
	if f.Empty() {
		return s, nil
	}
	from, err := article.ParseDate(f.From)
	if err != nil {
		return s, fmt.Errorf("export: --from-date: %w", err)
	}
	to, err := article.ParseDate(f.To)
	if err != nil {
		return s, fmt.Errorf("export: --to-date: %w", err)
	}
	for _, l := range f.Labels {
		if !schema.IsLabel(l) {
			return s, fmt.Errorf("export: label %q is not one of %s", l, strings.Join(schema.Labels(), ", "))
		}
	}
	byID := make(map[string]*graph.Node, len(s.Nodes))
	for _, n := range s.Nodes {
		byID[n.ID] = n
	}
	// Resolve the channel to ids.
	var channel []string
	for _, c := range f.Channel {
		c = strings.TrimSpace(c)
		id := ""
		for _, n := range s.Nodes {
			if n.ID == c || n.ID == "country:"+strings.ToLower(c) || strings.EqualFold(graph.StringProp(n.Props, "name"), c) ||
				graph.StringProp(n.Props, "name_ar") == c {
				id = n.ID
				break
			}
		}
		if id == "" {
			return s, fmt.Errorf("export: channel party %q is not in the graph", c)
		}
		channel = append(channel, id)
	}
	sort.Strings(channel)
	parties := map[string][]string{}
	for _, r := range s.Relationships {
		if r.Type == schema.RelBetween {
			parties[r.Start] = append(parties[r.Start], r.End)
		}
	}
	meetingCriteria := f.From != "" || f.To != "" || len(channel) > 0
	keep := map[string]bool{}
	for _, n := range s.Nodes {
		if n.Label() != schema.LabelMeeting {
			if !meetingCriteria {
				keep[n.ID] = true
			}
			continue
		}
		if len(channel) > 0 {
			p := append([]string(nil), parties[n.ID]...)
			sort.Strings(p)
			if !slices.Equal(p, channel) {
				continue
			}
		}
		if f.From != "" || f.To != "" {
			d, err := article.ParseDate(graph.StringProp(n.Props, "date"))
			if err != nil || d.IsZero() {
				continue
			}
			ms, me := span(d)
			if f.From != "" && me.Before(from.Time()) {
				continue
			}
			if f.To != "" {
				if _, te := span(to); ms.After(te) {
					continue
				}
			}
		}
		keep[n.ID] = true
	}
	if meetingCriteria {
		for _, r := range s.Relationships {
			sm := byID[r.Start] != nil && byID[r.Start].Label() == schema.LabelMeeting && keep[r.Start]
			em := byID[r.End] != nil && byID[r.End].Label() == schema.LabelMeeting && keep[r.End]
			if sm && byID[r.End].Label() != schema.LabelMeeting {
				keep[r.End] = true
			}
			if em && byID[r.Start].Label() != schema.LabelMeeting {
				keep[r.Start] = true
			}
		}
	}
	if len(f.Labels) > 0 {
		for id := range keep {
			if !slices.ContainsFunc(byID[id].Labels, func(l string) bool { return slices.Contains(f.Labels, l) }) {
				delete(keep, id)
			}
		}
	}
	out := graph.Snapshot{Nodes: []*graph.Node{}, Relationships: []*graph.Relationship{}}
	for _, n := range s.Nodes {
		if keep[n.ID] {
			out.Nodes = append(out.Nodes, n)
		}
	}
	for _, r := range s.Relationships {
		if keep[r.Start] && keep[r.End] {
			out.Relationships = append(out.Relationships, r)
		}
	}
	return out, nil
}
