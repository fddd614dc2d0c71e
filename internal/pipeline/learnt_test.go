package pipeline

import (
	"slices"
	"strings"
	"testing"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// TestLearntPlacesCrossArticles checks that a place no list knows, learnt
// in one article from a meeting's frame ("في بلدة X"), is a place in the
// other articles of the corpus: their weaker frames ("في X") hold their
// meetings there and their cues become mentions, whatever the order of the
// articles and after the contributions went through their encoded form;
// alone, the weaker article learns nothing.
func TestLearntPlacesCrossArticles(t *testing.T) {
	an := chunkAnalyzer()
	day := func(d int) article.Date { return article.Date{Year: 2025, Month: 4, Day: d} }
	strong := article.Article{ID: "article:strong", Source: "strong.txt", Published: day(13),
		Text: "عقدت أمس جولة من المحادثات غير المباشرة بين إيران والولايات المتحدة في بلدة كفرعين بوساطة عمانية."}
	weak := article.Article{ID: "article:weak", Source: "weak.txt", Published: day(27),
		Text: "عقدت أمس جولة جديدة من المحادثات غير المباشرة بين إيران والولايات المتحدة في كفرعين بوساطة عمانية. وقال مراقبون إن الطريق إلى كفرعين كان مغلقا."}
	const place = "venue:كفرعين"
	heldIn := func(g *graph.Graph) []string {
		var out []string
		for _, r := range g.Rels() {
			if r.Type == schema.RelHeldIn {
				out = append(out, strings.TrimPrefix(r.Start, "meeting:iran-united-states-")+" "+r.End)
			}
		}
		slices.Sort(out)
		return out
	}
	mentions := func(g *graph.Graph, art string) int64 {
		for _, r := range g.Rels() {
			if r.Type == schema.RelMentions && r.Start == art && r.End == place {
				n, _ := r.Props["count"].(int64)
				return n
			}
		}
		return 0
	}
	cs, cw := an.Contribute(strong), an.Contribute(weak)
	data, err := cw.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var decoded Contribution
	if err := decoded.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	want := []string{"2025-04-12-كفرعين " + place, "2025-04-26-كفرعين " + place}
	for name, list := range map[string][]*Contribution{
		"strong first": {cs, cw}, "weak first": {cw, cs}, "decoded": {cs, &decoded},
	} {
		g, _, err := an.Assemble(list)
		if err != nil {
			t.Fatal(err)
		}
		if got := heldIn(g); !slices.Equal(got, want) {
			t.Errorf("%s: HELD_IN %v, want %v", name, got, want)
		}
		if n := mentions(g, weak.ID); n != 2 {
			t.Errorf("%s: the weak article mentions %s %d times, want 2", name, place, n)
		}
	}
	g, _, err := an.Assemble([]*Contribution{cw})
	if err != nil {
		t.Fatal(err)
	}
	if got := heldIn(g); len(got) != 0 || g.Node(place) != nil {
		t.Errorf("alone, the weak article made the place: HELD_IN %v", got)
	}
}
