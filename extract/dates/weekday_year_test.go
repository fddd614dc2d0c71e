package dates

import "testing"

// TestWeekdayPicksTheYear: a weekday written with a day and month and no
// year picks, of the year guessed and those beside it, the one where the
// day falls on that weekday, when it is nearer to the publication; a
// weekday that fits no year near, or is off by one near the publication,
// is a slip, and an explicit direction keeps its year.
func TestWeekdayPicksTheYear(t *testing.T) {
	runCases(t, []tagCase{
		// 17 September 2024 was a Tuesday; a plan read from the
		// publication would put it in 2025.
		{"a past plan told after its day", "2024-09-19", "لم تُعقد الجولة التي كان مقرراً أن تحتضنها أنقرة يوم الثلاثاء 17 سبتمبر.",
			[]want{{"يوم الثلاثاء 17 سبتمبر", "2024-09-17", "rel"}}},
		{"the weekday agrees with the year guessed", "2024-09-19", "وعقدت الجولة يوم الثلاثاء 17 سبتمبر.",
			[]want{{"يوم الثلاثاء 17 سبتمبر", "2024-09-17", "rel"}}},
		{"a weekday that fits no year near", "2024-09-19", "وعقدت الجولة يوم الجمعة 17 سبتمبر.",
			[]want{{"يوم الجمعة 17 سبتمبر", "2024-09-17", "rel"}}},
		// 16 September 2025 was a Tuesday: a weekday off by one is a slip,
		// not the year before
		{"a weekday off by one near publication", "2025-09-19", "وعقدت الجولة يوم الاثنين 16 سبتمبر.",
			[]want{{"يوم الاثنين 16 سبتمبر", "2025-09-16", "rel"}}},
		{"an explicit direction keeps its year", "2024-09-19", "وتعقد الجولة يوم الأربعاء 17 سبتمبر المقبل.",
			[]want{{"يوم الأربعاء 17 سبتمبر المقبل", "2025-09-17", "rel fut"}}},
	})
}

// TestWeekdayWithDirectionBeforeADate: "الأحد المقبل 14 مايو" is the date
// written out, not the next Sunday, which may be a week earlier.
func TestWeekdayWithDirectionBeforeADate(t *testing.T) {
	runCases(t, []tagCase{
		// 4 May 2023 was a Thursday: the next Sunday is the 7th, the text
		// means the 14th
		{"next weekday, then the date", "2023-05-04", "ويلتقي الزعيمان الأحد المقبل 14 مايو في بروكسل.",
			[]want{{"الأحد المقبل 14 مايو", "2023-05-14", "rel fut"}}},
		{"next weekday, a comma, then the date", "2023-05-04", "ويلتقي الزعيمان الأحد المقبل، 14 مايو، في بروكسل.",
			[]want{{"الأحد المقبل، 14 مايو", "2023-05-14", "rel fut"}}},
		{"next weekday alone", "2023-05-04", "ويلتقي الزعيمان الأحد المقبل في بروكسل.",
			[]want{{"الأحد المقبل", "2023-05-07", "rel fut"}}},
	})
}
