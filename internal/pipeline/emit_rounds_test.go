package pipeline

import (
	"testing"

	"github.com/negograph/negograph/schema"
)

// TestMeetingCarriesItsPlaceNames checks the venue and venue_ar properties
// of Meeting nodes: the names of the place the meeting is HELD_IN (a city,
// or a country when no city is known), absent when no place is known or
// only candidates are, and venue_ar absent when the place has no Arabic
// name.
func TestMeetingCarriesItsPlaceNames(t *testing.T) {
	const ch = "country:iran+country:united-states"
	tests := []struct {
		name       string
		venue      string   // the fact's venue
		candidates []string // the fact's venue candidates
		want       map[string]any
	}{
		{"city", "venue:muscat", nil, map[string]any{"venue": "Muscat", "venue_ar": "مسقط"}},
		{"country only", "country:oman", nil, map[string]any{"venue": "Oman", "venue_ar": "عمان"}},
		{"no Arabic name", "venue:rome", nil, map[string]any{"venue": "Rome"}},
		{"candidates only", "", []string{"venue:muscat", "venue:rome"}, map[string]any{}},
		{"no place", "", nil, map[string]any{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fact(t, "a1", ch, "2025-04-12", tt.venue, "held", "round")
			f.editRare(func(r *factRare) { r.VenueCandidates = tt.candidates })
			ms := graphOf(t, []meetingFact{f}).NodesByLabel(schema.LabelMeeting)
			if len(ms) != 1 {
				t.Fatalf("%d meetings, want 1", len(ms))
			}
			got := map[string]any{}
			for _, k := range []string{"venue", "venue_ar"} {
				if v, ok := ms[0].Props[k]; ok {
					got[k] = v
				}
			}
			if len(got) != len(tt.want) || got["venue"] != tt.want["venue"] || got["venue_ar"] != tt.want["venue_ar"] {
				t.Errorf("meeting %s has %v, want %v", ms[0].ID, got, tt.want)
			}
			if len(tt.candidates) > 0 && ms[0].Props["venue_candidates"] == nil {
				t.Errorf("meeting %s lost its venue_candidates: %v", ms[0].ID, ms[0].Props)
			}
		})
	}
}
