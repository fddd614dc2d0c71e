package entities

import (
	"strings"
	"testing"
)

// TestGroupAnaphora: "الجماعة" points back to the last organisation of the
// article the gazetteer names as a group, by whichever name the article
// gave it; not before one is named, not to an organisation that is no
// group, and not when a word of its own follows it.
func TestGroupAnaphora(t *testing.T) {
	r := NewRecognizer(append(orgNamesKnown(),
		Known{ID: "org:dawn-group", Label: "Organization", Name: "Dawn Group", NameAr: "الفجريون", Aliases: []string{"الفجريين", "جماعة الفجر"}},
		Known{ID: "org:river-party", Label: "Organization", Name: "River Party", NameAr: "حزب النهر"},
	))
	for _, tt := range []struct {
		name, text string
		want       []string // surface=id, organisations only, in order
	}{
		{"talks with the group's leaders", "وصل وفد جماعة الفجر إلى الدوحة، وأجرى محادثات مع قادة الجماعة.",
			[]string{"جماعة الفجر=org:dawn-group", "الجماعة=org:dawn-group"}},
		{"named by another alias", "والتقى الوسيط وفدا من الفجريين. وقال مصدر في الجماعة إن اللقاء مفيد.",
			[]string{"الفجريين=org:dawn-group", "الجماعة=org:dawn-group"}},
		{"with a preposition written on it", "وبثت قناة تابعة للجماعة صورا لوفد الفجريين، ثم قالت قناة تابعة للجماعة إن الوفد عاد.",
			[]string{"الفجريين=org:dawn-group", "للجماعة=org:dawn-group"}},
		{"a name of its own", "وقال الفجريون إن الجماعة الإسلامية لم تشارك.",
			[]string{"الفجريون=org:dawn-group"}},
		{"no group named before", "وقال مصدر في الجماعة إن الوفد سيصل غدا.", nil},
		{"an organisation that is no group", "وقال حزب النهر إن الجماعة لم تشارك.",
			[]string{"حزب النهر=org:river-party"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := labelMentions(r, tt.text, "Organization")
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("mentions %q, want %q", got, tt.want)
			}
		})
	}
}
