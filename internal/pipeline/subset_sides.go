package pipeline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
)

// mergeSubsetSides folds into a round of several sides the rounds a report
// tells with only some of them: talks of four delegations that one article
// calls "بين جورجيا وروسيا" are the same round when both give it the same
// rank ("الجولة السابعة والخمسون") at a compatible date, or the same day
// at a compatible place. The round with more sides keeps them; a report
// that fits two such rounds is left as it is.
func mergeSubsetSides(rounds []*round, countryOf func(string) string) []*round {
	out := make([]*round, 0, len(rounds))
	narrowed := map[*round][]string{}
	for _, b := range rounds {
		var into *round
		n, byGroup := 0, false
		for _, a := range rounds {
			if a == b || len(a.parties) <= len(b.parties) || a.kind != b.kind || !subsetOf(b.parties, a.parties) ||
				!a.date.Compatible(b.date) {
				continue
			}
			ranked := len(a.ordinals) > 0 && len(b.ordinals) > 0 && slices.ContainsFunc(b.ordinals, func(o string) bool { return slices.Contains(a.ordinals, o) })
			sameDay := a.date.Precision() == article.PrecisionDay && a.date == b.date &&
				(a.venue == "" || b.venue == "" || samePlace(a.venue, b.venue, countryOf))
			// "بين باكستان وحكومة طالبان الأفغانية" beside "بين باكستان
			// وأفغانستان": the extra side is a group of a country already a
			// side, the round the same when it is held at the same place
			ownGroup := a.venue != "" && b.venue != "" && samePlace(a.venue, b.venue, countryOf) && statusesOfOne(a, b) &&
				groupsOfSides(a.parties, b.parties, countryOf)
			if !ranked && !sameDay && !ownGroup {
				continue
			}
			into, n, byGroup = a, n+1, ownGroup && !ranked && !sameDay
		}
		if n != 1 {
			out = append(out, b)
			continue
		}
		if byGroup {
			// the group stands for its country's side: the round keeps
			// the country's sides, those of its channel
			narrowed[into] = b.parties
		}
		for _, f := range b.facts {
			into.reasons = append(into.reasons, fmt.Sprintf("%s: %s, some of the sides of the same round (%s)",
				f.article, strings.Join(f.Parties, ", "), sameBy(into, b)))
			into.add(f, countryOf)
		}
	}
	for r, parties := range narrowed {
		r.parties = parties
	}
	return out
}

// statusesOfOne reports whether two rounds' statuses can be one round's:
// equal, or one planned and the other held (the plan carried out).
func statusesOfOne(a, b *round) bool {
	planned, held := meetings.StatusPlanned, meetings.StatusHeld
	return a.status == b.status || a.status == planned && b.status == held || a.status == held && b.status == planned
}

// groupsOfSides reports whether every side of more that is not one of
// fewer is a group of the country of a side of fewer.
func groupsOfSides(more, fewer []string, countryOf func(string) string) bool {
	for _, p := range more {
		if slices.Contains(fewer, p) {
			continue
		}
		if c := countryOf(p); !strings.HasPrefix(p, "org:") || c == "" || !slices.Contains(fewer, c) {
			return false
		}
	}
	return true
}

// sameBy says why two rounds are one: their rank, their day, or their
// place when the extra side is a group of a side's country.
func sameBy(a, b *round) string {
	for _, o := range b.ordinals {
		if slices.Contains(a.ordinals, o) {
			return "same rank (" + o + ")"
		}
	}
	if a.date.Precision() == article.PrecisionDay && a.date == b.date {
		return "same day " + b.date.String()
	}
	return "same place " + b.venue + ", the other side a group of a side's country"
}

// subsetOf reports whether every id of a is in b.
func subsetOf(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}
