package pipeline

import (
	"slices"
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

func TestSpellingVariants(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"جون بيركنر", "جان بيركنر", true},    // a vowel for a vowel in a short word
		{"جون بيركنير", "جون بيركنر", true},   // one vowel more in a long word
		{"أحمد حسن", "أحمد حسين", false},      // one vowel more in a short word: two names
		{"محمد علي", "محمود علي", false},      // a vowel more in a short first name
		{"جون بيركنر", "جون بيركنر", false},   // the same spelling is no variant
		{"جون بيركنر", "جان بيركنير", false},  // two words differ
		{"سامي كرم", "سامي كريم", false},      // short family names stay apart
		{"مارك روبنسون", "مارك روبنسن", true}, // one vowel fewer in a long word
		{"مارك روبنسون", "مارك روبنسون جونيور", false},
		{"بيركنر", "بيركنير", false}, // one word: no person of context is named so
	}
	for _, tt := range tests {
		if got := spellingVariants(tt.a, tt.b); got != tt.want {
			t.Errorf("spellingVariants(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestVariantSpellingsMakeOnePerson checks that two articles spelling an
// official differently give one Person node, named by the spelling most
// mentioned, with the other as an alias, and that both articles mention it.
func TestVariantSpellingsMakeOnePerson(t *testing.T) {
	b := newBuilder(testEntities())
	person := func(id, name string) *entities.Entity {
		return &entities.Entity{ID: id, Label: schema.LabelPerson, Name: name, NameAr: name, Country: "country:united-states"}
	}
	b.addArticle(&contribution{art: article.Article{ID: "a1", Source: "a1.txt"},
		entities: []*entities.Entity{person("person:جون-بيركنر", "جون بيركنر")},
		mentions: []mentionAgg{{entityID: "person:جون-بيركنر", count: 2, mentionBody: &mentionBody{surfaces: []string{"جون بيركنر"}}}}})
	b.addArticle(&contribution{art: article.Article{ID: "a2", Source: "a2.txt"},
		entities: []*entities.Entity{person("person:جان-بيركنر", "جان بيركنر")},
		mentions: []mentionAgg{{entityID: "person:جان-بيركنر", count: 1, mentionBody: &mentionBody{surfaces: []string{"جان بيركنر"}}}}})
	g, err := b.graph()
	if err != nil {
		t.Fatal(err)
	}
	people := g.NodesByLabel(schema.LabelPerson)
	if len(people) != 1 {
		t.Fatalf("%d Person nodes, want 1", len(people))
	}
	p := people[0]
	if p.ID != "person:جون-بيركنر" || !slices.Contains(graph.StringsProp(p.Props, "aliases"), "جان بيركنر") {
		t.Errorf("person %s with aliases %v", p.ID, graph.StringsProp(p.Props, "aliases"))
	}
	n := 0
	for _, r := range g.Rels() {
		if r.Type == schema.RelMentions && r.End == p.ID {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d articles mention the person, want 2", n)
	}
}
