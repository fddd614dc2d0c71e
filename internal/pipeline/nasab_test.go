package pipeline

import (
	"slices"
	"strings"
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
					mentions: []mentionAgg{{entityID: p.ID, count: 1, mentionBody: &mentionBody{surfaces: []string{p.NameAr}}}}})
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

func TestWithoutMiddleName(t *testing.T) {
	tests := []struct{ name, want string }{
		{"سامي يوسف الكردي", "سامي الكردي"},
		{"جيمس روبرت كالدويل", "جيمس كالدويل"},
		{"محمد الاحمد الجابر", ""},  // the middle word belongs to the family name
		{"احمد عبد الرحمن", ""},     // a compound given name
		{"نور الدين حماد", ""},      // a compound closer
		{"ابو علي الشمري", ""},      // a kunya
		{"سامي الكردي", ""},         // two words
		{"سامي بن يوسف الكردي", ""}, // four words: withoutNasab's
	}
	for _, tt := range tests {
		if got := withoutMiddleName(tt.name); got != tt.want {
			t.Errorf("withoutMiddleName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestShortNamesMakeOnePerson: the ways a later report shortens an
// official's name — without the middle name, by the family name alone, or
// spelling a known person's name with a vowel letter more or less — give
// one Person node; a family name two people share, and different
// countries, keep them apart.
func TestShortNamesMakeOnePerson(t *testing.T) {
	type person struct {
		name, country string
		known         bool
		aliases       []string
	}
	known := func(name, country string, aliases ...string) person { return person{name, country, true, aliases} }
	tests := []struct {
		name   string
		people []person
		want   []string // the Person ids left
	}{
		{"middle name dropped", []person{{name: "سامي يوسف الكردي", country: "country:jordan"}, {name: "سامي الكردي"}},
			[]string{"person:سامي الكردي"}},
		{"middle name dropped, short form known", []person{{name: "وليد كامل عيسى"}, known("وليد عيسى", "country:egypt")},
			[]string{"person:وليد عيسى"}},
		{"two middle names: the short name names neither", []person{{name: "سامي يوسف الكردي"}, {name: "سامي أحمد الكردي"}, {name: "سامي الكردي"}},
			[]string{"person:سامي أحمد الكردي", "person:سامي الكردي", "person:سامي يوسف الكردي"}},
		{"another family", []person{{name: "سامي يوسف الكردي"}, {name: "سامي الكرد"}},
			[]string{"person:سامي الكرد", "person:سامي يوسف الكردي"}},
		{"family name alone", []person{{name: "فهد بن سالم آل راشد", country: "country:saudi-arabia"}, {name: "آل راشد", country: "country:saudi-arabia"}},
			[]string{"person:فهد بن سالم آل راشد"}},
		{"family name alone after the father's name was dropped",
			[]person{{name: "فهد بن سالم آل راشد"}, {name: "فهد آل راشد"}, {name: "آل راشد"}},
			[]string{"person:فهد آل راشد"}},
		{"a family name two people share", []person{{name: "فهد آل راشد"}, {name: "ناصر آل راشد"}, {name: "آل راشد"}},
			[]string{"person:آل راشد", "person:فهد آل راشد", "person:ناصر آل راشد"}},
		{"family name of another country", []person{{name: "فهد آل راشد", country: "country:qatar"}, {name: "آل راشد", country: "country:saudi-arabia"}},
			[]string{"person:آل راشد", "person:فهد آل راشد"}},
		{"a known person spelt with a vowel less", []person{known("يوهان كارلسون", "country:sweden", "يوهان كارلسن"), {name: "يوهان كارلسوون"}},
			[]string{"person:يوهان كارلسون"}},
		{"a known person's alias spelt otherwise", []person{known("يوهان كارلسون", "country:sweden", "جوهان كارلسون"), {name: "جوهان كارلسن"}},
			[]string{"person:يوهان كارلسون"}},
		{"two changes stay apart", []person{known("يوهان كارلسون", "country:sweden"), {name: "يوهانا كارلسن"}},
			[]string{"person:يوهان كارلسون", "person:يوهانا كارلسن"}},
		{"two known people fit: neither", []person{known("دان موريل", "country:canada"), known("دون موريل", "country:canada"), {name: "دين موريل"}},
			[]string{"person:دان موريل", "person:دون موريل", "person:دين موريل"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBuilder(testEntities())
			for k, p := range tt.people {
				id := "person:" + p.name
				e := &entities.Entity{ID: id, Label: schema.LabelPerson, Name: p.name, NameAr: p.name,
					Country: p.country, Known: p.known, Aliases: p.aliases}
				src := []string{"a1.txt", "a2.txt", "a3.txt"}[k]
				b.addArticle(&contribution{art: article.Article{ID: src, Source: src},
					entities: []*entities.Entity{e},
					mentions: []mentionAgg{{entityID: id, count: 1, mentionBody: &mentionBody{surfaces: []string{p.name}}}}})
			}
			g, err := b.graph()
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, n := range g.NodesByLabel(schema.LabelPerson) {
				got = append(got, n.ID)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("people %v, want %v", got, tt.want)
			}
			mentioned := 0
			for _, r := range g.Rels() {
				if r.Type == schema.RelMentions && strings.HasPrefix(r.End, "person:") {
					mentioned++
				}
			}
			if mentioned != len(tt.people) {
				t.Errorf("%d articles mention a person, want %d (each article its own)", mentioned, len(tt.people))
			}
		})
	}
}
