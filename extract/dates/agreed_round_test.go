package dates

import "testing"

// TestAgreedRoundLooksAhead: a bare month after "اتفقا على جولة" is the next
// such month, not the last one; an agreement told with كان, and a round
// held in a bare month, stay past.
func TestAgreedRoundLooksAhead(t *testing.T) {
	runCases(t, []tagCase{
		{"agreed on a new round", "2024-08-22", "اختتام الحوار والاتفاق على جولة جديدة في أيلول",
			[]want{{"أيلول", "2024-09", "rel fut"}}},
		{"agreed to hold a meeting", "2024-08-22", "واتفق الطرفان على اجتماع آخر في أيلول.",
			[]want{{"أيلول", "2024-09", "rel fut"}}},
		{"agreed before, told with كان", "2024-08-22", "وكان الطرفان قد اتفقا على جولة في أيلول.",
			[]want{{"أيلول", "2023-09", "rel"}}},
		{"a round held", "2024-08-22", "وعقدت جولة جديدة في أيلول.",
			[]want{{"أيلول", "2023-09", "rel"}}},
	})
}
