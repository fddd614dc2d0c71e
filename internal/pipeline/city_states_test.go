package pipeline

import (
	"slices"
	"testing"

	"github.com/negograph/negograph/schema"
)

// TestCityStateVenue: places of talks the gazetteer knows by their Arabic
// names (a resort, a border meeting point, a town of the Sahara); a round
// held "في الكويت" or "في جيبوتي" was held in
// the capital that bears the state's name, a Venue; a round held in a
// country whose capital has another name stays in the country.
func TestCityStateVenue(t *testing.T) {
	for _, tt := range []struct {
		name, text, venue string
	}{
		{"Kuwait", "عقدت إيران والسعودية أمس في الكويت جولة جديدة من المحادثات.", "venue:kuwait-city"},
		{"Djibouti", "عقدت إثيوبيا وإريتريا أمس في جيبوتي جولة جديدة من المحادثات.", "venue:djibouti-city"},
		{"Mexico City as Arabic news writes it (مكسيكو)", "عقدت إيران والسعودية أمس في مكسيكو جولة جديدة من المحادثات.", "venue:mexico-city"},
		{"a Swiss resort", "عقدت إيران والسعودية أمس في كرانس مونتانا جولة جديدة من المحادثات.", "venue:crans-montana"},
		{"a border meeting point", "عقدت الهند والصين أمس في تشوشول-مولدو جولة جديدة من المحادثات.", "venue:chushul-moldo"},
		{"a town of the Sahara", "عقدت الجزائر والمغرب أمس في تندوف جولة جديدة من المحادثات.", "venue:tindouf"},
		{"another name", "عقدت إيران والسعودية أمس في العراق جولة جديدة من المحادثات.", "country:iraq"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := buildTexts(t, map[string]dated{"a.txt": {tt.text, "2024-03-12"}})
			var venues []string
			for _, r := range g.Rels() {
				if r.Type == schema.RelHeldIn {
					venues = append(venues, r.End)
				}
			}
			if !slices.Equal(venues, []string{tt.venue}) {
				t.Errorf("held in %v, want %s", venues, tt.venue)
			}
		})
	}
}
