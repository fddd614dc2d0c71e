package pipeline

import "testing"

// TestSpanReachesItsFirstDays: a round "of five days" reported on its last
// day takes in a report of the day it began (the delegation's arrival),
// up to six days before; a report a week before stays a round of its own.
func TestSpanReachesItsFirstDays(t *testing.T) {
	const ch = "country:iran+country:united-states"
	spanned := func(art, day, venue string) meetingFact {
		f := fact(t, art, ch, day[:7], venue, "held", "talks")
		f.MultiDay = true
		f.editRare(func(r *factRare) { r.Day = date(t, day) })
		return f
	}
	day := func(art, d, venue string) meetingFact {
		return fact(t, art, ch, d, venue, "held", "talks")
	}
	tests := []struct {
		name   string
		facts  []meetingFact
		rounds []string
	}{
		{"arrival five days before the last day",
			[]meetingFact{spanned("a1", "2025-09-19", "venue:muscat"), day("a2", "2025-09-14", "")},
			[]string{"meeting:iran-united-states-2025-09-muscat"}},
		{"arrival six days before the last day",
			[]meetingFact{spanned("a1", "2025-09-19", "venue:muscat"), day("a2", "2025-09-13", "venue:muscat")},
			[]string{"meeting:iran-united-states-2025-09-muscat"}},
		{"a meeting a week before is another",
			[]meetingFact{spanned("a1", "2025-09-19", "venue:muscat"), day("a2", "2025-09-11", "venue:muscat")},
			[]string{"meeting:iran-united-states-2025-09-11-muscat", "meeting:iran-united-states-2025-09-muscat"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectMeetingIDs(t, graphOf(t, tt.facts), tt.rounds)
		})
	}
}
