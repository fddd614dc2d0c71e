package pipeline

import (
	"sort"
	"strings"
	"testing"
)

// TestPostponedRoundJoinsTheOneOfItsRank: a postponed round that two held
// rounds could be joins the one of its rank when the other gives none
// (set for Rome on the 3rd, then "a fourth round in Muscat on the 11th"
// beside the round in Rome on the 23rd); with no rank, or the same rank on
// neither, it stays apart.
func TestPostponedRoundJoinsTheOneOfItsRank(t *testing.T) {
	const ch = "country:iran+country:united-states"
	ranked := func(f meetingFact, ordinal string) meetingFact {
		f.Ordinal = ordinal
		return f
	}
	held := func(art, day, venue, pub string) meetingFact {
		return published(fact(t, art, ch, day, venue, "held", "talks"), date(t, pub))
	}
	postponed := func(art, day, venue, pub string) meetingFact {
		return published(fact(t, art, ch, day, venue, "postponed", "talks"), date(t, pub))
	}
	tests := []struct {
		name   string
		facts  []meetingFact
		rounds []string
	}{
		{"the fourth postponed in Rome, the fourth held in Muscat, an unranked one in Rome",
			[]meetingFact{
				ranked(postponed("a1", "2025-05-03", "venue:rome", "2025-05-02"), "رابعه"),
				ranked(held("a2", "2025-05-11", "venue:muscat", "2025-06-15"), "رابعه"),
				held("a2", "2025-05-23", "venue:rome", "2025-06-15"),
			},
			[]string{"meeting:iran-united-states-2025-05-11-muscat [a1 a2]", "meeting:iran-united-states-2025-05-23-rome [a2]"}},
		{"the unranked one comes first",
			[]meetingFact{
				ranked(postponed("a1", "2025-05-03", "venue:rome", "2025-05-02"), "خامسه"),
				held("a2", "2025-05-11", "venue:muscat", "2025-06-15"),
				ranked(held("a3", "2025-05-23", "venue:rome", "2025-06-15"), "خامسه"),
			},
			[]string{"meeting:iran-united-states-2025-05-11-muscat [a2]", "meeting:iran-united-states-2025-05-23-rome [a1 a3]"}},
		{"no rank on the postponed round",
			[]meetingFact{
				postponed("a1", "2025-05-03", "venue:rome", "2025-05-02"),
				ranked(held("a2", "2025-05-11", "venue:muscat", "2025-06-15"), "رابعه"),
				held("a2", "2025-05-23", "venue:rome", "2025-06-15"),
			},
			[]string{"meeting:iran-united-states-2025-05-03-rome-postponed [a1]", "meeting:iran-united-states-2025-05-11-muscat [a2]", "meeting:iran-united-states-2025-05-23-rome [a2]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rounds, _ := roundsOf(graphOf(t, tt.facts))
			sort.Strings(rounds)
			if got, want := strings.Join(rounds, "\n"), strings.Join(tt.rounds, "\n"); got != want {
				t.Errorf("rounds:\n%s\nwant\n%s", got, want)
			}
		})
	}
}
