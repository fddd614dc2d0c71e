package pipeline

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// TestScriptsMakeOnePerson checks that an unlisted official named in an
// English and in an Arabic article is one Person node with the Arabic id
// and the English name, mentioned by both articles.
func TestScriptsMakeOnePerson(t *testing.T) {
	b := newBuilder(testEntities())
	person := func(id, name string) *entities.Entity {
		return &entities.Entity{ID: id, Label: schema.LabelPerson, Name: name, NameAr: name}
	}
	b.addArticle(&contribution{art: article.Article{ID: "a1", Source: "a1.txt"},
		entities: []*entities.Entity{person("person:كريم-حداد", "كريم حداد"), person("person:سامي-نور", "سامي نور")},
		mentions: []mentionAgg{{entityID: "person:كريم-حداد", count: 1, mentionBody: &mentionBody{surfaces: []string{"كريم حداد"}}},
			{entityID: "person:سامي-نور", count: 1, mentionBody: &mentionBody{surfaces: []string{"سامي نور"}}}}})
	b.addArticle(&contribution{art: article.Article{ID: "a2", Source: "a2.txt", Language: "en"},
		entities: []*entities.Entity{person("person:karim-haddad", "Karim Haddad")},
		mentions: []mentionAgg{{entityID: "person:karim-haddad", count: 3, mentionBody: &mentionBody{surfaces: []string{"Karim Haddad"}}}}})
	g, err := b.graph()
	if err != nil {
		t.Fatal(err)
	}
	people := g.NodesByLabel(schema.LabelPerson)
	if len(people) != 2 {
		t.Fatalf("%d Person nodes, want 2", len(people))
	}
	var p *graph.Node
	for _, n := range people {
		if n.ID == "person:كريم-حداد" {
			p = n
		}
	}
	if p == nil || graph.StringProp(p.Props, "name") != "Karim Haddad" || !slices.Contains(graph.StringsProp(p.Props, "aliases"), "Karim Haddad") {
		t.Fatalf("people %+v: want person:كريم-حداد named Karim Haddad", people)
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

// TestScriptsMakeOnePlace builds one round told in Arabic and in two
// English reports, all in an invented town the gazetteer does not know,
// spelled زنبرات, Zanbarat and Zenbarat: one Venue node with the Arabic id
// and an English name, one Meeting held in it, as many Meeting nodes as
// rounds.
func TestScriptsMakeOnePlace(t *testing.T) {
	res, err := Build(context.Background(), Options{Paths: []string{"testdata/scripts"}, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	g := res.Graph
	var places []*graph.Node
	for _, n := range g.NodesByLabel(schema.LabelVenue) {
		if !strings.HasPrefix(n.ID, "venue:") || graph.StringProp(n.Props, "name") == "Doha" {
			continue
		}
		places = append(places, n)
	}
	if len(places) != 1 {
		t.Fatalf("Venue nodes %v, want one for the town", places)
	}
	p := places[0]
	aliases := graph.StringsProp(p.Props, "aliases")
	if p.ID != "venue:زنبرات" || graph.StringProp(p.Props, "name") != "Zanbarat" || !slices.Contains(aliases, "Zenbarat") {
		t.Errorf("town %s %v, want venue:زنبرات named Zanbarat, alias Zenbarat", p.ID, p.Props)
	}
	ms := g.NodesByLabel(schema.LabelMeeting)
	if len(ms) != 1 {
		t.Fatalf("%d Meeting nodes, want 1 (one round)", len(ms))
	}
	held := 0
	for _, r := range g.Rels() {
		if r.Type == schema.RelHeldIn && r.Start == ms[0].ID && r.End == p.ID {
			held++
		}
	}
	if held != 1 {
		t.Errorf("the meeting is not held in the town")
	}
}
