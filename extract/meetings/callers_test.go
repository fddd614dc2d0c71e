package meetings

import "testing"

// TestCallersAreNoSides: those who call on others to hold talks are not
// the sides: named objects of the call are, and "طرفي …" or "الجانبين"
// point to the sides the article names.
func TestCallersAreNoSides(t *testing.T) {
	d := map[string]string{"12 أبريل": "+2025-04-12"}
	runMeetingCases(t, testKnown(), "2025-04-08", []meetingCase{
		{"the sides pointed to, callers before the verb",
			"تدور الحرب بين إسرائيل وحركة حماس منذ أشهر. وقادة قطر ومصر والولايات المتحدة يدعون طرفي الحرب إلى استئناف المفاوضات يوم 12 أبريل.", d,
			[]string{"talks israel+hamas 2025-04-12@ planned/unknown med= part="}},
		{"callers right after the verb",
			"تتواصل الحرب بين روسيا وأوكرانيا. ودعت تركيا والولايات المتحدة الجانبين إلى جولة محادثات جديدة يوم 12 أبريل في إسطنبول.", d,
			[]string{"talks russia+ukraine 2025-04-12@istanbul planned/unknown med= part="}},
	})
}
