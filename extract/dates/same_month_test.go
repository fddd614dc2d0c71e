package dates

import "testing"

// TestSameMonth: a day "of the same month" takes the month of the date
// named before it; without one it is no date, and "الشهر التالي" is not
// read as the same month.
func TestSameMonth(t *testing.T) {
	runCases(t, []tagCase{
		{"ordinal day", "2025-06-15", "كان آخرها في روما في 23 مايو/أيار، وسبقتها جولة في مسقط في الحادي عشر من الشهر نفسه.",
			[]want{{"23 مايو/أيار", "2025-05-23", "rel"}, {"الحادي عشر من الشهر نفسه", "2025-05-11", "rel"}}},
		{"digits and ذاته", "2024-12-01", "عقدت الجولة الأولى في 3 نوفمبر 2024، ثم الثانية في 17 من الشهر ذاته.",
			[]want{{"3 نوفمبر 2024", "2024-11-03", ""}, {"17 من الشهر ذاته", "2024-11-17", "rel"}}},
		{"after a month alone", "2023-09-30", "وبدأت المشاورات في أغسطس الماضي، واستؤنفت في العشرين من الشهر نفسه.",
			[]want{{"أغسطس الماضي", "2023-08", "rel"}, {"العشرين من الشهر نفسه", "2023-08-20", "rel"}}},
		{"no month before", "2023-09-30", "واستؤنفت المشاورات في العشرين من الشهر نفسه.", nil},
	})
}

// TestSameYear: a month "of the same year" takes the year of the date
// named before it, not the publication's; without one it is no date.
func TestSameYear(t *testing.T) {
	runCases(t, []tagCase{
		{"a month", "2025-02-20", "عُقدت جولتان في يوليو وأغسطس 2024، وأُلغيت الثالثة التي كانت مقررة في سبتمبر من العام نفسه.",
			[]want{{"يوليو", "2024-07", "rel"}, {"أغسطس 2024", "2024-08", ""}, {"سبتمبر من العام نفسه", "2024-09", "rel"}}},
		{"a day and ذاته", "2025-02-20", "بدأت المحادثات في 3 مارس 2023، ثم استؤنفت في 17 نوفمبر من العام ذاته.",
			[]want{{"3 مارس 2023", "2023-03-03", ""}, {"17 نوفمبر من العام ذاته", "2023-11-17", "rel"}}},
		{"no year before", "2025-02-20", "وأُلغيت الجولة التي كانت مقررة في سبتمبر من العام نفسه.", nil},
	})
}
