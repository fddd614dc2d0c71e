package pipeline

import (
	"sort"

	"github.com/negograph/negograph/extract/english"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// mergeScripts makes one person of an official the gazetteer does not
// know, named in Latin letters by English reports and in Arabic letters by
// Arabic ones ("John Doe", "جون دو"): an unaliased Latin-named person whose
// name has the skeleton of exactly one Arabic-named person (english.SameName),
// countries not differing, becomes an alias of it. The Arabic id stays, so
// that adding English reports does not rename a node; the Latin spelling
// gives the node its English name. ids are the candidates, most mentioned
// first; alias maps each merged id to the id it joins.
func mergeScripts(b *builder, ids []string, alias map[string]string) {
	var arabicIDs, latinIDs []string
	for _, id := range ids {
		if _, merged := alias[id]; merged {
			continue
		}
		if english.Detect(b.entities[id].NameAr) == "en" {
			latinIDs = append(latinIDs, id)
		} else {
			arabicIDs = append(arabicIDs, id)
		}
	}
	if len(latinIDs) == 0 || len(arabicIDs) == 0 {
		return
	}
	for _, id := range latinIDs {
		e := b.entities[id]
		rep := ""
		for _, a := range arabicIDs {
			re := b.entities[a]
			if (e.Country == "" || re.Country == "" || e.Country == re.Country) && english.SameName(e.NameAr, re.NameAr) {
				if rep != "" {
					rep = ""
					break // two Arabic people fit: keep them apart
				}
				rep = a
			}
		}
		if rep == "" {
			continue
		}
		alias[id] = rep
		re := b.entities[rep]
		takeLatinName(re, e)
		re.Roles = append(re.Roles, e.Roles...)
	}
}

// mergePlaces makes one place of a town the gazetteer does not know, read
// from the meeting frames of reports that spell it differently: in Latin
// letters by English reports and in Arabic letters by Arabic ones
// ("Khasab", "خصب"), or in two Latin spellings ("Khasab", "Khassab").
// Places with the same skeleton (english.SamePlace), countries not
// differing, are joined: a Latin-named place into the one Arabic-named
// place that fits (the Arabic id stays, so that adding English reports does
// not rename a node; the Latin spelling gives the node its English name),
// else into the most mentioned Latin one. Arabic-named places are never
// joined with one another.
func (b *builder) mergePlaces() {
	count := map[string]int{}
	for _, c := range b.contribs {
		for _, m := range c.mentions {
			count[m.entityID] += m.count
		}
	}
	var arabicIDs, latinIDs []string
	for id, e := range b.entities {
		if e.Known || e.Label != schema.LabelVenue || count[id] == 0 {
			continue
		}
		if english.Detect(e.NameAr) == "en" {
			latinIDs = append(latinIDs, id)
		} else {
			arabicIDs = append(arabicIDs, id)
		}
	}
	if len(latinIDs) == 0 {
		return
	}
	byCount := func(ids []string) {
		sort.Slice(ids, func(i, j int) bool {
			if count[ids[i]] != count[ids[j]] {
				return count[ids[i]] > count[ids[j]]
			}
			return ids[i] < ids[j]
		})
	}
	byCount(arabicIDs)
	byCount(latinIDs)
	fits := func(e, re *entities.Entity) bool {
		return (e.Country == "" || re.Country == "" || e.Country == re.Country) && english.SamePlace(e.NameAr, re.NameAr)
	}
	alias := map[string]string{}
	var latinReps []string
	for _, id := range latinIDs {
		e := b.entities[id]
		rep := ""
		for _, a := range arabicIDs {
			if fits(e, b.entities[a]) {
				if rep != "" {
					rep = ""
					break // two Arabic places fit: keep them apart
				}
				rep = a
			}
		}
		if rep == "" {
			for _, r := range latinReps {
				if fits(e, b.entities[r]) {
					rep = r
					break
				}
			}
		}
		if rep == "" {
			latinReps = append(latinReps, id)
			continue
		}
		alias[id] = rep
		takeLatinName(b.entities[rep], e)
	}
	b.applyAliases(alias)
}

// takeLatinName folds the Latin-spelled e into re, the node it joins: the
// Latin spelling names the node (unless it already has an English name)
// and becomes an alias, and re takes e's country when it has none.
func takeLatinName(re, e *entities.Entity) {
	if english.Detect(re.Name) != "en" {
		re.Name = e.NameAr
	}
	re.Aliases = appendUnique(re.Aliases, e.NameAr)
	if re.Country == "" {
		re.Country = e.Country
	}
}
