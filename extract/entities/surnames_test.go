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
