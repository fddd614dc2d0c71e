package pipeline

import (
	"slices"
	"testing"

	"github.com/negograph/negograph/schema"
)

// TestNameEndsAtSidesNoun: a dual or plural noun of the sides ("الوفدين",
// "الطرفان") right after an unknown person's name is the object or subject
// that follows him, not the end of his name.
func TestNameEndsAtSidesNoun(t *testing.T) {
	for _, tt := range []struct{ name, text, person string }{
		{"the delegations as object", "والتقى المبعوث الأممي هانز كريستنسن الوفدين.", "هانز كريستنسن"},
		{"the two sides as object", "واستقبل الوسيط الأفريقي جوزيف أكيلو الطرفين.", "جوزيف أكيلو"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := buildTexts(t, map[string]dated{"a.txt": {tt.text, "2024-03-12"}})
			var people []string
			for _, n := range g.NodesByLabel(schema.LabelPerson) {
				people = append(people, n.Props["name_ar"].(string))
			}
			if !slices.Equal(people, []string{tt.person}) {
				t.Errorf("people %q, want %q", people, tt.person)
			}
		})
	}
}
