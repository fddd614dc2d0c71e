package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/internal/article"
)

// TestAssembleLeavesSharedAnalysesAlone: refresh and serve assemble the
// analyses of their cache again and again; merging two spellings of one
// official (which renames entities, participants and their evidence) must
// leave the cached analyses as they were, byte for byte.
func TestAssembleLeavesSharedAnalysesAlone(t *testing.T) {
	gz, err := gazetteer.Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	an := NewAnalyzer(gz.Known())
	texts := []struct{ id, pub, text string }{
		{"a1", "2025-04-13", "محادثات في مسقط\n\nعقدت الولايات المتحدة وإيران أمس السبت في مسقط جولة محادثات غير مباشرة بوساطة عمانية. وترأس الوفد الأمريكي المبعوث الخاص جون بيركنر، وقال بيركنر إن الأجواء كانت إيجابية، وأضاف جون بيركنر أن جولة ثانية ستعقد قريبا."},
		{"a2", "2025-04-20", "جولة ثانية في مسقط\n\nعقدت الولايات المتحدة وإيران أمس السبت في مسقط جولة ثانية من المحادثات غير المباشرة بوساطة عمانية، وترأس الوفد الأمريكي المبعوث الخاص جان بيركنر."},
		{"a3", "2025-04-21", "تعليق\n\nقال المبعوث الأمريكي جان بيركنر إن بلاده ستواصل المحادثات مع إيران."},
	}
	var contribs []*Contribution
	var before [][]byte
	for _, x := range texts {
		pub, _ := article.ParseDate(x.pub)
		c := an.Contribute(article.Article{ID: x.id, Source: x.id + ".txt", Text: x.text, Published: pub})
		b, err := json.Marshal(c.wire()) // map keys sorted, unlike gob
		if err != nil {
			t.Fatal(err)
		}
		contribs, before = append(contribs, c), append(before, b)
	}
	for pass := 0; pass < 2; pass++ {
		g, _, err := an.Assemble(contribs)
		if err != nil {
			t.Fatal(err)
		}
		if g.Node("person:جان-بيركنر") != nil && g.Node("person:جون-بيركنر") != nil {
			t.Fatalf("pass %d: the two spellings stay two people; the test needs them merged", pass)
		}
		for i, c := range contribs {
			after, err := json.Marshal(c.wire())
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(after, before[i]) {
				t.Fatalf("pass %d: assembling changed the cached analysis of %s", pass, texts[i].id)
			}
		}
	}
}
