package arabic

import (
	"strings"
	"unicode/utf8"
)

// Clitic is one way to read a word as prefix letters plus a stem.
type Clitic struct {
	// Prefix is the normalized prefix that was removed ("" for none).
	Prefix string
	// Stem is what is left; for the "لل" prefix the article is restored
	// ("للولايات" gives "الولايات").
	Stem string
}

// Stems lists the readings of a normalized word as clitic prefixes and a
// stem, longest stem first: the word itself; without a conjunction (و ف);
// without a preposition (ب ل ك), alone or after a conjunction; with "لل"
// read as ل + ال. Stems shorter than two letters are not listed. The word
// itself always comes first.
func Stems(word string) []Clitic {
	return AppendStems(make([]Clitic, 0, 4), word)
}

// AppendStems appends the readings of Stems to dst and returns it; with a
// dst of capacity 4 it does not allocate.
func AppendStems(dst []Clitic, word string) []Clitic {
	out := append(dst, Clitic{Stem: word})
	rest, prefix := word, ""
	if r, ok := firstOf(rest, isConjunction); ok {
		rest, prefix = rest[len(r):], r
		if atLeastRunes(rest, 2) {
			out = append(out, Clitic{Prefix: prefix, Stem: rest})
		}
	}
	if strings.HasPrefix(rest, "لل") && atLeastRunes(rest, 4) {
		out = append(out, Clitic{Prefix: prefix + "ل", Stem: "ا" + rest[len("ل"):]})
	}
	if r, ok := firstOf(rest, isPreposition); ok {
		stem := rest[len(r):]
		if atLeastRunes(stem, 2) {
			out = append(out, Clitic{Prefix: prefix + r, Stem: stem})
		}
	}
	return out
}

// Conjunct reports whether a normalized word, or the word without a
// leading conjunction (و or ف, when two letters remain), satisfies in. The
// whole word is tried first, so that a listed word that starts with و or ف
// ("وفده", "ولي", "وزيره") is found as itself.
func Conjunct(word string, in func(string) bool) bool {
	if in(word) {
		return true
	}
	for _, c := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(word, c); ok && atLeastRunes(rest, 2) {
			return in(rest)
		}
	}
	return false
}

// StripArticle removes a leading "ال" from a normalized word when at least
// two letters remain; ok reports whether it did.
func StripArticle(word string) (string, bool) {
	if strings.HasPrefix(word, "ال") && atLeastRunes(word, 4) {
		return word[len("ال"):], true
	}
	return word, false
}

// isConjunction reports whether r is one of the conjunctions (و ف).
func isConjunction(r rune) bool { return r == 'و' || r == 'ف' }

// isPreposition reports whether r is one of the prepositions (ب ل ك).
func isPreposition(r rune) bool { return r == 'ب' || r == 'ل' || r == 'ك' }

// firstOf returns the first letter of word when in(letter) holds.
func firstOf(word string, in func(rune) bool) (string, bool) {
	if len(word) < 2 || word[0] < utf8.RuneSelf {
		return "", false // every clitic letter is a two-byte Arabic letter
	}
	r, size := utf8.DecodeRuneInString(word)
	if r == utf8.RuneError || !in(r) {
		return "", false
	}
	return word[:size], true
}

// atLeastRunes reports whether s holds at least n runes, counted like
// utf8.RuneCountInString, without counting them all.
func atLeastRunes(s string, n int) bool {
	switch {
	case len(s) >= utf8.UTFMax*n:
		return true
	case len(s) < n:
		return false
	}
	i := 0
	for ; n > 0; n-- {
		if i >= len(s) {
			return false
		}
		_, size := decodeRune(s, i)
		i += size
	}
	return true
}
