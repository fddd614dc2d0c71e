package dates

import "testing"

// TestAfterTomorrowWeekday: "بعد غد" with a weekday after it is that
// weekday, the next one on or after publication — the words often count
// from the day of a statement reported a day later.
func TestAfterTomorrowWeekday(t *testing.T) {
	runCases(t, []tagCase{
		{"the weekday agrees with publication", "2025-07-21", "بعد غد الأربعاء", []want{{"بعد غد الأربعاء", "2025-07-23", "rel fut"}}},
		{"counted from the statement's day", "2025-07-22", "ستعقد الجولة بعد غد الأربعاء", []want{{"بعد غد الأربعاء", "2025-07-23", "rel fut"}}},
		{"with يوم", "2025-07-22", "بعد غد يوم الخميس", []want{{"بعد غد يوم الخميس", "2025-07-24", "rel fut"}}},
	})
}
