package pipeline

import (
	"strings"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/english"
	"github.com/negograph/negograph/schema"
)

// mergeKnownSpellings makes a person found from context one with the
// gazetteer's person whose Arabic name or alias it spells with one vowel
// letter more, less or changed (spellingVariants: "دافيد برنيع" for
// "ديفيد برنياع" is two changes and stays apart, "ديفيد برنيع" is one), as
// outlets transliterate foreign officials each their own way. Only people
// the articles mention are candidates, countries must not differ, and a
// spelling two known people fit joins neither. ids are the people found
// from context; alias receives the merges, and what was folded into a
// merged person follows it.
func mergeKnownSpellings(b *builder, ids []string, alias map[string]string, count map[string]int) {
	type name struct{ id, norm string }
	byForm := map[string][]name{}
	for id, e := range b.entities {
		if !e.Known || e.Label != schema.LabelPerson || count[id] == 0 {
			continue
		}
		for _, n := range append([]string{e.NameAr}, e.Aliases...) {
			if n == "" || english.Detect(n) == "en" {
				continue
			}
			nn := arabic.Normalize(n)
			for _, f := range nameForms(nn) {
				byForm[f] = append(byForm[f], name{id, nn})
			}
		}
	}
	if len(byForm) == 0 {
		return
	}
	for _, id := range ids {
		if _, merged := alias[id]; merged {
			continue
		}
		e := b.entities[id]
		n := arabic.Normalize(e.NameAr)
		rep := ""
		ambiguous := false
		for _, f := range nameForms(n) {
			for _, k := range byForm[f] {
				ke := b.entities[k.id]
				if k.id == rep || (e.Country != "" && ke.Country != "" && e.Country != ke.Country) || !spellingVariants(n, k.norm) {
					continue
				}
				if rep != "" {
					ambiguous = true
				}
				rep = k.id
			}
		}
		if rep == "" || ambiguous {
			continue
		}
		alias[id] = rep
		joinPerson(b.entities[rep], e)
		for from, to := range alias {
			if to == id {
				alias[from] = rep
			}
		}
	}
}

// nameForms files a normalized name of two words or more under each of its
// forms with one word blanked: spelling variants differ in one word, so
// they share a form.
func nameForms(name string) []string {
	w := strings.Fields(name)
	if len(w) < 2 {
		return nil
	}
	out := make([]string, len(w))
	for i := range w {
		saved := w[i]
		w[i] = "\x00"
		out[i] = strings.Join(w, " ")
		w[i] = saved
	}
	return out
}
