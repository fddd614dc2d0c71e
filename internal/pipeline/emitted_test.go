package pipeline

import (
	"slices"
	"testing"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/schema"
)

// TestInheritedMediatorKeepsItsEvidence checks that the reports of a round
// whose mediator later rounds inherit are still whole when those rounds
// are emitted: emitRounds drops a round's reports once it is emitted
// (meetingFact.emitted), but not those another round's relationships
// cite. Without that exception the inherited MEDIATED_BY lose the
// sentence that states the mediator.
func TestInheritedMediatorKeepsItsEvidence(t *testing.T) {
	const ch = "country:iran+country:united-states"
	first := fact(t, "a1", ch, "2024-01-10", "venue:muscat", "held", "talks")
	first.Mediators, first.Format = []string{"country:oman"}, "indirect"
	first.published = date(t, "2024-01-11")
	later := fact(t, "a2", ch, "2024-04-02", "venue:muscat", "held", "talks")
	later.published = date(t, "2024-04-03")
	g := graphOf(t, []meetingFact{first, later})
	inherited := 0
	for _, r := range g.Rels() {
		if r.Type != schema.RelMediatedBy {
			continue
		}
		if ev := graph.StringsProp(r.Props, "evidence"); !slices.Equal(ev, []string{"sentence of a1"}) {
			t.Errorf("MEDIATED_BY %s→%s evidence %v, want the first round's sentence", r.Start, r.End, ev)
		}
		if b, _ := r.Props["inherited"].(bool); b {
			inherited++
		}
	}
	if inherited != 1 {
		t.Fatalf("%d inherited MEDIATED_BY, want 1", inherited)
	}
}
