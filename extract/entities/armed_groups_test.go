package entities

import (
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/arabic"
)

// TestArmedGroups: the armed movements of a country named by their class
// ("والحركات المسلحة", "والحركات السياسية العسكرية المعارضة") are one
// Organization of its country — the country by its adjective after them or
// by the one government the text names, "الحكومة الانتقالية في X" too —
// known by the phrase; groups not called armed, or with no government to
// face, are none.
func TestArmedGroups(t *testing.T) {
	r := NewRecognizer(placesKnown())
	for _, tt := range []struct {
		name, text string
		want       []string // surface=id/kind, in order
		nameAr     string   // of the armed movements' entity
	}{
		{"beside the government", "بدأت المفاوضات بين الحكومة اللبنانية والحركات المسلحة أمس.",
			[]string{"اللبنانية=country:lebanon/adjective", "الحركات المسلحة=org:armed-movements-lebanon/context"}, "الحركات المسلحة اللبنانية"},
		{"two qualifiers, the government in a country", "بدأت المفاوضات بين الحكومة الانتقالية في العراق والحركات السياسية العسكرية أمس.",
			[]string{"العراق=country:iraq/name", "الحركات السياسية العسكرية=org:armed-movements-iraq/context"}, "الحركات السياسية العسكرية العراقية"},
		{"with its adjective", "وقال ممثل الفصائل المسلحة اللبنانية إن الجولة انتهت.",
			[]string{"الفصائل المسلحة اللبنانية=org:armed-movements-lebanon/context"}, "الفصائل المسلحة اللبنانية"},
		{"not called armed", "بدأت المفاوضات بين الحكومة اللبنانية والحركات السياسية أمس.",
			[]string{"اللبنانية=country:lebanon/adjective"}, ""},
		{"no government", "وقالت الحركات المسلحة إن الهدنة انتهت.", nil, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := r.Recognize(tt.text, arabic.Tokens(tt.text))
			got := mentionKinds(res)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("mentions %q, want %q", got, tt.want)
			}
			for id, e := range res.Entities {
				if strings.HasPrefix(id, "org:armed-movements-") && (e.NameAr != tt.nameAr || e.Country == "" || len(e.Aliases) != 1) {
					t.Errorf("entity %+v, want name_ar %q", e, tt.nameAr)
				}
			}
		})
	}
}
