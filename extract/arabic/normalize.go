package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds s for matching. It applies, rune by rune:
//   - Unicode NFKC, only when s holds presentation forms or other
//     compatibility characters (so the common case stays fast);
//   - dropping of Arabic diacritics (U+064B–U+065F, U+0670), tatweel (U+0640),
//     zero-width characters and bidi controls;
//   - أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ک → ك, ی → ي, گ → ك, پ → ب, چ → ج,
//     ژ → ز, ۀ → ه;
//   - Arabic-Indic and Persian digits → ASCII digits;
//   - every quote form → '"'; Arabic comma, semicolon and question mark →
//     their Latin forms;
//   - Latin letters to lower case, and runs of white space to one space,
//     trimmed at both ends.
//
// The result is meant for comparing and looking up names, never for display.
func Normalize(s string) string {
	if needsNFKC(s) {
		s = norm.NFKC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		r = Fold(r)
		switch {
		case r == dropRune:
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// dropRune is what Fold returns for a rune that matching ignores.
const dropRune = -1

// Fold maps one rune to its matching form, or to -1 when the rune is ignored
// for matching (diacritics, tatweel, zero-width and bidi controls). White
// space and other characters come back unchanged apart from the rules listed
// on Normalize.
func Fold(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		if r == '\'' || r == '`' {
			return '"'
		}
		return r
	}
	if r >= 0x0621 && r <= 0x064A {
		// the Arabic letters proper: the common case, no case mapping
		switch r {
		case 'أ', 'إ', 'آ':
			return 'ا'
		case 'ى':
			return 'ي'
		case 'ة':
			return 'ه'
		case 0x0640:
			return dropRune
		}
		return r
	}
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640:
		return dropRune
	case r >= 0x0660 && r <= 0x0669:
		return '0' + (r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return '0' + (r - 0x06F0)
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E,
		r >= 0x2066 && r <= 0x2069, r == 0xFEFF, r == 0x061C, r == 0x00AD:
		return dropRune
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ی', 'ې', 'ۍ':
		return 'ي'
	case 'ة', 'ۀ', 'ە':
		return 'ه'
	case 'ک', 'گ':
		return 'ك'
	case 'پ':
		return 'ب'
	case 'چ':
		return 'ج'
	case 'ژ':
		return 'ز'
	case 'ڤ':
		return 'ف'
	case '«', '»', '“', '”', '„', '‟', '‘', '’', '‚', '‛', '‹', '›', '″', '＂':
		return '"'
	case '،':
		return ','
	case '؛':
		return ';'
	case '؟':
		return '?'
	case 0x00A0, 0x2007, 0x202F:
		return ' '
	}
	return unicode.ToLower(r)
}

// needsNFKC reports whether s holds characters that NFKC would change in a
// way Fold does not already cover: Arabic presentation forms and other
// compatibility characters.
func needsNFKC(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFE) || (r >= 0xFF00 && r <= 0xFFEF) {
			return true
		}
	}
	return false
}

// IsLetter reports whether r belongs inside a word: a letter or digit of any
// script, an Arabic diacritic, tatweel or a zero-width joiner.
func IsLetter(r rune) bool {
	if r < 0x80 {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	if r >= 0x0620 && r <= 0x065F || r == 0x0670 || r == 0x200C || r == 0x200D {
		// Arabic letters, tatweel and diacritics
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
