package english

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
)

// Token is one word of an English text.
type Token struct {
	// Start and End are byte offsets in the text.
	Start, End int
	// Text is the word as written; Lower is it in lower case, without
	// the dots of an abbreviation ("U.S." → "us").
	Text, Lower string
	// Sentence is the index of the token's sentence.
	Sentence int
	// Possessive marks a word written with 's.
	Possessive bool
	// Comma marks a word followed by a comma.
	Comma bool
}

// Cap reports whether the word starts with an upper-case letter.
func (t Token) Cap() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '´' || r == '`' }

// abbreviated reports whether a word is an abbreviation whose final dot
// does not end a sentence.
func abbreviated(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "st", "gen", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec",
		"lt", "col", "sen", "rep", "gov", "prof", "no", "vs":
		return true
	}
	return false
}

// Tokenize splits text into words and sentences. Sentences end at a line
// break or at . ! ? followed by white space, unless the dot closes an
// abbreviation ("U.S.", "Dr."). Offsets are the text's bytes.
func Tokenize(text string) ([]Token, []arabic.Span) {
	var toks []Token
	var sents []arabic.Span
	sentStart := -1
	closeSent := func(end int) {
		if sentStart >= 0 {
			sents = append(sents, arabic.Span{Start: sentStart, End: end})
			sentStart = -1
		}
	}
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if sentStart < 0 {
				sentStart = i
			}
			t, next := readWord(text, i)
			t.Sentence = len(sents)
			toks = append(toks, t)
			i = next
			continue
		case r == '\n':
			closeSent(trimEnd(text, i))
		case r == ',' || r == ';':
			if len(toks) > 0 && toks[len(toks)-1].Sentence == len(sents) {
				toks[len(toks)-1].Comma = true
			}
		case r == '.' || r == '!' || r == '?':
			if sentStart >= 0 && sentenceEnd(text, i+n) && !(r == '.' && len(toks) > 0 && abbreviation(toks[len(toks)-1])) {
				end := i + n
				for end < len(text) && (text[end] == '"' || strings.HasPrefix(text[end:], "”") || text[end] == ')') {
					_, m := utf8.DecodeRuneInString(text[end:])
					end += m
				}
				closeSent(end)
				i = end
				continue
			}
		}
		i += n
	}
	closeSent(trimEnd(text, len(text)))
	return toks, sents
}

// readWord reads the word at i: letters and digits, with inner hyphens
// kept apart, an abbreviation's dots ("U.S.") and a possessive 's.
func readWord(text string, i int) (Token, int) {
	start, j := i, i
	abbr := false
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += n
			continue
		}
		// U.S. and U.N.: one letter, a dot, one letter.
		if r == '.' && j+n < len(text) && j-start <= 2 {
			r2, n2 := utf8.DecodeRuneInString(text[j+n:])
			if unicode.IsUpper(r2) && (j+n+n2 >= len(text) || text[j+n+n2] == '.') {
				abbr = true
				j += n
				continue
			}
		}
		if r == '.' && abbr {
			j += n
		}
		break
	}
	t := Token{Start: start, End: j, Text: text[start:j]}
	t.Lower = strings.ToLower(strings.ReplaceAll(t.Text, ".", ""))
	// possessive 's (also written with ’ or ´)
	if r, n := utf8.DecodeRuneInString(text[j:]); j < len(text) && isApostrophe(r) {
		k := j + n
		if k < len(text) && (text[k] == 's' || text[k] == 'S') && (k+1 >= len(text) || !isWordByte(text[k+1])) {
			t.Possessive = true
			return t, k + 1
		}
	}
	return t, j
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

func abbreviation(t Token) bool {
	return strings.HasSuffix(t.Text, ".") || abbreviated(t.Lower) || utf8.RuneCountInString(t.Text) == 1 && t.Cap()
}

// sentenceEnd reports whether the text after a full stop at i allows a
// sentence end: white space, a closing quote or the end of the text.
func sentenceEnd(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r) || r == '"' || r == '”' || r == ')'
}

func trimEnd(text string, end int) int {
	for end > 0 && (text[end-1] == ' ' || text[end-1] == '\r' || text[end-1] == '\t') {
		end--
	}
	return end
}
