package pipeline

import (
	"testing"

	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
)

// TestGuessFormat: a round of talks whose reports and channel say nothing
// of how it was held reads as indirect when brokered, direct when brokered
// in one side's own land or held with no mediator at all; a plan guesses
// nothing of its own but takes its channel's guess.
func TestGuessFormat(t *testing.T) {
	day := func(s string) article.Date { d, _ := article.ParseDate(s); return d }
	countries := map[string]string{"venue:capital-a": "country:a", "venue:third": "country:c", "org:g": "country:a"}
	countryOf := func(id string) string { return countries[id] }
	tests := []struct {
		name      string
		r         round
		format    string
		basis     string
		inherited bool
	}{
		{"brokered in a third country", round{parties: []string{"country:a", "country:b"}, brokered: true, mediators: []string{"country:c"}, venue: "venue:third"},
			meetings.FormatIndirect, basisBrokered, false},
		{"brokered in one side's capital", round{parties: []string{"country:a", "country:b"}, brokered: true, mediators: []string{"country:c"}, venue: "venue:capital-a"},
			meetings.FormatDirect, basisAtASide, false},
		{"brokered in the land of a group's country", round{parties: []string{"country:b", "org:g"}, brokered: true, mediators: []string{"country:c"}, venue: "venue:capital-a"},
			meetings.FormatDirect, basisAtASide, false},
		{"no mediator", round{parties: []string{"country:a", "country:b"}, venue: "venue:third"},
			meetings.FormatDirect, basisUnmediated, false},
		{"sponsored, not brokered: nothing to guess", round{parties: []string{"country:a", "country:b"}, mediators: []string{"country:c"}, venue: "venue:third"},
			meetings.FormatUnknown, "", false},
		{"stated by its reports", round{parties: []string{"country:a", "country:b"}, format: meetings.FormatIndirect},
			meetings.FormatIndirect, "", false},
		{"a plan after an unmediated round takes its guess", round{parties: []string{"country:a", "country:b"}, status: meetings.StatusPlanned, date: day("2024-05-01")},
			meetings.FormatDirect, basisUnmediated, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.r
			r.kind = "talks"
			if r.status == "" {
				r.status = meetings.StatusHeld
				r.date = day("2024-05-01")
			}
			if r.format == "" {
				r.format = meetings.FormatUnknown
			}
			earlier := &round{kind: "talks", parties: r.parties, status: meetings.StatusHeld, date: day("2024-01-01"), format: meetings.FormatUnknown}
			inheritFromChannel([]*round{earlier, &r}, countryOf)
			if r.format != tt.format || r.formatBasis != tt.basis || r.formatGuessed != (tt.basis != "") {
				t.Errorf("format %q basis %q guessed %v, want %q %q", r.format, r.formatBasis, r.formatGuessed, tt.format, tt.basis)
			}
			if (r.formatFrom != nil) != tt.inherited {
				t.Errorf("format inherited from %v, want inherited %v", r.formatFrom, tt.inherited)
			}
		})
	}
}
