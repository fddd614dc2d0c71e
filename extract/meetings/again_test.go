package meetings

import (
	"testing"
)

// TestMeetsAgainIsTheSameRound: a round under way whose sides "meet
// again" a few days later goes on over several days (dated to its month);
// it is no planned meeting of its own.
func TestMeetsAgainIsTheSameRound(t *testing.T) {
	tests := []meetingCase{
		{"the commission meets again on Friday",
			"انطلقت في مسقط أمس جولة محادثات غير مباشرة بين إيران والولايات المتحدة. واتفق الطرفان على تشكيل فريقين، على أن تجتمع اللجنة مجدداً يوم الجمعة.",
			map[string]string{"أمس": "2025-04-19", "يوم الجمعة": "+2025-04-22"},
			[]string{"talks iran+united-states 2025-04@muscat held/indirect med= part="}},
		{"the delegations meet once more",
			"بدأت في إسطنبول أمس محادثات بين روسيا وأوكرانيا. ويلتقي الوفدان مرة أخرى يوم الثلاثاء.",
			map[string]string{"أمس": "2025-04-19", "يوم الثلاثاء": "+2025-04-22"},
			[]string{"talks russia+ukraine 2025-04@istanbul held/unknown med= part="}},
		{"the negotiators meet anew",
			"افتتحت في القاهرة أمس جولة محادثات بين إسرائيل وحركة حماس. ويجتمع المفاوضون من جديد يوم الاثنين.",
			map[string]string{"أمس": "2025-04-19", "يوم الاثنين": "+2025-04-21"},
			[]string{"talks israel+hamas 2025-04@cairo held/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
