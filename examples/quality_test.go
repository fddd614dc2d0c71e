package examples_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/internal/eval"
	"github.com/negograph/negograph/internal/pipeline"
	"github.com/negograph/negograph/internal/testenv"
	"github.com/negograph/negograph/schema"
)

// qualityGuards are the minimum headline figures of the annotated corpora
// beside the checkout (../shared) and of our own examples: a change of the
// extractor that scores below one of them has made the graph worse there.
// Each minimum is the figure measured when it was last raised, less about
// 0.02 for harmless movement; raise them as the extractor improves.
var qualityGuards = []struct {
	name, gold string
	corpus     []string
	shared     bool
	min        float64
}{
	{"seeds", "eval/gold-seeds.json", []string{"corpus/seeds"}, true, 0.98},
	{"cases", "eval/gold-cases.json", []string{"corpus/cases"}, true, 0.98},
	{"dev", "eval/gold-dev.json", []string{"corpus/dev"}, true, 0.94},
	{"dev-en", "eval/gold-dev-en.json", []string{"corpus/dev-en"}, true, 0.98},
	{"dev-mixed", "eval/gold-dev-mixed.json", []string{"corpus/dev", "corpus/dev-en"}, true, 0.945},
	{"examples", "gold.json", []string{"articles"}, false, 0.97},
	{"examples-english", "english/gold.json", []string{"english"}, false, 0.97},
	{"examples-mixed", "gold-mixed.json", []string{"articles", "english"}, false, 0.97},
}

// TestQualityGuards builds each corpus and fails when its headline falls
// below the guard. The shared corpora are skipped when ../shared is absent
// outside CI; under CI (CI set) their absence fails the test.
func TestQualityGuards(t *testing.T) {
	for _, g := range qualityGuards {
		t.Run(g.name, func(t *testing.T) {
			goldPath, corpus := g.gold, slices.Clone(g.corpus)
			if g.shared {
				shared := testenv.SharedDir(t)
				goldPath = filepath.Join(shared, g.gold)
				for i := range corpus {
					corpus[i] = filepath.Join(shared, corpus[i])
				}
			}
			r, report, _ := buildAndScore(t, goldPath, corpus...)
			t.Logf("%s headline %.3f (minimum %.3f)", g.name, r.Headline, g.min)
			if r.Headline < g.min {
				t.Errorf("%s headline %.3f is below its guard %.3f:\n%s", g.name, r.Headline, g.min, report)
			}
		})
	}
}

// buildAndScore builds the articles under the corpus folders, with nothing
// skipped, and scores the graph against the gold file; it returns the
// report, its text and the build's warnings (metadata ignored).
func buildAndScore(t *testing.T, goldPath string, corpus ...string) (*eval.Report, string, []error) {
	t.Helper()
	r, _, text, warnings := buildScoreCount(t, goldPath, corpus...)
	return r, text, warnings
}

// buildScoreCount is buildAndScore that also returns the number of Meeting
// nodes of the graph.
func buildScoreCount(t *testing.T, goldPath string, corpus ...string) (*eval.Report, int, string, []error) {
	t.Helper()
	gold, err := eval.LoadGold(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Build(context.Background(), pipeline.Options{Paths: corpus, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Skipped) != 0 {
		t.Fatalf("articles of %v skipped: %v", corpus, res.Skipped)
	}
	r := eval.Score(gold, res.Graph.Snapshot())
	meetings := len(res.Graph.NodesByLabel(schema.LabelMeeting))
	var b strings.Builder
	if err := r.Write(&b); err != nil {
		t.Fatal(err)
	}
	return r, meetings, b.String(), res.Warnings
}

// TestMixedRoundsOneMeeting builds our Arabic and English articles
// together: they tell six US–Iran rounds of 2025 and two Saudi–Iran
// meetings of 2023 in both languages, and each round must stay one Meeting
// node — no duplicate of a gold meeting, no more Meeting nodes than the
// rounds the gold knows, and no more than the two languages built apart
// less the required rounds they share.
func TestMixedRoundsOneMeeting(t *testing.T) {
	r, mixed, report, _ := buildScoreCount(t, "gold-mixed.json", "articles", "english")
	_, arabic, _, _ := buildScoreCount(t, "gold.json", "articles")
	_, english, _, _ := buildScoreCount(t, filepath.Join("english", "gold.json"), "english")
	gold, err := eval.LoadGold("gold-mixed.json")
	if err != nil {
		t.Fatal(err)
	}
	shared := 0
	for _, m := range gold.Meetings {
		ar := slices.ContainsFunc(m.Files, func(f string) bool { return strings.HasPrefix(f, "ex") })
		en := slices.ContainsFunc(m.Files, func(f string) bool { return strings.HasPrefix(f, "en") })
		if ar && en && !m.Optional {
			shared++
		}
	}
	if shared < 8 {
		t.Fatalf("the mixed gold has %d required rounds told in both languages, want 8 at least", shared)
	}
	t.Logf("Meeting nodes: %d mixed, %d Arabic, %d English, %d rounds shared, %d gold meetings", mixed, arabic, english, shared, len(gold.Meetings))
	if r.Meetings.FP != 0 || r.Meetings.FN != 0 {
		t.Errorf("mixed build: %d false positive or duplicate meetings, %d missed:\n%s", r.Meetings.FP, r.Meetings.FN, report)
	}
	if mixed > len(gold.Meetings) {
		t.Errorf("mixed build: %d Meeting nodes, more than the %d rounds of the gold", mixed, len(gold.Meetings))
	}
	if mixed > arabic+english-shared {
		t.Errorf("mixed build: %d Meeting nodes, more than %d Arabic + %d English - %d shared rounds", mixed, arabic, english, shared)
	}
}
