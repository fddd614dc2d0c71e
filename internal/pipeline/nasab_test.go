package pipeline

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

func TestWithoutNasab(t *testing.T) {
	tests := []struct{ name, want string }{
		{"خالد بن علي الحميدان", "خالد الحميدان"},
		{"محمد بن سعيد ال جابر", "محمد ال جابر"},
		{"سلمان بن عبد العزيز الهاشمي", "سلمان الهاشمي"},
		{"فيصل بن فرحان", ""},             // the father's name ends it: no family name
		{"فيصل بن فرحان بن عبد الله", ""}, // a chain of fathers' names
		{"ابن خلدون", ""},                 // no first name before it
		{"خالد الحميدان", ""},             // nothing to drop
	}
	for _, tt := range tests {
		if got := withoutNasab(tt.name); got != tt.want {
			t.Errorf("withoutNasab(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestNasabMakesOnePerson: a person named with the father's name in one
// article and without it in others is one Person node, under the short
// name with the full one as an alias; people of different countries, and
// names that differ beyond the father's name, stay apart.
func TestNasabMakesOnePerson(t *testing.T) {
	tests := []struct {
		name             string
		full, short      string
		fullCtry, shCtry string
		want             int
	}{
		{"same official", "سعد بن ناصر الراشدي", "سعد الراشدي", "country:oman", "country:oman", 1},
		{"country unknown on one side", "هادي بن سالم آل مطر", "هادي آل مطر", "", "country:oman", 1},
		{"different countries", "سعد بن ناصر الراشدي", "سعد الراشدي", "country:oman", "country:qatar", 2},
		{"another family", "سعد بن ناصر الراشدي", "سعد الرشيدي", "country:oman", "country:oman", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBuilder(testEntities())
			person := func(name, country string) *entities.Entity {
				id := "person:" + name
				return &entities.Entity{ID: id, Label: schema.LabelPerson, Name: name, NameAr: name, Country: country}
			}
			for k, p := range []*entities.Entity{person(tt.full, tt.fullCtry), person(tt.short, tt.shCtry)} {
				src := []string{"a1.txt", "a2.txt"}[k]
				b.addArticle(&contribution{art: article.Article{ID: src, Source: src},
					entities: []*entities.Entity{p},
					mentions: []mentionAgg{{entityID: p.ID, count: 1, surfaces: []string{p.NameAr}}}})
			}
			g, err := b.graph()
			if err != nil {
				t.Fatal(err)
			}
			people := g.NodesByLabel(schema.LabelPerson)
			if len(people) != tt.want {
				t.Fatalf("%d Person nodes, want %d", len(people), tt.want)
			}
			if tt.want == 1 && people[0].ID != "person:"+tt.short {
				t.Errorf("person %s, want the short name", people[0].ID)
			}
		})
	}
}
