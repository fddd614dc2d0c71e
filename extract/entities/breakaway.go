package entities

import (
	"strings"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// This file reads a breakaway region the article names as such ("إقليم
// X الانفصالي", "سلطات إقليم X الانفصالي"): a side of the talks with the
// state it broke from, an Organization node, which no list of states or
// places holds. Its name alone later in the article names it too.

// breakawayAdjective reports whether a normalized word calls a region
// separatist.
func breakawayAdjective(w string) bool {
	switch w {
	case "الانفصالي", "الانفصاليه", "الانفصالى":
		return true
	}
	return false
}

// regionNoun reports whether a normalized word is "إقليم" with a clitic
// conjunction or preposition, and returns the clitic.
func regionNoun(w string) (string, bool) {
	for _, pre := range []string{"", "و", "ب", "ل", "وب", "ول", "ف"} {
		if w == pre+"اقليم" {
			return pre, true
		}
	}
	return "", false
}

// breakaways returns the mentions and entities of the breakaway regions of
// the article, at tokens no mention owns, and marks them covered.
func breakaways(text string, toks []arabic.Token, covered []bool, owner []int32) ([]Mention, map[string]*Entity) {
	var found []Mention
	var info map[string]*Entity
	names := map[string]string{} // the name's normalized words -> id
	for i := 0; i+2 < len(toks); i++ {
		if _, ok := regionNoun(toks[i].Norm); !ok || covered[i] {
			continue
		}
		for n := 1; n <= 2 && i+n+1 < len(toks); n++ {
			end := i + 1 + n
			if !breakawayAdjective(toks[end].Norm) || !unowned(owner, i+1, end+1) || !sameSentenceBlank(text, toks, i, end) {
				continue
			}
			words := arabic.Words(text[toks[i+1].Start:toks[end-1].End])
			id := "org:" + strings.Join(words, "-")
			name := text[toks[i+1].Start:toks[end-1].End]
			if info == nil {
				info = map[string]*Entity{}
			}
			if info[id] == nil {
				info[id] = &Entity{ID: id, Label: schema.LabelOrganization, Name: name, NameAr: name,
					Aliases: []string{text[toks[i].Start:toks[end].End]}, Confidence: 0.6}
			}
			names[normsOf(toks, i+1, end)] = id
			for j := i + 1; j <= end; j++ {
				covered[j] = true
			}
			found = append(found, Mention{EntityID: id, Label: schema.LabelOrganization, Kind: KindContext, Start: toks[i+1].Start,
				End: toks[end-1].End, TokStart: i + 1, TokEnd: end + 1, Sentence: toks[i].Sentence, Surface: name, Confidence: 0.6})
			i = end
			break
		}
	}
	if len(names) == 0 {
		return nil, nil
	}
	// the name alone, with a clitic or not: "ترانسنيستريا"، "وترانسنيستريا"
	for i := 0; i < len(toks); i++ {
		if covered[i] || owner[i] >= 0 {
			continue
		}
		for norm, id := range names {
			ws := strings.Fields(norm)
			if i+len(ws) > len(toks) {
				continue
			}
			pre, ok := cliticOf(toks[i].Norm, ws[0])
			if !ok || normsOf(toks, i+1, i+len(ws)) != strings.Join(ws[1:], " ") || !unowned(owner, i, i+len(ws)) {
				continue
			}
			start := toks[i].Start + prefixBytes(text[toks[i].Start:toks[i].End], pre)
			end := toks[i+len(ws)-1].End
			for j := i; j < i+len(ws); j++ {
				covered[j] = true
			}
			found = append(found, Mention{EntityID: id, Label: schema.LabelOrganization, Kind: KindContext, Start: start,
				End: end, TokStart: i, TokEnd: i + len(ws), Sentence: toks[i].Sentence, Surface: text[start:end], Prefix: pre,
				Confidence: 0.6})
			i += len(ws) - 1
			break
		}
	}
	sortMentions(found)
	return found, info
}

// cliticOf reports whether a normalized word is w with no clitic or with
// a conjunction or preposition written on it, and returns the clitic.
func cliticOf(word, w string) (string, bool) {
	for _, pre := range []string{"", "و", "ب", "ل", "ف", "وب", "ول"} {
		if word == pre+w {
			return pre, true
		}
	}
	return "", false
}

// sameSentenceBlank reports whether tokens [a, b] are in one sentence with
// nothing but blanks between them.
func sameSentenceBlank(text string, toks []arabic.Token, a, b int) bool {
	for j := a + 1; j <= b; j++ {
		if toks[j].Sentence != toks[a].Sentence || !blankGap(text[toks[j-1].End:toks[j].Start]) {
			return false
		}
	}
	return true
}
