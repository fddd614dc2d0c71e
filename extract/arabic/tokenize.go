package arabic

import (
	"strings"
	"unicode/utf8"
)

// Token is one word of a text.
type Token struct {
	// Start and End are byte offsets of the word in the original text.
	Start, End int
	// Norm is the word after Normalize.
	Norm string
	// Sentence is the index of the sentence the word belongs to.
	Sentence int
}

// Tokens splits text into words: maximal runs of letters, digits,
// diacritics and tatweel. Everything else (spaces, punctuation, quotes,
// hyphens, slashes) separates words. A lone tatweel-marked clitic such as
// "لـ" in `لـ"إكسيوس"` becomes its own token "ل". Sentence indexes follow
// Sentences.
func Tokens(text string) []Token {
	sentences := Sentences(text)
	toks := make([]Token, 0, len(text)/6)
	si := 0
	var b strings.Builder
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !IsLetter(r) {
			i += size
			continue
		}
		start := i
		b.Reset()
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !IsLetter(r) {
				break
			}
			if f := Fold(r); f != dropRune {
				b.WriteRune(f)
			}
			i += size
		}
		if b.Len() == 0 {
			continue
		}
		for si+1 < len(sentences) && sentences[si+1].Start <= start {
			si++
		}
		toks = append(toks, Token{Start: start, End: i, Norm: b.String(), Sentence: si})
	}
	return toks
}

// Span is a byte range of a text.
type Span struct{ Start, End int }

// Sentences splits text into sentences at line breaks and at . ! ? ؟ …
// followed by a space or the end of the text. A full stop between two digits
// (3.5) does not end a sentence. Spans are trimmed of surrounding white space;
// empty sentences are dropped.
func Sentences(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Span{Start: s, End: e})
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		next := i + size
		switch r {
		case '\n', '\r', '\u2029':
			emit(i)
			start = next
		case '.', '!', '?', '؟', '…':
			if r == '.' && i > 0 && next < len(text) && isDigitByte(text[i-1]) && isDigitByte(text[next]) {
				break
			}
			if next >= len(text) || isSpaceByte(text[next]) || text[next] == '"' {
				emit(next)
				start = next
			}
		}
		i = next
	}
	emit(len(text))
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
