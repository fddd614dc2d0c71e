package pipeline

import (
	"strings"

	"github.com/negograph/negograph/article"
	"github.com/negograph/negograph/extract/meetings"
)

// inheritFromChannel gives rounds the mediators and format of their
// channel when their reports do not state them, as the reading conventions
// of negotiation news want: a planned, postponed or cancelled round takes
// the mediators (when its reports name none) and the format (when unknown)
// of the held round before it in its channel; a held round whose reports
// say nothing of either takes both. Only rounds of talks inherit, from
// talks. rounds must be sorted by date, so that an inherited value passes
// down a chain.
func inheritFromChannel(rounds []*round) {
	channels := map[string][]*round{}
	for _, r := range rounds {
		k := strings.Join(r.parties, ",")
		channels[k] = append(channels[k], r)
	}
	for _, r := range rounds {
		if r.kind != "talks" {
			continue
		}
		ch := channels[strings.Join(r.parties, ",")]
		held := r.status == meetings.StatusHeld
		unknown := r.format == meetings.FormatUnknown
		if held && !(unknown && len(r.mediators) == 0) {
			continue
		}
		prev, _ := previous(r, ch)
		if prev == nil {
			// a round announced before any held one: the nearest round
			// of the channel whose own reports say how it is held
			prev = nearestStated(r, ch)
		}
		if prev == nil || prev.kind != "talks" {
			continue
		}
		if len(r.mediators) == 0 && len(prev.mediators) > 0 {
			r.mediators = append([]string(nil), prev.mediators...)
			r.mediatorsFrom = prev
		}
		if unknown && prev.format != meetings.FormatUnknown {
			r.format = prev.format
			r.formatFrom = prev
		}
	}
}

// nearestStated returns the round of the channel nearest to r in time
// whose own reports name its mediators or its format, nil if none does.
func nearestStated(r *round, channel []*round) *round {
	var best *round
	bestGap := 0
	for _, c := range channel {
		if c == r || c.kind != "talks" || c.mediatorsFrom != nil || c.formatFrom != nil ||
			len(c.mediators) == 0 && c.format == meetings.FormatUnknown {
			continue
		}
		gap := dayNumber(c.date) - dayNumber(r.date)
		if gap < 0 {
			gap = -gap
		}
		if best == nil || gap < bestGap {
			best, bestGap = c, gap
		}
	}
	return best
}

// dayNumber places a date on a day scale (a month or year at its start),
// for distances between rounds.
func dayNumber(d article.Date) int {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return d.Year*372 + m*31 + day
}
