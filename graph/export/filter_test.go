package export

import (
	"sort"
	"strings"
	"testing"

	"github.com/negograph/negograph/graph"
)

// filterGraph: three meetings in two channels, with their parties, a venue
// and an article.
func filterGraph(t *testing.T) graph.Snapshot {
	t.Helper()
	g := graph.New()
	for _, n := range [][3]string{
		{"country:iran", "Country", "Iran"}, {"country:united-states", "Country", "United States"},
		{"country:saudi-arabia", "Country", "Saudi Arabia"}, {"venue:muscat", "Venue", "Muscat"},
		{"article:a", "Article", "a.txt"}, {"article:b", "Article", "b.txt"},
	} {
		if _, err := g.AddNode(n[0], n[1], map[string]any{"name": n[2], "name_ar": n[2] + "-ar"}); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range [][2]string{{"meeting:us-2023", "2023-05-08"}, {"meeting:us-2025", "2025-04"}, {"meeting:sa-2023", "2023"}} {
		if _, err := g.AddNode(m[0], "Meeting", map[string]any{"date": m[1]}); err != nil {
			t.Fatal(err)
		}
	}
	rels := [][3]string{
		{"BETWEEN", "meeting:us-2023", "country:iran"}, {"BETWEEN", "meeting:us-2023", "country:united-states"},
		{"BETWEEN", "meeting:us-2025", "country:iran"}, {"BETWEEN", "meeting:us-2025", "country:united-states"},
		{"BETWEEN", "meeting:sa-2023", "country:iran"}, {"BETWEEN", "meeting:sa-2023", "country:saudi-arabia"},
		{"HELD_IN", "meeting:us-2023", "venue:muscat"}, {"PRECEDED_BY", "meeting:us-2025", "meeting:us-2023"},
		{"REPORTS", "article:a", "meeting:us-2023"}, {"REPORTS", "article:b", "meeting:sa-2023"},
		{"MENTIONS", "article:a", "venue:muscat"},
	}
	for _, r := range rels {
		if _, err := g.AddRel(r[0], r[1], r[2], nil); err != nil {
			t.Fatal(err)
		}
	}
	return g.Snapshot()
}

func TestFilter(t *testing.T) {
	s := filterGraph(t)
	for _, tc := range []struct {
		name   string
		f      Filter
		nodes  []string
		rels   int
		hasErr bool
	}{
		{name: "empty keeps all", f: Filter{}, nodes: nil, rels: 11},
		{name: "year 2023", f: Filter{From: "2023", To: "2023"},
			nodes: []string{"article:a", "article:b", "country:iran", "country:saudi-arabia", "country:united-states", "meeting:sa-2023", "meeting:us-2023", "venue:muscat"}, rels: 8},
		{name: "from a day in April 2025 keeps the April meeting", f: Filter{From: "2025-04-20"},
			nodes: []string{"country:iran", "country:united-states", "meeting:us-2025"}, rels: 2},
		{name: "to May 2023 keeps the 2023 year-precision meeting and the May one", f: Filter{To: "2023-05"},
			nodes: []string{"article:a", "article:b", "country:iran", "country:saudi-arabia", "country:united-states", "meeting:sa-2023", "meeting:us-2023", "venue:muscat"}, rels: 8},
		{name: "channel by names", f: Filter{Channel: []string{"United States", "Iran-ar"}},
			nodes: []string{"article:a", "country:iran", "country:united-states", "meeting:us-2023", "meeting:us-2025", "venue:muscat"}, rels: 8},
		{name: "channel and labels", f: Filter{Channel: []string{"country:iran", "country:united-states"}, Labels: []string{"Meeting"}},
			nodes: []string{"meeting:us-2023", "meeting:us-2025"}, rels: 1},
		{name: "labels alone", f: Filter{Labels: []string{"Country", "Venue"}},
			nodes: []string{"country:iran", "country:saudi-arabia", "country:united-states", "venue:muscat"}, rels: 0},
		{name: "bad date", f: Filter{From: "2023-13"}, hasErr: true},
		{name: "unknown party", f: Filter{Channel: []string{"Atlantis"}}, hasErr: true},
		{name: "unknown label", f: Filter{Labels: []string{"Spy"}}, hasErr: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.f.Apply(s)
			if tc.hasErr {
				if err == nil {
					t.Fatal("no error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tc.nodes != nil {
				var ids []string
				for _, n := range got.Nodes {
					ids = append(ids, n.ID)
				}
				sort.Strings(ids)
				if len(ids) != len(tc.nodes) {
					t.Fatalf("nodes %v, want %v", ids, tc.nodes)
				}
				for i := range ids {
					if ids[i] != tc.nodes[i] {
						t.Fatalf("nodes %v, want %v", ids, tc.nodes)
					}
				}
			}
			if len(got.Relationships) != tc.rels {
				t.Errorf("%d relationships, want %d", len(got.Relationships), tc.rels)
			}
		})
	}
}

// FuzzCypherString: a literal never contains a raw line break and always
// ends where it began.
func FuzzCypherString(f *testing.F) {
	f.Add("O'Neil \\ \"x\"\n")
	f.Add("عبد\u2028الله")
	f.Fuzz(func(t *testing.T, s string) {
		lit := cypherString(s)
		for _, bad := range []string{"\n", "\r", "\u2028", "\u2029"} {
			if strings.Contains(lit, bad) {
				t.Fatalf("raw %q in %q", bad, lit)
			}
		}
		if lit[0] != '\'' || lit[len(lit)-1] != '\'' {
			t.Fatalf("not quoted: %q", lit)
		}
	})
}
