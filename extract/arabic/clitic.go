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

// conjunctions and prepositions that attach to the next word in writing.
const (
	conjunctions = "وف"
	prepositions = "بلك"
)

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
	if r, ok := firstOf(rest, conjunctions); ok {
		rest, prefix = rest[len(r):], r
		if len([]rune(rest)) >= 2 {
			out = append(out, Clitic{Prefix: prefix, Stem: rest})
		}
	}
	if strings.HasPrefix(rest, "لل") && len([]rune(rest)) >= 4 {
		out = append(out, Clitic{Prefix: prefix + "ل", Stem: "ا" + rest[len("ل"):]})
	}
	if r, ok := firstOf(rest, prepositions); ok {
		stem := rest[len(r):]
		if len([]rune(stem)) >= 2 {
			out = append(out, Clitic{Prefix: prefix + r, Stem: stem})
		}
	}
	return out
}

// StripArticle removes a leading "ال" from a normalized word when at least
// two letters remain; ok reports whether it did.
func StripArticle(word string) (string, bool) {
	if strings.HasPrefix(word, "ال") && len([]rune(word)) >= 4 {
		return word[len("ال"):], true
	}
	return word, false
}

func firstOf(word, set string) (string, bool) {
	r, size := utf8.DecodeRuneInString(word)
	if size == 0 || r == utf8.RuneError || !strings.ContainsRune(set, r) {
		return "", false
	}
	return word[:size], true
}
