package refresh

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/internal/neo4jtest"
	"github.com/negograph/negograph/internal/pipeline"
)

// TestAnalysisPanicIsAnErrorForThatArticle: an article whose analysis
// panics on a worker is a failed input naming it; a changed article keeps
// its previous analysis, a new one is left out; the pass commits the rest
// and the next pass, with the bug gone, completes the graph.
func TestAnalysisPanicIsAnErrorForThatArticle(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	news, _, saved := twoRoots(t)
	r := newRefresher(t, driver, db, news)
	r.Workers = 2
	pass(t, r)

	changed := filepath.Join(news, "ex03_muscat-2025-04-12.txt")
	data, err := os.ReadFile(changed)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(changed, []byte(strings.ReplaceAll(string(data), "مسقط", "الدوحة")), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(news, "zz_new.txt"), []byte(extraArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	r.contribute = func(a article.Article) *pipeline.Contribution {
		if a.Source == "ex03_muscat-2025-04-12.txt" || a.Source == "zz_new.txt" {
			var m map[string]int
			//lint:ignore SA5000 the bug this test plants: a write to a nil map panics
			m["boom"]++
		}
		return r.eng.Analyzer().Contribute(a)
	}
	rep := pass(t, r)
	if rep.Failed != 2 || len(rep.Skipped) != 2 {
		t.Fatalf("report: %+v", rep)
	}
	got := rep.Skipped[0].Error() + "\n" + rep.Skipped[1].Error()
	for _, want := range []string{`"ex03_muscat-2025-04-12.txt"`, "previous analysis is kept", `"zz_new.txt"`, "left out", "nil map"} {
		if !strings.Contains(got, want) {
			t.Errorf("problems %q lack %q", got, want)
		}
	}
	assertEqualsRebuild(t, driver, db, saved)

	r.contribute = nil
	if rep := pass(t, r); rep.Failed != 0 || rep.Analyzed != 2 {
		t.Fatalf("pass after the fix: %+v", rep)
	}
	assertEqualsRebuild(t, driver, db, news)
}
