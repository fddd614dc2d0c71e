package meetings

import "testing"

// TestQuotedTermEndsNoClause: a word or two set in quotes right after the
// talks noun ("المحادثات "العاجلة"", "الجولة «الحاسمة»") keeps the date
// and the place that follow in the talks' clause.
func TestQuotedTermEndsNoClause(t *testing.T) {
	d := map[string]string{"12 أبريل": "+2025-04-12"}
	runMeetingCases(t, testKnown(), "2025-04-08", []meetingCase{
		{"a quoted adjective between a call to resume and its day",
			"دعت قطر إسرائيل وحركة حماس إلى استئناف المحادثات \"العاجلة\" يوم 12 أبريل في الدوحة أو القاهرة.", d,
			[]string{"talks israel+hamas 2025-04-12@doha+cairo? planned/unknown med= part="}},
		{"guillemets around two words",
			"دعت سلطنة عمان الولايات المتحدة وإيران إلى استئناف المفاوضات «غير المباشرة» يوم 12 أبريل في مسقط.", d,
			[]string{"talks iran+united-states 2025-04-12@muscat planned/indirect med= part="}},
		{"a resumption dated after a quoted noun phrase",
			"ومن المقرر استئناف المفاوضات \"الفنية المعمقة\" يوم 12 أبريل في مسقط بين إيران والولايات المتحدة.", d,
			[]string{"talks iran+united-states 2025-04-12@muscat planned/unknown med= part="}},
	})
}
