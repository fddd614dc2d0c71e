package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/internal/source"
)

func snapshotJSON(t *testing.T, g *graph.Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := g.Snapshot().EncodeJSON(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func readArticles(t testing.TB, paths ...string) []article.Article {
	t.Helper()
	var arts []article.Article
	err := source.Walk(context.Background(), paths, source.Options{},
		func(a article.Article) error { arts = append(arts, a); return nil },
		func(fe *source.FileError) { t.Fatalf("skipped %v", fe) })
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// TestAssembleEqualsBuild proves that contributions made one by one, encoded
// and decoded as a refresh caches them, and assembled (twice, to show that
// assembling does not change them) give Build's graph byte for byte.
func TestAssembleEqualsBuild(t *testing.T) {
	ctx := context.Background()
	paths := []string{"../../examples/articles", "testdata/articles"}
	res, err := Build(ctx, Options{Paths: paths})
	if err != nil {
		t.Fatal(err)
	}
	want := snapshotJSON(t, res.Graph)

	gz, err := gazetteer.Default(ctx)
	if err != nil {
		t.Fatal(err)
	}
	an := NewAnalyzer(gz.Known())
	var contribs []*Contribution
	for _, a := range readArticles(t, paths...) {
		data, err := an.Contribute(a).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var c Contribution
		if err := c.UnmarshalBinary(data); err != nil {
			t.Fatal(err)
		}
		contribs = append(contribs, &c)
	}
	for round := 0; round < 2; round++ {
		g, dups, err := an.Assemble(contribs)
		if err != nil {
			t.Fatal(err)
		}
		if dups != res.Duplicates {
			t.Errorf("round %d: %d duplicates, Build saw %d", round, dups, res.Duplicates)
		}
		if got := snapshotJSON(t, g); !bytes.Equal(got, want) {
			t.Fatalf("round %d: assembled graph differs from Build's (%d vs %d bytes)", round, len(got), len(want))
		}
	}
}

// TestInputKey proves that every article field and the fingerprint change
// the key, and that equal inputs give equal keys.
func TestInputKey(t *testing.T) {
	base := article.Article{ID: "article:1", Source: "a.txt", Title: "t", Text: "نص", Published: article.Date{Year: 2025, Month: 4, Day: 12}}
	k := InputKey("fp", base)
	if InputKey("fp", base) != k {
		t.Fatal("same input, different keys")
	}
	edits := map[string]func(a *article.Article){
		"text":      func(a *article.Article) { a.Text = "نص آخر" },
		"source":    func(a *article.Article) { a.Source = "b.txt" },
		"title":     func(a *article.Article) { a.Title = "u" },
		"outlet":    func(a *article.Article) { a.Outlet = "o" },
		"url":       func(a *article.Article) { a.URL = "https://example.org/a" },
		"language":  func(a *article.Article) { a.Language = "en" },
		"published": func(a *article.Article) { a.Published.Day = 13 },
		// field boundaries are part of the key
		"shifted": func(a *article.Article) { a.Source, a.Title = "a.txtt", "" },
	}
	for name, edit := range edits {
		a := base
		edit(&a)
		if InputKey("fp", a) == k {
			t.Errorf("%s: key did not change", name)
		}
	}
	if InputKey("fp2", base) == k {
		t.Error("fingerprint: key did not change")
	}
}

// TestFingerprintFollowsTheGazetteer proves that a gazetteer change changes
// the fingerprint.
func TestFingerprintFollowsTheGazetteer(t *testing.T) {
	gz, err := gazetteer.Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	known := gz.Known()
	fp := Fingerprint(known)
	if Fingerprint(gz.Known()) != fp {
		t.Fatal("fingerprint is not stable")
	}
	known[0].Aliases = append(known[0].Aliases, "اسم جديد")
	if Fingerprint(known) == fp {
		t.Error("an added alias did not change the fingerprint")
	}
}

// TestContributionStream round-trips a stream of keyed contributions.
func TestContributionStream(t *testing.T) {
	ctx := context.Background()
	gz, err := gazetteer.Default(ctx)
	if err != nil {
		t.Fatal(err)
	}
	an := NewAnalyzer(gz.Known())
	var list []Keyed
	var direct []*Contribution
	for i, a := range readArticles(t, "../../examples/articles") {
		c := an.Contribute(a)
		direct = append(direct, c)
		list = append(list, Keyed{Key: fmt.Sprint("k", i), Contribution: c})
	}
	var buf bytes.Buffer
	if err := WriteContributions(&buf, list); err != nil {
		t.Fatal(err)
	}
	back, err := ReadContributions(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != len(list) || back[3].Key != "k3" {
		t.Fatalf("read %d of %d", len(back), len(list))
	}
	var decoded []*Contribution
	for _, k := range back {
		decoded = append(decoded, k.Contribution)
	}
	g1, _, err := an.Assemble(direct)
	if err != nil {
		t.Fatal(err)
	}
	g2, _, err := an.Assemble(decoded)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(snapshotJSON(t, g1), snapshotJSON(t, g2)) {
		t.Fatal("decoded contributions assemble a different graph")
	}
	if _, err := ReadContributions(bytes.NewReader([]byte("garbage"))); err == nil {
		t.Fatal("garbage decoded")
	}
}
