package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
)

// nameSurface returns the written name of tokens toks, from byte start of
// the first: the words as written with the gaps between them cleaned. A gap
// of spaces becomes one space, invisible format marks are dropped (a
// right-to-left mark inside a gap is noise of the page), and a gap of
// nothing but such marks separates two words as the tokenizer does.
func nameSurface(text string, toks []arabic.Token, start int) string {
	var b strings.Builder
	b.Grow(toks[len(toks)-1].End - start)
	b.WriteString(text[start:toks[0].End])
	for j := 1; j < len(toks); j++ {
		gap := strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Cf, r) {
				return -1
			}
			return r
		}, text[toks[j-1].End:toks[j].Start])
		if strings.TrimSpace(gap) == "" {
			gap = " "
		}
		b.WriteString(gap)
		b.WriteString(text[toks[j].Start:toks[j].End])
	}
	return b.String()
}

// prefixBytes returns how many bytes of the written word the normalized
// clitic prefix takes (diacritics after a clitic letter are included).
func prefixBytes(word, prefix string) int {
	n := utf8.RuneCountInString(prefix)
	if n == 0 {
		return 0
	}
	i := 0
	for i < len(word) && n > 0 {
		c, size := utf8.DecodeRuneInString(word[i:])
		i += size
		if arabic.Fold(c) != -1 {
			n--
		}
	}
	for i < len(word) {
		c, size := utf8.DecodeRuneInString(word[i:])
		if arabic.Fold(c) != -1 {
			break
		}
		i += size
	}
	return i
}
