package pipeline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
)

// This file joins a round reported postponed (and often moved) to the
// held round it became: "the meeting set for Monday the 4th in X was put
// off and moved to Y next week", then "the meetings that began on
// Thursday in Y ended yesterday". A round's status moves planned →
// postponed → held; the reports of those steps are one round.

// postponeFar bounds, in days, the gap between the day a postponed round
// was set for and the held round it became.
const postponeFar = 21

// mergePostponed folds a postponed round into the held round of its
// channel that followed it, when the evidence says they are one: every
// report of the postponement was published before the held round took
// place (an announcement, not a recall); the held round came after the
// day it was set for, within postponeFar days (or in the same month when
// the postponed round gives only its month); no ordinal tells them apart;
// and it is the only held round of the channel in that stretch. The place
// may differ — a postponed round is often moved — and the held round's
// place is kept, the planned one recorded among its alternatives.
func mergePostponed(rounds []*round, countryOf func(string) string) []*round {
	out := make([]*round, 0, len(rounds))
	channels := byChannel(rounds)
	for _, p := range rounds {
		into, gap := postponedInto(p, channels[strings.Join(p.parties, "\x00")])
		if into == nil {
			out = append(out, p)
			continue
		}
		moved := ""
		if p.venue != "" && into.venue != "" && !samePlace(p.venue, into.venue, countryOf) {
			moved = fmt.Sprintf(", moved from %s to %s", shortID(p.venue), shortID(into.venue))
		}
		for _, f := range p.facts {
			into.reasons = append(into.reasons, fmt.Sprintf("%s: reported %s, set for %s%s; held %d day(s) later by the same sides, the only held round of theirs in that stretch",
				f.article, f.Status, f.Date, moved, gap))
			into.add(f, countryOf)
		}
	}
	return out
}

// postponedInto returns the held round a postponed round p became, with
// the gap in days from the day p was set for, or nil (see mergePostponed).
func postponedInto(p *round, channel []*round) (*round, int) {
	if p.status != meetings.StatusPostponed || p.dateFromPub || p.date.Precision() < article.PrecisionMonth {
		return nil, 0
	}
	from := calendarDay(p.date)
	var into *round
	gap := 0
	for _, h := range channel {
		if h == p || h.status != meetings.StatusHeld || h.kind != p.kind || !slices.Equal(h.parties, p.parties) ||
			h.when().Precision() != article.PrecisionDay {
			continue
		}
		g := calendarDay(h.when()) - from
		switch {
		case g < 0:
			continue
		case p.date.Precision() == article.PrecisionDay && (g < 1 || g > postponeFar):
			continue
		case p.date.Precision() == article.PrecisionMonth && !p.date.Compatible(h.when()):
			continue
		}
		if len(p.ordinals) > 0 && len(h.ordinals) > 0 && !slices.Equal(p.ordinals, h.ordinals) {
			continue
		}
		if !reportedBefore(p, h) {
			continue
		}
		if into != nil {
			// two held rounds it could be: the one of the same rank, if
			// only one has it ("the fourth round, set for Rome on the 3rd",
			// then "a fourth round in Muscat on the 11th" beside a fifth
			// in Rome of no stated rank); else keep it apart
			if into, gap = sameRankOnly(p, into, gap, h, g); into == nil {
				return nil, 0
			}
			continue
		}
		into, gap = h, g
	}
	if into == nil || heldNear(channel, into, from, calendarDay(into.when())) && !rankedAs(p, into) {
		return nil, 0
	}
	return into, gap
}

// rankedAs reports whether the postponed round p and the held round h give
// the same rank.
func rankedAs(p, h *round) bool {
	return len(p.ordinals) > 0 && slices.Equal(p.ordinals, h.ordinals)
}

// sameRankOnly chooses between two held rounds a and b a postponed round p
// could be: the one of p's rank when the other gives none or another; nil
// when neither or both do.
func sameRankOnly(p, a *round, ga int, b *round, gb int) (*round, int) {
	switch ra, rb := rankedAs(p, a), rankedAs(p, b); {
	case ra && !rb:
		return a, ga
	case rb && !ra:
		return b, gb
	}
	return nil, 0
}
