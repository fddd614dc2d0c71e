package meetings

import "strings"

// ordinalNames are the ranks of rounds first to tenth as Meeting.Ordinal
// writes them: normalized, feminine, without the article.
func ordinalNames() [10]string {
	return [10]string{"اولي", "ثانيه", "ثالثه", "رابعه", "خامسه", "سادسه", "سابعه", "ثامنه", "تاسعه", "عاشره"}
}

// OrdinalRank returns the rank of a Meeting.Ordinal ("ثالثه" is 3,
// "ثانيه عشره" 12, "اولي والعشرين" 21), or 0.
func OrdinalRank(o string) int {
	unit, tens, _ := strings.Cut(o, " ")
	base := 0
	switch tens {
	case "":
	case "عشره", "عشر":
		base = 10
	case "والعشرين":
		base = 20
	case "والثلاثين":
		base = 30
	case "والاربعين":
		base = 40
	case "والخمسين":
		base = 50
	default:
		return 0
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

// OrdinalOf returns the Meeting.Ordinal of a rank from 1 to 10, or "".
func OrdinalOf(rank int) string {
	if rank < 1 || rank > 10 {
		return ""
	}
	return ordinalNames()[rank-1]
}

// tensWord reports whether w makes the ordinal before it a compound one:
// "عشرة" (الثانية عشرة), "والعشرين" (الحادية والعشرين).
func tensWord(w string) bool {
	switch w {
	case "عشره", "عشر", "والعشرين", "والثلاثين", "والاربعين", "والخمسين":
		return true
	}
	return false
}
