package meetings

import "testing"

// TestMatchIsNoMeeting: national teams that meet on a pitch ("منتخبا
// إيران وقطر يلتقيان ودياً", "في مباراة") hold no round of talks; talks in
// the same article still count.
func TestMatchIsNoMeeting(t *testing.T) {
	tests := []meetingCase{
		{"a friendly of national teams",
			"منتخبا إيران وقطر يلتقيان ودياً في الدوحة يوم الخميس المقبل. ويلتقي منتخب إيران لكرة القدم نظيره القطري في مباراة تحضيرية.",
			map[string]string{"يوم الخميس المقبل": "2025-04-24"},
			nil},
		{"talks beside a match",
			"عقدت إيران وقطر أمس في الدوحة جولة محادثات. وفي سياق آخر، يلتقي منتخب إيران نظيره القطري في مباراة ودية الخميس.",
			map[string]string{"أمس": "2025-04-19", "الخميس": "2025-04-24"},
			[]string{"talks iran+qatar 2025-04-19@doha held/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
