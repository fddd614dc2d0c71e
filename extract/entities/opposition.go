package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// This file reads an opposition named as a side of talks: "المعارضة
// الفنزويلية", or "المعارضة" alone in an article that names one country's
// government ("الحكومة الفنزويلية والمعارضة"). No list can know every
// opposition, and without it the talks of a government with its
// opposition have one side only and are lost.

// oppositionWord reports whether a normalized word is "المعارضة" with an
// optional conjunction and preposition written on it, and returns that
// prefix.
func oppositionWord(norm string) (string, bool) {
	const word = "المعارضه"
	for _, pre := range []string{"", "و", "ف", "ب", "وب", "فب", "ك"} {
		if norm == pre+word {
			return pre, true
		}
	}
	for _, pre := range []string{"ل", "ول", "فل"} {
		if norm == pre+"لمعارضه" { // "للمعارضة": the lam of the article after li-
			return pre, true
		}
	}
	return "", false
}

// governmentCountry returns the country whose government the text names:
// a country mention right after "حكومة"/"الحكومة" ("الحكومة الفنزويلية",
// "حكومة فنزويلا"). With more than one such country it returns "".
func governmentCountry(toks []arabic.Token, mentions []Mention) string {
	found := ""
	for _, m := range mentions {
		if m.Label != schema.LabelCountry || m.TokStart == 0 || !GovernmentBefore(toks, m.TokStart) {
			continue
		}
		if found != "" && found != m.EntityID {
			return ""
		}
		found = m.EntityID
	}
	return found
}

// GovernmentBefore reports whether the government of the country named
// at token c is named before it: "حكومة تشاد", "الحكومة التشادية",
// "الحكومة الانتقالية في تشاد", "حكومة طالبان في أفغانستان".
func GovernmentBefore(toks []arabic.Token, c int) bool {
	if c < 1 {
		return false
	}
	if strings.HasSuffix(toks[c-1].Norm, "حكومه") {
		return true
	}
	if toks[c-1].Norm != "في" || c < 3 {
		return false
	}
	// "الحكومة الانتقالية في تشاد": adjectives of a government's standing,
	// a closed list (a country adjective is another country: "الحكومة
	// الأفغانية في قطر"); "حكومة طالبان في أفغانستان": the one word, without
	// the article, of the group that runs it
	for j := c - 2; j >= 1 && j >= c-3 && toks[j].Sentence == toks[c].Sentence; j-- {
		if strings.HasSuffix(toks[j].Norm, "حكومه") {
			return true
		}
		if governmentAdjective(toks[j].Norm) {
			continue
		}
		return j == c-2 && !strings.HasPrefix(toks[j].Norm, "ال") && strings.HasSuffix(toks[j-1].Norm, "حكومه")
	}
	return false
}

// governmentAdjective reports whether a normalized word qualifies a
// government by its standing: "الانتقالية", "المؤقتة", "الاتحادية".
func governmentAdjective(w string) bool {
	switch w {
	case "الانتقاليه", "المؤقته", "الجديده", "الاتحاديه", "الشرعيه", "المركزيه", "الحاليه", "المقاله", "المعترف":
		return true
	}
	return false
}

// oppositions adds to mentions those of oppositions (Organization nodes
// with the id "org:opposition-COUNTRY"), in place of the country
// adjectives they absorb ("المعارضة الفنزويلية" is one mention), and
// returns them with the oppositions' entities.
func (r *Recognizer) oppositions(text string, toks []arabic.Token, covered []bool, mentions []Mention) ([]Mention, map[string]*Entity) {
	gov := ""
	govDone := false
	info := map[string]*Entity{}
	drop := map[int]bool{} // token index of an adjective mention absorbed
	var found []Mention
	for i, t := range toks {
		if covered[i] {
			continue
		}
		pre, ok := oppositionWord(t.Norm)
		apre, aend, phrase, armed := armedGroupAt(text, toks, i)
		if !ok && !armed {
			continue
		}
		country, end := "", i+1
		if armed {
			pre, end = apre, aend
		}
		for _, m := range mentions {
			if m.TokStart == end && m.Label == schema.LabelCountry && m.Kind == KindAdjective && m.Prefix == "" &&
				toks[end].Sentence == t.Sentence {
				drop[end] = true
				country, end = m.EntityID, end+1
				break
			}
		}
		if country == "" {
			if !govDone {
				gov, govDone = governmentCountry(toks, mentions), true
			}
			country = gov
		}
		k, known := r.Entry(country)
		if !known {
			continue
		}
		id := "org:opposition-" + strings.TrimPrefix(country, "country:")
		if armed {
			id = "org:armed-movements-" + strings.TrimPrefix(country, "country:")
		}
		start := t.Start
		if !strings.HasSuffix(pre, "ل") {
			start += prefixBytes(text[t.Start:t.End], pre) // "للمعارضة" is kept whole: its article is merged with li-
		}
		found = append(found, Mention{EntityID: id, Label: schema.LabelOrganization, Kind: KindContext,
			Start: start, End: toks[end-1].End, TokStart: i, TokEnd: end, Sentence: t.Sentence,
			Surface: text[start:toks[end-1].End], Prefix: pre, Confidence: 0.6})
		for j := i; j < end; j++ {
			covered[j] = true
		}
		switch {
		case info[id] != nil:
		case armed:
			// "الحركات السياسية العسكرية التشادية", known by the phrase too
			info[id] = &Entity{ID: id, Label: schema.LabelOrganization, Name: k.Name + " armed movements",
				NameAr: phrase + " " + feminineAdjective(k), Aliases: []string{phrase}, Country: country, Confidence: 0.6}
		default:
			info[id] = &Entity{ID: id, Label: schema.LabelOrganization, Name: k.Name + " opposition",
				NameAr: "المعارضة " + feminineAdjective(k), Country: country, Confidence: 0.6}
		}
	}
	if len(found) == 0 {
		return mentions, nil
	}
	kept := make([]Mention, 0, len(mentions)+len(found))
	for _, m := range mentions {
		if !(drop[m.TokStart] && m.Kind == KindAdjective) {
			kept = append(kept, m)
		}
	}
	kept = append(kept, found...)
	sortMentions(kept)
	return kept, info
}

// feminineAdjective returns the definite feminine adjective of a country
// ("الفنزويلية" from "فنزويلي"), or "في " and its name when its list has
// no Arabic adjective in -ي.
func feminineAdjective(k Known) string {
	for _, a := range k.Adjectives {
		if r, _ := utf8.DecodeLastRuneInString(a); r == 'ي' && !strings.Contains(a, " ") {
			return "ال" + a + "ة"
		}
	}
	return "في " + k.NameAr
}
