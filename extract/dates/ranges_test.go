package dates

import "testing"

// TestRanges: a range of two months, or of days of one month, is one
// mention of the period that covers it; a month named without its year
// follows the other end; two full dates a month apart at most are one
// period, further apart they stay two mentions.
func TestRanges(t *testing.T) {
	runCases(t, []tagCase{
		{"two months across a year's end", "2023-02-14", "عقدت الجولة بين تشرين الأول/أكتوبر وكانون الأول/ديسمبر الماضيين في العاصمة.",
			[]want{{"تشرين الأول/أكتوبر وكانون الأول/ديسمبر الماضيين", "2022", "rel"}}},
		{"the second month follows the first", "2024-04-10", "واستمرت المفاوضات بين كانون الثاني/يناير ونيسان/أبريل.",
			[]want{{"كانون الثاني/يناير ونيسان/أبريل", "2024", "rel"}}},
		{"days of one month", "2024-06-01", "وتعقد الجولة المقبلة بين 24 و27 حزيران/يونيو الجاري.",
			[]want{{"24 و27 حزيران/يونيو الجاري", "2024-06", "rel fut"}}},
		{"from one day to another", "2024-06-01", "وعقدت المحادثات من 6 إلى 10 أيار/مايو الماضي.",
			[]want{{"6 إلى 10 أيار/مايو الماضي", "2024-05", "rel"}}},
		{"two full dates across a month's end", "2021-06-21", "وعقدت الجولة الخامسة بين 25 مايو/أيار و2 يونيو/حزيران.",
			[]want{{"25 مايو/أيار و2 يونيو/حزيران", "2021", "rel"}}},
		{"from one full date to another", "2024-01-10", "استمرت المحادثات من 28 تشرين الثاني/نوفمبر حتى 3 كانون الأول/ديسمبر الماضيين.",
			[]want{{"28 تشرين الثاني/نوفمبر حتى 3 كانون الأول/ديسمبر الماضيين", "2023", "rel"}}},
		{"two full dates in one month", "2024-06-20", "جرت المشاورات ما بين 3 يونيو و14 يونيو في جنيف.",
			[]want{{"3 يونيو و14 يونيو", "2024-06", "rel"}}},
		{"two full dates", "2024-06-01", "بين 3 آذار 2024 و12 نيسان 2024",
			[]want{{"3 آذار 2024", "2024-03-03", ""}, {"12 نيسان 2024", "2024-04-12", ""}}},
	})
}
