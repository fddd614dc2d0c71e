package meetings

import "testing"

// TestJointActOfPeople: the people who are the subject of a verb of a
// joint act ("اتفق الوزير X والمبعوث Y، خلال لقاء جمعهما …") give the
// round its sides, by their countries or the ones their titles name.
func TestJointActOfPeople(t *testing.T) {
	tests := []meetingCase{
		{"two officials agree at a meeting",
			"اتفق وزير الخارجية الإيراني كريم نادري والمبعوث الأمريكي جون بيكر، خلال لقاء جمعهما أمس في مسقط، على مواصلة المحادثات.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part=جون-بيكر/united-states,كريم-نادري/iran"}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
