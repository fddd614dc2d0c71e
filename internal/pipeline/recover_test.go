package pipeline

import (
	"strings"
	"testing"

	"github.com/negograph/negograph/internal/article"
)

// TestSafeAnalyzeTurnsAPanicIntoAnError: an analysis that panics (here a
// nil Analyzer) is an error naming the article, and the article keeps no
// facts, instead of a crash of the process.
func TestSafeAnalyzeTurnsAPanicIntoAnError(t *testing.T) {
	a := article.Article{Source: "bad.txt", Text: "نص"}
	f, err := safeAnalyze(nil, a)
	if err == nil || !strings.Contains(err.Error(), `"bad.txt"`) {
		t.Fatalf("error %v does not name the article", err)
	}
	if f == nil || f.Article.Source != "bad.txt" || len(f.Meetings) != 0 {
		t.Fatalf("facts of the failed article: %+v", f)
	}
}
