package dates

import "testing"

// TestPartsOfAMonth: "النصف الثاني من آذار" and "الأسبوع الأول من أيار"
// name a part of the month, not its second or first day; "الثاني من آذار"
// alone is the day.
func TestPartsOfAMonth(t *testing.T) {
	runCases(t, []tagCase{
		{"the second half", "2025-02-24", "على عقد جولة رابعة في النصف الثاني من آذار المقبل.",
			[]want{{"آذار المقبل", "2025-03", "rel fut"}}},
		{"the first week", "2025-02-24", "وتعقد الجولة في الأسبوع الأول من أيار المقبل.",
			[]want{{"أيار المقبل", "2025-05", "rel fut"}}},
		{"the second day", "2025-02-24", "وتعقد الجولة في الثاني من آذار المقبل.",
			[]want{{"الثاني من آذار المقبل", "2025-03-02", "rel fut"}}},
	})
}
