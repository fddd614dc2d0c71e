package arabic

import (
	"bytes"
	"reflect"
	"slices"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"hamza forms", "أإآٱ", "اااا"},
		{"alef maqsura and ta marbuta", "مصطفى سلطنة", "مصطفي سلطنه"},
		{"diacritics and tatweel", "عُمَانـــ", "عمان"},
		{"dagger alef", "هٰذا", "هذا"},
		{"persian letters", "عراقچی کاشانی گروسی", "عراقجي كاشاني كروسي"},
		{"arabic-indic digits", "٨ مايو ٢٠٢٣", "8 مايو 2023"},
		{"persian digits", "۱۴۰۲", "1402"},
		{"quotes", "«أكسيوس» “قال” ‘x’", `"اكسيوس" "قال" "x"`},
		{"zero width and bidi", "ماك\u200bغورك\u200f \u202bطهران\u202c", "ماكغورك طهران"},
		{"spaces folded", "  بريت \t\n ماكغورك  ", "بريت ماكغورك"},
		{"latin lower", "Brett McGurk", "brett mcgurk"},
		{"presentation forms", "\uFEE3\uFEB4\uFED8\uFEC4", "مسقط"},
		{"arabic punctuation", "نعم، لا؛ لماذا؟", "نعم, لا; لماذا?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	text := `وصل وويتكوف بدمشق، ونقلت لـ"إكسيوس" والإسرائيليين. ثم 8 مايو.`
	var got []string
	for _, tok := range Tokens(text) {
		if text[tok.Start:tok.End] == "" {
			t.Fatalf("empty token at %d", tok.Start)
		}
		got = append(got, tok.Norm)
	}
	want := []string{"وصل", "وويتكوف", "بدمشق", "ونقلت", "ل", "اكسيوس", "والاسرائيليين", "ثم", "8", "مايو"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Tokens = %q, want %q", got, want)
	}
	toks := Tokens(text)
	if toks[7].Sentence != 1 || toks[6].Sentence != 0 {
		t.Errorf("sentence indexes: %d %d", toks[6].Sentence, toks[7].Sentence)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"جملة أولى. جملة ثانية؟ ثالثة", []string{"جملة أولى.", "جملة ثانية؟", "ثالثة"}},
		{"نسبة 3.5 بالمئة. ثم\nسطر", []string{"نسبة 3.5 بالمئة.", "ثم", "سطر"}},
		{"\n\n  \n", nil},
		{`قال: "انتهى." ثم مضى`, []string{`قال: "انتهى.`, `" ثم مضى`}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Sentences(tt.in) {
			got = append(got, tt.in[s.Start:s.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStems(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"وويتكوف", []string{"وويتكوف", "ويتكوف"}},
		{"بدمشق", []string{"بدمشق", "دمشق"}},
		{"للولايات", []string{"للولايات", "الولايات", "لولايات"}},
		{"والاسرائيليين", []string{"والاسرائيليين", "الاسرائيليين"}},
		{"وبالرياض", []string{"وبالرياض", "بالرياض", "الرياض"}},
		{"ل", []string{"ل"}},
		{"مسقط", []string{"مسقط"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range Stems(tt.word) {
			got = append(got, c.Stem)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Stems(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"عُمَان", "\uFEE3\uFEB4", "٨ مايو", "\xff\xfe", "Brett", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Fatalf("invalid UTF-8 out of valid input %q", s)
		}
		if Normalize(n) != n && utf8.ValidString(s) {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, n, Normalize(n))
		}
	})
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{`لـ"إكسيوس"`, "وويتكوف. بدمشق؟", "\xff", "3.5.", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, tok := range Tokens(s) {
			if tok.Start < last || tok.End <= tok.Start || tok.End > len(s) || tok.Norm == "" {
				t.Fatalf("bad token %+v in %q", tok, s)
			}
			last = tok.End
		}
		for _, sp := range Sentences(s) {
			if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End {
				t.Fatalf("bad sentence %+v in %q", sp, s)
			}
		}
	})
}

// TestConjunctionIntoQuotes: a lone "و" before an opening quote or bracket
// moves inside it; nothing else changes, and the length never does.
func TestConjunctionIntoQuotes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"الحكومة و«الجبهة الشعبية» اتفقتا", "الحكومة «والجبهة الشعبية» اتفقتا"},
		{`الوفد و"الحركة" معاً`, `الوفد "والحركة" معاً`},
		{"الجيش و(قوات الدعم)", "الجيش (وقوات الدعم)"},
		{"و«بداية» النص", "«وبداية» النص"},
		{"وقال «نعم»", "وقال «نعم»"},             // a word with the conjunction
		{"الرئيس و «الوفد»", "الرئيس و «الوفد»"}, // a space before the quote
		{"الحوار و«»", "الحوار و«»"},             // nothing to join
		{"كلمة", "كلمة"},
	} {
		got := ConjunctionIntoQuotes(c.in)
		if got != c.want {
			t.Errorf("ConjunctionIntoQuotes(%q) = %q, want %q", c.in, got, c.want)
		}
		if len(got) != len(c.in) {
			t.Errorf("ConjunctionIntoQuotes(%q) changed the length", c.in)
		}
	}
}

// FuzzConjunctionIntoQuotes: the text keeps its length and its bytes, only
// reordered, and stays valid UTF-8 when it was.
func FuzzConjunctionIntoQuotes(f *testing.F) {
	for _, s := range []string{"الحكومة و«الجبهة»", `و"`, "و(", "وو«ا", "\xffو«ا"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := ConjunctionIntoQuotes(s)
		if len(got) != len(s) {
			t.Fatalf("length %d, want %d", len(got), len(s))
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from %q: %q", s, got)
		}
		a, b := []byte(s), []byte(got)
		slices.Sort(a)
		slices.Sort(b)
		if !bytes.Equal(a, b) {
			t.Fatalf("bytes changed: %q → %q", s, got)
		}
	})
}
