package meetings

import "strings"

// ordinalNames are the ranks of rounds first to tenth as Meeting.Ordinal
// writes them: normalized, feminine, without the article.
func ordinalNames() [10]string {
	return [10]string{"اولي", "ثانيه", "ثالثه", "رابعه", "خامسه", "سادسه", "سابعه", "ثامنه", "تاسعه", "عاشره"}
}

// OrdinalRank returns the rank of a Meeting.Ordinal ("ثالثه" is 3,
// "ثانيه عشره" 12, "اولي والعشرين" 21, "حاديه والستون" 61, "ستين" 60), or 0.
func OrdinalRank(o string) int {
	unit, tens, _ := strings.Cut(o, " ")
	if tens == "" {
		if t := tensValue(unit); t >= 20 {
			return t // "الجولة الستين": a round tens word alone
		}
	}
	base := 0
	if tens != "" {
		if t, ok := strings.CutPrefix(tens, "وال"); ok {
			base = tensValue(t) // "والعشرين"
			if base < 20 {
				return 0
			}
		} else if base = tensValue(tens); base != 10 {
			return 0
		}
	}
	if unit == "حاديه" || unit == "حادي" {
		unit = "اولي" // "الحادية عشرة"
	}
	for i, w := range ordinalNames() {
		if unit == w && (base == 0 || i < 9) {
			return base + i + 1
		}
	}
	return 0
}

// tensValue returns the value of a normalized tens word without the
// article: "عشره" 10, "عشرين" and "عشرون" 20, up to "تسعين" 90; or 0.
// Arabic writes the tens after the unit (الحادية والستون) in either case
// ending.
func tensValue(w string) int {
	switch w {
	case "عشر", "عشره":
		return 10
	}
	stem, ok := strings.CutSuffix(w, "ين")
	if !ok {
		stem, ok = strings.CutSuffix(w, "ون")
	}
	if !ok {
		return 0
	}
	for i, t := range [...]string{"عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"} {
		if stem == t {
			return 20 + 10*i
		}
	}
	return 0
}

// OrdinalOf returns the Meeting.Ordinal of a rank from 1 to 10, or "".
func OrdinalOf(rank int) string {
	if rank < 1 || rank > 10 {
		return ""
	}
	return ordinalNames()[rank-1]
}

// tensWord reports whether w makes the ordinal before it a compound one:
// "عشرة" (الثانية عشرة), "والعشرين" (الحادية والعشرين), "والستون"
// (الحادية والستون).
func tensWord(w string) bool {
	if t := tensValue(w); t == 10 {
		return true
	}
	t, ok := strings.CutPrefix(w, "وال")
	return ok && tensValue(t) >= 20
}

// rankWord returns the ordinal a word right after a round noun gives,
// without the article: a listed ordinal (its last form), a bare tens word
// ("الستين" is the sixtieth), or the unit "الحادية" before a tens word;
// next is the word after it.
func (s *scan) rankWord(w word, next string) string {
	if w.in(s.x.lex.ordinals) {
		var buf [maxForms]string
		forms := w.forms(&buf)
		return strings.Clone(forms[len(forms)-1])
	}
	bare, ok := strings.CutPrefix(w.norm, "ال")
	if !ok {
		return ""
	}
	if tensValue(bare) >= 20 || tensWord(next) && (bare == "حاديه" || bare == "حادي") {
		return canonicalTens(bare)
	}
	return ""
}

// canonicalTens writes a tens word in the genitive ("ستون" → "ستين",
// "والستون" → "والستين"), so that two articles that write the same rank
// in either case ending give one Meeting.Ordinal; other words are
// returned as they are (a copy).
func canonicalTens(w string) string {
	if stem, ok := strings.CutSuffix(w, "ون"); ok && tensValue(w) >= 20 {
		return stem + "ين"
	}
	if stem, ok := strings.CutSuffix(w, "ون"); ok && strings.HasPrefix(w, "وال") && tensValue(strings.TrimPrefix(w, "وال")) >= 20 {
		return stem + "ين"
	}
	return strings.Clone(w)
}
