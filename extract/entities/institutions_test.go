package entities

import (
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// TestInstitutionsOfTheNamedCountry: "مجلس النواب" in an article that
// names Lebanon is the gazetteer's "مجلس النواب اللبناني" (and "المجلس
// الأعلى للدولة" the council "في العراق" where Iraq is named); with no
// country named, or with both countries of two such institutions named, it
// stays the organisation the text names.
func TestInstitutionsOfTheNamedCountry(t *testing.T) {
	known := append(placesKnown(),
		Known{ID: "org:lebanon-parliament", Label: schema.LabelOrganization, Name: "Parliament of Lebanon", NameAr: "مجلس النواب اللبناني", Country: "country:lebanon"},
		Known{ID: "org:iraq-parliament", Label: schema.LabelOrganization, Name: "Parliament of Iraq", NameAr: "مجلس النواب العراقي", Country: "country:iraq"},
		Known{ID: "org:iraq-council", Label: schema.LabelOrganization, Name: "High Council of State (Iraq)", NameAr: "المجلس الأعلى للدولة في العراق", Country: "country:iraq"})
	r := NewRecognizer(known)
	for _, tt := range []struct{ name, text, org, want string }{
		{"the adjective's institution", "بدأ الحوار في بيروت بين مجلس النواب والحكومة اللبنانية أمس.", "مجلس النواب", "org:lebanon-parliament"},
		{"the institution 'في' its country", "التقى وفد المجلس الأعلى للدولة بمسؤولين عراقيين في بغداد أمس.", "المجلس الأعلى للدولة", "org:iraq-council"},
		{"two countries named", "بدأ الحوار بين مجلس النواب والحكومة اللبنانية بحضور سفير العراق.", "مجلس النواب", "org:مجلس-النواب"},
		{"no country named", "وقال مجلس النواب إن الجلسة أرجئت.", "مجلس النواب", "org:مجلس-النواب"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := r.Recognize(tt.text, arabic.Tokens(tt.text))
			got := ""
			for _, m := range res.Mentions {
				if strings.Contains(m.Surface, tt.org) {
					got = m.EntityID
				}
			}
			if got != tt.want {
				var all []string
				for _, m := range res.Mentions {
					all = append(all, m.Surface+"="+m.EntityID)
				}
				t.Errorf("%q is %q, want %q (mentions %q)", tt.org, got, tt.want, all)
			}
		})
	}
}
