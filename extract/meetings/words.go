package meetings

import (
	"strings"

	"github.com/negograph/negograph/extract/arabic"
)

// word is a token read for the lexicon: its normalized form and the readings
// without clitic prefixes and without the article.
type word struct {
	norm  string
	forms []string
}

func readWords(toks []arabic.Token) []word {
	out := make([]word, len(toks))
	var buf [4]arabic.Clitic
	for i, t := range toks {
		w := word{norm: t.Norm, forms: make([]string, 0, 4)}
		add := func(s string) {
			if s == "" {
				return
			}
			for _, f := range w.forms {
				if f == s {
					return
				}
			}
			w.forms = append(w.forms, s)
		}
		for _, c := range arabic.AppendStems(buf[:0], t.Norm) {
			add(c.Stem)
			if s, ok := arabic.StripArticle(c.Stem); ok {
				add(s)
			}
		}
		out[i] = w
	}
	return out
}

// in reports whether any reading of the word is in the set.
func (w word) in(set map[string]bool) bool {
	for _, f := range w.forms {
		if set[f] {
			return true
		}
	}
	return false
}

// exact reports whether the word as written (no clitics removed) is in set.
func (w word) exact(set map[string]bool) bool { return set[w.norm] }

// commaBetween reports whether a comma, colon or semicolon separates token i
// from token i+1.
func commaBetween(text string, toks []arabic.Token, i int) bool {
	if i+1 >= len(toks) || i < 0 {
		return false
	}
	gap := text[toks[i].End:toks[i+1].Start]
	return strings.ContainsAny(gap, "،,;؛:()\"«»")
}
