package eval

import (
	"bytes"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/negograph/negograph/graph"
)

const eps = 1e-9

func loadFixture(t *testing.T) (*Gold, graph.Snapshot) {
	t.Helper()
	g, err := LoadGold(filepath.Join("testdata", "gold.json"))
	if err != nil {
		t.Fatalf("LoadGold: %v", err)
	}
	s, err := graph.ReadSnapshotFile(filepath.Join("testdata", "perfect.json"))
	if err != nil {
		t.Fatalf("ReadSnapshotFile: %v", err)
	}
	return g, s
}

// snap edits a snapshot in a test.
type snap struct{ s *graph.Snapshot }

func (x snap) node(id, label string, props map[string]any) {
	x.s.Nodes = append(x.s.Nodes, &graph.Node{ID: id, Labels: []string{label}, Props: props})
}

func (x snap) rel(typ, start, end string) {
	x.s.Relationships = append(x.s.Relationships, &graph.Relationship{
		ID: typ + ":" + start + ":" + end, Type: typ, Start: start, End: end, Props: map[string]any{}})
}

func (x snap) unrel(typ, start, end string) {
	var keep []*graph.Relationship
	for _, r := range x.s.Relationships {
		if r.Type == typ && r.Start == start && r.End == end {
			continue
		}
		keep = append(keep, r)
	}
	x.s.Relationships = keep
}

func (x snap) set(id, key string, v any) {
	for _, n := range x.s.Nodes {
		if n.ID == id {
			n.Props[key] = v
			return
		}
	}
	panic("no node " + id)
}

func near(a, b float64) bool { return math.Abs(a-b) < eps }

func checkPRF(t *testing.T, what string, got PRF, tp, fp, fn int) {
	t.Helper()
	want := NewPRF(tp, fp, fn)
	if got != want {
		t.Errorf("%s = %+v, want %+v", what, got, want)
	}
}

func assertPerfect(t *testing.T, r *Report) {
	t.Helper()
	for _, typ := range EntityTypes() {
		p := r.Entities[typ]
		if !near(p.Precision, 1) || !near(p.Recall, 1) || !near(p.F1, 1) {
			t.Errorf("%s = %+v, want 1", typ, p)
		}
	}
	for name, p := range map[string]PRF{"Meeting": r.Meetings, "PRECEDED_BY": r.PrecededBy, "per-article": r.PerArticle} {
		if !near(p.Precision, 1) || !near(p.Recall, 1) || !near(p.F1, 1) {
			t.Errorf("%s = %+v, want 1", name, p)
		}
	}
	for _, a := range Attributes() {
		if !near(r.Attributes[a], 1) {
			t.Errorf("attribute %s = %v, want 1", a, r.Attributes[a])
		}
	}
	if !near(r.Headline, 1) {
		t.Errorf("headline = %v, want 1", r.Headline)
	}
	c := r.Coref
	for name, s := range map[string]CorefScore{"MUC": c.MUC, "B3": c.B3, "CEAF-e": c.CEAFe} {
		if !near(s.Precision, 1) || !near(s.Recall, 1) || !near(s.F1, 1) {
			t.Errorf("coreference %s = %+v, want 1", name, s)
		}
	}
	if !near(c.CoNLL, 1) || c.TwinlessGold+c.TwinlessSystem > 0 || len(c.Errors) > 0 {
		t.Errorf("coreference = %+v, want perfect", c)
	}
	if len(r.Misses) > 0 {
		t.Errorf("misses on a perfect snapshot:\n%s", strings.Join(r.Misses, "\n"))
	}
}

func TestScorePerfect(t *testing.T) {
	g, s := loadFixture(t)
	r := Score(g, s)
	assertPerfect(t, r)
	checkPRF(t, "Person", r.Entities[TypePerson], 3, 0, 0)
	checkPRF(t, "Meeting", r.Meetings, 3, 0, 0)
	checkPRF(t, "PRECEDED_BY", r.PrecededBy, 2, 0, 0)
	checkPRF(t, "per-article", r.PerArticle, 13, 0, 0)
	var buf bytes.Buffer
	if err := r.Write(&buf); err != nil {
		t.Fatalf("Write: %v", err)
	}
	for _, want := range []string{"Person", "Meeting", "PRECEDED_BY", "per-article", "headline", "participants"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestScoreCases(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(x snap)
		check func(t *testing.T, r *Report)
	}{
		{
			name: "duplicate person node is a false positive",
			edit: func(x snap) {
				x.node("p:lina-2", "Person", map[string]any{"name_ar": "حدّاد"})
			},
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "Person", r.Entities[TypePerson], 3, 1, 0)
				wantMiss(t, r, "Person duplicate: p:lina-2")
			},
		},
		{
			name: "nodes matching only optional entities are not counted",
			edit: func(x snap) {
				x.node("c:bor-2", "Country", map[string]any{"name": "بوردوريا"})
				x.node("o:lantern-2", "Organization", map[string]any{"name": "الفانوس اليومي"})
			},
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "Country", r.Entities[TypeCountry], 3, 0, 0)
				checkPRF(t, "Organization", r.Entities[TypeOrganization], 1, 0, 0)
			},
		},
		{
			name: "unknown node is a false positive",
			edit: func(x snap) {
				x.node("c:atlantis", "Country", map[string]any{"name": "Atlantis"})
			},
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "Country", r.Entities[TypeCountry], 3, 1, 0)
				wantMiss(t, r, "Country false positive: c:atlantis (Atlantis)")
			},
		},
		{
			name: "عمان read as Amman in one article",
			edit: func(x snap) {
				x.node("v:amman", "Venue", map[string]any{"name": "Amman", "name_ar": "عمان"})
				x.unrel("MENTIONS", "art:1", "c:oman")
				x.rel("MENTIONS", "art:1", "v:amman")
			},
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "per-article", r.PerArticle, 12, 1, 1)
				checkPRF(t, "Venue", r.Entities[TypeVenue], 3, 1, 0)
				checkPRF(t, "Country", r.Entities[TypeCountry], 3, 0, 0)
				wantMiss(t, r, "article a01: missed mention Country Oman")
				wantMiss(t, r, "article a01: false positive mention [Venue] v:amman")
			},
		},
		{
			name: "mention of an entity another article names",
			edit: func(x snap) { x.rel("MENTIONS", "art:1", "v:verde") },
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "per-article", r.PerArticle, 13, 1, 0)
			},
		},
		{
			name: "missing article loses its mentions",
			edit: func(x snap) { x.set("art:2", "source", "https://example.org/z99.html") },
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "per-article", r.PerArticle, 6, 0, 7)
			},
		},
		{
			name: "more specific meeting date is compatible",
			edit: func(x snap) { x.set("mt:1", "date", "2023-05-08") },
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "Meeting", r.Meetings, 3, 0, 0)
				checkPRF(t, "PRECEDED_BY", r.PrecededBy, 2, 0, 0)
			},
		},
		{
			name: "less specific meeting date is compatible",
			edit: func(x snap) { x.set("mt:2", "date", "2024-01") },
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "Meeting", r.Meetings, 3, 0, 0)
			},
		},
		{
			name: "compatible but not exact date",
			edit: func(x snap) { x.set("mt:1", "date", "2023-05-08") },
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "Meeting", r.Meetings, 3, 0, 0)
				wantAttr(t, r, AttrDate, 2.0/3)
				wantMiss(t, r, "Meeting fs-2023-05-port (mt:1) date: got 2023-05-08, want 2023-05")
			},
		},
		{
			// mt:4, dated 2024, fits both 2024 rounds and agrees best with
			// the planned one (score 5 against mt:2's 1); mt:2 fits only the
			// planned one. Taking the best pair first, as a greedy matching
			// would, leaves fs-2024-03-oman unmatched and mt:2 a duplicate;
			// the maximum-weight matching matches all three.
			name: "greedy would lose a required meeting",
			edit: func(x snap) {
				x.set("mt:2", "status", "held")
				x.set("mt:2", "format", "direct")
				x.unrel("HELD_IN", "mt:2", "v:verde")
				x.unrel("MEDIATED_BY", "mt:2", "c:oman")
				x.unrel("PARTICIPATED_IN", "p:lina", "mt:2")
				x.set("mt:4", "date", "2024")
				x.set("mt:4", "status", "planned")
				x.unrel("HELD_IN", "mt:4", "c:oman")
				x.rel("MEDIATED_BY", "mt:4", "c:oman")
				x.rel("PARTICIPATED_IN", "p:lina", "mt:4")
			},
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "Meeting", r.Meetings, 3, 0, 0)
				checkPRF(t, "PRECEDED_BY", r.PrecededBy, 2, 0, 0)
				wantMiss(t, r, "Meeting fs-2024-03-oman (mt:4) status: got planned, want postponed")
			},
		},
		{
			// Two meetings fit the port round equally on every level but
			// the attributes: mt:0 agrees on status and date, mt:1 on
			// participants only. Attribute agreement decides; the exact
			// date counts as much as the status.
			name: "exact date is part of the agreement",
			edit: func(x snap) {
				x.set("mt:1", "date", "2023")
				x.set("mt:1", "status", "planned")
				x.node("mt:0", "Meeting", map[string]any{"date": "2023-05", "status": "held", "format": "indirect"})
				x.rel("BETWEEN", "mt:0", "c:fre")
				x.rel("BETWEEN", "mt:0", "c:syl")
				x.rel("HELD_IN", "mt:0", "v:port")
				x.rel("MEDIATED_BY", "mt:0", "c:oman")
				x.rel("PARTICIPATED_IN", "p:lina", "mt:0")
			},
			check: func(t *testing.T, r *Report) {
				// mt:0: venue, mediators, status, date + 1/2 participants = 4.5;
				// mt:1: venue, mediators, participants = 3.
				checkPRF(t, "Meeting", r.Meetings, 3, 1, 0)
				wantMiss(t, r, "Meeting duplicate: mt:1")
				wantAttr(t, r, AttrDate, 1)
			},
		},
		{
			name: "incompatible meeting date does not match",
			edit: func(x snap) { x.set("mt:1", "date", "2023-06") },
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "Meeting", r.Meetings, 2, 1, 1)
				// mt:2→mt:1 and mt:4→mt:1 (an optional gold edge) now
				// end at an unmatched meeting.
				checkPRF(t, "PRECEDED_BY", r.PrecededBy, 1, 2, 1)
				wantMiss(t, r, "Meeting missed: fs-2023-05-port")
			},
		},
		{
			name: "meeting missing a gold party does not match",
			edit: func(x snap) { x.unrel("BETWEEN", "mt:4", "c:syl") },
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "Meeting", r.Meetings, 2, 1, 1)
			},
		},
		{
			name: "one-to-one: the better meeting wins, the other is a duplicate",
			edit: func(x snap) {
				// mt:0 sorts first but agrees less with the gold (status, participants).
				x.node("mt:0", "Meeting", map[string]any{"date": "2023-05", "status": "planned", "format": "indirect"})
				x.rel("BETWEEN", "mt:0", "c:fre")
				x.rel("BETWEEN", "mt:0", "c:syl")
				x.rel("HELD_IN", "mt:0", "v:port")
				x.rel("MEDIATED_BY", "mt:0", "c:oman")
			},
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "Meeting", r.Meetings, 3, 1, 0)
				for _, a := range Attributes() {
					if !near(r.Attributes[a], 1) {
						t.Errorf("attribute %s = %v, want 1", a, r.Attributes[a])
					}
				}
				wantMiss(t, r, "Meeting duplicate: mt:0")
			},
		},
		{
			name: "mediator outside the gold list",
			edit: func(x snap) { x.rel("MEDIATED_BY", "mt:1", "o:blue") },
			check: func(t *testing.T, r *Report) {
				wantAttr(t, r, AttrMediators, 2.0/3)
				wantMiss(t, r, "Meeting fs-2023-05-port (mt:1) mediators: got")
			},
		},
		{
			name: "person mediator outside the gold list is ignored",
			edit: func(x snap) { x.rel("MEDIATED_BY", "mt:1", "p:sami") },
			check: func(t *testing.T, r *Report) {
				wantAttr(t, r, AttrMediators, 1)
			},
		},
		{
			// perfect.json has the optional edge mt:4→mt:1 without it
			// counting; removing it costs nothing either.
			name: "optional gold PRECEDED_BY edge is not required",
			edit: func(x snap) { x.unrel("PRECEDED_BY", "mt:4", "mt:1") },
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "PRECEDED_BY", r.PrecededBy, 2, 0, 0)
			},
		},
		{
			name: "PRECEDED_BY between matched meetings the gold does not list",
			edit: func(x snap) { x.rel("PRECEDED_BY", "mt:2", "mt:4") },
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "PRECEDED_BY", r.PrecededBy, 2, 1, 0)
			},
		},
		{
			name: "person mediator may be absent, country mediator may not",
			edit: func(x snap) {
				x.unrel("MEDIATED_BY", "mt:2", "p:sami")
				x.unrel("MEDIATED_BY", "mt:1", "c:oman")
			},
			check: func(t *testing.T, r *Report) {
				wantAttr(t, r, AttrMediators, 2.0/3)
				wantMiss(t, r, "Meeting fs-2023-05-port (mt:1) mediators: got none, want Oman")
			},
		},
		{
			name: "venue candidate accepted",
			edit: func(x snap) {
				x.unrel("HELD_IN", "mt:2", "v:verde")
				x.rel("HELD_IN", "mt:2", "v:costa")
			},
			check: func(t *testing.T, r *Report) { wantAttr(t, r, AttrVenue, 1) },
		},
		{
			name:  "no venue accepted for a null gold venue",
			edit:  func(x snap) { x.unrel("HELD_IN", "mt:2", "v:verde") },
			check: func(t *testing.T, r *Report) { wantAttr(t, r, AttrVenue, 1) },
		},
		{
			name: "venue outside the candidates",
			edit: func(x snap) {
				x.unrel("HELD_IN", "mt:2", "v:verde")
				x.rel("HELD_IN", "mt:2", "v:port")
			},
			check: func(t *testing.T, r *Report) { wantAttr(t, r, AttrVenue, 2.0/3) },
		},
		{
			name: "country venue must be the Country node",
			edit: func(x snap) {
				x.node("v:oman", "Venue", map[string]any{"name": "Oman"})
				x.unrel("HELD_IN", "mt:4", "c:oman")
				x.rel("HELD_IN", "mt:4", "v:oman")
			},
			check: func(t *testing.T, r *Report) { wantAttr(t, r, AttrVenue, 2.0/3) },
		},
		{
			name: "participants share, status and format",
			edit: func(x snap) {
				x.unrel("PARTICIPATED_IN", "p:omar", "mt:1")
				x.set("mt:4", "status", "Cancelled")
				x.set("mt:2", "format", "Unknown")
			},
			check: func(t *testing.T, r *Report) {
				wantAttr(t, r, AttrParticipants, (0.5+1+1)/3)
				wantAttr(t, r, AttrStatus, 2.0/3)
				wantAttr(t, r, AttrFormat, 1)
				wantMiss(t, r, "Meeting fs-2024-03-oman (mt:4) status: got Cancelled, want postponed")
			},
		},
		{
			name: "PRECEDED_BY touching an optional meeting is not counted",
			edit: func(x snap) { x.rel("PRECEDED_BY", "mt:4", "mt:3") },
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "PRECEDED_BY", r.PrecededBy, 2, 0, 0)
			},
		},
		{
			name: "wrong PRECEDED_BY and a missed one; headline arithmetic",
			edit: func(x snap) {
				x.rel("PRECEDED_BY", "mt:1", "mt:4")
				x.unrel("PRECEDED_BY", "mt:4", "mt:2")
				x.node("p:lina-2", "Person", map[string]any{"name": "Lina Haddad"})
			},
			check: func(t *testing.T, r *Report) {
				checkPRF(t, "PRECEDED_BY", r.PrecededBy, 1, 1, 1)
				checkPRF(t, "Person", r.Entities[TypePerson], 3, 1, 0)
				// Person F1 = 2·0.75·1/1.75 = 6/7; PRECEDED_BY F1 = 0.5.
				want := (6.0/7 + 1 + 1 + 1 + 0.5) / 5
				if !near(r.Headline, want) {
					t.Errorf("headline = %v, want %v", r.Headline, want)
				}
				wantMiss(t, r, "PRECEDED_BY missed: fs-2024-03-oman -> fs-2024-01-planned")
				wantMiss(t, r, "PRECEDED_BY false positive: mt:1 [fs-2023-05-port] -> mt:4 [fs-2024-03-oman]")
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, s := loadFixture(t)
			tc.edit(snap{&s})
			r := Score(g, s)
			tc.check(t, r)
			if t.Failed() {
				var buf bytes.Buffer
				if err := r.Write(&buf); err != nil {
					t.Fatalf("Write: %v", err)
				}
				t.Log("\n" + buf.String())
			}
		})
	}
}

func wantAttr(t *testing.T, r *Report, name string, want float64) {
	t.Helper()
	if !near(r.Attributes[name], want) {
		t.Errorf("attribute %s = %v, want %v", name, r.Attributes[name], want)
	}
}

func wantMiss(t *testing.T, r *Report, prefix string) {
	t.Helper()
	for _, m := range r.Misses {
		if strings.HasPrefix(m, prefix) {
			return
		}
	}
	t.Errorf("no miss starting %q in:\n%s", prefix, strings.Join(r.Misses, "\n"))
}

func TestNormalizeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Lina  Haddad", "lina haddad"},
		{"  «Port Azul» ", "port azul"},
		{"لِينا حدّاد", "لينا حداد"},
		{"أحمد إبراهيم آمال ٱلنور", "احمد ابراهيم امال النور"},
		{"مصطفى", "مصطفي"},
		{"مدرسة", "مدرسه"},
		{"کتاب ی", "كتاب ي"},
		{"عـــمان", "عمان"},
		{"عُمان", "عمان"},
		{"قِصَّةٌ", "قصه"},
		{"\"Amir-Abdollahian\"", "amirabdollahian"},
		{"سلام، عليكم؟", "سلام عليكم"},
		{"ﻻ", "لا"}, // NFKC presentation form
	}
	for _, tc := range tests {
		if got := NormalizeName(tc.in); got != tc.want {
			t.Errorf("NormalizeName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDatesCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2023", "2023-05-08", true},
		{"2023-05", "2023-05", true},
		{"2023-05-08T10:00:00Z", "2023-05", true},
		{"2023-05", "2023-06", false},
		{"2023-1", "2023-10", false},
		{"", "2024", true},
	}
	for _, tc := range tests {
		if got := datesCompatible(tc.a, tc.b); got != tc.want {
			t.Errorf("datesCompatible(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestFileOf(t *testing.T) {
	files := []string{"000", "001", "a01", "ex01", "ex01_muscat-2023-05.txt", "ex09_short-items.jsonl#ex09a", "ex09_short-items.jsonl#ex09b"}
	tests := []struct {
		src, want string
		ok        bool
	}{
		{"000_911a4aeaad661ccd.txt", "000", true},
		{"/data/corpus/seeds/001_c2834a422bb669f6.txt", "001", true},
		{"001.txt", "001", true},
		{"https://example.org/x/a01_story.html?x=1", "a01", true},
		{"https://example.org/x/a01-story.html", "", false},
		{"0001.txt", "", false},
		{"ex09_short-items.jsonl#ex09b", "ex09_short-items.jsonl#ex09b", true},
		{"/data/ex09_short-items.jsonl#ex09a", "ex09_short-items.jsonl#ex09a", true},
		{"examples/articles/ex01_muscat-2023-05.txt", "ex01_muscat-2023-05.txt", true},
		{"002_x.txt", "", false},
	}
	for _, tc := range tests {
		got, ok := fileOf(tc.src, files)
		if got != tc.want || ok != tc.ok {
			t.Errorf("fileOf(%q) = %q, %v; want %q, %v", tc.src, got, ok, tc.want, tc.ok)
		}
	}
}

func TestNewPRF(t *testing.T) {
	if p := NewPRF(0, 0, 0); p.F1 != 1 {
		t.Errorf("empty against empty = %+v, want F1 1", p)
	}
	if p := NewPRF(0, 0, 3); p.Precision != 0 || p.Recall != 0 || p.F1 != 0 {
		t.Errorf("nothing found = %+v, want 0", p)
	}
	if p := NewPRF(0, 2, 0); p.Precision != 0 || p.Recall != 0 {
		t.Errorf("only false positives = %+v, want 0", p)
	}
	if p := NewPRF(3, 1, 1); !near(p.F1, 0.75) {
		t.Errorf("NewPRF(3,1,1) = %+v, want F1 0.75", p)
	}
}

func TestLoadGoldErrors(t *testing.T) {
	if _, err := LoadGold(filepath.Join("testdata", "nope.json")); err == nil {
		t.Error("LoadGold of a missing file: no error")
	}
	g := &Gold{Meetings: []GoldMeeting{{Key: "a"}}, Relations: []GoldRelation{{Type: "PRECEDED_BY", From: "a", To: "b"}}}
	if err := g.Validate(); err == nil {
		t.Error("Validate of a relation to an unknown meeting: no error")
	}
}
