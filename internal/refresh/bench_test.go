package refresh

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/internal/neo4jtest"
	"github.com/negograph/negograph/internal/source"
)

// benchArticles is the size of the archive already loaded, unless
// NEGOGRAPH_BENCH_ARTICLES gives another.
const benchArticles = 10000

// benchSize is the archive size of BenchmarkPassOneChanged:
// NEGOGRAPH_BENCH_ARTICLES when it is a positive number, else benchArticles.
func benchSize(b *testing.B) int {
	b.Helper()
	v := os.Getenv("NEGOGRAPH_BENCH_ARTICLES")
	if v == "" {
		return benchArticles
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		b.Fatalf("NEGOGRAPH_BENCH_ARTICLES=%q: want a positive number of articles", v)
	}
	return n
}

// writeArchive writes n articles: the example and test articles, varied
// (day of month, a closing line with a serial number) so that every text
// differs and the rounds spread over many dates.
func writeArchive(b *testing.B, dir string, n int) {
	b.Helper()
	var bases []string
	for _, src := range []string{"../../examples/articles", "../pipeline/testdata/articles"} {
		err := source.Walk(context.Background(), []string{src}, source.Options{},
			func(a article.Article) error { bases = append(bases, a.Text); return nil }, func(*source.FileError) {})
		if err != nil {
			b.Fatal(err)
		}
	}
	for i := 0; i < n; i++ {
		text := bases[i%len(bases)]
		day := 1 + i%27
		text = strings.ReplaceAll(text, " 12 ", fmt.Sprintf(" %d ", day))
		text += fmt.Sprintf("\nتابع المراسل رقم %d تطورات المحادثات من مكتبه.\n", i)
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/100))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("a%05d.txt", i)), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPassOneChanged measures a pass in which one article of a loaded
// 10,000-article archive (NEGOGRAPH_BENCH_ARTICLES for another size)
// changed: warm (the serve daemon, state in memory) and cold (a new
// `negograph refresh` process, state on disk). The stages of the last pass
// of each are logged.
//
//	NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=negograph-test \
//	  go test ./internal/refresh -run '^$' -bench PassOneChanged -benchtime 10x
//	NEGOGRAPH_BENCH_ARTICLES=20000 NEO4J_URI=… go test ./internal/refresh -run '^$' -bench PassOneChanged -benchtime 3x
func BenchmarkPassOneChanged(b *testing.B) {
	driver, db := neo4jtest.Open(b) // locks the test database and empties it
	dir := b.TempDir()
	n := benchSize(b)
	writeArchive(b, dir, n)
	state := b.TempDir()
	newR := func() *Refresher {
		return &Refresher{
			Sources:  Sources{Paths: []string{dir}},
			Loader:   &neo4jstore.Loader{Driver: driver, Database: db, BatchSize: 5000},
			Target:   "bench",
			StateDir: state,
			Log:      zerolog.New(zerolog.NewTestWriter(b)).Level(zerolog.WarnLevel),
		}
	}
	warm := newR()
	rep, err := warm.Pass(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("archive loaded: %d articles, %d nodes, %d relationships, %d rows in %s",
		rep.Seen, rep.Nodes, rep.Relationships, rep.Written, rep.Duration)
	mid := n / 2 // the article that changes, written by writeArchive
	target := filepath.Join(dir, fmt.Sprintf("%03d", mid/100), fmt.Sprintf("a%05d.txt", mid))
	orig, err := os.ReadFile(target)
	if err != nil {
		b.Fatal(err)
	}
	serial := 0
	change := func() {
		serial++
		text := string(orig) + fmt.Sprintf("\nتحديث رقم %d للخبر.\n", serial)
		if err := os.WriteFile(target, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for _, mode := range []string{"warm", "cold"} {
		b.Run(mode, func(b *testing.B) {
			written := 0
			var stages map[string]time.Duration
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				change()
				r := warm
				if mode == "cold" {
					r = newR()
				}
				b.StartTimer()
				rep, err := r.Pass(context.Background())
				if err != nil {
					b.Fatal(err)
				}
				if rep.Analyzed != 1 || rep.Changed != 1 {
					b.Fatalf("pass analysed %d, changed %d: %+v", rep.Analyzed, rep.Changed, rep)
				}
				written += rep.Written
				stages = rep.Stages
			}
			b.ReportMetric(float64(written)/float64(b.N), "rows/pass")
			b.Logf("%s stages of the last pass: %v", mode, stages)
		})
	}
}
