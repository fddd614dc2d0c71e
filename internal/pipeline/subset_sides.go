package pipeline

import (
	"fmt"
	"slices"
	"strings"

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
	for _, b := range rounds {
		var into *round
		n := 0
		for _, a := range rounds {
			if a == b || len(a.parties) <= len(b.parties) || a.kind != b.kind || !subsetOf(b.parties, a.parties) ||
				!a.date.Compatible(b.date) {
				continue
			}
			ranked := len(a.ordinals) > 0 && len(b.ordinals) > 0 && slices.ContainsFunc(b.ordinals, func(o string) bool { return slices.Contains(a.ordinals, o) })
			sameDay := a.date.Precision() == article.PrecisionDay && a.date == b.date &&
				(a.venue == "" || b.venue == "" || samePlace(a.venue, b.venue, countryOf))
			if !ranked && !sameDay {
				continue
			}
			into, n = a, n+1
		}
		if n != 1 {
			out = append(out, b)
			continue
		}
		for _, f := range b.facts {
			into.reasons = append(into.reasons, fmt.Sprintf("%s: %s, some of the sides of the same round (%s)",
				f.article, strings.Join(f.Parties, ", "), sameBy(into, b)))
			into.add(f, countryOf)
		}
	}
	return out
}

// sameBy says why two rounds are one: their rank or their day.
func sameBy(a, b *round) string {
	for _, o := range b.ordinals {
		if slices.Contains(a.ordinals, o) {
			return "same rank (" + o + ")"
		}
	}
	return "same day " + b.date.String()
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
