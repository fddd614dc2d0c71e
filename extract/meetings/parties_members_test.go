package meetings

import "testing"

// TestSidesNamedByMembersAndPlace: a group named by its people after a
// conjunction ("ومقاتلو حركة X") is the second side of the subject, and a
// country right after the round noun is where it was held when the subject
// names both sides ("يختتمان جولة قطر").
func TestSidesNamedByMembersAndPlace(t *testing.T) {
	d := map[string]string{"أمس": "2025-04-19"}
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"a group's fighters coordinated with a government",
			"اختتمت الحكومة الإيرانية ومقاتلو حركة حماس أمس في الدوحة الجولة الثانية من المفاوضات بينهما.", d,
			[]string{"talks iran+hamas 2025-04-19@doha held/unknown med= part="}},
		{"a round named by the country that hosted it",
			"إيران وحركة حماس تختتمان جولة قطر أمس.", d,
			[]string{"talks iran+hamas 2025-04-19@qatar held/unknown med= part="}},
		{"a country after the round is a side when the subject names one",
			"إيران تختتم جولة قطر أمس.", d,
			[]string{"talks iran+qatar 2025-04-19@ held/unknown med= part="}},
	})
}
