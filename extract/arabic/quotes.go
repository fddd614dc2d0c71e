package arabic

import (
	"strings"
	"unicode/utf8"
)

// ConjunctionIntoQuotes moves a conjunction "و" written alone before an
// opening quote or bracket into it: `الحكومة و«الجبهة الشعبية»` becomes
// `الحكومة «والجبهة الشعبية»`, so that the conjunction is the clitic of
// the word it joins, as everywhere else, and the word is read the same
// with or without quotes. The two are swapped in place: the text keeps its
// length and every offset outside the pair. Text without such a pair is
// returned as is.
func ConjunctionIntoQuotes(text string) string {
	const waw = "و"
	if !strings.Contains(text, waw) {
		return text
	}
	var b []byte // the copy, made at the first swap
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], waw)
		if k < 0 {
			break
		}
		at := i + k
		i = at + len(waw)
		if at > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:at]); IsLetter(r) {
				continue // inside a word
			}
		}
		q, qs := utf8.DecodeRuneInString(text[i:])
		if !openingQuote(q) || i+qs >= len(text) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[i+qs:]); !IsLetter(r) {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		copy(b[at:], text[i:i+qs])
		copy(b[at+qs:], waw)
		i += qs
	}
	if b == nil {
		return text
	}
	return string(b)
}

// openingQuote reports whether r opens a quote or a bracket.
func openingQuote(r rune) bool {
	switch r {
	case '«', '"', '“', '(', '\'', '‘':
		return true
	}
	return false
}
