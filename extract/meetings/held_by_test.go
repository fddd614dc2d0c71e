package meetings

import "testing"

// TestHeldBy: a meeting noun followed by a verb of holding with its pronoun
// ("لقاء عقده X … مع Y") has the sides of X and of whom he met, whatever a
// place named before it seemed to say.
func TestHeldBy(t *testing.T) {
	d := map[string]string{"12 أبريل": "2025-04-12"}
	runMeetingCases(t, testKnown(), "2025-04-13", []meetingCase{
		{"the one who held it, after his title, and whom he met",
			"وجاء الاجتماع بعد لقاء عقده وزير الخارجية الإيراني عباس عراقجي يوم 12 أبريل في روما مع المبعوث الأمريكي ستيف ويتكوف.", d,
			[]string{"talks iran+united-states 2025-04-12@rome held/unknown med= part=abbas-araghchi/iran,steve-witkoff/united-states"}},
		{"a place named before is no side",
			"وتأتي محطة الدوحة بعد محادثات عقدها وزير الخارجية الإيراني عباس عراقجي يوم 12 أبريل في روما مع المبعوث الأمريكي ستيف ويتكوف.", d,
			[]string{"talks iran+united-states 2025-04-12@rome held/unknown med= part=abbas-araghchi/iran,steve-witkoff/united-states"}},
	})
}

// TestMetList: those met may share one title, each named after his country
// ("التقى X وزراء خارجية قطر Y، وعُمان Z"): every one's side.
func TestMetList(t *testing.T) {
	d := map[string]string{"12 أبريل": "2025-04-12"}
	runMeetingCases(t, testKnown(), "2025-04-13", []meetingCase{
		{"one title for the list",
			"والتقى المبعوث الأمريكي ستيف ويتكوف يوم 12 أبريل في روما وزيري خارجية إيران عباس عراقجي، وعُمان بدر البوسعيدي.", d,
			[]string{"talks iran+oman+united-states 2025-04-12@rome held/direct med= part=abbas-araghchi/iran,badr-albusaidi/oman,steve-witkoff/united-states"}},
	})
}
