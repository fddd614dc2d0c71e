package pipeline

import (
	"sort"
	"strings"
	"testing"

	"github.com/negograph/negograph/graph"
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
		{"the same rank across the end of a short month",
			[]meetingFact{ranked("a1", "2025-02-28", "رابعه"), ranked("a2", "2025-03-02", "رابعه")},
			[]string{"meeting:iran-united-states-2025-02-28-muscat"}},
		{"the same rank a week apart",
			[]meetingFact{ranked("a1", "2025-05-03", "رابعه"), ranked("a2", "2025-05-11", "رابعه")},
			[]string{"meeting:iran-united-states-2025-05-03-muscat", "meeting:iran-united-states-2025-05-11-muscat"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectMeetingIDs(t, graphOf(t, tt.facts), tt.rounds)
		})
	}
}

// TestUndatedRecallIsTheLastRound: a held round told without a date (its
// date only the publication year) that several rounds of its channel fit
// is the latest of them held before the article, not a round of its own.
func TestUndatedRecallIsTheLastRound(t *testing.T) {
	const ch = "country:iran+country:united-states"
	held := func(art, day, venue string) meetingFact {
		return published(fact(t, art, ch, day, venue, "held", "talks"), date(t, day))
	}
	tests := []struct {
		name   string
		recall meetingFact
		rounds []string
	}{
		{"after both rounds",
			published(fact(t, "a3", ch, "pub:2025", "", "held", "talks"), date(t, "2025-04-25")),
			[]string{"meeting:iran-united-states-2025-04-12-muscat [a1]", "meeting:iran-united-states-2025-04-19-rome [a2 a3]"}},
		{"between them",
			published(fact(t, "a3", ch, "pub:2025", "", "held", "talks"), date(t, "2025-04-15")),
			[]string{"meeting:iran-united-states-2025-04-12-muscat [a1 a3]", "meeting:iran-united-states-2025-04-19-rome [a2]"}},
		{"a plan stays its own",
			published(fact(t, "a3", ch, "pub:2025", "", "planned", "talks"), date(t, "2025-04-25")),
			[]string{"meeting:iran-united-states-2025-04-12-muscat [a1]", "meeting:iran-united-states-2025-04-19-rome [a2]", "meeting:iran-united-states-2025-planned [a3]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := graphOf(t, []meetingFact{held("a1", "2025-04-12", "venue:muscat"), held("a2", "2025-04-19", "venue:rome"), tt.recall})
			got, _ := roundsOf(g)
			sort.Strings(got)
			if strings.Join(got, "\n") != strings.Join(tt.rounds, "\n") {
				t.Errorf("rounds:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.rounds, "\n"))
			}
			if tt.recall.Status == "held" {
				var reasons []string
				for _, n := range g.NodesByLabel(schema.LabelMeeting) {
					reasons = append(reasons, graph.StringsProp(n.Props, "merge_reasons")...)
				}
				if want := "a3: same sides, no date of its own, 2 rounds fit: the latest held before the article"; !strings.Contains(strings.Join(reasons, "\n"), want) {
					t.Errorf("merge reasons %q lack %q", reasons, want)
				}
			}
		})
	}
}
