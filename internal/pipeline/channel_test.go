package pipeline

import (
	"sort"
	"strings"
	"testing"

	"github.com/negograph/negograph/schema"
)

// TestChannelIsThePartiesWithoutTheMediators: a report that tells the
// mediator as a third side is a round of the two sides — by its own
// mediators, or by the mediators other reports name for the channel — and
// joins their round and chain, with the reason recorded; two sides alone
// stay a channel of their own.
func TestChannelIsThePartiesWithoutTheMediators(t *testing.T) {
	const us, ir, om = "country:united-states", "country:iran", "country:oman"
	mediated := func(f meetingFact, m ...string) meetingFact {
		f.Mediators = m
		return f
	}
	tests := []struct {
		name   string
		facts  []meetingFact
		rounds []string
		chain  []string
		reason string
	}{
		{"the mediator told as a side joins the round of the two sides",
			[]meetingFact{
				mediated(fact(t, "a1", ir+"+"+us, "2025-04-12", "venue:muscat", "held", "talks"), om),
				fact(t, "a2", ir+"+"+om+"+"+us, "2025-04-12", "venue:muscat", "held", "talks"),
			},
			[]string{"meeting:iran-united-states-2025-04-12-muscat [a1 a2]"}, nil,
			"a2: oman not a side of the channel (other reports name it a mediator of the talks of the others): iran-united-states"},
		{"a report naming the same country side and mediator",
			[]meetingFact{
				mediated(fact(t, "a1", ir+"+"+us, "2025-04-12", "venue:muscat", "held", "talks"), om),
				mediated(fact(t, "a2", ir+"+"+om+"+"+us, "2025-04-26", "venue:muscat", "held", "talks"), om),
			},
			[]string{"meeting:iran-united-states-2025-04-12-muscat [a1]", "meeting:iran-united-states-2025-04-26-muscat [a2]"},
			[]string{"meeting:iran-united-states-2025-04-26-muscat -> meeting:iran-united-states-2025-04-12-muscat"},
			"its own report names it a mediator"},
		{"two sides stay a channel of their own",
			[]meetingFact{
				mediated(fact(t, "a1", ir+"+"+us, "2025-04-12", "venue:muscat", "held", "talks"), om),
				fact(t, "a2", ir+"+"+om, "2025-04-13", "venue:muscat", "held", "talks"),
			},
			[]string{"meeting:iran-oman-2025-04-13-muscat [a2]", "meeting:iran-united-states-2025-04-12-muscat [a1]"}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := graphOf(t, tt.facts)
			rounds, reasons := roundsOf(g)
			var chain []string
			for _, r := range g.Rels() {
				if r.Type == schema.RelPrecededBy {
					chain = append(chain, r.Start+" -> "+r.End)
				}
			}
			sort.Strings(rounds)
			if got, want := strings.Join(rounds, "\n"), strings.Join(tt.rounds, "\n"); got != want {
				t.Errorf("rounds:\n%s\nwant\n%s", got, want)
			}
			if got, want := strings.Join(chain, "\n"), strings.Join(tt.chain, "\n"); got != want {
				t.Errorf("chain:\n%s\nwant\n%s", got, want)
			}
			if tt.reason != "" && !strings.Contains(reasons, tt.reason) {
				t.Errorf("merge reasons %q lack %q", reasons, tt.reason)
			}
		})
	}
}
