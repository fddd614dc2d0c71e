package pipeline

import (
	"sort"
	"strings"
	"testing"

	"github.com/negograph/negograph/schema"
)

// TestSameRankIsOneRound: two reports of a channel's round of the same
// rank whose days differ by a misread weekday are one round; other ranks,
// or days further apart, stay apart.
func TestSameRankIsOneRound(t *testing.T) {
	const ch = "country:iran+country:united-states"
	ranked := func(art, day, ordinal string) meetingFact {
		f := fact(t, art, ch, day, "venue:muscat", "held", "talks")
		f.Ordinal = ordinal
		return f
	}
	tests := []struct {
		name   string
		facts  []meetingFact
		rounds []string
	}{
		{"the fourth round on Saturday and on Sunday",
			[]meetingFact{ranked("a1", "2025-05-10", "رابعه"), ranked("a2", "2025-05-11", "رابعه")},
			[]string{"meeting:iran-united-states-2025-05-10-muscat"}},
		{"the fourth and the fifth round a day apart",
			[]meetingFact{ranked("a1", "2025-05-10", "رابعه"), ranked("a2", "2025-05-11", "خامسه")},
			[]string{"meeting:iran-united-states-2025-05-10-muscat", "meeting:iran-united-states-2025-05-11-muscat"}},
		{"the same rank a week apart",
			[]meetingFact{ranked("a1", "2025-05-03", "رابعه"), ranked("a2", "2025-05-11", "رابعه")},
			[]string{"meeting:iran-united-states-2025-05-03-muscat", "meeting:iran-united-states-2025-05-11-muscat"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, n := range graphOf(t, tt.facts).NodesByLabel(schema.LabelMeeting) {
				got = append(got, n.ID)
			}
			sort.Strings(got)
			if strings.Join(got, "\n") != strings.Join(tt.rounds, "\n") {
				t.Errorf("rounds:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.rounds, "\n"))
			}
		})
	}
}
