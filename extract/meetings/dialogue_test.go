package meetings

import "testing"

// TestDialogueRound: "الحوار" names a round where the text gives its
// sessions, a table of it, a ranked session or its sides after "بين"; as a
// policy ("ترحب بالحوار مع …", "الحوار هو الطريق") it names none.
func TestDialogueRound(t *testing.T) {
	tests := []meetingCase{
		{"its sessions and sides",
			"انطلقت أمس في مسقط أعمال الحوار بين إيران والولايات المتحدة.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part="}},
		{"its sides after an adjective",
			"وبدأ أمس في مسقط الحوار التمهيدي بين إيران والولايات المتحدة.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part="}},
		{"a policy",
			"وقال المتحدث أمس إن إيران ترحب دائماً بالحوار مع الولايات المتحدة، وإن الحوار هو الطريق الوحيد.",
			map[string]string{"أمس": "2025-04-19"},
			nil},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
