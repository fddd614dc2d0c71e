package pipeline

import (
	"testing"

	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
)

// TestGuessFormat: a held round of talks whose reports and channel say
// nothing of how it was held reads as direct, mediated or not (indirect
// talks are reported as such); a plan guesses nothing of its own but takes
// its channel's guess, and a format the reports state stands.
func TestGuessFormat(t *testing.T) {
	day := func(s string) article.Date { d, _ := article.ParseDate(s); return d }
	tests := []struct {
		name      string
		r         round
		format    string
		basis     string
		inherited bool
	}{
		{"mediated in a third country", round{parties: []string{"country:a", "country:b"}, mediators: []string{"country:c"}, venue: "venue:third"},
			meetings.FormatDirect, basisMediated, false},
		{"no mediator", round{parties: []string{"country:a", "country:b"}, venue: "venue:third"},
			meetings.FormatDirect, basisUnmediated, false},
		{"one side only: nothing to guess", round{parties: []string{"country:a"}, mediators: []string{"country:c"}},
			meetings.FormatUnknown, "", false},
		{"stated by its reports", round{parties: []string{"country:a", "country:b"}, mediators: []string{"country:c"}, format: meetings.FormatIndirect},
			meetings.FormatIndirect, "", false},
		{"a plan after an unmediated round takes its guess", round{parties: []string{"country:a", "country:b"}, status: meetings.StatusPlanned, date: day("2024-05-01")},
			meetings.FormatDirect, basisUnmediated, true},
		{"a plan after a mediated round takes its guess", round{parties: []string{"country:a", "country:b"}, mediators: []string{"country:c"}, status: meetings.StatusPlanned, date: day("2024-05-01")},
			meetings.FormatDirect, basisMediated, true},
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
			inheritFromChannel([]*round{earlier, &r})
			if r.format != tt.format || r.formatBasis != tt.basis || r.formatGuessed != (tt.basis != "") {
				t.Errorf("format %q basis %q guessed %v, want %q %q", r.format, r.formatBasis, r.formatGuessed, tt.format, tt.basis)
			}
			if (r.formatFrom != nil) != tt.inherited {
				t.Errorf("format inherited from %v, want inherited %v", r.formatFrom, tt.inherited)
			}
		})
	}
}
