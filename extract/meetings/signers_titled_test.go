package meetings

import "testing"

// TestTitledSigners: signatories named by their titles ("وقّع وزير
// الخارجية الإيراني X والمبعوث الأمريكي Y … اتفاقاً") are their sides; the
// person after his own title's nationality is that side, not the end of
// the list.
func TestTitledSigners(t *testing.T) {
	tests := []meetingCase{
		{"two titled signatories",
			"وقّع وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف، أمس في مسقط، اتفاقاً مؤقتاً.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part=abbas-araghchi/iran,steve-witkoff/united-states"}},
		{"the signing of an agreement between the sides",
			"شهدت مسقط، مساء أمس، توقيع اتفاق بين إيران والولايات المتحدة.",
			map[string]string{"مساء أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
