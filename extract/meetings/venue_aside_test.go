package meetings

import "testing"

// TestVenueBeforeAnAside: the place before an aside set off by commas
// right before the trigger ("في الدوحة، جنوب العاصمة، اجتماع", "في مسقط،
// بعد يومين من النقاش، جولة", "في مسقط، عاصمة سلطنة عمان، أمس، الجولة") is
// the meeting's; a clause of its own between
// them ("وفي طهران، قال مسؤولون إن …") still keeps its place to itself;
// the place a round was first set for ("عن موعدها الأصلي في مسقط") is not
// where it was held.
func TestVenueBeforeAnAside(t *testing.T) {
	d := map[string]string{"أمس": "2025-04-19"}
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"where it is, as an aside",
			"اختُتم أمس في الدوحة، جنوب العاصمة، اجتماع بين إيران والولايات المتحدة.", d,
			[]string{"talks iran+united-states 2025-04-19@doha held/unknown med= part="}},
		{"when, as an aside",
			"اختُتمت أمس في مسقط، بعد يومين من النقاش، جولة محادثات بين إيران والولايات المتحدة.", d,
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part="}},
		{"the place it was first set for",
			"جرت أمس في الدوحة جولة محادثات بين إيران والولايات المتحدة، بعد أن تأخرت يومين عن موعدها الأصلي في مسقط.", d,
			[]string{"talks iran+united-states 2025-04-19@doha held/unknown med= part="}},
		{"what the place is, then the day, as asides",
			"انطلقت في مسقط، عاصمة سلطنة عمان، أمس (الاثنين)، الجولة الأولى من المحادثات بين إيران والولايات المتحدة.", d,
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part="}},
		{"a clause of its own",
			"وفي طهران، قال مسؤولون إن لقاءً عقد أمس بين إيران والولايات المتحدة.", d,
			[]string{"talks iran+united-states 2025-04-19@ held/unknown med= part="}},
	})
}
