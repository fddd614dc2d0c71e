package pipeline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
)

// This file joins the rounds that one round's reports made apart: the
// days of a round over several days, and a plan put off by a few days.

// byChannel groups rounds by their parties.
func byChannel(rounds []*round) map[string][]*round {
	out := map[string][]*round{}
	for _, r := range rounds {
		k := strings.Join(r.parties, "\x00")
		out[k] = append(out[k], r)
	}
	return out
}

// mergeSpans folds into a round that lasted several days the rounds of
// its channel reported on one of its days: "the talks open today
// Saturday" and "the ministers meet today Sunday" are the days of one
// three-day round. Reports are placed most precise first, so a day's
// report can make a round before the report that gives the span arrives.
func mergeSpans(rounds []*round, countryOf func(string) string) []*round {
	out := make([]*round, 0, len(rounds))
	merged := map[*round]bool{}
	channels := byChannel(rounds)
	for _, span := range rounds {
		if !span.multiDay || merged[span] {
			continue
		}
		for _, r := range channels[strings.Join(span.parties, "\x00")] {
			if r == span || merged[r] || r.status != span.status || r.kind != span.kind || !slices.Equal(r.parties, span.parties) ||
				!span.date.Compatible(r.date) || r.dateFromPub {
				continue
			}
			rd, sd := r.when(), span.when()
			if rd.Precision() != article.PrecisionDay || sd.Precision() != article.PrecisionDay || abs(dayNumber(rd)-dayNumber(sd)) > spanReach {
				continue
			}
			if r.venue != "" && span.venue != "" && !samePlace(r.venue, span.venue, countryOf) {
				continue
			}
			if len(r.ordinals) > 0 && len(span.ordinals) > 0 && !slices.Equal(r.ordinals, span.ordinals) {
				continue
			}
			for _, f := range r.facts {
				span.reasons = append(span.reasons, fmt.Sprintf("%s: its report of %s is a day of a round over several days (%s)", f.article, f.when(), span.date))
				span.add(f, countryOf)
			}
			merged[r] = true
		}
	}
	for _, r := range rounds {
		if !merged[r] {
			out = append(out, r)
		}
	}
	return out
}

// Slipped rounds: a plan and the held round it became.
const (
	// slipClose is the gap in days within which a plan and a held round of
	// its channel at a compatible place are one round put off ("a day after
	// its original Thursday date") whatever else the channel holds.
	slipClose = 3
	// slipFar bounds the gap of a plan reported held later ("announced for
	// Saturday", then "under way" a week after): one round only when the
	// channel holds no other round that near either side of the plan.
	slipFar = 10
)

// mergeSlipped folds a planned round into the held round of its channel
// that took place after the planned day at a compatible place, when no
// ordinal tells them apart: the same round, put off or reported while
// under way. Within slipClose days the held round must be the only
// candidate; up to slipFar days the plan must be alone in its stretch of
// the channel too — no other held round within the gap before the planned
// day or between it and the held one, so that a channel meeting every week
// keeps its rounds. The planned day stays among the round's alternatives.
func mergeSlipped(rounds []*round, countryOf func(string) string) []*round {
	out := make([]*round, 0, len(rounds))
	channels := byChannel(rounds)
	for _, p := range rounds {
		if p.status != meetings.StatusPlanned || p.dateFromPub || p.date.Precision() != article.PrecisionDay {
			out = append(out, p)
			continue
		}
		ch := channels[strings.Join(p.parties, "\x00")]
		var into *round
		n := 0
		for _, h := range ch {
			if h == p || h.status != meetings.StatusHeld || h.kind != p.kind || !slices.Equal(h.parties, p.parties) ||
				h.when().Precision() != article.PrecisionDay {
				continue
			}
			gap := calendarDay(h.when()) - calendarDay(p.date)
			if gap < 1 || gap > slipFar || p.venue != "" && h.venue != "" && !samePlace(p.venue, h.venue, countryOf) {
				continue
			}
			if len(p.ordinals) > 0 && len(h.ordinals) > 0 && !slices.Equal(p.ordinals, h.ordinals) {
				continue
			}
			if gap > slipClose && (!reportedBefore(p, h) || heldNear(ch, h, calendarDay(p.date)-gap, calendarDay(h.when()))) {
				continue
			}
			into, n = h, n+1
		}
		if n != 1 {
			out = append(out, p)
			continue
		}
		gap := calendarDay(into.when()) - calendarDay(p.date)
		for _, f := range p.facts {
			into.reasons = append(into.reasons, fmt.Sprintf("%s: planned for %s, held %d day(s) later by the same sides at a compatible place, no other round of theirs that near", f.article, f.Date, gap))
			into.add(f, countryOf)
			into.alternatives = appendUnique(into.alternatives, fmt.Sprintf("date=%s (%s)", f.Date, f.article))
		}
		if gap > slipClose {
			spanFrom(into, p.date)
		}
	}
	return out
}

// reportedBefore reports whether every report of the plan p was published
// before the held round h took place: an announcement, not a recall.
func reportedBefore(p, h *round) bool {
	for _, f := range p.facts {
		if f.published.IsZero() || !f.published.Before(h.when()) {
			return false
		}
	}
	return true
}

// heldNear reports whether the channel holds a round other than h, held
// (or reported on a day) within the days [from, to).
func heldNear(channel []*round, h *round, from, to int) bool {
	for _, c := range channel {
		if c == h || c.status != meetings.StatusHeld || c.when().Precision() < article.PrecisionDay {
			continue
		}
		if d := calendarDay(c.when()); d >= from && d < to {
			return true
		}
	}
	return false
}

// joinReason says why a report joined a round: what they share.
func joinReason(r *round, f *meetingFact, candidates int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: same sides", f.article)
	switch {
	case f.DateFromPublication:
		b.WriteString(", no date of its own")
	case f.Date == r.date:
		fmt.Fprintf(&b, ", same date %s", f.Date)
	default:
		fmt.Fprintf(&b, ", date %s fits %s", f.Date, r.date)
	}
	if f.Venue != "" && r.venue != "" {
		fmt.Fprintf(&b, ", place %s fits %s", shortID(f.Venue), shortID(r.venue))
	}
	if f.Ordinal != "" && slices.Contains(r.ordinals, f.Ordinal) {
		fmt.Fprintf(&b, ", same rank (%s)", f.Ordinal)
	}
	if f.Status != r.status {
		fmt.Fprintf(&b, ", status %s after %s", f.Status, r.status)
	}
	if candidates > 1 {
		fmt.Fprintf(&b, "; best of %d rounds it could be", candidates)
	}
	return b.String()
}

// calendarDay numbers the days of the calendar: the difference of two
// numbers is the days between the dates.
func calendarDay(d article.Date) int {
	return int(d.Time().Unix() / 86400)
}

// spanFrom dates a round reported under way a while after the day it was
// planned for as a round over those days: by the month they share, or the
// year ("announced for 29 June, the most productive round so far on 6
// July"); the later day orders it in its channel.
func spanFrom(r *round, start article.Date) {
	end := r.when()
	if r.day.IsZero() {
		r.day = end
	}
	r.multiDay = true
	r.spanStart = start
	r.date = commonPeriod(start, end)
}

// commonPeriod returns the month, or else the year, that holds both a and
// b (b itself when they share neither).
func commonPeriod(a, b article.Date) article.Date {
	switch {
	case a.Year != b.Year:
		return b
	case a.Month == b.Month && b.Precision() >= article.PrecisionMonth:
		return b.Truncate(article.PrecisionMonth)
	}
	return b.Truncate(article.PrecisionYear)
}

// spanReach is the most days a report of one day may lie from the day a
// round over several days is dated by: a round "of five days" reported on
// its last day ("في ختام مشاورات امتدت خمسة أيام") and on the day the
// delegation arrived are six days apart at most.
const spanReach = 6
