package entities

import (
	"strings"
	"testing"
)

// TestSpokesmanOnBehalfOf: "باسم" after a spokesman's title is "on behalf
// of", never the given name Bassem opening a person; the name of the
// spokesman may still follow the complement, and Bassem elsewhere is a name.
func TestSpokesmanOnBehalfOf(t *testing.T) {
	r := NewRecognizer(personsKnown())
	tests := []struct {
		name, text string
		want       []string
	}{
		{"on behalf of an unknown surname",
			"وقال المتحدث باسم دريسكول إن المحادثات تسير بشكل جيد.",
			nil},
		{"a spokeswoman on behalf of a person",
			"وأكدت الناطقة باسم سيمونيان أن اللقاء لم يحدد بعد.",
			nil},
		{"Bassem as a name after a minister's title",
			"قال وزير الخارجية الأرميني باسم كمال إن الجولة المقبلة ستعقد قريبا.",
			[]string{`باسم كمال=person:باسم-كمال/context roles=["وزير الخارجية الأرميني"] country=country:armenia`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := personLines(r, tt.text); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\ngot  %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
