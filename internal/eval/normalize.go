package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NormalizeName is the name normalization of the scoring rules (README §3):
// Unicode NFKC; Arabic diacritics (U+064B–U+065F, U+0670) and tatweel
// (U+0640) dropped; أ إ آ ٱ → ا; ى → ي; ة → ه; ک → ك; ی → ي; lower case;
// punctuation and quotes removed (not replaced by a space, so "Amir-Abdollahian"
// becomes "amirabdollahian"); runs of white space folded to one space and the
// ends trimmed.
func NormalizeName(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640:
			continue
		case isQuoteOrPunct(r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		switch r {
		case 'أ', 'إ', 'آ', 'ٱ':
			r = 'ا'
		case 'ى', 'ی':
			r = 'ي'
		case 'ة':
			r = 'ه'
		case 'ک':
			r = 'ك'
		default:
			r = unicode.ToLower(r)
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isQuoteOrPunct reports Unicode punctuation (which includes the Arabic
// comma and «» quotes) and the quote-like symbols and modifier letters that
// Unicode does not class as punctuation.
func isQuoteOrPunct(r rune) bool {
	if unicode.IsPunct(r) {
		return true
	}
	switch r {
	case '`', '´', 'ʼ', 'ʻ', 'ʹ', 'ʺ', '′', '″':
		return true
	}
	return false
}
