package pipeline

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/internal/article"
)

// BenchmarkAssemble merges 10,000 cached analyses (the example and test
// articles, varied) into one graph: what every refresh pass does.
//
//	go test ./pipeline -run '^$' -bench Assemble -benchmem
func BenchmarkAssemble(b *testing.B) {
	gz, err := gazetteer.Default(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	an := NewAnalyzer(gz.Known())
	bases := readArticles(b, "../../examples/articles", "testdata/articles")
	contribs := make([]*Contribution, 0, 10000)
	for i := 0; i < 10000; i++ {
		a := bases[i%len(bases)]
		a.Text = strings.ReplaceAll(a.Text, " 12 ", fmt.Sprintf(" %d ", 1+i%27)) +
			fmt.Sprintf("\nتابع المراسل رقم %d تطورات المحادثات.\n", i)
		a.ID = article.ContentID(a.Text)
		a.Source = fmt.Sprintf("a%05d.txt", i)
		contribs = append(contribs, an.Contribute(a))
	}
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := an.Assemble(contribs); err != nil {
			b.Fatal(err)
		}
	}
}
