package meetings

import "testing"

// TestContentDate: a date in what an agreement provides ("اتفاقاً يقضي
// بإجراء الانتخابات في النصف الثاني من عام 2026") is no date of the meeting
// that reached it, before its trigger or after it.
func TestContentDate(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"at the end of a meeting, after the agreement",
			"وقعت إيران والولايات المتحدة، أمس في مسقط، اتفاقاً يقضي بتبادل السجناء في النصف الثاني من عام 2026، وذلك في ختام اجتماع جرى بتيسير من عمان.",
			map[string]string{"أمس": "2025-04-19", "في النصف الثاني من عام 2026": "2026"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med=oman part="}},
		{"a round that reached it, dated before its trigger",
			"اختتمت أمس في مسقط جولة محادثات بين إيران والولايات المتحدة أسفرت عن اتفاق يقضي بتبادل السجناء في آذار 2026.",
			map[string]string{"أمس": "2025-04-19", "في آذار 2026": "2026-03"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part="}},
	})
}
