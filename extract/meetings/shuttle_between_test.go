package meetings

import (
	"testing"
)

// TestShuttleBetweenMediates: the one who moves between the sides, named
// before "التنقل بين" or between "يتنقل" and "بين", mediates the round and
// makes it indirect; a delegation that moves between cities does not.
func TestShuttleBetweenMediates(t *testing.T) {
	tests := []meetingCase{
		{"the subject before the verbal noun",
			"وعقدت في الدوحة يوم 12 أبريل جولة محادثات بين إيران والولايات المتحدة، وواصل خلالها الوزير بدر البوسعيدي التنقل بين الوفدين.",
			map[string]string{"يوم 12 أبريل": "2025-04-12"},
			[]string{"talks iran+united-states 2025-04-12@doha held/indirect med=oman part=badr-albusaidi/mediator"}},
		{"the subject after the verb",
			"وعقدت في مسقط يوم 12 أبريل محادثات بين إيران والولايات المتحدة، ويتنقل وزير الخارجية العماني بدر البوسعيدي بين الوفد الإيراني والوفد الأمريكي.",
			map[string]string{"يوم 12 أبريل": "2025-04-12"},
			[]string{"talks iran+united-states 2025-04-12@muscat held/indirect med=oman part=badr-albusaidi/mediator"}},
		{"a country's envoys",
			"وجرت في القاهرة يوم 12 أبريل محادثات بين إسرائيل وحركة حماس، وتنقل مسؤولون من مصر بين الطرفين طوال اليوم.",
			map[string]string{"يوم 12 أبريل": "2025-04-12"},
			[]string{"talks israel+hamas 2025-04-12@cairo held/indirect med=egypt part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
