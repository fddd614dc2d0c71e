package meetings

import "testing"

// TestPutOffOnIsNotTheRoundsDate: the date after "بعد تأجيلها" is the day
// the round was put off, not the day it was held.
func TestPutOffOnIsNotTheRoundsDate(t *testing.T) {
	tests := []meetingCase{
		{"held after being put off",
			"عُقدت في مسقط، أمس الثلاثاء، الجولة الخامسة من المحادثات بين إيران والولايات المتحدة، بعد تأجيلها في يونيو الماضي.",
			map[string]string{"أمس الثلاثاء": "2025-10-07", "يونيو الماضي": "2025-06"},
			[]string{"talks iran+united-states 2025-10-07@muscat held/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-10-08", tests)
}
