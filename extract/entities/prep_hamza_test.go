package entities

import (
	"strings"
	"testing"
)

// TestNoNameAfterTitleWithPreposition: a word with a joined preposition
// and hamza ("لأسباب", "بإشراف", "بأن") right after a title opens no name;
// a name after the same title ends before the preposition still does.
func TestNoNameAfterTitleWithPreposition(t *testing.T) {
	r := NewRecognizer(personsKnown())
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"for reasons he described",
			"وأرجأها الوسيط العماني لأسباب وصفها بأنها لوجستية.", nil},
		{"under the supervision of",
			"وانعقدت الجلسة بحضور المبعوث الأممي بإشراف مباشر من المنظمة.", nil},
		{"a conjunction before the preposition",
			"وقال السفير الأرميني وبأن الجولة ستعقد قريبا.", nil},
		{"a name after the same title ends before the preposition",
			"وأرجأها الوسيط العماني كارين سيمونيان لأسباب لوجستية.",
			[]string{`كارين سيمونيان=person:كارين-سيمونيان/context roles=["الوسيط العماني"] country=country:oman`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := personLines(r, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\ngot\n  %s\nwant\n  %s", tt.text, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
