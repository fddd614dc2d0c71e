package benchcorpus

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/negograph/negograph/extract/dates"
	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/internal/source"
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
	// Read as the build reads it (boilerplate such as the teasers and
	// credits removed), every article is there, dated, and news-sized.
	var n, small, big, dated int
	err = source.Walk(context.Background(), []string{a}, source.Options{}, func(art article.Article) error {
		n++
		words := len(strings.Fields(art.Text))
		if words < minWords-50 {
			small++
		}
		if words > maxWords {
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
	if n != 700 || dated != 700 || small > 0 || big > 0 {
		t.Fatalf("%d articles read, %d dated, %d short, %d long", n, dated, small, big)
	}
	if st.People < 3000 {
		t.Errorf("only %d people to draw from", st.People)
	}
}

// TestReportShape: every generated report has a headline, a dateline,
// paragraphs and a credit, and between minWords and maxWords words.
func TestReportShape(t *testing.T) {
	gz, err := gazetteer.Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	n, err := newNames(gz.Known(), rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	var total, long int
	for i := range 2000 {
		rep := n.gen(r, i)
		words := len(strings.Fields(rep.text))
		total += words
		if words > 1000 {
			long++
		}
		if words < minWords || words > maxWords {
			t.Fatalf("report %d has %d words", i, words)
		}
		lines := strings.Split(rep.text, "\n")
		if lines[0] != rep.title || len(lines) < 4 || !strings.Contains(lines[1], " - "+rep.outlet+": ") ||
			!strings.Contains(lines[len(lines)-1], rep.outlet) {
			t.Fatalf("report %d is not shaped like news:\n%s", i, rep.text)
		}
	}
	if mean := total / 2000; mean < 450 || mean > 900 || long == 0 {
		t.Errorf("mean %d words, %d reports over 1000 words", mean, long)
	}
}

// TestDateForms: every form dateText writes is read by the date tagger as
// the day it stands for, and the forms vary.
func TestDateForms(t *testing.T) {
	tg := dates.New()
	r := rand.New(rand.NewPCG(5, 6))
	pub := time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)
	seen := map[string]bool{}
	monthOnly := 0
	for i := range 3000 {
		day := pub.AddDate(0, 0, -r.IntN(400))
		text := dateText(r, day, pub)
		want := article.Date{Year: day.Year(), Month: int(day.Month()), Day: day.Day()}
		got := tg.Tag("وعقدت الجولة "+text+" في العاصمة.", article.Date{Year: 2024, Month: 5, Day: 16})
		if len(got) == 1 && got[0].Date.Day == 0 {
			monthOnly++ // a form without the day: right to the month
			want.Day = 0
		}
		if len(got) != 1 || got[0].Date != want {
			t.Fatalf("case %d: %q tagged %+v, want %v", i, text, got, want)
		}
		shape := strings.Fields(strings.Map(func(c rune) rune {
			if c >= '0' && c <= '9' || c >= '٠' && c <= '٩' {
				return '#'
			}
			return c
		}, text))
		seen[strings.Join(shape[:min(len(shape), 2)], " ")] = true
	}
	if monthOnly > 300 {
		t.Errorf("%d of 3000 dates without their day", monthOnly)
	}
	if len(seen) < 10 {
		t.Errorf("only %d date shapes: %v", len(seen), seen)
	}
}

// TestSmallerCorpusIsAPrefix: the corpus of k folders is the first k
// folders of any larger corpus of the same seed (what bench --curve
// relies on to measure several sizes from one corpus).
func TestSmallerCorpusIsAPrefix(t *testing.T) {
	gz, err := gazetteer.Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	small, large := t.TempDir(), t.TempDir()
	for dir, n := range map[string]int{small: ArticlesPerFolder, large: 3 * ArticlesPerFolder} {
		if _, err := Generate(context.Background(), dir, Options{Articles: n, Seed: 5, Known: gz.Known()}); err != nil {
			t.Fatal(err)
		}
	}
	if digest(t, filepath.Join(small, "part-000")) != digest(t, filepath.Join(large, "part-000")) {
		t.Error("the first folder differs between a corpus of 500 and one of 1500 articles")
	}
	if _, err := os.Stat(filepath.Join(large, "part-002")); err != nil {
		t.Errorf("1500 articles: %v", err)
	}
}
