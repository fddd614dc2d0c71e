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

// TestGroupOfASidesCountry: a report that names, beside a country's
// side, a group of that country ("بين الولايات المتحدة وحكومة الحرس
// الإيرانية") is the round another report tells between the countries
// alone, when both place it at the same place with statuses of one
// round; the round keeps the countries' sides, its channel's. A group of
// another country, or another place, stays apart.
func TestGroupOfASidesCountry(t *testing.T) {
	const withGroup, two = "country:iran+country:united-states+org:irgc", "country:iran+country:united-states"
	at := func(art, parties, day, venue, status string) meetingFact {
		return published(fact(t, art, parties, day, venue, status, "talks"), date(t, "2025-06-15"))
	}
	runRoundCases(t, []roundCase{
		{name: "the same place and month",
			facts: []meetingFact{
				at("a1", withGroup, "2025-05-11", "venue:rome", "held"),
				at("a2", two, "2025-05", "venue:rome", "held"),
			},
			rounds: []string{"meeting:iran-united-states-2025-05-11-rome [a1 a2]"},
			reason: "the other side a group of a side's country"},
		{name: "a plan carried out",
			facts: []meetingFact{
				at("a1", withGroup, "2025-05", "venue:rome", "held"),
				at("a2", two, "2025-05-11", "venue:rome", "planned"),
			},
			rounds: []string{"meeting:iran-united-states-2025-05-11-rome [a1 a2]"}},
		{name: "another place",
			facts: []meetingFact{
				at("a1", withGroup, "2025-05-11", "venue:rome", "held"),
				at("a2", two, "2025-05", "venue:muscat", "held"),
			},
			rounds: []string{"meeting:iran-united-states-2025-05-muscat [a2]", "meeting:iran-united-states-irgc-2025-05-11-rome [a1]"}},
		{name: "a group of another country",
			facts: []meetingFact{
				at("a1", "country:iran+country:united-states+org:hezbollah", "2025-05-11", "venue:rome", "held"),
				at("a2", two, "2025-05", "venue:rome", "held"),
			},
			rounds: []string{"meeting:iran-united-states-2025-05-rome [a2]", "meeting:iran-united-states-hezbollah-2025-05-11-rome [a1]"}},
	})
}
