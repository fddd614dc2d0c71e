package dates

import "testing"

// TestStipulationLooksAhead: a bare weekday after "على أن" + verb is the
// next such day, not the last one; without "على" the weekday stays past.
func TestStipulationLooksAhead(t *testing.T) {
	runCases(t, []tagCase{
		{"committee to meet again", "2021-04-07", "واتفقت الوفود على تشكيل فريقين، على أن تجتمع اللجنة مجددا يوم الجمعة.",
			[]want{{"يوم الجمعة", "2021-04-09", "rel fut"}}},
		{"talks to resume", "2024-03-12", "وانتهت الجلسة الأولى على أن تستأنف المحادثات الأحد في القاهرة.",
			[]want{{"الأحد", "2024-03-17", "rel fut"}}},
		{"envoys to meet", "2023-09-20", "واتفق الجانبان على أن يلتقي المبعوثان يوم الاثنين لمراجعة المسودة.",
			[]want{{"يوم الاثنين", "2023-09-25", "rel fut"}}},
		{"a past weekday after أن alone", "2021-04-07", "وقال المتحدث إن اللجنة اجتمعت يوم الجمعة.",
			[]want{{"يوم الجمعة", "2021-04-02", "rel"}}},
	})
}
