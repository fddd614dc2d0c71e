package meetings

import "testing"

// TestMovedTo: a round moved to another place ("نُقلت الجولة …، التي كان
// مقرراً أن تستضيفها روما، إلى مسقط") is held where it was moved to, not
// where the plan put it; "نقلت" of a report ("نقلت الوكالة عن …") moves
// nothing.
func TestMovedTo(t *testing.T) {
	tests := []meetingCase{
		{"moved, the plan in a relative clause",
			"نُقلت الجولة الخامسة من المحادثات بين إيران والولايات المتحدة، التي كان مقرراً أن تستضيفها روما، إلى العاصمة العمانية مسقط، حيث عقدت أمس.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part="}},
		{"a report's verb",
			"ونقلت الوكالة عن مسؤول قوله إن المحادثات بين إيران والولايات المتحدة عقدت أمس في روما.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
