package pipeline

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/internal/source"
)

// streamCorpora are the article folders the streaming tests read.
var streamCorpora = []struct {
	name  string
	paths []string
}{
	{"arabic", []string{"../../examples/articles"}},
	{"discourse", []string{"../../examples/discourse"}},
	{"english", []string{"../../examples/english"}},
	{"mixed", []string{"../../examples/articles", "../../examples/english"}},
}

// TestBuildAnalysesWhileReading checks that Engine.Build analyses each
// article as it is read (the first analysis starts before the last
// article is read, and the articles kept hold no text) and that the graph
// is byte for byte the one of reading everything first, then analysing.
func TestBuildAnalysesWhileReading(t *testing.T) {
	ctx := context.Background()
	for _, tc := range streamCorpora {
		t.Run(tc.name, func(t *testing.T) {
			en, readAt := recordingEngine(t, tc.paths)
			res, err := en.Build(ctx)
			if err != nil {
				t.Fatal(err)
			}
			readAtAnalysis, read := readAt()
			if len(readAtAnalysis) < 3 || readAtAnalysis[0] >= read {
				t.Errorf("first analysis after %d of %d articles read (%d analyses): want it before the last is read",
					readAtAnalysis[0], read, len(readAtAnalysis))
			}

			// The same Engine stages without streaming.
			g, col, _, _ := readFirstBuild(t, tc.paths)
			var got, want bytes.Buffer
			if err := res.Graph.Snapshot().EncodeJSON(&got); err != nil {
				t.Fatal(err)
			}
			if err := g.Snapshot().EncodeJSON(&want); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Error("the streamed build gave another graph than reading, then analysing")
			}

			streamed, err := en.collect(ctx, nil, StateMeta{}, en.newStream(ctx))
			if err != nil {
				t.Fatal(err)
			}
			streamed.stream.wait()
			if n := streamed.TextBytes(); n != 0 || streamed.Len() != col.Len() {
				t.Errorf("streamed collect kept %d bytes of text for %d articles (want 0 for %d)", n, streamed.Len(), col.Len())
			}
		})
	}
}

// TestContributionHoldsNoText checks that no string of an analysis points
// into its article's text (a substring would keep the whole text in
// memory for as long as the analysis lives).
func TestContributionHoldsNoText(t *testing.T) {
	ctx := context.Background()
	en := &Engine{Log: zerolog.Nop()}
	if err := en.Prepare(ctx); err != nil {
		t.Fatal(err)
	}
	for _, tc := range streamCorpora {
		t.Run(tc.name, func(t *testing.T) {
			var arts []article.Article
			err := source.Walk(ctx, tc.paths, source.Options{}, func(a article.Article) error {
				a.Text = strings.Clone(a.Text) // a text of its own, apart from title and metadata
				arts = append(arts, a)
				return nil
			}, func(*source.FileError) {})
			if err != nil {
				t.Fatal(err)
			}
			strs := 0
			for _, a := range arts {
				c := en.Analyzer().Contribute(a)
				lo := uintptr(unsafe.Pointer(unsafe.StringData(a.Text)))
				hi := lo + uintptr(len(a.Text))
				walkStrings(reflect.ValueOf(c.c).Elem(), "contribution", func(path, s string) {
					strs++
					if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); p >= lo && p < hi {
						t.Errorf("%s: %s = %q points into the article's text", a.Source, path, s)
					}
				})
			}
			if strs < 100 {
				t.Fatalf("only %d strings seen in %d analyses", strs, len(arts))
			}
		})
	}
}

// walkStrings calls fn on every non-empty string reachable from v.
func walkStrings(v reflect.Value, path string, fn func(path, s string)) {
	switch v.Kind() {
	case reflect.String:
		if v.Len() > 0 {
			fn(path, v.String())
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkStrings(v.Elem(), path, fn)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			walkStrings(v.Field(i), path+"."+v.Type().Field(i).Name, fn)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walkStrings(v.Index(i), path+"[]", fn)
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			walkStrings(it.Key(), path+"{key}", fn)
			walkStrings(it.Value(), path+"{}", fn)
		}
	}
}

// TestStreamedBuildWithDuplicates: articles with the same content (the
// later ones duplicates) and the same input (one analysis shared) give
// the graph of reading everything first, with the same counts.
func TestStreamedBuildWithDuplicates(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	text := "عقد وفدا البلدين جولة محادثات في الدوحة يوم 3 مارس 2025 بوساطة قطرية.\n"
	other := "اجتمع وزيرا خارجية البلدين في مسقط يوم 9 مايو 2025.\n"
	for name, body := range map[string]string{"a1.txt": text, "a2.txt": text, "b.txt": other, "c.txt": text} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	jsonl := `{"source":"same-1","text":"` + strings.TrimSpace(other) + `"}` + "\n" +
		`{"source":"same-1","text":"` + strings.TrimSpace(other) + `"}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "d.jsonl"), []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	streamed, err := Build(ctx, Options{Paths: []string{dir}, Workers: 2, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	g, _, an, dups := readFirstBuild(t, []string{dir})
	if streamed.Duplicates != dups || streamed.Articles != len(an.Contributions)-dups || dups < 3 {
		t.Errorf("streamed: %d articles, %d duplicates; read first: %d, %d", streamed.Articles, streamed.Duplicates,
			len(an.Contributions)-dups, dups)
	}
	var got, want bytes.Buffer
	if err := streamed.Graph.Snapshot().EncodeJSON(&got); err != nil {
		t.Fatal(err)
	}
	if err := g.Snapshot().EncodeJSON(&want); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("the streamed build gave another graph:\n%s\nwant:\n%s", got.String(), want.String())
	}
}

// TestShardAnalysesOnlyItsArticlesWhileReading: build --shard I/N analyses
// its articles (every N-th) as the corpus is read, and no other.
func TestShardAnalysesOnlyItsArticlesWhileReading(t *testing.T) {
	ctx := context.Background()
	for _, of := range []int{1, 3} {
		en, readAt := recordingEngine(t, []string{"../../examples/articles", "../../examples/discourse"})
		m, err := en.BuildShard(ctx, of-1, of, t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		readAtAnalysis, read := readAt()
		want := (m.Total - (of - 1) + of - 1) / of // articles numbered of-1, 2*of-1, ...
		if len(readAtAnalysis) != want || m.Articles != want {
			t.Errorf("shard %d/%d of %d articles: %d analysed, %d in the pack; want %d", of-1, of, m.Total,
				len(readAtAnalysis), m.Articles, want)
		}
		if len(readAtAnalysis) > 0 && readAtAnalysis[0] >= read {
			t.Errorf("shard %d/%d: first analysis after %d of %d articles read", of-1, of, readAtAnalysis[0], read)
		}
	}
}

// recordingEngine prepares a one-worker Engine over paths that records,
// for each article it analyses, how many articles had been read by then;
// readAt returns those counts and the number read in all.
func recordingEngine(t *testing.T, paths []string) (en *Engine, readAt func() (counts []int, read int)) {
	t.Helper()
	var mu sync.Mutex
	read := 0
	var readAtAnalysis []int
	en = &Engine{Sources: Sources{Paths: paths}, Workers: 1, Log: zerolog.Nop(),
		Progress: func(stage string, done, _ int) {
			if stage == "read" {
				mu.Lock()
				read = done
				mu.Unlock()
			}
		}}
	if err := en.Prepare(context.Background()); err != nil {
		t.Fatal(err)
	}
	en.Contribute = func(a article.Article) *Contribution {
		mu.Lock()
		readAtAnalysis = append(readAtAnalysis, read)
		mu.Unlock()
		return en.Analyzer().Contribute(a)
	}
	return en, func() ([]int, int) {
		mu.Lock()
		defer mu.Unlock()
		return append([]int(nil), readAtAnalysis...), read
	}
}

// readFirstBuild runs the Engine's stages one after the other, reading the
// whole corpus before analysing it: the reference a streamed build must
// equal. It returns the graph, what was read, the analyses and the
// duplicates dropped.
func readFirstBuild(t *testing.T, paths []string) (*graph.Graph, *Collected, *Analysed, int) {
	t.Helper()
	ctx := context.Background()
	ref := &Engine{Sources: Sources{Paths: paths}, Workers: 2, Log: zerolog.Nop()}
	if err := ref.Prepare(ctx); err != nil {
		t.Fatal(err)
	}
	col, err := ref.Collect(ctx, nil, StateMeta{})
	if err != nil {
		t.Fatal(err)
	}
	an, err := ref.Analyse(ctx, col, StateMeta{}, &Stats{})
	if err != nil {
		t.Fatal(err)
	}
	g, dups, err := ref.Assemble(an)
	if err != nil {
		t.Fatal(err)
	}
	return g, col, an, dups
}
