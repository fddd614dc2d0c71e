package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/internal/article"
)

// TestBuildTurnsAPanicIntoAnErrorForThatArticle: an analysis that panics is
// an error naming the article, in Result.Skipped, and the other articles are
// built, instead of a crash of the process.
func TestBuildTurnsAPanicIntoAnErrorForThatArticle(t *testing.T) {
	e := &Engine{Sources: Sources{Paths: []string{"../../examples/articles"}}, Log: zerolog.Nop()}
	if err := e.Prepare(context.Background()); err != nil {
		t.Fatal(err)
	}
	e.Contribute = func(a article.Article) *Contribution {
		if strings.HasPrefix(a.Source, "ex01") {
			panic("boom")
		}
		return e.an.Contribute(a)
	}
	res, err := e.Build(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Skipped) != 1 || !strings.Contains(res.Skipped[0].Error(), `"ex01`) || !strings.Contains(res.Skipped[0].Error(), "internal error") {
		t.Fatalf("skipped %v, want the one article whose analysis panicked", res.Skipped)
	}
	// where it panicked, for the report: this file
	if msg := res.Skipped[0].Error(); !strings.Contains(msg, " at pipeline/recover_test.go:") {
		t.Fatalf("skipped %q, want the place of the panic", msg)
	}
	full, err := Build(context.Background(), Options{Paths: []string{"../../examples/articles"}, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != full.Articles-1 || res.Articles == 0 {
		t.Fatalf("articles %d, want %d (all but the failed one)", res.Articles, full.Articles-1)
	}
}
