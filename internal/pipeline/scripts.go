package pipeline

import (
	"github.com/negograph/negograph/extract/english"
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
		if english.Detect(re.Name) != "en" {
			re.Name = e.NameAr
		}
		re.Aliases = append(re.Aliases, e.NameAr)
		re.Roles = append(re.Roles, e.Roles...)
		if re.Country == "" {
			re.Country = e.Country
		}
	}
}
