package pipeline

import (
	"testing"

	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
)

// TestInheritVenues: a held round told without a place takes the standing
// place of its channel only when two other held rounds are told held there
// and no round of the channel is told anywhere else.
func TestInheritVenues(t *testing.T) {
	day := func(s string) article.Date { d, _ := article.ParseDate(s); return d }
	held := func(date, venue string, candidates ...string) *round {
		return &round{kind: "talks", parties: []string{"a", "b"}, status: meetings.StatusHeld, date: day(date), venue: venue, candidates: candidates}
	}
	tests := []struct {
		name   string
		others []*round
		want   string
	}{
		{"a standing place", []*round{held("2024-02-01", "venue:x"), held("2024-03-01", "venue:x")}, "venue:x"},
		{"one round only", []*round{held("2024-02-01", "venue:x")}, ""},
		{"two places", []*round{held("2024-02-01", "venue:x"), held("2024-03-01", "venue:x"), held("2024-04-01", "venue:y")}, ""},
		{"a hesitant text", []*round{held("2024-02-01", "venue:x"), held("2024-03-01", "venue:x"), held("2024-04-01", "", "venue:x", "venue:y")}, ""},
		{"a plan elsewhere", []*round{held("2024-02-01", "venue:x"), held("2024-03-01", "venue:x"),
			{kind: "talks", parties: []string{"a", "b"}, status: meetings.StatusPlanned, date: day("2024-05-01"), venue: "venue:y"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := held("2024-01-10", "")
			inheritVenues(append([]*round{r}, tt.others...))
			if r.venue != tt.want {
				t.Errorf("venue %q, want %q", r.venue, tt.want)
			}
			if tt.want != "" && r.venueFrom != tt.others[0] {
				t.Errorf("inherited from %v, want the nearest round", r.venueFrom)
			}
		})
	}
}
