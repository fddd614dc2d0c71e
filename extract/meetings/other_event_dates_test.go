package meetings

import "testing"

// TestDatesOfEarlierRoundsNamedAfter: in "وتأتي جولة مسقط بعد حوار روما في
// آذار، وقبله لقاء الدوحة" the month is Rome's, not the round's, and the
// meeting named after "وقبله" does not take it either.
func TestDatesOfEarlierRoundsNamedAfter(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"a date after a time link and another meeting",
			"انطلقت أمس في مسقط جولة حوار بين إيران والولايات المتحدة. وتأتي جولة مسقط بعد حوار روما في آذار، وقبله لقاء الدوحة.",
			map[string]string{"أمس": "2025-04-19", "في آذار": "2025-03"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part="}},
	})
}

// TestDateOfAFallOfPower: "منذ سقوط نظام … في أبريل" dates the fall, not
// the round told before it.
func TestDateOfAFallOfPower(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"since the fall of a regime",
			"انطلقت في مسقط، أمس (الاثنين)، الجولة الأولى من المحادثات بين إيران والولايات المتحدة، في أجواء إيجابية، وتحت رعاية السلطان هيثم بن طارق منذ سقوط نظام الرئيس حسن المنصوري في مارس (آذار) الماضي.",
			map[string]string{"أمس": "2025-04-19", "مارس (آذار) الماضي": "2025-03"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part=هيثم-بن-طارق/mediator"}},
	})
}
