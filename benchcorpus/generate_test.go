package benchcorpus

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/negograph/negograph/article"
	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/source"
)

func digest(t *testing.T, dir string) string {
	t.Helper()
	h := sha256.New()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		fmt.Fprintf(h, "%s %d\n", rel, len(data))
		h.Write(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// TestGenerate: the same seed gives the same bytes, another seed other
// bytes, and the corpus reads as news: every article is read, sized like a
// news report, with publication dates from the manifests.
func TestGenerate(t *testing.T) {
	gz, err := gazetteer.Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Articles: 700, Seed: 7, Known: gz.Known()}
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	st, err := Generate(context.Background(), a, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(context.Background(), b, opts); err != nil {
		t.Fatal(err)
	}
	opts.Seed = 8
	if _, err := Generate(context.Background(), c, opts); err != nil {
		t.Fatal(err)
	}
	if digest(t, a) != digest(t, b) {
		t.Fatal("same seed, different corpus")
	}
	if digest(t, a) == digest(t, c) {
		t.Fatal("different seeds, same corpus")
	}
	if st.Articles != 700 || st.People < 1000 {
		t.Fatalf("stats %+v", st)
	}
	var n, small, big, dated int
	err = source.Walk(context.Background(), []string{a}, source.Options{}, func(art article.Article) error {
		n++
		words := len([]rune(art.Text)) / 6
		if words < 150 {
			small++
		}
		if words > 2500 {
			big++
		}
		if !art.Published.IsZero() {
			dated++
		}
		return nil
	}, func(fe *source.FileError) { t.Errorf("skipped %v", fe) })
	if err != nil {
		t.Fatal(err)
	}
	if n != 700 || dated != 700 || small > 70 || big > 0 {
		t.Fatalf("%d articles read, %d dated, %d short, %d long", n, dated, small, big)
	}
}
