package meetings

import "testing"

// TestDirectAndIndirectSayNothing: talks called "direct and indirect"
// are of no one format, and a plan to meet ("على أن يلتقي كبيرا
// المفاوضين") does not make the planned round face to face: both are left
// to the channel.
func TestDirectAndIndirectSayNothing(t *testing.T) {
	tests := []meetingCase{
		{"direct and indirect",
			"عقدت إيران والولايات المتحدة في روما أمس محادثات مباشرة وغير مباشرة استمرت أربع ساعات.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med= part="}},
		{"indirect and direct",
			"وصف مسؤول المناقشات غير المباشرة والمباشرة بين إيران والولايات المتحدة في روما أمس بأنها جيدة.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med= part="}},
		{"a plan to meet",
			"واتفقت إيران والولايات المتحدة على أن يلتقي كبيرا المفاوضين في مسقط يوم 26 أبريل.",
			map[string]string{"يوم 26 أبريل": "2025-04-26"},
			[]string{"talks iran+united-states 2025-04-26@muscat planned/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
