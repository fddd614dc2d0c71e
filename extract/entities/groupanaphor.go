package entities

import (
	"strings"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// groupAnaphora adds the mentions of "الجماعة" pointing back to the last
// organisation of the article the gazetteer names as a group ("جماعة
// الحوثي", "جماعة أنصار الله"): "أجرى محادثات مع قادة الجماعة", "وقال
// مصدر في الجماعة", "التابعة للجماعة". The noun followed by a word of its
// own ("الجماعة الإسلامية") names another group and is left alone, and so
// is every "الجماعة" before the first group of the article.
func (r *Recognizer) groupAnaphora(text string, toks []arabic.Token, covered []bool, mentions []Mention) []Mention {
	owned := make([]bool, len(toks))
	for _, m := range mentions {
		for t := max(m.TokStart, 0); t < m.TokEnd && t < len(toks); t++ {
			owned[t] = true
		}
	}
	var found []Mention
	last, k := "", 0
	for i := range toks {
		for k < len(mentions) && mentions[k].TokEnd <= i {
			if m := mentions[k]; m.Label == schema.LabelOrganization && r.knownGroup(m.EntityID) {
				last = m.EntityID
			}
			k++
		}
		if last == "" || covered[i] || owned[i] {
			continue
		}
		pre, ok := groupWord(toks[i].Norm)
		if !ok {
			continue
		}
		if i+1 < len(toks) && !owned[i+1] && toks[i+1].Sentence == toks[i].Sentence && qualifierWord(toks[i+1].Norm) {
			continue // "الجماعة الإسلامية": a name of its own
		}
		found = append(found, r.orgAnaphor(text, toks, i, pre, last))
		covered[i] = true
	}
	if len(found) == 0 {
		return mentions
	}
	mentions = append(mentions, found...)
	sortMentions(mentions)
	return mentions
}

// knownGroup reports whether the gazetteer names an organisation as a
// group: one of its Arabic names begins with "جماعة".
func (r *Recognizer) knownGroup(id string) bool {
	k, ok := r.Entry(id)
	if !ok || k.Label != schema.LabelOrganization {
		return false
	}
	for _, n := range append([]string{k.NameAr}, k.Aliases...) {
		if w := arabic.Words(n); len(w) > 1 && w[0] == "جماعه" {
			return true
		}
	}
	return false
}

// groupWord reports whether a normalized word is "الجماعة" with a
// conjunction or preposition written on it, and returns that prefix.
func groupWord(w string) (string, bool) {
	if w == "للجماعه" || w == "وللجماعه" {
		return strings.TrimSuffix(w, "لجماعه"), true
	}
	for _, p := range []string{"", "و", "ب", "ف", "وب"} {
		if w == p+"الجماعه" {
			return p, true
		}
	}
	return "", false
}

// qualifierWord reports whether a normalized word after "الجماعة" makes a
// name of it: a definite relative adjective ("الإسلامية", "المسلحة").
func qualifierWord(w string) bool {
	return strings.HasPrefix(w, "ال") && (strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ي") || strings.HasPrefix(w, "الم"))
}
