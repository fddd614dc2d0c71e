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
	toks, _ := Split(text)
	return toks
}

// Split returns Tokens(text) and Sentences(text), splitting the sentences
// only once.
func Split(text string) ([]Token, []Span) {
	// about one word per space or line break
	n := strings.Count(text, " ") + strings.Count(text, "\n")
	return AppendSplit(make([]Token, 0, n+n/16+8), text)
}

// AppendSplit is Split appending the tokens to dst, so that a caller can
// reuse the memory of another text's tokens. The sentence indexes of the
// tokens appended count from the first sentence of text.
func AppendSplit(dst []Token, text string) ([]Token, []Span) {
	sentences := Sentences(text)
	toks := dst
	// A word that normalization leaves as written (most words) gets a
	// substring of the text. The others are written one after the other
	// into buf, which becomes one string at the end: one allocation for all
	// of them, not one per word.
	buf := make([]byte, 0, len(text)/2)
	var folded []foldedWord
	si := 0
	for i := 0; i < len(text); {
		r, size := decodeRune(text, i)
		if !IsLetter(r) {
			i += size
			continue
		}
		start, from, same := i, len(buf), true
		for i < len(text) {
			if c := text[i]; i+1 < len(text) && plainLetter(c, text[i+1]) {
				if !same {
					buf = append(buf, c, text[i+1])
				}
				i += 2
				continue
			}
			r, size = decodeRune(text, i)
			if !IsLetter(r) {
				break
			}
			f := Fold(r)
			if same && f == r {
				i += size // as written so far: nothing to copy yet
				continue
			}
			if same {
				buf = append(buf, text[start:i]...)
				same = false
			}
			if f != dropRune {
				buf = appendRune(buf, f)
			}
			i += size
		}
		if !same && len(buf) == from {
			continue // diacritics and tatweel only
		}
		for si+1 < len(sentences) && sentences[si+1].Start <= start {
			si++
		}
		tok := Token{Start: start, End: i, Sentence: si}
		if same {
			tok.Norm = text[start:i]
		} else {
			folded = append(folded, foldedWord{tok: len(toks), from: from, to: len(buf)})
		}
		toks = append(toks, tok)
	}
	if len(folded) > 0 {
		norms := string(buf)
		for _, f := range folded {
			toks[f.tok].Norm = norms[f.from:f.to]
		}
	}
	return toks, sentences
}

// foldedWord is a token whose normalized form was written to a buffer, at
// [from, to).
type foldedWord struct{ tok, from, to int }

// plainLetter reports whether the bytes c1 c2 encode an Arabic letter that
// Fold leaves unchanged (U+0621–U+064A but for آ أ إ ة ـ ى): the common case
// of the tokenizer.
func plainLetter(c1, c2 byte) bool {
	if c1 != 0xD8 && c1 != 0xD9 || c2&0xC0 != 0x80 {
		return false
	}
	r := rune(c1&0x1F)<<6 | rune(c2&0x3F)
	if r < 0x0621 || r > 0x064A {
		return false
	}
	switch r {
	case 'آ', 'أ', 'إ', 'ة', 0x0640, 'ى':
		return false
	}
	return true
}

// Words returns the normalized words of s: the Norm of each of Tokens(s),
// without splitting sentences.
func Words(s string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		if !IsLetter(r) {
			i += size
			continue
		}
		b.Reset()
		for i < len(s) {
			r, size = decodeRune(s, i)
			if !IsLetter(r) {
				break
			}
			if f := Fold(r); f != dropRune {
				writeRune(&b, f)
			}
			i += size
		}
		if b.Len() > 0 {
			out = append(out, b.String())
		}
	}
	return out
}

// decodeRune decodes the rune at byte i of s like utf8.DecodeRuneInString,
// with fast paths for ASCII and two-byte runes (Arabic letters).
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// appendRune appends r to b like utf8.AppendRune, with fast paths for one-
// and two-byte runes.
func appendRune(b []byte, r rune) []byte {
	switch {
	case r < 0 || r >= 0x800:
		return utf8.AppendRune(b, r)
	case r < utf8.RuneSelf:
		return append(b, byte(r))
	}
	return append(b, 0xC0|byte(r>>6), 0x80|byte(r)&0x3F)
}

// writeRune writes r to b like b.WriteRune, with fast paths for one- and
// two-byte runes.
func writeRune(b *strings.Builder, r rune) {
	switch {
	case r < 0 || r >= 0x800:
		b.WriteRune(r)
	case r < utf8.RuneSelf:
		b.WriteByte(byte(r))
	default:
		b.WriteByte(0xC0 | byte(r>>6))
		b.WriteByte(0x80 | byte(r)&0x3F)
	}
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
		i = nextBreakByte(text, i)
		if i >= len(text) {
			break
		}
		r, at, size := breakRune(text, i)
		if r == 0 {
			i++
			continue
		}
		next := at + size
		switch r {
		case '\n', '\r', '\u2029':
			emit(at)
			start = next
		case '.', '!', '?', '؟', '…':
			if r == '.' && at > 0 && next < len(text) && isDigitByte(text[at-1]) && isDigitByte(text[next]) {
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

// breakBytes is a bitmap of the bytes below 64 that break sentences or
// lines: \n \r ! . ?
const breakBytes uint64 = 1<<'\n' | 1<<'\r' | 1<<'!' | 1<<'.' | 1<<'?'

// nextBreakByte returns the index of the first byte at or after i that may
// belong to a sentence or line break, or len(text). Besides the ASCII
// breaks these are 0x9F, the last byte of '؟' (D8 9F), and 0xE2, the first
// byte of '…' (E2 80 A6) and U+2029 (E2 80 A9); both bytes are rare in
// Arabic text, unlike D8, which leads half of the Arabic letters.
func nextBreakByte(text string, i int) int {
	for ; i < len(text); i++ {
		c := text[i]
		if c < 64 {
			if breakBytes>>c&1 != 0 {
				return i
			}
		} else if c == 0x9F || c == 0xE2 {
			return i
		}
	}
	return len(text)
}

// breakRune reads the break at the byte i found by nextBreakByte: the rune,
// the byte where it starts and its size, or r == 0 when there is none. A
// lead byte (D8, E2) or an ASCII byte never lies inside another rune, so the
// breaks found are those that decoding the text rune by rune finds.
func breakRune(text string, i int) (r rune, at, size int) {
	switch c := text[i]; {
	case c < utf8.RuneSelf:
		return rune(c), i, 1
	case c == 0x9F:
		if i > 0 && text[i-1] == 0xD8 {
			return '؟', i - 1, 2
		}
	case i+2 < len(text) && text[i+1] == 0x80:
		switch text[i+2] {
		case 0xA6:
			return '…', i, 3
		case 0xA9:
			return '\u2029', i, 3
		}
	}
	return 0, i, 1
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
