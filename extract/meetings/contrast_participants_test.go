package meetings

import "testing"

// TestLikenessLeavesTheRestToTheRound: a round named in a likeness or a
// contrast ("على غرار الجولة الأولى") is another round; the people the rest
// of the sentence names took part in the round being reported.
func TestLikenessLeavesTheRestToTheRound(t *testing.T) {
	tests := []meetingCase{
		{"the rest of the sentence",
			"اختتم وفدا إيران والولايات المتحدة أمس في روما الجولة الثانية من المحادثات. وجرت الجلسات، على غرار الجولة الأولى، في مقر السفارة، حيث ترأس الوفد الإيراني عباس عراقجي.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med= part=abbas-araghchi/iran"}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
