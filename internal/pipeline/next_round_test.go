package pipeline

import (
	"testing"
)

// TestUndatedNextRoundJoinsTheFirstRoundAfter: a plan with no date of its
// own ("موعد الجولة المقبلة سيُحدد لاحقاً") is the first round of the same
// sides after its article, even at another place; with no round within
// weeks after the article, or only rounds before it, it stays apart.
func TestUndatedNextRoundJoinsTheFirstRoundAfter(t *testing.T) {
	const ch = "country:iran+country:united-states"
	held := func(art, day, venue, pub string) meetingFact {
		return published(fact(t, art, ch, day, venue, "held", "talks"), date(t, pub))
	}
	tests := []roundCase{
		{"the next round, held eleven days later elsewhere",
			[]meetingFact{
				held("a1", "2025-05-11", "venue:muscat", "2025-05-12"),
				published(fact(t, "a2", ch, "pub:2025", "venue:muscat", "planned", "talks"), date(t, "2025-05-12")),
				held("a3", "2025-05-23", "venue:rome", "2025-05-24"),
			},
			[]string{"meeting:iran-united-states-2025-05-11-muscat [a1]", "meeting:iran-united-states-2025-05-23-rome [a2 a3]"},
			"the first round after the article"},
		{"the earlier of two later rounds",
			[]meetingFact{
				published(fact(t, "a1", ch, "pub:2025", "", "planned", "talks"), date(t, "2025-04-13")),
				held("a2", "2025-04-19", "venue:rome", "2025-04-20"),
				held("a3", "2025-04-26", "venue:muscat", "2025-04-27"),
			},
			[]string{"meeting:iran-united-states-2025-04-19-rome [a1 a2]", "meeting:iran-united-states-2025-04-26-muscat [a3]"},
			"the first round after the article"},
		{"no round within weeks",
			[]meetingFact{
				published(fact(t, "a1", ch, "pub:2025", "", "planned", "talks"), date(t, "2025-01-10")),
				held("a2", "2025-04-19", "venue:rome", "2025-04-20"),
			},
			[]string{"meeting:iran-united-states-2025-04-19-rome [a2]", "meeting:iran-united-states-2025-planned [a1]"},
			""},
		{"only a round before the article",
			[]meetingFact{
				held("a1", "2025-04-19", "venue:rome", "2025-04-20"),
				published(fact(t, "a2", ch, "pub:2025", "", "planned", "talks"), date(t, "2025-04-21")),
			},
			[]string{"meeting:iran-united-states-2025-04-19-rome [a1]", "meeting:iran-united-states-2025-planned [a2]"},
			""},
	}
	runRoundCases(t, tests)
}
