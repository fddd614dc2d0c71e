package pipeline

import (
	"slices"
	"sort"
	"strings"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// mergeNasab makes one person of a name given in full in one report and
// short in another, as outlets write an official: with the father's name
// ("خالد بن علي الحميدان", "محمد بن سعيد آل جابر") and without it ("خالد
// الحميدان", "محمد آل جابر"), or with a middle name and without it ("سامي
// يوسف الكردي", "سامي الكردي"). Only a name the gazetteer does not know is
// folded, into the short form, when their countries do not differ; the full
// form becomes an alias. A chain of fathers' names at the end ("فيصل بن
// فرحان بن عبد الله") is no family name and is left alone. Then a family
// name alone ("آل جابر") joins the one person whose name ends with it
// (foldFamilyNames).
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
	// A short name two long names shorten to ("سامي يوسف الكردي", "سامي
	// أحمد الكردي" and "سامي الكردي") names neither: they stay apart.
	longs := map[string]int{}
	for _, id := range ids {
		if e := b.entities[id]; !e.Known {
			n := arabic.Normalize(e.NameAr)
			for _, s := range shortForms(n) {
				longs[s]++
			}
		}
	}
	alias := map[string]string{}
	for _, id := range ids {
		e := b.entities[id]
		if e.Known {
			continue
		}
		n := arabic.Normalize(e.NameAr)
		for _, s := range shortForms(n) {
			r, ok := short[s]
			if s == "" || !ok || r == id || longs[s] > 1 {
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
			joinPerson(re, e)
			break
		}
	}
	b.foldFamilyNames(ids, alias)
	b.applyAliases(resolveAliasChains(alias))
}

// joinPerson makes e's name an alias of re and gives re e's roles and,
// when it has none, e's country. re's lists may be shared with the
// gazetteer: they are copied before they grow.
func joinPerson(re, e *entities.Entity) {
	re.Aliases = append(slices.Clip(re.Aliases), e.NameAr)
	re.Aliases = append(re.Aliases, e.Aliases...)
	re.Roles = append(slices.Clip(re.Roles), e.Roles...)
	if re.Country == "" {
		re.Country = e.Country
	}
}

// foldFamilyNames joins a person named by the family name alone ("آل
// جابر", as a report names an official the second time) to the one person
// of three words or more whose name ends with it ("محمد آل جابر"), their
// countries not differing; with two such people it stays apart.
func (b *builder) foldFamilyNames(ids []string, alias map[string]string) {
	norm := make(map[string]string, len(ids))
	for _, id := range ids {
		norm[id] = arabic.Normalize(b.entities[id].NameAr)
	}
	for _, id := range ids {
		e := b.entities[id]
		n := norm[id]
		w := strings.Fields(n)
		if e.Known || len(w) != 2 || w[0] != "ال" {
			continue
		}
		if _, merged := alias[id]; merged {
			continue
		}
		rep := ""
		for _, r := range ids {
			if _, merged := alias[r]; merged || r == id {
				continue
			}
			re, rn := b.entities[r], norm[r]
			if strings.Count(rn, " ") < 2 || !strings.HasSuffix(rn, " "+n) ||
				(e.Country != "" && re.Country != "" && e.Country != re.Country) {
				continue
			}
			if rep != "" {
				rep = ""
				break // two people of that family: it names neither
			}
			rep = r
		}
		if rep == "" {
			continue
		}
		alias[id] = rep
		joinPerson(b.entities[rep], e)
	}
}

// resolveAliasChains points every alias at the end of its chain (a name
// folded into one that was itself folded), so that no id is renamed to an
// entity that is gone.
func resolveAliasChains(alias map[string]string) map[string]string {
	for id, to := range alias {
		seen := map[string]bool{id: true}
		for {
			next, ok := alias[to]
			if !ok || seen[to] {
				break
			}
			seen[to] = true
			to = next
		}
		alias[id] = to
	}
	return alias
}

// shortForms returns the shorter names a full normalized name is written
// as: without the father's name, without the middle name ("" for none).
func shortForms(n string) []string {
	return []string{withoutNasab(n), withoutMiddleName(n)}
}

// withoutMiddleName returns a normalized name of three plain words without
// its middle one ("سامي يوسف الكردي" -> "سامي الكردي"), "" for any other
// name: one with a connector (بن، عبد، أبو، آل) or a compound closer
// (الله، الدين), or whose middle word has the article and so belongs to
// the family name ("محمد الأحمد الجابر").
func withoutMiddleName(name string) string {
	w := strings.Fields(name)
	if len(w) != 3 || strings.HasPrefix(w[1], "ال") {
		return ""
	}
	for _, x := range w {
		switch x {
		case "بن", "ابن", "بنت", "عبد", "ابو", "ال", "ولد", "الله", "الدين", "الرحمن", "دي", "فان", "فون":
			return ""
		}
	}
	return w[0] + " " + w[2]
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
