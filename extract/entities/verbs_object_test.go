package entities

import (
	"github.com/negograph/negograph/extract/arabic"
	"slices"
	"testing"
)

// TestNameEndsAtObjectVerb: a verb with an object pronoun after a name
// ("يرافقه", "ترافقها", "ويقودهم", "رافقته") ends the name; the person
// named after it is a second person.
func TestNameEndsAtObjectVerb(t *testing.T) {
	r := NewRecognizer(personsKnown())
	tests := []struct {
		name, text string
		want       []string
	}{
		{"accompanied by, after a head of delegation",
			"وترأس الوفد رئيس الجهاز تيغران هاروتيان يرافقه مستشاره فوزي مختاروف.",
			[]string{"تيغران هاروتيان", "فوزي مختاروف"}},
		{"feminine verb after a woman's name",
			"ووصلت المبعوثة ناريه تيفوسيان ترافقها المتحدثة باسمها.",
			[]string{"ناريه تيفوسيان"}},
		{"led by, with the conjunction",
			"وكان الوزير كارين سيمونيان ويقودهم إلى القاعة.",
			[]string{"كارين سيمونيان"}},
		{"past form with a pronoun",
			"وشارك السفير دميترو سافتشينكو رافقته المستشارة.",
			[]string{"دميترو سافتشينكو"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			res := r.Recognize(tt.text, arabic.Tokens(tt.text))
			for _, m := range res.Mentions {
				if m.Label == "Person" {
					got = append(got, m.Surface)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
