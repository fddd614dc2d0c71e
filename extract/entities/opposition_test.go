package entities

import (
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/arabic"
)

// TestOppositions: an opposition is a side of its own — named with its
// country's adjective, or alone where the text names one government; the
// adjective it takes is no second mention of the country; the common noun
// with no government to belong to, or with two, is no entity.
func TestOppositions(t *testing.T) {
	runClassGroupCases(t, "org:opposition-", func(e *Entity) bool { return e.Label == "Organization" }, []classGroupCase{
		{"with its adjective", "وقال وفد المعارضة اللبنانية إن الجولة انتهت.",
			[]string{"المعارضة اللبنانية=org:opposition-lebanon/context"}, "المعارضة اللبنانية"},
		{"alone, beside the government", "بدأت المفاوضات بين الحكومة اللبنانية والمعارضة أمس.",
			[]string{"اللبنانية=country:lebanon/adjective", "المعارضة=org:opposition-lebanon/context"}, "المعارضة اللبنانية"},
		{"after li-", "وقدمت الحكومة العراقية مقترحا للمعارضة.",
			[]string{"العراقية=country:iraq/adjective", "للمعارضة=org:opposition-iraq/context"}, "المعارضة العراقية"},
		{"no government named", "وقالت المعارضة إن الانتخابات مزورة.", nil, ""},
		{"two governments", "والتقت الحكومة اللبنانية بالحكومة العراقية، وانتقدت المعارضة اللقاء.",
			[]string{"اللبنانية=country:lebanon/adjective", "العراقية=country:iraq/adjective"}, ""},
	})
}

// classGroupCase is a text with the mentions (surface=id/kind, in order)
// and the Arabic name of the group named by its class that it should give.
type classGroupCase struct {
	name, text string
	want       []string
	nameAr     string
}

// runClassGroupCases recognizes each case's text and checks its mentions
// and every entity whose id starts with idPrefix: its Arabic name, its
// country, and what ok says of it.
func runClassGroupCases(t *testing.T, idPrefix string, ok func(*Entity) bool, cases []classGroupCase) {
	t.Helper()
	r := NewRecognizer(placesKnown())
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			res := r.Recognize(tt.text, arabic.Tokens(tt.text))
			if got := mentionKinds(res); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("mentions %q, want %q", got, tt.want)
			}
			for id, e := range res.Entities {
				if strings.HasPrefix(id, idPrefix) && (e.NameAr != tt.nameAr || e.Country == "" || !ok(e)) {
					t.Errorf("entity %+v, want name_ar %q", e, tt.nameAr)
				}
			}
		})
	}
}

// mentionKinds describes each mention of res as surface=id/kind, in order.
func mentionKinds(res Result) []string {
	var out []string
	for _, m := range res.Mentions {
		out = append(out, m.Surface+"="+m.EntityID+"/"+string(m.Kind))
	}
	return out
}
