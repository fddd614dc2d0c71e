package pipeline

import (
	"fmt"
	"strings"

	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// Chain bases recorded on PRECEDED_BY.
const (
	// BasisExplicit marks an edge the text states ("the first round since
	// January").
	BasisExplicit = "explicit"
	// BasisInferred marks an edge inferred from the dates of the rounds.
	BasisInferred = "inferred"
)

// emitChains links every round of a channel (the same set of parties) to
// the latest earlier round of that channel that was held; a planned round
// points to the last held round not after it. A postponed or cancelled
// round did not take place when set and is no link of the chain: the last
// held round not after it is recorded on the meeting instead ("follows",
// with "follows_reason"). A previous round the text names by its date
// takes precedence.
func emitChains(em *emitter, rounds []*round) {
	channels := map[string][]*round{}
	var keys []string
	for _, r := range rounds {
		k := strings.Join(r.parties, ",")
		if _, ok := channels[k]; !ok {
			keys = append(keys, k)
		}
		channels[k] = append(channels[k], r)
	}
	for _, k := range keys {
		ch := channels[k]
		for _, r := range ch {
			prev, basis := previous(r, ch)
			if prev == nil {
				continue
			}
			if r.status == meetings.StatusPostponed || r.status == meetings.StatusCancelled {
				em.node(r.id, schema.LabelMeeting, map[string]any{"follows": prev.id, "follows_reason": chainReason(r, prev, basis)})
				continue
			}
			props := map[string]any{
				"basis":      basis,
				"reason":     chainReason(r, prev, basis),
				"sources":    graph.UnionStrings(r.sources(), prev.sources()),
				"confidence": 0.6,
				"evidence":   []string{},
			}
			if basis == BasisExplicit {
				props["confidence"] = 0.9
				for _, f := range r.facts {
					props["evidence"] = graph.UnionStrings(props["evidence"].([]string), f.evidence.get("after"))
				}
			}
			em.roundRel(schema.RelPrecededBy, r.id, prev.id, props)
		}
	}
}

// chainReason says why r follows prev.
func chainReason(r, prev *round, basis string) string {
	if basis == BasisExplicit {
		return fmt.Sprintf("the text names the round before it: the one of %s; %s is the held round of the same sides at that date", r.after, prev.date)
	}
	if r.status != meetings.StatusHeld {
		return fmt.Sprintf("a %s round points to the latest held round of the same sides not after it (%s)", r.status, prev.when())
	}
	return fmt.Sprintf("the latest held round of the same sides before %s is the one of %s", r.when(), prev.when())
}

// previous finds the round r follows, and on what basis.
func previous(r *round, channel []*round) (*round, string) {
	var best *round
	later := func(c *round) bool {
		if best != nil && c.date == best.date && rank(c) > 0 && rank(best) > 0 {
			return rank(c) > rank(best) // "the third round" came after "the second"
		}
		return best == nil || best.when().Before(c.when()) && !c.when().Compatible(best.when()) ||
			(c.when().Compatible(best.when()) && c.when().Precision() > best.when().Precision())
	}
	if !r.after.IsZero() {
		for _, c := range channel {
			if c != r && c.status == meetings.StatusHeld && c.date.Compatible(r.after) && later(c) {
				best = c
			}
		}
		if best != nil {
			return best, BasisExplicit
		}
	}
	for _, c := range channel {
		if c == r || c.status != meetings.StatusHeld {
			continue
		}
		var ok bool
		if r.status == meetings.StatusHeld {
			ok = c.when().Before(r.when()) && !c.when().Compatible(r.when()) ||
				c.date == r.date && rank(c) > 0 && rank(c) < rank(r) // dated alike, ranked apart
		} else {
			ok = c.when().Before(r.when()) || c.when().Compatible(r.when())
		}
		if ok && later(c) {
			best = c
		}
	}
	if best == nil {
		return nil, ""
	}
	return best, BasisInferred
}

// when is the date that orders a round in its channel: the day of a
// multi-day round, else its date.
func (r *round) when() article.Date {
	if !r.day.IsZero() {
		return r.day
	}
	return r.date
}

// rank is the rank the reports give a round (the highest if they differ),
// 0 when they give none.
func rank(r *round) int {
	n := 0
	for _, o := range r.ordinals {
		n = max(n, meetings.OrdinalRank(o))
	}
	return n
}
