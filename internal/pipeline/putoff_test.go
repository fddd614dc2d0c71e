package pipeline

import (
	"testing"
)

// TestPostponedRoundJoinsTheHeldRound: a round planned, then postponed and
// moved, then held a few days later elsewhere is one held round, with the
// reason recorded; a postponement recalled after the fact, one far from
// any held round, one that two held rounds could be, or one whose rank
// differs stays apart.
func TestPostponedRoundJoinsTheHeldRound(t *testing.T) {
	const ch = "country:iran+country:united-states"
	held := func(art, day, venue, pub string) meetingFact {
		f := published(fact(t, art, ch, day, venue, "held", "talks"), date(t, pub))
		return f
	}
	multiDay := func(f meetingFact, month, lastDay string) meetingFact {
		f.Date, f.MultiDay = date(t, month), true
		f.editRare(func(r *factRare) { r.Day = date(t, lastDay) })
		return f
	}
	ranked := func(f meetingFact, ordinal string) meetingFact {
		f.Ordinal = ordinal
		return f
	}
	tests := []roundCase{
		{"planned in Rome, postponed and moved, held in Muscat over four days",
			[]meetingFact{
				published(fact(t, "a1", ch, "2025-08-04", "venue:rome", "planned", "talks"), date(t, "2025-07-29")),
				published(fact(t, "a2", ch, "2025-08-04", "venue:rome", "postponed", "talks"), date(t, "2025-08")),
				multiDay(held("a3", "2025-08-07", "venue:muscat", "2025-08-11"), "2025-08", "2025-08-10"),
			},
			[]string{"meeting:iran-united-states-2025-08-muscat [a1 a2 a3]"},
			"moved from rome to muscat"},
		{"postponed from a month, held in it",
			[]meetingFact{
				published(fact(t, "a1", ch, "2025-09", "venue:muscat", "postponed", "talks"), date(t, "2025-09-02")),
				held("a2", "2025-09-20", "venue:muscat", "2025-09-21"),
			},
			[]string{"meeting:iran-united-states-2025-09-20-muscat [a1 a2]"},
			"reported postponed, set for 2025-09"},
		{"postponed indefinitely, the next held round weeks later",
			[]meetingFact{
				published(fact(t, "a1", ch, "2025-09-15", "venue:muscat", "postponed", "talks"), date(t, "2025-09-10")),
				held("a2", "2025-10-20", "venue:muscat", "2025-10-21"),
			},
			[]string{"meeting:iran-united-states-2025-09-15-muscat-postponed [a1]", "meeting:iran-united-states-2025-10-20-muscat [a2]"},
			""},
		{"a postponement recalled after the held round",
			[]meetingFact{
				published(fact(t, "a1", ch, "2025-09-15", "venue:muscat", "postponed", "talks"), date(t, "2025-09-30")),
				held("a2", "2025-09-20", "venue:muscat", "2025-09-21"),
			},
			[]string{"meeting:iran-united-states-2025-09-15-muscat-postponed [a1]", "meeting:iran-united-states-2025-09-20-muscat [a2]"},
			""},
		{"two held rounds it could be",
			[]meetingFact{
				published(fact(t, "a1", ch, "2025-09-15", "", "postponed", "talks"), date(t, "2025-09-10")),
				held("a2", "2025-09-20", "venue:muscat", "2025-09-21"),
				held("a3", "2025-09-30", "venue:rome", "2025-10-01"),
			},
			[]string{"meeting:iran-united-states-2025-09-15-postponed [a1]", "meeting:iran-united-states-2025-09-20-muscat [a2]", "meeting:iran-united-states-2025-09-30-rome [a3]"},
			""},
		{"the fourth round postponed is not the fifth held",
			[]meetingFact{
				ranked(published(fact(t, "a1", ch, "2025-09-15", "venue:muscat", "postponed", "talks"), date(t, "2025-09-10")), "رابعه"),
				ranked(held("a2", "2025-09-20", "venue:muscat", "2025-09-21"), "خامسه"),
			},
			[]string{"meeting:iran-united-states-2025-09-15-muscat-postponed [a1]", "meeting:iran-united-states-2025-09-20-muscat [a2]"},
			""},
	}
	runRoundCases(t, tests)
}
