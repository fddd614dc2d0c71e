package meetings

// ordinalNames are the ranks of rounds first to tenth as Meeting.Ordinal
// writes them: normalized, feminine, without the article.
func ordinalNames() [10]string {
	return [10]string{"اولي", "ثانيه", "ثالثه", "رابعه", "خامسه", "سادسه", "سابعه", "ثامنه", "تاسعه", "عاشره"}
}

// OrdinalRank returns the rank (1 to 10) of a Meeting.Ordinal ("ثالثه"
// is 3), or 0.
func OrdinalRank(o string) int {
	for i, w := range ordinalNames() {
		if o == w {
			return i + 1
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
