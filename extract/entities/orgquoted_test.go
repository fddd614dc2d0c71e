package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/arabic"
)

// TestQuotedOrgNames: a group named by a quoted name after its class noun
// or after "المعروف بـ", the same quoted name alone later in the article,
// a short form dropping middle words of the full name, and a union named
// without the article all name one group each; "الاتحاد" with the article
// and a quoted party inside a person's title are left alone.
func TestQuotedOrgNames(t *testing.T) {
	r := NewRecognizer(placesKnown())
	for _, tt := range []struct {
		name, text string
		want       []string // surface=id of the organisation mentions, in order
	}{
		{"after its class noun, then alone",
			"ووقع الجيش وتحالف \"الميثاق\" اتفاقاً أمس. وقال المتحدث باسم \"الميثاق\" إن الاتفاق نهائي.",
			[]string{"الميثاق=org:ميثاق", "الميثاق=org:ميثاق"}},
		{"known as",
			"ووقع الجيش وتحالف الفصائل المسلحة المعروف بـ\"الميثاق\" اتفاقاً أمس، ووقع عن \"الميثاق\" المتحدث باسمه.",
			[]string{"تحالف الفصائل=org:ميثاق", "الميثاق=org:ميثاق", "الميثاق=org:ميثاق"}},
		{"a short form",
			"وأعلنت تنسيقية حركات الشمال أمس موافقتها، وقالت تنسيقية الشمال إن الاتفاق مقبول.",
			[]string{"تنسيقية حركات الشمال=org:تنسيقيه-حركات-الشمال", "تنسيقية الشمال=org:تنسيقيه-حركات-الشمال"}},
		{"a union without the article",
			"وشارك في الحوار اتحاد قوى التغيير وعدد من الفصائل.",
			[]string{"اتحاد قوى التغيير=org:اتحاد-قوي-التغيير"}},
		{"a union with the article",
			"وتفكك الاتحاد السوفيتي قبل عقود.",
			nil},
		{"a quoted party in a title",
			"وقال رئيس الكتلة البرلمانية لحزب \"النهضة الجديدة\" بيترو مازور إن الوفد جاهز.",
			nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := labelMentions(r, tt.text, "Organization")
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("organisations %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAmbiguousCountryAdjective: the adjective of a country whose name is
// also a common word ("مالي", financial) names it after a noun of the
// state, not after other nouns.
func TestAmbiguousCountryAdjective(t *testing.T) {
	known := append(placesKnown(), Known{ID: "country:mali", Label: "Country", Name: "Mali", NameAr: "جمهورية مالي", AmbiguousAliases: []string{"مالي"}})
	r := NewRecognizer(known)
	for _, tt := range []struct {
		text string
		mali bool
	}{
		{"وقالت الحكومة المالية إن الاتفاق نهائي.", true},
		{"وانتشر الجيش المالي في الشمال.", true},
		{"وتحدث الوزير عن الجانب المالي من الاتفاق.", false},
		{"وتعاني البلاد من الأزمة المالية.", false},
	} {
		res := r.Recognize(tt.text, arabic.Tokens(tt.text))
		var ids []string
		for _, m := range res.Mentions {
			ids = append(ids, m.EntityID)
		}
		if got := slices.Contains(ids, "country:mali"); got != tt.mali {
			t.Errorf("%s: mentions %v, Mali named %v, want %v", tt.text, ids, got, tt.mali)
		}
	}
}
