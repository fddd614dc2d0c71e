package entities

import (
	"strings"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// cliticInName reports whether a known person's one-word name, read after a
// clitic preposition (ب، ل، ك), is in truth the first word of a name the
// gazetteer does not know: "المتحدثة باسم الحكومة الإثيوبية بيلين سيوم" is
// no "بـ" + "يلين". The word must stand where a name starts, right after a
// title or a definite word of a title phrase, and be followed by a word
// the recognizer knows nothing of (a family name), with no punctuation in
// between. "اتصل بترامب" (after a verb) stays the known person.
func (r *Recognizer) cliticInName(text string, toks []arabic.Token, rs *readings, c candidate) bool {
	if c.end-c.start != 1 || c.prefix == "" || strings.ContainsAny(c.prefix, "و") || c.start == 0 {
		return false
	}
	i := c.start
	prev, next := i-1, i+1
	if next >= len(toks) || toks[prev].Sentence != toks[i].Sentence || toks[next].Sentence != toks[i].Sentence {
		return false
	}
	if !blankGap(text[toks[prev].End:toks[i].Start]) || !blankGap(text[toks[i].End:toks[next].Start]) {
		return false
	}
	if !rs.any(prev, flagRole) && !strings.HasPrefix(toks[prev].Norm, "ال") {
		return false
	}
	if !arabicWord(toks[next].Norm) {
		return false
	}
	for _, st := range rs.of(next) {
		if st.wordEntry != nil {
			return false // a known word or the start of a known name
		}
	}
	for _, p := range c.pats {
		if r.entries[p.entry].Label != schema.LabelPerson {
			return false
		}
	}
	return true
}
