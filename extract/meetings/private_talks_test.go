package meetings

import "testing"

// TestPrivateTalks: business meetings and talks between firms of two
// countries are no meeting of those countries.
func TestPrivateTalks(t *testing.T) {
	d := map[string]string{"12 أبريل": "2025-04-12"}
	runMeetingCases(t, testKnown(), "2025-04-13", []meetingCase{
		{"business meetings", "وشهد المعرض لقاءات أعمال بين شركات إيرانية وقطرية يوم 12 أبريل في الدوحة.", d, nil},
		{"talks between firms", "وجرت يوم 12 أبريل في الدوحة محادثات بين شركات إيرانية وقطرية.", d, nil},
		{"talks between the states", "وجرت يوم 12 أبريل في الدوحة محادثات بين إيران وقطر.", d,
			[]string{"talks iran+qatar 2025-04-12@doha held/unknown med= part="}},
	})
}
