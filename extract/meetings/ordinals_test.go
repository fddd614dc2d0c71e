package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// TestOrdinals: ranks and their written forms round-trip; anything else is
// rank 0 or "".
func TestOrdinals(t *testing.T) {
	for rank := 1; rank <= 10; rank++ {
		if got := OrdinalRank(OrdinalOf(rank)); got != rank {
			t.Errorf("OrdinalRank(OrdinalOf(%d)) = %d", rank, got)
		}
	}
	for _, c := range []struct {
		o    string
		rank int
	}{{"ثالثه", 3}, {"الثالثه", 0}, {"", 0}, {"third", 0},
		{"ثانيه عشره", 12}, {"حاديه عشره", 11}, {"ثالثه والعشرين", 23}, {"عاشره عشره", 0}, {"ثانيه مكرر", 0},
		{"حاديه والستين", 61}, {"رابعه والستون", 64}, {"ثانيه والتسعين", 92}, {"ستين", 60}, {"عشرون", 20},
		{"ثانيه ستين", 0}, {"عشره", 0}, {"ثالثه والمئه", 0}} {
		if got := OrdinalRank(c.o); got != c.rank {
			t.Errorf("OrdinalRank(%q) = %d, want %d", c.o, got, c.rank)
		}
	}
	if OrdinalOf(0) != "" || OrdinalOf(11) != "" {
		t.Error("ranks outside 1..10 have no ordinal")
	}
}

// TestCompoundOrdinal: "الجولة الثانية عشرة" is the twelfth round, never
// the second; the tens past fifty and a tens word alone are ranks too, in
// either case ending.
func TestCompoundOrdinal(t *testing.T) {
	r := entities.NewRecognizer(testKnown())
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	for _, c := range []struct {
		round string
		rank  int
	}{
		{"الجولة الثانية عشرة", 12},
		{"الجولة الحادية والستون", 61},
		{"الجولة الرابعة والستين", 64},
		{"الجولة الستين", 60},
		{"الجولة الثالثة", 3},
	} {
		text := "وعقدت " + c.round + " من المحادثات بين إيران والولايات المتحدة في مسقط يوم 12 أبريل."
		ms := x.Extract(input(t, r, text, pub, map[string]string{"12 أبريل": "2025-04-12"}))
		if len(ms) != 1 {
			t.Fatalf("%s: got %d meetings", c.round, len(ms))
		}
		if got := OrdinalRank(ms[0].Ordinal); got != c.rank {
			t.Errorf("%s: ordinal %q, rank %d, want %d", c.round, ms[0].Ordinal, got, c.rank)
		}
	}
	// either case ending gives one Ordinal, so that two articles agree
	var ords []string
	for _, round := range []string{"الجولة الرابعة والستون", "الجولة الرابعة والستين", "الجولة الستون", "الجولة الستين"} {
		text := "وعقدت " + round + " من المحادثات بين إيران والولايات المتحدة في مسقط يوم 12 أبريل."
		if ms := x.Extract(input(t, r, text, pub, map[string]string{"12 أبريل": "2025-04-12"})); len(ms) == 1 {
			ords = append(ords, ms[0].Ordinal)
		}
	}
	if len(ords) != 4 || ords[0] != ords[1] || ords[2] != ords[3] {
		t.Errorf("ordinals %q: each pair should be one", ords)
	}
	// a day written as a tens word after the meeting noun is no rank
	text := "وأكد المتحدث أن لقاء الثلاثين من مارس بين إيران والولايات المتحدة في مسقط كان مثمراً."
	ms := x.Extract(input(t, r, text, pub, map[string]string{"الثلاثين من مارس": "2025-03-30"}))
	for _, m := range ms {
		if m.Ordinal != "" {
			t.Errorf("%s: ordinal %q, want none", text, m.Ordinal)
		}
	}
}

// TestCompoundRankOfTalks: "الجولة الثانية عشرة من المحادثات بين X وY" is
// one frame, whose sides follow the talks noun.
func TestCompoundRankOfTalks(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"a compound rank between the round and the talks",
			"وعقدت الجولة الثانية عشرة من المحادثات بين إيران والولايات المتحدة في مسقط يوم 12 أبريل.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part="}},
		{"the day in a relative clause after the talks noun",
			"وقال البيان إن الجولة الثانية عشرة من المحادثات بين إيران والولايات المتحدة، التي عقدت يوم 12 أبريل في مسقط، كانت بناءة.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part="}},
	})
}
