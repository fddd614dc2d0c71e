package entities

import (
	"strings"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// This file reads a country's institution named without its country:
// "مجلس النواب" and "المجلس الأعلى للدولة" in an article on Libya are the
// gazetteer's "مجلس النواب الليبي" and "المجلس الأعلى للدولة في ليبيا".
// Without it the same side is one node where an article names its country
// and another where it does not, and the channel splits.

// knownInstitutions points the mentions of each organisation the article
// named by a class noun (orgs, not known) at the known organisation whose
// name is that name and its country's qualifier ("الليبي", "في ليبيا"),
// when exactly one such organisation belongs to a country the article
// names (or names a city of); that organisation's entity replaces the
// unknown one.
func (r *Recognizer) knownInstitutions(mentions []Mention, orgs map[string]*Entity) {
	named := map[string]bool{} // the countries the article names, or names a city of
	for _, m := range mentions {
		switch m.Label {
		case schema.LabelCountry:
			named[m.EntityID] = true
		case schema.LabelVenue:
			if k, ok := r.Entry(m.EntityID); ok && k.Country != "" {
				named[k.Country] = true
			}
		}
	}
	if len(named) == 0 {
		return
	}
	for id, e := range orgs {
		if e.Known {
			continue
		}
		n := arabic.Normalize(e.NameAr)
		found := ""
		for _, k := range r.entries {
			if k.Label != schema.LabelOrganization || !named[k.Country] || !r.qualifiedName(k, n) {
				continue
			}
			if found != "" && found != k.ID {
				found = "-" // two institutions of the named countries: leave it
				break
			}
			found = k.ID
		}
		if found == "" || found == "-" {
			continue
		}
		for i := range mentions {
			if mentions[i].EntityID == id {
				mentions[i].EntityID = found
			}
		}
		delete(orgs, id)
	}
}

// qualifiedName reports whether a name or alias of the known organisation k
// is the normalized name n followed by its country's qualifier: the
// adjective with the article, in either gender ("مجلس النواب الليبي"), or
// "في" and the country's name ("المجلس الأعلى للدولة في ليبيا").
func (r *Recognizer) qualifiedName(k Known, n string) bool {
	c, ok := r.Entry(k.Country)
	if !ok {
		return false
	}
	for _, f := range append([]string{k.NameAr}, k.Aliases...) {
		rest, ok := strings.CutPrefix(arabic.Normalize(f), n+" ")
		if !ok {
			continue
		}
		if rest == "في "+arabic.Normalize(c.NameAr) {
			return true
		}
		for _, a := range c.Adjectives {
			a = arabic.Normalize(a)
			if rest == "ال"+a || rest == "ال"+a+"ه" {
				return true
			}
		}
	}
	return false
}
