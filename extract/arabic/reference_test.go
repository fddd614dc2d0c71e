package arabic

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The functions below are the straightforward first versions of Fold,
// IsLetter, Tokens and Sentences. The package's versions are tuned for
// speed; these tests hold them to exactly the same results.

func refFold(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		if r == '\'' || r == '`' {
			return '"'
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

func refIsLetter(r rune) bool {
	if r < 0x80 {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	if r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 || r == 0x200C || r == 0x200D {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func refTokens(text string) []Token {
	sentences := refSentences(text)
	var toks []Token
	si := 0
	var b strings.Builder
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !refIsLetter(r) {
			i += size
			continue
		}
		start := i
		b.Reset()
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !refIsLetter(r) {
				break
			}
			if f := refFold(r); f != dropRune {
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

func refSentences(text string) []Span {
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

func refStems(word string) []Clitic {
	out := []Clitic{{Stem: word}}
	first := func(w, set string) (string, bool) {
		r, size := utf8.DecodeRuneInString(w)
		if size == 0 || r == utf8.RuneError || !strings.ContainsRune(set, r) {
			return "", false
		}
		return w[:size], true
	}
	rest, prefix := word, ""
	if r, ok := first(rest, "وف"); ok {
		rest, prefix = rest[len(r):], r
		if len([]rune(rest)) >= 2 {
			out = append(out, Clitic{Prefix: prefix, Stem: rest})
		}
	}
	if strings.HasPrefix(rest, "لل") && len([]rune(rest)) >= 4 {
		out = append(out, Clitic{Prefix: prefix + "ل", Stem: "ا" + rest[len("ل"):]})
	}
	if r, ok := first(rest, "بلك"); ok {
		stem := rest[len(r):]
		if len([]rune(stem)) >= 2 {
			out = append(out, Clitic{Prefix: prefix + r, Stem: stem})
		}
	}
	return out
}

func TestFoldAndIsLetterMatchReference(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := Fold(r), refFold(r); got != want {
			t.Fatalf("Fold(%U) = %U, want %U", r, got, want)
		}
		if got, want := IsLetter(r), refIsLetter(r); got != want {
			t.Fatalf("IsLetter(%U) = %v, want %v", r, got, want)
		}
	}
}

// referenceSamples mixes scripts, clitics, digits, diacritics, presentation
// forms, sentence ends and invalid bytes.
func referenceSamples() []string {
	return []string{
		"",
		"وصل وويتكوف بدمشق، ونقلت لـ\"إكسيوس\" والإسرائيليين. ثم 8 مايو.",
		"نسبة 3.5 بالمئة. ثم\nسطر… وبعده؟ نعم!\u2029فقرة",
		"للولايات المتحدة وبالرياض وفللمدينة كـ ب لل فـ",
		"عُمَانـــ هٰذا ٱلكتاب عراقچی کاشانی ٨ ٢٠٢٣ ۱۴۰۲ Brett McGurk İSTANBUL Ⱥ",
		"\uFEE3\uFEB4\uFED8\uFEC4 \u200bماك\u200cغورك\u200d\u202b",
		"\xff\xfeبغداد\xd8\x9f\xd8 \xe2\x80\xa6\xe2\x80 ؟؟ ..\r\n\"قال.\" انتهى",
	}
}

func TestSplitMatchesReference(t *testing.T) {
	for _, s := range referenceSamples() {
		checkSplit(t, s)
	}
}

func TestStemsMatchReference(t *testing.T) {
	for _, s := range referenceSamples() {
		for _, tok := range Tokens(s) {
			checkStems(t, tok.Norm)
		}
		for _, w := range strings.Fields(s) {
			checkStems(t, w)
		}
	}
}

func checkSplit(t *testing.T, s string) {
	t.Helper()
	toks, sents := Split(s)
	if want := refTokens(s); !(len(toks) == 0 && len(want) == 0) && !reflect.DeepEqual(toks, want) {
		t.Fatalf("Split(%q) tokens = %+v, want %+v", s, toks, want)
	}
	if want := refSentences(s); !reflect.DeepEqual(sents, want) {
		t.Fatalf("Split(%q) sentences = %+v, want %+v", s, sents, want)
	}
	var norms []string
	for _, tok := range toks {
		norms = append(norms, tok.Norm)
	}
	if got := Words(s); !reflect.DeepEqual(got, norms) {
		t.Fatalf("Words(%q) = %q, want %q", s, got, norms)
	}
	prev := []Token{{Start: 1, End: 2, Norm: "x"}}
	if got, gotSents := AppendSplit(prev, s); !reflect.DeepEqual(got[1:], toks) || !reflect.DeepEqual(gotSents, sents) || got[0] != prev[0] {
		t.Fatalf("AppendSplit(%q) = %+v %+v, want %+v after %+v", s, got, gotSents, toks, prev)
	}
	if got := Sentences(s); !reflect.DeepEqual(got, sents) {
		t.Fatalf("Sentences(%q) = %+v, Split gives %+v", s, got, sents)
	}
}

func checkStems(t *testing.T, w string) {
	t.Helper()
	if got, want := Stems(w), refStems(w); !reflect.DeepEqual(got, want) {
		t.Fatalf("Stems(%q) = %q, want %q", w, got, want)
	}
}

func FuzzSplitMatchesReference(f *testing.F) {
	for _, s := range referenceSamples() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSplit(t, s)
		for _, w := range strings.Fields(s) {
			checkStems(t, w)
		}
		for _, tok := range Tokens(s) {
			checkStems(t, tok.Norm)
		}
	})
}

func TestRuneCodecMatchesUTF8(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		var b strings.Builder
		writeRune(&b, r)
		if got, want := b.String(), string(utf8.AppendRune(nil, r)); got != want {
			t.Fatalf("writeRune(%U) = % x, want % x", r, got, want)
		}
		if got, want := appendRune(nil, r), utf8.AppendRune(nil, r); string(got) != string(want) {
			t.Fatalf("appendRune(%U) = % x, want % x", r, got, want)
		}
	}
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			for _, s := range []string{string([]byte{byte(a), byte(b)}), string([]byte{byte(a), byte(b), 0x80, 0x80}), string([]byte{byte(a)})} {
				gr, gs := decodeRune(s, 0)
				wr, ws := utf8.DecodeRuneInString(s)
				if gr != wr || gs != ws {
					t.Fatalf("decodeRune(% x) = %U %d, want %U %d", s, gr, gs, wr, ws)
				}
			}
		}
	}
}

func TestAtLeastRunes(t *testing.T) {
	for _, s := range append(referenceSamples(), "ال", "الف", "\xff\xfe", "a\xe2\x80", "ب") {
		for n := 0; n <= 12; n++ {
			for cut := 0; cut <= len(s); cut++ {
				if got, want := atLeastRunes(s[:cut], n), utf8.RuneCountInString(s[:cut]) >= n; got != want {
					t.Fatalf("atLeastRunes(%q, %d) = %v, want %v", s[:cut], n, got, want)
				}
			}
		}
	}
}

func TestPlainLetter(t *testing.T) {
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			s := string([]byte{byte(a), byte(b)})
			r, size := utf8.DecodeRuneInString(s)
			want := size == 2 && refIsLetter(r) && refFold(r) == r && r >= 0x0621 && r <= 0x064A
			if got := plainLetter(byte(a), byte(b)); got != want {
				t.Fatalf("plainLetter(% x) = %v, want %v", s, got, want)
			}
		}
	}
}
