package meetings

import "testing"

// TestTookOnFacilitation: "X الذي تولى تيسير المحادثات" makes X, with
// his country, the mediator.
func TestTookOnFacilitation(t *testing.T) {
	tests := []meetingCase{
		{"a president who took on the facilitation",
			"استضافت الدوحة أمس قمة جمعت الرئيس الإيراني وموفد الرئيس الأمريكي، بمبادرة من أمير قطر تميم بن حمد الذي تولى تيسير المحادثات.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@doha held/unknown med=qatar part=تميم-بن-حمد/mediator"}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
