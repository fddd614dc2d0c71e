package gazetteer

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

func TestP9Probe(t *testing.T) {
	files := os.Getenv("P9FILES")
	if files == "" {
		t.Skip()
	}
	g, err := Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	r := entities.NewRecognizer(g.Known())
	for _, f := range strings.Fields(files) {
		data, _ := os.ReadFile(f)
		text := string(data)
		res := r.Recognize(text, arabic.Tokens(text))
		fmt.Println("==", f)
		for _, m := range res.Mentions {
			if m.Label != schema.LabelPerson && os.Getenv("P9ALL") == "" {
				continue
			}
			e := res.Entities[m.EntityID]
			extra := ""
			if e != nil {
				extra = fmt.Sprintf(" roles=%q country=%s", e.Roles, e.Country)
			}
			fmt.Printf("  %s=%s/%s%s\n", m.Surface, m.EntityID, m.Kind, extra)
		}
	}
}
