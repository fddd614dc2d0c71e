package entities

import (
	"slices"
	"testing"

	"github.com/negograph/negograph/extract/arabic"
)

// TestGenericBuildingsHaveNoName: a building noun followed by a masculine
// adjective of place or order ("فندق آخر", "فندق قريب", "مجمع منفصل") names
// no venue; a name after it still does.
func TestGenericBuildingsHaveNoName(t *testing.T) {
	r := NewRecognizer(placesKnown())
	tests := []struct {
		name, text string
		want       []string
	}{
		{"another hotel", "وبقي الوفد الثاني في فندق آخر يتلقى الإحاطات.", nil},
		{"a nearby hotel", "فيما أقام الوفد الثاني في فندق قريب من مقر الاجتماعات.", nil},
		{"a separate compound", "ونزل المفاوضون في مجمع منفصل طوال أيام الجولة.", nil},
		{"a neighbouring palace", "وعقدت الجلسة الثانية في قصر مجاور.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := r.Recognize(tt.text, arabic.Tokens(tt.text))
			all := append(slices.Clone(res.Mentions), res.Sites...)
			slices.SortFunc(all, func(a, b Mention) int { return a.Start - b.Start })
			if got := describe(tt.text, all); !slices.Equal(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
