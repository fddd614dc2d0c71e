package source

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The functions below are the straightforward versions of the cleaning
// helpers; the package's versions have fast paths for ASCII and Arabic,
// and these tests hold them to the same results.

func refIsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func refMatchKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '\u064B' && r <= '\u065F', r == '\u0670', r == '\u0640':
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func refNormalizeChars(text string) string {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	var b strings.Builder
	prevCR := false
	for _, r := range text {
		if prevCR && r == '\n' {
			prevCR = false
			continue
		}
		prevCR = r == '\r'
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteByte('\n')
		case r == '\t' || r == '\f' || r == '\v':
			b.WriteByte(' ')
		case r == '\uFEFF', r == '\u200B', r == '\u2060', r == '\u00AD',
			r == '\u200E', r == '\u200F', r == '\u061C',
			r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		case r == '\u200C' || r == '\u200D':
			b.WriteRune(r)
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestRunesMatchReference checks every code point.
func TestRunesMatchReference(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isWordRune(r) != refIsWordRune(r) {
			t.Errorf("isWordRune(%U) = %v", r, isWordRune(r))
		}
		s := string(r) + "\r\nA" + string(r)
		if got, want := matchKey(s), refMatchKey(s); got != want {
			t.Errorf("matchKey(%q) = %q, want %q", s, got, want)
		}
		if got, want := normalizeChars(s), refNormalizeChars(s); got != want {
			t.Errorf("normalizeChars(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzCleanHelpersMatchReference(f *testing.F) {
	for _, s := range []string{"", "  a  b ", "a\tb", "x\u00a0y", "\xff\r\n\u2028x", "أهلاً  بكم\r\n", "a ", " a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalizeChars(s), refNormalizeChars(s); got != want {
			t.Fatalf("normalizeChars(%q) = %q, want %q", s, got, want)
		}
		if got, want := matchKey(s), refMatchKey(s); got != want {
			t.Fatalf("matchKey(%q) = %q, want %q", s, got, want)
		}
		if got, want := squeezeSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("squeezeSpaces(%q) = %q, want %q", s, got, want)
		}
	})
}
