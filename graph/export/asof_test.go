package export

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/negograph/negograph/graph"
)

// TestAsOfFollowsTheReports shows the example chain as it could be known
// on dates between its articles: rounds appear when first reported, planned
// rounds become held or postponed as later articles say so, and no fact of
// a later article leaks in.
func TestAsOfFollowsTheReports(t *testing.T) {
	s := examples(t)
	const (
		r0412 = "meeting:iran-united-states-2025-04-12-muscat"
		r0419 = "meeting:iran-united-states-2025-04-19-rome"
		r0426 = "meeting:iran-united-states-2025-04-26-muscat" // the third round, 26 April (over two days)
		r0503 = "meeting:iran-united-states-2025-05-03-rome-postponed"
		r0511 = "meeting:iran-united-states-2025-05-11-muscat"
		r0508 = "meeting:iran-united-states-2023-05-08-muscat"
	)
	for _, tc := range []struct {
		asOf   string
		status map[string]string // meeting -> status; "" : absent
	}{
		{"2023-05-19", map[string]string{r0508: ""}},
		{"2023-05", map[string]string{r0508: "held"}},
		// ex03 (13 April) tells the first round and announces the next.
		{"2025-04-13", map[string]string{r0412: "held", r0419: "planned", r0426: "", r0503: ""}},
		// ex04 (20 April): Rome was held, the third round is planned.
		{"2025-04-20", map[string]string{r0419: "held", r0426: "planned", r0503: ""}},
		// ex05 (27 April): the third round was held, the next one planned.
		{"2025-04-27", map[string]string{r0426: "held", r0503: "planned", r0511: ""}},
		// ex06 (1 May): the 3 May round is postponed; a round in Muscat planned.
		{"2025-05-01", map[string]string{r0503: "postponed", r0511: "planned"}},
		// ex09a (11 May): the fourth round was held.
		{"2025-05-11", map[string]string{r0503: "postponed", r0511: "held"}},
	} {
		t.Run(tc.asOf, func(t *testing.T) {
			got, err := AsOf(s, tc.asOf)
			if err != nil {
				t.Fatal(err)
			}
			nodes := map[string]*graph.Node{}
			for _, n := range got.Nodes {
				nodes[n.ID] = n
			}
			for id, want := range tc.status {
				n := nodes[id]
				switch {
				case want == "" && n != nil:
					t.Errorf("%s is shown before any article reported it (status %s)", id, graph.StringProp(n.Props, "status"))
				case want != "" && n == nil:
					t.Errorf("%s is missing", id)
				case n != nil && graph.StringProp(n.Props, "status") != want:
					t.Errorf("%s: status %s, want %s", id, graph.StringProp(n.Props, "status"), want)
				case n != nil && want != "held" && !strings.HasSuffix(graph.StringProp(n.Props, "name"), "("+want+")"):
					t.Errorf("%s: name %q does not say %s", id, graph.StringProp(n.Props, "name"), want)
				}
			}
			checkKnownBy(t, got, tc.asOf)
		})
	}
}

// checkKnownBy checks that every article of g was published by asOf, that
// every source named is one of them, and that every relationship joins
// nodes of g.
func checkKnownBy(t *testing.T, g graph.Snapshot, asOf string) {
	t.Helper()
	articles := map[string]bool{}
	nodes := map[string]bool{}
	for _, n := range g.Nodes {
		nodes[n.ID] = true
		if n.Label() == "Article" {
			articles[n.ID] = true
			if p := graph.StringProp(n.Props, "published"); p == "" || p > asOf && !strings.HasPrefix(p, asOf) {
				t.Errorf("article %s published %q is after %s", n.ID, p, asOf)
			}
		}
	}
	for _, n := range g.Nodes {
		for _, src := range graph.StringsProp(n.Props, "sources") {
			if !articles[src] {
				t.Errorf("%s names source %s, not known by %s", n.ID, src, asOf)
			}
		}
		for _, key := range []string{"merge_reasons", "alternatives"} {
			for _, v := range graph.StringsProp(n.Props, key) {
				if id := articleOf(v); id != "" && !articles[id] {
					t.Errorf("%s %s names %s, not known by %s", n.ID, key, id, asOf)
				}
			}
		}
	}
	// A meeting's venue and venue_ar name the place it is HELD_IN.
	byID := map[string]*graph.Node{}
	for _, n := range g.Nodes {
		byID[n.ID] = n
	}
	placeOf := map[string]*graph.Node{}
	for _, r := range g.Relationships {
		if r.Type == "HELD_IN" && r.Props["candidate"] != true {
			placeOf[r.Start] = byID[r.End]
		}
	}
	for _, n := range g.Nodes {
		venue, venueAr := graph.StringProp(n.Props, "venue"), graph.StringProp(n.Props, "venue_ar")
		if venue == "" && venueAr == "" {
			continue
		}
		p := placeOf[n.ID]
		if p == nil || graph.StringProp(p.Props, "name") != venue || graph.StringProp(p.Props, "name_ar") != venueAr {
			t.Errorf("%s: venue %q / %q, but it is HELD_IN %v as of %s", n.ID, venue, venueAr, p, asOf)
		}
	}
	for _, r := range g.Relationships {
		if !nodes[r.Start] || !nodes[r.End] {
			t.Errorf("%s %s -> %s has an end outside the graph", r.Type, r.Start, r.End)
		}
		for _, src := range graph.StringsProp(r.Props, "sources") {
			if !articles[src] {
				t.Errorf("%s %s -> %s names source %s, not known by %s", r.Type, r.Start, r.End, src, asOf)
			}
		}
	}
}

// TestAsOfAfterEverythingIsTheGraph: a date after every article gives the
// snapshot itself, and a bad date is an error.
func TestAsOfAfterEverythingIsTheGraph(t *testing.T) {
	s := examples(t)
	got, err := AsOf(s, "2100")
	if err != nil {
		t.Fatal(err)
	}
	if d := graph.DiffSnapshots(s, got); !d.Empty() || len(got.Nodes) != len(s.Nodes) || len(got.Relationships) != len(s.Relationships) {
		t.Fatalf("as of 2100 the graph differs: %+v", d)
	}
	for i := range s.Nodes {
		if s.Nodes[i].ID != got.Nodes[i].ID {
			t.Fatalf("node order changed at %d", i)
		}
	}
	for _, bad := range []string{"", "yesterday", "2025-13"} {
		if _, err := AsOf(s, bad); err == nil || !strings.Contains(err.Error(), "--as-of") {
			t.Errorf("%q: %v", bad, err)
		}
	}
	// The filter applies it before the other criteria, and says so.
	f := Filter{AsOf: "2025-04-20", Channel: []string{"iran", "united-states"}}
	out, err := f.Apply(s)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(f.String(), "as-of=2025-04-20") {
		t.Errorf("filter %q", f.String())
	}
	if slices.ContainsFunc(out.Nodes, func(n *graph.Node) bool { return strings.HasPrefix(n.ID, "meeting:iran-united-states-2025-05") }) {
		t.Error("a May round is shown as of 20 April")
	}
	checkKnownBy(t, out, "2025-04-20")
}

// TestReportStatuses reads each report's status from what the meeting
// records of it.
func TestReportStatuses(t *testing.T) {
	for _, tc := range []struct {
		name  string
		props map[string]any
		pub   map[string]string
		want  map[string]string
	}{
		{
			name: "a report before the day was a plan",
			props: map[string]any{"status": "held", "date": "2025-04", "sources": []string{"article:a", "article:b"},
				"merge_reasons": []string{"article:b: same sides, date 2025-04 fits 2025-04-26"}},
			pub:  map[string]string{"article:a": "2025-04-20", "article:b": "2025-04-27"},
			want: map[string]string{"article:a": "planned", "article:b": "held"},
		},
		{
			name: "postponed after a plan",
			props: map[string]any{"status": "postponed", "date": "2025-05-03", "sources": []string{"article:a", "article:b", "article:c"},
				"merge_reasons": []string{"article:b: same sides, same date 2025-05-03, status postponed after planned", "article:c: same sides"}},
			pub:  map[string]string{"article:a": "2025-04-27", "article:b": "2025-05-01", "article:c": "2025-05-11"},
			want: map[string]string{"article:a": "planned", "article:b": "postponed", "article:c": "postponed"},
		},
		{
			name: "an alternative names the article's status",
			props: map[string]any{"status": "held", "date": "2025-05", "sources": []string{"article:a", "article:b"},
				"alternatives": []string{"status=planned (article:a)"}},
			pub:  map[string]string{"article:a": "2025-06-01", "article:b": "2025-06-02"},
			want: map[string]string{"article:a": "planned", "article:b": "held"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pub := map[string]time.Time{}
			for id, p := range tc.pub {
				pub[id] = day(t, p)
			}
			got := reportStatuses(&graph.Node{ID: "meeting:x", Labels: []string{"Meeting"}, Props: tc.props}, pub)
			for id, want := range tc.want {
				if len(got[id]) != 1 || got[id][0] != want {
					t.Errorf("%s: %v, want %s", id, got[id], want)
				}
			}
		})
	}
}

func day(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestAsOfVenueFollowsHeldIn: a meeting known before the article that
// names its place does not carry the place's names (venue, venue_ar) until
// its HELD_IN edge is known too.
func TestAsOfVenueFollowsHeldIn(t *testing.T) {
	g := graph.New()
	add := func(id, label string, props map[string]any) {
		if _, err := g.AddNode(id, label, props); err != nil {
			t.Fatal(err)
		}
	}
	rel := func(typ, start, end string, props map[string]any) {
		if _, err := g.AddRel(typ, start, end, props); err != nil {
			t.Fatal(err)
		}
	}
	add("article:a1", "Article", map[string]any{"published": "2025-04-01"})
	add("article:a2", "Article", map[string]any{"published": "2025-04-10"})
	add("country:oman", "Country", map[string]any{"name": "Oman", "name_ar": "عمان"})
	add("venue:muscat", "Venue", map[string]any{"name": "Muscat", "name_ar": "مسقط"})
	const m = "meeting:oman-2025-04-01-muscat"
	add(m, "Meeting", map[string]any{"date": "2025-04-01", "status": "held", "sources": []string{"article:a1", "article:a2"},
		"venue": "Muscat", "venue_ar": "مسقط"})
	rel("REPORTS", "article:a1", m, map[string]any{"sources": []string{"article:a1"}})
	rel("REPORTS", "article:a2", m, map[string]any{"sources": []string{"article:a2"}})
	rel("BETWEEN", m, "country:oman", map[string]any{"sources": []string{"article:a1", "article:a2"}})
	rel("HELD_IN", m, "venue:muscat", map[string]any{"sources": []string{"article:a2"}})
	for _, tc := range []struct {
		asOf           string
		venue, venueAr string
	}{
		{"2025-04-05", "", ""},
		{"2025-04-10", "Muscat", "مسقط"},
	} {
		t.Run(tc.asOf, func(t *testing.T) {
			got, err := AsOf(g.Snapshot(), tc.asOf)
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(got.Nodes, func(n *graph.Node) bool { return n.ID == m })
			if i < 0 {
				t.Fatalf("%s is missing as of %s", m, tc.asOf)
			}
			p := got.Nodes[i].Props
			if v, va := graph.StringProp(p, "venue"), graph.StringProp(p, "venue_ar"); v != tc.venue || va != tc.venueAr {
				t.Errorf("as of %s: venue %q / %q, want %q / %q", tc.asOf, v, va, tc.venue, tc.venueAr)
			}
			checkKnownBy(t, got, tc.asOf)
		})
	}
}

// TestAsOfDropsTheEvidenceCountOfCutRelationships: evidence_count counts
// the sentences of every source, so a relationship that loses sources in
// an earlier view loses it too; one that keeps them all keeps it.
func TestAsOfDropsTheEvidenceCountOfCutRelationships(t *testing.T) {
	s := examples(t)
	sources := map[string]int{}
	for _, r := range s.Relationships {
		if _, ok := r.Props[graph.EvidenceCountKey]; ok {
			sources[r.ID] = len(graph.StringsProp(r.Props, "sources"))
		}
	}
	if len(sources) == 0 {
		t.Fatal("no relationship of the examples has more sentences than it keeps")
	}
	cut, kept := 0, 0
	for _, asOf := range []string{"2025-04-20", "2025-04-27", "2025-05-11", "2025-12-31"} {
		got, err := AsOf(s, asOf)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range got.Relationships {
			n, capped := sources[r.ID]
			if !capped {
				continue
			}
			_, has := r.Props[graph.EvidenceCountKey]
			all := len(graph.StringsProp(r.Props, "sources")) == n
			if has != all {
				t.Errorf("%s as of %s: %d of %d sources, evidence_count kept: %v", r.ID, asOf, len(graph.StringsProp(r.Props, "sources")), n, has)
			}
			if all {
				kept++
			} else {
				cut++
			}
		}
	}
	if cut == 0 || kept == 0 {
		t.Errorf("cut %d, kept %d: the examples do not test both cases", cut, kept)
	}
}
