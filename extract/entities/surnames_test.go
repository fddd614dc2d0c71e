package entities

import (
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/arabic"
)

// TestSurnameOverCliticPlace: the surname of a person the article named,
// even one that is also a given name ("باراك" after "توم باراك"), is that
// person, not a place read with a clitic in it (ب + أراك).
func TestSurnameOverCliticPlace(t *testing.T) {
	known := append(placesKnown(),
		Known{ID: "venue:arak", Label: "Venue", Name: "Arak", NameAr: "أراك", Country: "country:iran"},
		Known{ID: "person:tom-barrack", Label: "Person", Name: "Tom Barrack", NameAr: "توم باراك"})
	r := NewRecognizer(known)
	text := "وقال المبعوث توم باراك إن الجولة انتهت. ونقلت الوكالة عن باراك قوله إن الجانبين اتفقا."
	res := r.Recognize(text, arabic.Tokens(text))
	var got []string
	for _, m := range res.Mentions {
		got = append(got, m.Surface+"="+m.EntityID)
	}
	if want := "توم باراك=person:tom-barrack|باراك=person:tom-barrack"; strings.Join(got, "|") != want {
		t.Errorf("mentions %q, want %s", got, want)
	}
}

// TestNisbaSurname: a surname that is a country adjective ("السوداني"),
// alone where a person is expected, is the man the article named; after a
// noun it stays the adjective.
func TestNisbaSurname(t *testing.T) {
	known := append(placesKnown(),
		Known{ID: "country:sudan", Label: "Country", Name: "Sudan", NameAr: "السودان", Adjectives: []string{"سوداني", "سودانية"}},
		Known{ID: "person:karim-al-sudani", Label: "Person", Name: "Karim al-Sudani", NameAr: "كريم جاسم السوداني"})
	r := NewRecognizer(known)
	for _, c := range []struct{ name, text, want string }{
		{"after a verb", "وقال رئيس الوزراء كريم جاسم السوداني إن الحوار مفيد. والتقى السوداني الوفد في بغداد.",
			"كريم جاسم السوداني=person:karim-al-sudani|السوداني=person:karim-al-sudani"},
		{"opening a clause before a verb", "وأكد كريم جاسم السوداني أن الحوار مفيد. السوداني قال إن الجولة انتهت.",
			"كريم جاسم السوداني=person:karim-al-sudani|السوداني=person:karim-al-sudani"},
		{"after a noun: the adjective", "وأكد كريم جاسم السوداني أن الحوار مفيد. والتقى الجيش السوداني الوفد.",
			"كريم جاسم السوداني=person:karim-al-sudani|السوداني=country:sudan"},
		{"no such man: the adjective", "والتقى السوداني الوفد في بغداد.",
			"السوداني=country:sudan"},
	} {
		res := r.Recognize(c.text, arabic.Tokens(c.text))
		var got []string
		for _, m := range res.Mentions {
			if m.Label == "Person" || m.EntityID == "country:sudan" {
				got = append(got, m.Surface+"="+m.EntityID)
			}
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%s: mentions %q, want %s", c.name, got, c.want)
		}
	}
}
