package pipeline

import "testing"

// TestSomeSidesOfTheSameRound: a report that names only some of the sides
// of a round of more ("talks between Iran and the United States" of the
// three-sided fifth round) joins it when the rank or the day says it is
// the same round; another rank, or a round two larger ones could be, stays
// apart.
func TestSomeSidesOfTheSameRound(t *testing.T) {
	const three, two = "country:iran+country:oman+country:united-states", "country:iran+country:united-states"
	ranked := func(f meetingFact, ordinal string) meetingFact {
		f.Ordinal = ordinal
		return f
	}
	held := func(art, parties, day string) meetingFact {
		return published(fact(t, art, parties, day, "venue:rome", "held", "talks"), date(t, "2025-06-15"))
	}
	runRoundCases(t, []roundCase{
		{name: "the same rank",
			facts: []meetingFact{
				ranked(held("a1", three, "2025-05-11"), "خامسه"),
				ranked(held("a2", two, "2025-05"), "خامسه"),
			},
			rounds: []string{"meeting:iran-oman-united-states-2025-05-11-rome [a1 a2]"},
			reason: "some of the sides of the same round (same rank (خامسه))"},
		{name: "the same day",
			facts: []meetingFact{
				held("a1", three, "2025-05-11"),
				held("a2", two, "2025-05-11"),
			},
			rounds: []string{"meeting:iran-oman-united-states-2025-05-11-rome [a1 a2]"},
			reason: "same day 2025-05-11"},
		{name: "another rank",
			facts: []meetingFact{
				ranked(held("a1", three, "2025-05-11"), "خامسه"),
				ranked(held("a2", two, "2025-05"), "رابعه"),
			},
			rounds: []string{"meeting:iran-oman-united-states-2025-05-11-rome [a1]", "meeting:iran-united-states-2025-05-rome [a2]"}},
	})
}
