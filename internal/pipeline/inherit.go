package pipeline

import (
	"strings"

	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
)

// inheritFromChannel gives rounds the mediators and format of their
// channel when their reports do not state them, as the reading conventions
// of negotiation news want: a planned, postponed or cancelled round takes
// the mediators (when its reports name none) and the format (when unknown)
// of the held round before it in its channel; a held round whose reports
// do not say how it was held takes the format, and the mediators too when
// they name none. Only rounds of talks inherit, from
// talks. rounds must be sorted by date, so that an inherited value passes
// down a chain.
func inheritFromChannel(rounds []*round) {
	channels := map[string][]*round{}
	for _, r := range rounds {
		k := strings.Join(r.parties, ",")
		channels[k] = append(channels[k], r)
	}
	// What the channel states comes first, then a guess for a held round,
	// then what the channel's guesses give.
	for _, guessed := range []bool{false, true} {
		for _, r := range rounds {
			if r.kind == "talks" {
				inherit(r, channels[strings.Join(r.parties, ",")], guessed)
			}
		}
		if guessed {
			break
		}
		for _, r := range rounds {
			if r.kind == "talks" && r.format == meetings.FormatUnknown {
				guessFormat(r)
			}
		}
	}
}

// inheritVenues gives a held round whose reports name no place the place
// of its channel when the channel is a standing one: at least two other
// held rounds are told held there, and no round of it anywhere else ("the
// sessions at the border post of X"). The round nearest in time that
// names the place is recorded as the source.
func inheritVenues(rounds []*round) {
	channels := map[string][]*round{}
	for _, r := range rounds {
		if r.kind == "talks" {
			k := strings.Join(r.parties, ",")
			channels[k] = append(channels[k], r)
		}
	}
	for _, r := range rounds {
		if r.kind != "talks" || r.status != meetings.StatusHeld || r.venue != "" || len(r.candidates) > 0 {
			continue
		}
		venue, held, mixed := "", 0, false
		var from *round
		gap := 0
		for _, c := range channels[strings.Join(r.parties, ",")] {
			if c == r || c.venueFrom != nil {
				continue
			}
			v := c.venue
			if v == "" && len(c.candidates) > 0 {
				v = c.candidates[0]
			}
			if v == "" {
				continue
			}
			if venue != "" && v != venue || len(c.candidates) > 1 {
				mixed = true
				break
			}
			venue = v
			if c.status == meetings.StatusHeld && c.venue != "" {
				held++
				g := dayNumber(c.date) - dayNumber(r.date)
				if g < 0 {
					g = -g
				}
				if from == nil || g < gap {
					from, gap = c, g
				}
			}
		}
		if mixed || held < 2 || from == nil {
			continue
		}
		r.venue, r.venueFrom = venue, from
	}
}

// inherit gives one round what its channel says (see inheritFromChannel).
func inherit(r *round, ch []*round, guessed bool) {
	held := r.status == meetings.StatusHeld
	unknown := r.format == meetings.FormatUnknown
	if held && !unknown {
		return // a held round whose reports say how it was held keeps it
	}
	prev, _ := previous(r, ch)
	if prev == nil {
		// a round announced before any held one: the nearest round of the
		// channel whose own reports say how it is held
		prev = nearestStated(r, ch, guessed)
	}
	if prev == nil || prev.kind != "talks" {
		return
	}
	if len(r.mediators) == 0 && len(prev.mediators) > 0 {
		r.mediators = append([]string(nil), prev.mediators...)
		r.mediatorsFrom = prev
	}
	if unknown && prev.format != meetings.FormatUnknown && (guessed || !prev.formatGuessed) {
		r.format = prev.format
		r.formatFrom = prev
		r.formatGuessed, r.formatBasis = prev.formatGuessed, prev.formatBasis
	}
}

// nearestStated returns the round of the channel nearest to r in time
// whose own reports name its mediators or its format, nil if none does.
func nearestStated(r *round, channel []*round, guessed bool) *round {
	var best *round
	bestGap := 0
	for _, c := range channel {
		if c == r || c.kind != "talks" || c.mediatorsFrom != nil || c.formatFrom != nil || c.formatGuessed && !guessed ||
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

// Reasons for a format no report states (the format_basis property).
const (
	// basisMediated: a held round a mediator brokers or sponsors ("بوساطة
	// عمانية"), with nothing said, here or in the channel, of the sides
	// sitting apart or of messages carried between them: the sides met,
	// the mediator at the table. Indirect talks are reported as such
	// ("غير مباشرة", "نقل الرسائل"), and those cues set the format.
	basisMediated = "mediated"
	// basisUnmediated: a held round of two or more sides with no mediator named
	// here or in the channel met face to face.
	basisUnmediated = "unmediated"
)

// guessFormat gives a held round of talks whose reports and channel say
// nothing of how it was held the format news conventions imply, marked as
// guessed with its reason: the sides met.
func guessFormat(r *round) {
	if r.status != meetings.StatusHeld || len(r.parties) < 2 {
		return
	}
	r.format, r.formatBasis = meetings.FormatDirect, basisUnmediated
	if len(r.mediators) > 0 {
		r.formatBasis = basisMediated
	}
	r.formatGuessed = true
}
