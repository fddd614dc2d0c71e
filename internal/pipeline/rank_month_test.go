package pipeline

import (
	"testing"
)

// TestSameRankSameMonthIsOneRound: two reports of a round of several days
// dated to one month, one counting from its first day and one from its
// last, are one round when they give it the same rank; other ranks, or no
// rank, stay apart.
func TestSameRankSameMonthIsOneRound(t *testing.T) {
	const ch = "country:iran+country:united-states"
	spanned := func(art, day, venue, ordinal string) meetingFact {
		f := fact(t, art, ch, day[:7], venue, "held", "talks")
		f.MultiDay, f.Ordinal = true, ordinal
		f.editRare(func(r *factRare) { r.Day = date(t, day) })
		return f
	}
	tests := []struct {
		name   string
		facts  []meetingFact
		rounds []string
	}{
		{"the sixth round from its first and its last day",
			[]meetingFact{spanned("a1", "2021-06-12", "venue:muscat", "سادسه"), spanned("a2", "2021-06-20", "", "سادسه")},
			[]string{"meeting:iran-united-states-2021-06-muscat"}},
		{"the second round begun and ended, both placed",
			[]meetingFact{spanned("a1", "2025-04-03", "venue:muscat", "ثانيه"), spanned("a2", "2025-04-14", "venue:muscat", "ثانيه")},
			[]string{"meeting:iran-united-states-2025-04-muscat"}},
		{"the fifth and the sixth round in one month",
			[]meetingFact{spanned("a1", "2021-06-02", "venue:muscat", "خامسه"), spanned("a2", "2021-06-20", "venue:muscat", "سادسه")},
			[]string{"meeting:iran-united-states-2021-06-muscat", "meeting:iran-united-states-2021-06-muscat-2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectMeetingIDs(t, graphOf(t, tt.facts), tt.rounds)
		})
	}
}
