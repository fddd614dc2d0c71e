package meetings

import "testing"

// TestCoordinationWithIsNoSide: "بالتنسيق مع X", "بالتشاور مع X" name a
// partner in arranging the talks, not the side met.
func TestCoordinationWithIsNoSide(t *testing.T) {
	tests := []meetingCase{
		{"the next round, set in coordination with a mediator",
			"عقدت إيران والولايات المتحدة جولة في مسقط يوم 19 أبريل. وقال المتحدث الإيراني إن الجولة المقبلة ستعقد يوم 26 أبريل بالتنسيق مع قطر.",
			map[string]string{"يوم 19 أبريل": "2025-04-19", "يوم 26 أبريل": "2025-04-26"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part=",
				"talks iran+united-states 2025-04-26@ planned/unknown med= part="}},
		{"in consultation with",
			"عقدت روسيا وأوكرانيا جولة في إسطنبول يوم 19 أبريل. وأعلنت أوكرانيا أن جولة جديدة ستعقد يوم 26 أبريل بالتشاور مع تركيا.",
			map[string]string{"يوم 19 أبريل": "2025-04-19", "يوم 26 أبريل": "2025-04-26"},
			[]string{"talks russia+ukraine 2025-04-19@istanbul held/unknown med= part=",
				"talks russia+ukraine 2025-04-26@ planned/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
