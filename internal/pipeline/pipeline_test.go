package pipeline

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/internal/source"
	"github.com/negograph/negograph/schema"
)

func build(t *testing.T, paths ...string) *Result {
	t.Helper()
	res, err := Build(context.Background(), Options{Paths: paths, Workers: 2, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestBuildIsDeterministic builds the examples twice with different worker
// counts and expects byte-identical snapshots.
func TestBuildIsDeterministic(t *testing.T) {
	var outs [][]byte
	for _, workers := range []int{1, 4} {
		res, err := Build(context.Background(), Options{Paths: []string{"../../examples/articles"}, Workers: workers, Log: zerolog.Nop()})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := res.Graph.Snapshot().EncodeJSON(&buf); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, buf.Bytes())
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Error("the same input gave different snapshots")
	}
}

// TestBadInputsAreSkippedAndTheRestLoaded mixes a good article with empty,
// binary, invalid UTF-8 and missing inputs.
func TestBadInputsAreSkippedAndTheRestLoaded(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("عقدت محادثات غير مباشرة بين الولايات المتحدة وإيران في مسقط يوم 12 أبريل 2025 بوساطة عمانية.\n"))
	write("empty.txt", nil)
	write("binary.txt", []byte{0x89, 'P', 'N', 'G', 0, 0, 1, 2})
	write("latin1.txt", []byte("caf\xe9 \xff\xfe"))
	res := build(t, dir, filepath.Join(dir, "missing.txt"))
	if res.Articles != 1 {
		t.Errorf("articles = %d, want 1 (%s)", res.Articles, good)
	}
	reasons := map[string]error{}
	for _, fe := range res.Skipped {
		reasons[filepath.Base(fe.Path)] = fe.Err
	}
	for name, want := range map[string]error{"empty.txt": source.ErrEmpty, "binary.txt": source.ErrBinary, "latin1.txt": source.ErrInvalidUTF8} {
		if err := reasons[name]; !errors.Is(err, want) {
			t.Errorf("%s: reason %v, want %v", name, err, want)
		}
	}
	if _, ok := reasons["missing.txt"]; !ok {
		t.Error("missing path not reported")
	}
	if n := len(res.Graph.NodesByLabel(schema.LabelMeeting)); n != 1 {
		t.Errorf("meetings = %d, want 1", n)
	}
}

// TestEveryExtractedRelationshipHasProvenance checks sources and evidence
// on the relationships of the examples.
func TestEveryExtractedRelationshipHasProvenance(t *testing.T) {
	res := build(t, "../../examples/articles")
	g := res.Graph
	for _, r := range g.Rels() {
		switch r.Type {
		case schema.RelCitizenOf, schema.RelLocatedIn:
			continue
		}
		srcs, _ := r.Props["sources"].([]string)
		if len(srcs) == 0 {
			t.Errorf("%s %s→%s has no sources", r.Type, r.Start, r.End)
		}
		for _, s := range srcs {
			if n := g.Node(s); n == nil || n.Label() != schema.LabelArticle {
				t.Errorf("%s %s→%s: source %s is not an Article", r.Type, r.Start, r.End, s)
			}
		}
		if _, ok := r.Props["confidence"].(float64); !ok {
			t.Errorf("%s %s→%s has no confidence", r.Type, r.Start, r.End)
		}
	}
}

// BenchmarkAnalyze measures entity, date and meeting extraction on the
// example articles, in bytes of Arabic text per second on one core.
func BenchmarkAnalyze(b *testing.B) {
	gz, err := gazetteer.Default(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	an := NewAnalyzer(gz.Known())
	var arts []article.Article
	size := 0
	err = source.Walk(context.Background(), []string{"../../examples/articles"}, source.Options{},
		func(a article.Article) error { arts = append(arts, a); size += len(a.Text); return nil },
		func(*source.FileError) {})
	if err != nil || len(arts) == 0 {
		b.Fatal("no example articles", err)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			an.Analyze(a)
		}
	}
}
