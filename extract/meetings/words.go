package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/arabic"
)

// word is a token read for the lexicon: its normalized form and the word
// lists its readings (forms) belong to.
type word struct {
	norm string
	// sets holds the bits (wordSet.bit) of the lists any reading is in;
	// exactSets those of the lists holding the word as written.
	sets, exactSets uint64
	// trig is the trigger kind of the first reading that is a trigger.
	trig trigKind
}

// maxForms bounds the readings of a word: four clitic readings, each with
// and without the article.
const maxForms = 8

// readWords appends the words of toks to dst.
func readWords(dst []word, toks []arabic.Token, lex *lexicon) []word {
	out := slices.Grow(dst, len(toks))[:len(dst)+len(toks)]
	words := out[len(dst):]
	var buf [maxForms]string
	for i, t := range toks {
		w := word{norm: t.Norm}
		for _, f := range formsOf(buf[:0], t.Norm) {
			if !lex.sketch.MayHave(f) {
				continue // in no list
			}
			e := lex.index[f]
			if f == w.norm {
				w.exactSets = e.sets
			}
			w.sets |= e.sets
			if w.trig == 0 {
				w.trig = e.trig
			}
		}
		if w.trig == 0 {
			// "محادثاتها", "مفاوضاتهم", "لقاءاته": a trigger with a pronoun
			w.trig = lex.suffixedTrigger(formsOf(buf[:0], t.Norm))
		}
		words[i] = w
	}
	return out
}

// suffixedTrigger returns the trigger kind of a reading that is a talks
// noun followed by a possessive pronoun ("محادثاتها", "جولتهما"), 0 if none
// is.
func (lex *lexicon) suffixedTrigger(forms []string) trigKind {
	for _, f := range forms {
		for _, suf := range []string{"هما", "هم", "ها", "ه", "نا"} {
			stem, ok := strings.CutSuffix(f, suf)
			if !ok {
				continue
			}
			if len(stem) >= 8 && lex.trig[stem] == trigTalks {
				return trigTalks
			}
			// "جولتهما", "قمتهما": the ة of the noun is written ت before
			// the pronoun
			if base, ok := strings.CutSuffix(stem, "ت"); ok && len(base) >= 4 && lex.trig[base+"ه"] == trigTalks {
				return trigTalks
			}
		}
	}
	return 0
}

// forms returns the readings of the word, using buf for storage: the word
// itself, then its readings without clitic prefixes (arabic.Stems), each
// followed by its form without the article.
func (w word) forms(buf *[maxForms]string) []string { return formsOf(buf[:0], w.norm) }

// formsOf appends the readings of a normalized word to dst, without
// duplicates.
func formsOf(dst []string, norm string) []string {
	var buf [4]arabic.Clitic
	for _, c := range arabic.AppendStems(buf[:0], norm) {
		dst = appendUnique(dst, c.Stem)
		if s, ok := arabic.StripArticle(c.Stem); ok {
			dst = appendUnique(dst, s)
		}
	}
	return dst
}

// in reports whether any reading of the word is in the set.
func (w word) in(set wordSet) bool { return w.sets&set.bit != 0 }

// exact reports whether the word as written (no clitics removed) is in set.
func (w word) exact(set wordSet) bool { return w.exactSets&set.bit != 0 }

// commaBetween reports whether a comma, colon or semicolon separates token i
// from token i+1.
func commaBetween(text string, toks []arabic.Token, i int) bool {
	if i+1 >= len(toks) || i < 0 {
		return false
	}
	gap := text[toks[i].End:toks[i+1].Start]
	return strings.ContainsAny(gap, "،,;؛:()\"«»") && !quotedTermGap(text, toks, i) && !quotedObject(text, toks, i) &&
		!quotedConjunct(text, toks, i)
}

// quotedConjunct reports whether the gap after token i opens a quote or a
// bracket, alone, on a word joined by the conjunction: "الحكومة الإثيوبية
// «والجبهة الشعبية»" (arabic.ConjunctionIntoQuotes moves the و inside) —
// a name quoted inside a list, not a clause break. After a closing quote
// the same و may open a clause ("«إيجابية» ووعد بجولة"), which stays one.
func quotedConjunct(text string, toks []arabic.Token, i int) bool {
	gap := text[toks[i].End:toks[i+1].Start]
	if strings.TrimRight(gap, " \t\r\n") != gap {
		return false // the quote opens on the word: no space after it
	}
	switch strings.TrimSpace(gap) {
	case "\"", "«", "“", "(":
	default:
		return false
	}
	return strings.HasPrefix(text[toks[i+1].Start:toks[i+1].End], "و")
}

// quotedObject reports whether the gap after token i opens a quotation
// that a preposition before it governs: "اتفقتا على "عقد جولات …"" — the
// quoted words go on with the clause.
func quotedObject(text string, toks []arabic.Token, i int) bool {
	gap := strings.TrimSpace(text[toks[i].End:toks[i+1].Start])
	if gap != "\"" && gap != "«" && gap != "“" {
		return false
	}
	switch toks[i].Norm {
	case "علي", "الي", "في", "عن", "بشان", "حول":
		return true
	}
	return false
}
