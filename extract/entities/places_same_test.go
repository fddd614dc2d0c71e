package entities

import (
	"testing"

	"github.com/negograph/negograph/extract/arabic"
)

// TestPlaceEndsAtSame: "the same" after a building named before (ذاته،
// نفسه، عينه) is not part of its name.
func TestPlaceEndsAtSame(t *testing.T) {
	r := NewRecognizer(placesKnown())
	tests := []struct{ name, text, want string }{
		{"ذاته after a palace of foreign words", "وكانت آخر مفاوضات قد جرت في قصر دولمة بهتشة ذاته قبل عامين.", "قصر دولمة بهتشة"},
		{"نفسه after a hotel", "وعقدت الجولة الثانية في فندق كورينثيا نفسه.", "فندق كورينثيا"},
		{"نفسها after a hotel, feminine", "والتقى الوفدان مجددا في فندق ريكسوس نفسها.", "فندق ريكسوس"},
		{"عينه after a palace", "وستعقد الجولة المقبلة في قصر تشيراغان عينه.", "قصر تشيراغان"},
		{"a known word after the palace", "وكانت آخر مفاوضات قد جرت في قصر الضيافة ذاته قبل عامين.", "قصر الضيافة"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := r.Recognize(tt.text, arabic.Tokens(tt.text))
			var got []string
			for _, m := range res.Sites {
				got = append(got, m.Surface)
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("sites %q, want [%q]", got, tt.want)
			}
		})
	}
}
