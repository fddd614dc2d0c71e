package pipeline

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// This file reads reports that tell the mediators as the sides: "أعلنت قطر
// ومصر والولايات المتحدة في بيان مشترك انتهاء جولة المفاوضات", "اتفق
// الوسطاء على الاجتماع مجدداً في القاهرة". The countries are the ones that
// other reports name as the mediators of a channel, and the article speaks
// of that channel's sides: the report is a round of that channel, which
// they mediate.

// mediatorSides gives each report whose sides (all but at most one, and
// at least two) are mediators the corpus names for one channel the sides
// of that channel, when its own article names one of them (names tells
// whether an article names an entity) and none of its sides is a side of
// that channel. Its sides become its mediators. A report is copied, never
// edited; the reason is returned by report. Two channels that fit as well
// leave the report as it is.
func mediatorSides(facts []*meetingFact, names func(article, id string) bool) map[*meetingFact]string {
	named := map[string][]string{}
	for _, f := range facts {
		if len(f.Parties) < 2 {
			continue
		}
		k := strings.Join(f.Parties, "\x00")
		for _, m := range f.Mediators {
			if !slices.Contains(named[k], m) {
				named[k] = append(named[k], m)
			}
		}
	}
	keys := slices.Sorted(maps.Keys(named))
	notes := map[*meetingFact]string{}
	for i, f := range facts {
		if len(f.Parties) < 2 || f.Kind != "talks" {
			continue
		}
		best, bestN, tie := "", 0, false
		for _, k := range keys {
			sides := strings.Split(k, "\x00")
			n := 0
			for _, p := range f.Parties {
				if slices.Contains(sides, p) {
					n = -1
					break
				}
				if slices.Contains(named[k], p) {
					n++
				}
			}
			if n < 2 || n < len(f.Parties)-1 || !slices.ContainsFunc(sides, func(id string) bool { return names(f.article, id) }) {
				continue
			}
			switch {
			case n > bestN:
				best, bestN, tie = k, n, false
			case n == bestN:
				tie = true
			}
		}
		if best == "" || tie {
			continue
		}
		cp := *f
		cp.Parties = strings.Split(best, "\x00")
		cp.Mediators = slices.Clone(f.Mediators)
		for _, p := range f.Parties {
			if !slices.Contains(cp.Mediators, p) {
				cp.Mediators = append(cp.Mediators, p)
			}
		}
		cp.Brokered = true
		facts[i] = &cp
		notes[&cp] = fmt.Sprintf("%s: %s told as sides are mediators of %s in other reports, and the article names its sides",
			f.article, strings.Join(shortIDs(f.Parties), ", "), strings.Join(shortIDs(cp.Parties), "-"))
	}
	return notes
}

// articleNames tells whether an article (by id) names an entity: its
// mentions and the entities its analysis found.
func articleNames(contribs []*contribution) func(article, id string) bool {
	byArt := make(map[string]map[string]bool, len(contribs))
	for _, c := range contribs {
		set := make(map[string]bool, len(c.entities)+len(c.mentions))
		for _, e := range c.entities {
			set[e.ID] = true
		}
		for _, m := range c.mentions {
			set[m.entityID] = true
		}
		byArt[c.art.ID] = set
	}
	return func(article, id string) bool { return byArt[article][id] }
}
