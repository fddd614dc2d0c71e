package eval

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/negograph/negograph/graph"
)

func wantScore(t *testing.T, what string, got CorefScore, p, r float64) {
	t.Helper()
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	if !near(got.Precision, p) || !near(got.Recall, r) || !near(got.F1, f) {
		t.Errorf("%s = %+v, want P %.4f R %.4f F1 %.4f", what, got, p, r, f)
	}
}

func split(s string) [][]string {
	var out [][]string
	for _, c := range strings.Fields(s) {
		out = append(out, strings.Split(c, ","))
	}
	return out
}

// TestCorefMetrics checks MUC, B³ and CEAF-e against values computed by hand
// (P, R for each; F1 follows).
func TestCorefMetrics(t *testing.T) {
	// Luo (2005)'s example key: {1..5} {6,7} {8,9,A,B,C}.
	luoKey := "1,2,3,4,5 6,7 8,9,A,B,C"
	tests := []struct {
		name, key, resp string
		muc, b3, ceafe  [2]float64 // P, R
	}{
		{
			// Response (a) of Luo 2005: {6,7} wrongly joined with {8..C}.
			// MUC R: every key cluster in one response cluster → 9/9.
			// MUC P: {1..5} 4 of 4 links; {6..C} 7−2 = 5 of 6 → 9/10.
			// B³ R = 1. B³ P: 1..5 → 5·1; 6,7 → 2·2/7; 8..C → 5·5/7;
			// (5 + 29/7)/12 = 16/21.
			// CEAF-e: φ4({1..5},{1..5}) = 1, φ4({8..C},{6..C}) = 10/12,
			// Φ = 11/6; P = Φ/2 = 11/12, R = Φ/3 = 11/18.
			name: "Luo 2005 (a)", key: luoKey, resp: "1,2,3,4,5 6,7,8,9,A,B,C",
			muc: [2]float64{9.0 / 10, 1}, b3: [2]float64{16.0 / 21, 1}, ceafe: [2]float64{11.0 / 12, 11.0 / 18},
		},
		{
			// Response (b): {1..5} joined with {8..C}.
			// MUC P: 10−2 = 8 of 9, {6,7} 1 of 1 → 9/10; R = 1.
			// B³ P: 10 mentions at 5/10, 2 at 1 → (5 + 2)/12 = 7/12.
			// CEAF-e: φ4({6,7},{6,7}) = 1 + φ4({1..5},{1..5,8..C}) = 10/15;
			// Φ = 5/3, P = 5/6, R = 5/9.
			name: "Luo 2005 (b)", key: luoKey, resp: "1,2,3,4,5,8,9,A,B,C 6,7",
			muc: [2]float64{9.0 / 10, 1}, b3: [2]float64{7.0 / 12, 1}, ceafe: [2]float64{5.0 / 6, 5.0 / 9},
		},
		{
			// Response (c): everything in one cluster.
			// MUC P = (12 − 3)/11 = 9/11; R = 1.
			// B³ P = (25 + 4 + 25)/12 /12 = 3/8.
			// CEAF-e: Φ = φ4({1..5}, all) = 10/17; P = 10/17, R = 10/51.
			name: "Luo 2005 (c)", key: luoKey, resp: "1,2,3,4,5,6,7,8,9,A,B,C",
			muc: [2]float64{9.0 / 11, 1}, b3: [2]float64{3.0 / 8, 1}, ceafe: [2]float64{10.0 / 17, 10.0 / 51},
		},
		{
			// Response (d): all singletons.
			// MUC R = 0/9; no response link, so P = 0 (zero denominator
			// against a non-empty key).
			// B³ P = 1; R = (5·1/5 + 2·1/2 + 5·1/5)/12 = 1/4.
			// CEAF-e: Φ = 2/6 + 2/3 + 2/6 = 4/3; P = Φ/12 = 1/9, R = Φ/3 = 4/9.
			name: "Luo 2005 (d)", key: luoKey, resp: "1 2 3 4 5 6 7 8 9 A B C",
			muc: [2]float64{0, 0}, b3: [2]float64{1, 1.0 / 4}, ceafe: [2]float64{1.0 / 9, 4.0 / 9},
		},
		{
			// Cai & Strube (2010)'s twinless example: c is twinless gold, d
			// twinless system.
			// MUC R: {a,b,c} → {a,b} {c}: 1 of 2; P: {a,b,d} → {a,b} {d}: 1/2.
			// B³: R = (2²/3)/3 = 4/9, P = (2²/3)/3 = 4/9.
			// CEAF-e: φ4 = 2·2/6 = 2/3 = P = R.
			name: "twinless gold and system mentions", key: "a,b,c", resp: "a,b,d",
			muc: [2]float64{0.5, 0.5}, b3: [2]float64{4.0 / 9, 4.0 / 9}, ceafe: [2]float64{2.0 / 3, 2.0 / 3},
		},
		{
			// A spurious singleton: MUC does not see it; B³ P = 2/3
			// (x shares nothing); CEAF-e P = 1/2.
			name: "twinless system singleton", key: "a,b", resp: "a,b x",
			muc: [2]float64{1, 1}, b3: [2]float64{2.0 / 3, 1}, ceafe: [2]float64{0.5, 1},
		},
		{
			name: "identical", key: "a,b c", resp: "c a,b",
			muc: [2]float64{1, 1}, b3: [2]float64{1, 1}, ceafe: [2]float64{1, 1},
		},
		{
			// Nothing in either: every ratio is 0/0, read as perfect.
			name: "both empty", key: "", resp: "",
			muc: [2]float64{1, 1}, b3: [2]float64{1, 1}, ceafe: [2]float64{1, 1},
		},
		{
			name: "empty response", key: "a,b c", resp: "",
			muc: [2]float64{0, 0}, b3: [2]float64{0, 0}, ceafe: [2]float64{0, 0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key, resp := split(tt.key), split(tt.resp)
			wantScore(t, "MUC", mucScore(key, resp), tt.muc[0], tt.muc[1])
			wantScore(t, "B3", b3Score(key, resp), tt.b3[0], tt.b3[1])
			wantScore(t, "CEAF-e", ceafeScore(key, resp), tt.ceafe[0], tt.ceafe[1])
		})
	}
}

// corefGold is a small gold for the coreference tests: three required
// rounds reported across five articles and an optional one.
//
//	g1  Freedonia–Sylvania 2024-01-10 held in Verde   a1 a2 a3
//	g2  Freedonia–Sylvania 2024-02    held            a2 a4
//	g3  Freedonia–Borduria 2024-03    planned         a5
//	g4  Freedonia–Borduria 2024 (optional)            a5
func corefGold() *Gold {
	verde := "Verde"
	return &Gold{
		Entities: []GoldEntity{
			{Type: TypeCountry, Name: "Freedonia", Match: []string{"Freedonia"}},
			{Type: TypeCountry, Name: "Sylvania", Match: []string{"Sylvania"}},
			{Type: TypeCountry, Name: "Borduria", Match: []string{"Borduria"}},
			{Type: TypeVenue, Name: "Verde", Match: []string{"Verde"}},
		},
		Meetings: []GoldMeeting{
			{Key: "g1", Parties: []string{"Freedonia", "Sylvania"}, Date: "2024-01-10", Venue: &verde,
				Status: "held", Format: "direct", Files: []string{"a1", "a2", "a3"}},
			{Key: "g2", Parties: []string{"Freedonia", "Sylvania"}, Date: "2024-02",
				Status: "held", Format: "direct", Files: []string{"a2", "a4"}},
			{Key: "g3", Parties: []string{"Freedonia", "Borduria"}, Date: "2024-03",
				Status: "planned", Format: "direct", Files: []string{"a5"}},
			{Key: "g4", Parties: []string{"Freedonia", "Borduria"}, Date: "2024",
				Status: "held", Format: "direct", Files: []string{"a5"}, Optional: true},
		},
	}
}

// corefSnap builds snapshots for the coreference tests.
type corefSnap struct{ snap }

func newCorefSnap() (*graph.Snapshot, corefSnap) {
	s := &graph.Snapshot{}
	x := corefSnap{snap{s}}
	x.node("c:fre", TypeCountry, map[string]any{"name": "Freedonia"})
	x.node("c:syl", TypeCountry, map[string]any{"name": "Sylvania"})
	x.node("c:bor", TypeCountry, map[string]any{"name": "Borduria"})
	x.node("v:verde", TypeVenue, map[string]any{"name": "Verde"})
	for _, a := range []string{"a1", "a2", "a3", "a4", "a5"} {
		x.node("art:"+a, labelArticle, map[string]any{"source": "news/" + a + "_0f.txt"})
	}
	return s, x
}

// meeting adds a Meeting with its BETWEEN targets.
func (x corefSnap) meeting(id, date, status string, parties ...string) {
	x.node(id, labelMeeting, map[string]any{"date": date, "status": status, "format": "direct"})
	for _, p := range parties {
		x.rel(relBetween, id, p)
	}
}

// report adds an Article → Meeting REPORTS relationship with its evidence.
func (x corefSnap) report(article, meeting, sentence string) {
	x.s.Relationships = append(x.s.Relationships, &graph.Relationship{
		ID: "rep:" + article + ":" + meeting, Type: relReports, Start: "art:" + article, End: meeting,
		Props: map[string]any{"sources": []any{"art:" + article}, "evidence": []any{sentence}}})
}

// perfectCoref reports every round as the gold does.
func perfectCoref(x corefSnap) {
	x.meeting("m1", "2024-01-10", "held", "c:fre", "c:syl")
	x.rel(relHeldIn, "m1", "v:verde")
	x.meeting("m2", "2024-02", "held", "c:fre", "c:syl")
	x.meeting("m3", "2024-03", "planned", "c:fre", "c:bor")
	for _, a := range []string{"a1", "a2", "a3"} {
		x.report(a, "m1", "The first round met in Verde ("+a+").")
	}
	x.report("a2", "m2", "A second round followed in February (a2).")
	x.report("a4", "m2", "A second round followed in February (a4).")
	x.report("a5", "m3", "A third round is planned for March (a5).")
}

func TestScoreCoref(t *testing.T) {
	type counts struct{ gold, sys, aligned, twinGold, twinSys int }
	tests := []struct {
		name   string
		build  func(x corefSnap)
		counts counts
		muc    [2]float64 // P, R
		b3     [2]float64
		ceafe  [2]float64
		errors []string // "kind article meeting gold"
		check  func(t *testing.T, r *Report)
	}{
		{
			name:   "perfect",
			build:  perfectCoref,
			counts: counts{6, 6, 6, 0, 0},
			muc:    [2]float64{1, 1}, b3: [2]float64{1, 1}, ceafe: [2]float64{1, 1},
		},
		{
			// Key g1{1,2,3} g2{2,4} g3{5}; response m1{1,2} m1b{3} m2{2,4} m3{5}.
			// MUC R: g1 in 2 parts → 1 + g2 → 1 = 2/3; P = 2/2.
			// B³ R: g1 (2² + 1²)/3 = 5/3, g2 2, g3 1 → (14/3)/6 = 7/9; P = 1.
			// CEAF-e: φ4(g1,m1) = 4/5 + 1 + 1 = 2.8; R = 2.8/3, P = 2.8/4.
			name: "split round",
			build: func(x corefSnap) {
				perfectCoref(x)
				x.unrel(relReports, "art:a3", "m1")
				x.meeting("m1b", "2024-01-10", "held", "c:fre", "c:syl")
				x.report("a3", "m1b", "The Verde round is over (a3).")
			},
			counts: counts{6, 6, 6, 0, 0},
			muc:    [2]float64{1, 2.0 / 3}, b3: [2]float64{1, 7.0 / 9}, ceafe: [2]float64{2.8 / 4, 2.8 / 3},
			errors: []string{
				"split round a1 m1 g1", "split round a2 m1 g1", "split round a3 m1b g1",
			},
		},
		{
			// m1 is dated only 2024, so it is compatible with g1 and g2; it
			// agrees with g1 on the venue, so the global matching pairs it
			// with g1 and in a2 it aligns with g1, leaving g2's a2 mention
			// twinless; in a4 it aligns with g2.
			// Key g1{1,2,3} g2{2',4} g3{5}; response m1{1,2,3,4} m3{5}.
			// MUC R: g1 → 2, g2 → {2'} {4}: 0, g3 → 0 = 2/3;
			// P: m1 → {1,2,3} {4}: 2 of 3 = 2/3.
			// B³ R: (9/3 + 1/2 + 1)/6 = 3/4; P: ((9 + 1)/4 + 1)/5 = 0.7.
			// CEAF-e: φ4(g1,m1) = 6/7 + φ4(g3,m3) = 1 → Φ = 13/7;
			// R = 13/21, P = 13/14.
			name: "false merge",
			build: func(x corefSnap) {
				x.meeting("m1", "2024", "held", "c:fre", "c:syl")
				x.rel(relHeldIn, "m1", "v:verde")
				x.meeting("m3", "2024-03", "planned", "c:fre", "c:bor")
				for _, a := range []string{"a1", "a2", "a3", "a4"} {
					x.report(a, "m1", "Talks in Verde ("+a+").")
				}
				x.report("a5", "m3", "A third round is planned for March (a5).")
			},
			counts: counts{6, 5, 5, 1, 0},
			muc:    [2]float64{2.0 / 3, 2.0 / 3}, b3: [2]float64{0.7, 0.75}, ceafe: [2]float64{13.0 / 14, 13.0 / 21},
			errors: []string{
				"false merge a1 m1 g1", "false merge a2 m1 g1", "false merge a3 m1 g1", "false merge a4 m1 g2",
			},
		},
		{
			// Same clusters as the perfect case; only the error table shows.
			name: "wrong status and wrong channel, sentence from BETWEEN",
			build: func(x corefSnap) {
				perfectCoref(x)
				x.set("m3", "status", "held")
				x.rel(relBetween, "m3", "c:syl")
				x.unrel(relReports, "art:a5", "m3")
				x.rel(relReports, "art:a5", "m3") // no evidence
				for _, r := range x.s.Relationships {
					if r.Type == relBetween && r.Start == "m3" && r.End == "c:syl" {
						r.Props["sources"] = []any{"art:a5"}
						r.Props["evidence"] = []any{"Sylvania joins the March talks (a5)."}
					}
				}
			},
			counts: counts{6, 6, 6, 0, 0},
			muc:    [2]float64{1, 1}, b3: [2]float64{1, 1}, ceafe: [2]float64{1, 1},
			errors: []string{"wrong status a5 m3 g3", "wrong channel a5 m3 g3"},
			check: func(t *testing.T, r *Report) {
				for _, e := range r.Coref.Errors {
					if e.Sentence != "Sylvania joins the March talks (a5)." {
						t.Errorf("%s: sentence %q, want the BETWEEN evidence", e.Kind, e.Sentence)
					}
				}
			},
		},
		{
			// m3's only link to a5 is its sources property.
			name: "mention from the meeting's sources",
			build: func(x corefSnap) {
				perfectCoref(x)
				x.unrel(relReports, "art:a5", "m3")
				x.set("m3", "sources", []any{"art:a5"})
			},
			counts: counts{6, 6, 6, 0, 0},
			muc:    [2]float64{1, 1}, b3: [2]float64{1, 1}, ceafe: [2]float64{1, 1},
		},
		{
			// An article the gold does not know reports m2: a twinless system
			// mention in m2's cluster. Key as perfect; response m2{2,4,z}.
			// MUC P: m2 → {2,4} {z}: 1 of 2, others 2 of 2 → 3/4; R = 1.
			// B³ P: m2: (4 + 0)/3 = 4/3 → (3 + 4/3 + 1)/7 = 16/21; R = 1.
			// CEAF-e: φ4(g2,m2) = 4/5 → Φ = 2.8; P = R = 2.8/3.
			name: "twinless system mention",
			build: func(x corefSnap) {
				perfectCoref(x)
				x.node("art:z", labelArticle, map[string]any{"source": "elsewhere/z.txt"})
				x.s.Relationships = append(x.s.Relationships, &graph.Relationship{
					ID: "rep:z", Type: relReports, Start: "art:z", End: "m2", Props: map[string]any{}})
			},
			counts: counts{6, 7, 6, 0, 1},
			muc:    [2]float64{3.0 / 4, 1}, b3: [2]float64{16.0 / 21, 1}, ceafe: [2]float64{2.8 / 3, 2.8 / 3},
		},
		{
			// A meeting of the optional round g4 is neither counted nor a
			// false positive; dropping m3 leaves g3's mention twinless.
			// Key g1 g2 g3{5}; response m1 m2.
			// MUC: g3 is a singleton, so P = R = 1.
			// B³ R = (3 + 2 + 0)/6 = 5/6, P = 1.
			// CEAF-e Φ = 2: R = 2/3, P = 1.
			name: "optional round left out",
			build: func(x corefSnap) {
				perfectCoref(x)
				x.unrel(relReports, "art:a5", "m3")
				// 2024-06 fits g4 (2024) but not g3 (2024-03).
				x.meeting("m4", "2024-06", "held", "c:fre", "c:bor")
				x.set("m3", "date", "2023")
				x.report("a5", "m4", "Freedonia and Borduria met this year (a5).")
			},
			counts: counts{6, 5, 5, 1, 0},
			muc:    [2]float64{1, 1}, b3: [2]float64{1, 5.0 / 6}, ceafe: [2]float64{1, 2.0 / 3},
		},
		{
			// m4 (2024) fits the required g3 (2024-03) and the optional g4
			// (2024): required rounds take priority, in the meeting
			// matching and in the alignment, so the clusters are perfect
			// and only the status is wrong.
			name: "required round before optional",
			build: func(x corefSnap) {
				perfectCoref(x)
				x.unrel(relReports, "art:a5", "m3")
				x.set("m3", "date", "2023")
				x.meeting("m4", "2024", "held", "c:fre", "c:bor")
				x.report("a5", "m4", "Freedonia and Borduria met this year (a5).")
			},
			counts: counts{6, 6, 6, 0, 0},
			muc:    [2]float64{1, 1}, b3: [2]float64{1, 1}, ceafe: [2]float64{1, 1},
			errors: []string{"wrong status a5 m4 g3"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, x := newCorefSnap()
			tt.build(x)
			r := Score(corefGold(), *s)
			c := r.Coref
			got := counts{c.GoldMentions, c.SystemMentions, c.Aligned, c.TwinlessGold, c.TwinlessSystem}
			if got != tt.counts {
				t.Errorf("counts = %+v, want %+v", got, tt.counts)
			}
			wantScore(t, "MUC", c.MUC, tt.muc[0], tt.muc[1])
			wantScore(t, "B3", c.B3, tt.b3[0], tt.b3[1])
			wantScore(t, "CEAF-e", c.CEAFe, tt.ceafe[0], tt.ceafe[1])
			if want := (c.MUC.F1 + c.B3.F1 + c.CEAFe.F1) / 3; !near(c.CoNLL, want) {
				t.Errorf("CoNLL = %v, want %v", c.CoNLL, want)
			}
			var errs []string
			for _, e := range c.Errors {
				errs = append(errs, strings.Join([]string{e.Kind, e.Article, e.Meeting, e.Gold}, " "))
			}
			if strings.Join(errs, "\n") != strings.Join(tt.errors, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(tt.errors, "\n"))
			}
			if tt.check != nil {
				tt.check(t, r)
			}
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

// TestReportJSON checks that the JSON report carries the coreference block
// and the date attribute and reads back.
func TestReportJSON(t *testing.T) {
	s, x := newCorefSnap()
	perfectCoref(x)
	r := Score(corefGold(), *s)
	var buf bytes.Buffer
	if err := r.WriteJSON(&buf); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	var back Report
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatalf("report JSON does not read back: %v\n%s", err, buf.String())
	}
	if !near(back.Coref.CoNLL, 1) || back.Coref.GoldMentions != 6 {
		t.Errorf("coref read back = %+v", back.Coref)
	}
	if _, ok := back.Attributes[AttrDate]; !ok {
		t.Errorf("attributes lack %q: %v", AttrDate, back.Attributes)
	}
}
