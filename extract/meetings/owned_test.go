package meetings

import "testing"

// TestOwnMeeting: an organization's own meeting, named by a pronoun on the
// noun ("الوكالة … في اجتماعها"), is no round of the article's sides.
func TestOwnMeeting(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"an organization's own meeting",
			"وعقدت إيران والولايات المتحدة جولة في مسقط يوم 12 أبريل. وكانت الوكالة الدولية للطاقة الذرية قد حذرت في اجتماعها يوم 3 أبريل من التصعيد.",
			map[string]string{"يوم 12 أبريل": "2025-04-12", "يوم 3 أبريل": "2025-04-03"},
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part="}},
	})
}
