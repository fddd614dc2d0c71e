package pipeline

import (
	"slices"
	"sort"
	"strings"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// mergeNasab makes one person of a name given with the father's name
// ("خالد بن علي الحميدان", "محمد بن سعيد آل جابر") and the same name
// without it ("خالد الحميدان", "محمد آل جابر"), as outlets write an
// official in full in one report and short in the next. Only a name the
// gazetteer does not know is folded, into the short form, when their
// countries do not differ; the full form becomes an alias. A chain of
// fathers' names at the end ("فيصل بن فرحان بن عبد الله") is no family
// name and is left alone.
func (b *builder) mergeNasab() {
	short := map[string]string{} // normalized name -> person id
	var ids []string
	for id, e := range b.entities {
		if e.Label == schema.LabelPerson {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		if n := arabic.Normalize(b.entities[id].NameAr); n != "" {
			if _, ok := short[n]; !ok {
				short[n] = id
			}
		}
	}
	alias := map[string]string{}
	for _, id := range ids {
		e := b.entities[id]
		if e.Known {
			continue
		}
		s := withoutNasab(arabic.Normalize(e.NameAr))
		r, ok := short[s]
		if s == "" || !ok || r == id {
			continue
		}
		if _, merged := alias[r]; merged {
			continue
		}
		re := b.entities[r]
		if e.Country != "" && re.Country != "" && e.Country != re.Country {
			continue
		}
		alias[id] = r
		re.Aliases = append(slices.Clip(re.Aliases), e.NameAr)
		re.Roles = append(slices.Clip(re.Roles), e.Roles...)
		if re.Country == "" {
			re.Country = e.Country
		}
	}
	b.applyAliases(alias)
}

// withoutNasab returns a normalized name without the father's names inside
// it ("خالد بن علي الحميدان" -> "خالد الحميدان"), "" when it has none to
// drop. A father's name is dropped only when a family name follows it, so
// that two words or more remain.
func withoutNasab(name string) string {
	w := strings.Fields(name)
	var out []string
	dropped := false
	for i := 0; i < len(w); i++ {
		if i > 0 && (w[i] == "بن" || w[i] == "ابن") && i+1 < len(w) {
			n := 2
			if w[i+1] == "عبد" && i+2 < len(w) {
				n = 3 // "بن عبد العزيز"
			}
			if i+n < len(w) && w[i+n] != "بن" && w[i+n] != "ابن" {
				i += n - 1
				dropped = true
				continue
			}
		}
		out = append(out, w[i])
	}
	if !dropped || len(out) < 2 {
		return ""
	}
	return strings.Join(out, " ")
}
