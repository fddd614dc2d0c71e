package entities

import (
	"strings"
	"testing"
)

// TestBreakawayRegions: a region the article calls separatist ("إقليم X
// الانفصالي") is an organisation, and its name alone later names it; a
// region no word calls separatist is none.
func TestBreakawayRegions(t *testing.T) {
	r := NewRecognizer(placesKnown())
	for _, tt := range []struct {
		name, text string
		want       []string // surface=id of the organisation mentions
	}{
		{"named, then alone",
			"والتقى مسؤول لبناني ممثل سلطات إقليم وادي الصخر الانفصالي أمس. وقالت سلطات وادي الصخر إن اللقاء مفيد.",
			[]string{"وادي الصخر=org:وادي-الصخر", "وادي الصخر=org:وادي-الصخر"}},
		{"one word, with a conjunction later",
			"وبحث الجانبان وضع إقليم زاغوريا الانفصالي، وأكدت بيروت وزاغوريا التزامهما.",
			[]string{"زاغوريا=org:زاغوريا", "زاغوريا=org:زاغوريا"}},
		{"no separatist word",
			"وزار الوفد إقليم زاغوريا أمس.",
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
