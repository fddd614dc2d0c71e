package dates

import (
	"unicode"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
)

// Gap flags: what separates a token from the one before it.
const (
	gBreak uint8 = 1 << iota // sentence end, line break, colon
	gComma
	gSlash
	gOpen
	gClose
	gDash
	gOther
)

// tok is one word or number of the text.
type tok struct {
	start, end int
	num        int // value of a number, -1 for a word or a number too long
	ndig       int // digits of a number
	gap        uint8
	known      bool
	lx         lex
}

// maxKey bounds the normalized length (bytes) of any table word.
const maxKey = 48

// scan splits text into tokens: runs of digits (any script) and runs of
// letters, each with the gap before it.
func (t *Tagger) scan(text string, toks []tok) []tok {
	var buf [maxKey]byte
	var gap uint8
	i := 0
	for i < len(text) {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if dv := digitVal(r); dv >= 0 {
			start := i
			n, nd := 0, 0
			for i < len(text) {
				r, size := utf8.DecodeRuneInString(text[i:])
				dv := digitVal(r)
				if dv < 0 {
					break
				}
				if nd < 9 {
					n = n*10 + dv
				}
				nd++
				i += size
			}
			if nd > 4 {
				n = -1
			}
			toks = append(toks, tok{start: start, end: i, num: n, ndig: nd, gap: gap})
			gap = 0
			continue
		}
		if isWordRune(r) {
			start := i
			nb := 0
			over := false
			for i < len(text) {
				c := text[i]
				if i+1 < len(text) && (c == 0xD8 || c == 0xD9) && text[i+1]&0xC0 == 0x80 {
					// an Arabic letter (U+0600–U+067F): the common case
					if r := rune(c&0x1F)<<6 | rune(text[i+1]&0x3F); r >= 0x0621 && r <= 0x064A {
						i += 2
						if over {
							continue
						}
						switch f := fold(r); {
						case f < 0:
						case nb+2 > maxKey:
							over = true
						default:
							buf[nb], buf[nb+1] = 0xC0|byte(f>>6), 0x80|byte(f)&0x3F
							nb += 2
						}
						continue
					}
				}
				var r rune
				size := 1
				if c < utf8.RuneSelf {
					r = rune(c)
				} else {
					r, size = utf8.DecodeRuneInString(text[i:])
				}
				if !isWordRune(r) {
					break
				}
				i += size
				if over {
					continue
				}
				f := fold(r)
				if f < 0 {
					continue
				}
				if nb+utf8.RuneLen(f) > maxKey {
					over = true
					continue
				}
				nb += utf8.EncodeRune(buf[nb:], f)
			}
			tk := tok{start: start, end: i, num: -1, gap: gap}
			gap = 0
			if !over && nb > 0 && t.sketch.MayHaveBytes(buf[:nb]) {
				tk.lx, tk.known = t.lex[string(buf[:nb])]
			}
			toks = append(toks, tk)
			continue
		}
		gap |= gapClass(r)
		i += size
	}
	return toks
}

// fold is arabic.Fold with a fast path for plain Arabic letters.
func fold(r rune) rune {
	if r >= 0x0621 && r <= 0x064A {
		switch r {
		case 'أ', 'إ', 'آ':
			return 'ا'
		case 'ى':
			return 'ي'
		case 'ة':
			return 'ه'
		case 0x0640:
			return -1
		}
		return r
	}
	return arabic.Fold(r)
}

// digitVal gives the value of an ASCII, Arabic-Indic or Persian digit, or -1.
func digitVal(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return int(r - 0x06F0)
	}
	return -1
}

// isWordRune reports whether r continues a word (digits excluded).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
	}
	if r >= 0x0621 && r <= 0x065F {
		return true
	}
	return arabic.IsLetter(r) && digitVal(r) < 0
}

// gapClass classifies a character between words.
func gapClass(r rune) uint8 {
	switch r {
	case '.', '!', '?', '؟', '\n', '\r', ';', '؛', ':', '…', '\u2029':
		return gBreak
	case ',', '،':
		return gComma
	case '/', '\\':
		return gSlash
	case '(', '[', '{':
		return gOpen
	case ')', ']', '}':
		return gClose
	case '-', '–', '—', '‐':
		return gDash
	case ' ', '\t', 0x00A0, 0x2007, 0x202F:
		return 0
	}
	if r < utf8.RuneSelf {
		return gOther
	}
	if unicode.IsSpace(r) || fold(r) < 0 {
		return 0
	}
	return gOther
}
