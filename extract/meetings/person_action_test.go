package meetings

import "testing"

// TestPlaceOfAPersonsAction: a place in a clause telling what a person did
// ("بعدما قرر X البقاء في أنقرة", "عندما كان X في القاهرة") is not the
// venue of the talks the sentence is about; the talks' own place before the
// clause stays.
func TestPlaceOfAPersonsAction(t *testing.T) {
	d := map[string]string{"12 أبريل": "2025-04-12"}
	runMeetingCases(t, testKnown(), "2025-04-13", []meetingCase{
		{"a decision to stay somewhere",
			"أرجئت المحادثات بين روسيا وأوكرانيا إلى يوم 12 أبريل بعدما قرر المبعوث الأمريكي ستيف ويتكوف البقاء في إسطنبول.", d,
			[]string{"talks russia+ukraine 2025-04-12@ postponed/unknown med= part="}},
		{"where a person was when",
			"عقدت المفاوضات بين إيران والولايات المتحدة يوم 12 أبريل عندما كان عباس عراقجي في مسقط.", d,
			[]string{"talks iran+united-states 2025-04-12@ held/unknown med= part=abbas-araghchi/iran"}},
		{"the talks' own place, before the clause, stays",
			"عقدت المفاوضات بين إيران والولايات المتحدة يوم 12 أبريل في مسقط بعدما وصل إليها عباس عراقجي.", d,
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part=abbas-araghchi/iran"}},
	})
}

// TestPlaceOfAnEventIsNoVenue: a place after an event noun and "في" ("the
// war in X", "the attack in X") is where that happened, not the venue.
func TestPlaceOfAnEventIsNoVenue(t *testing.T) {
	d := map[string]string{"12 أبريل": "2025-04-12"}
	runMeetingCases(t, testKnown(), "2025-04-13", []meetingCase{
		{"the war in a city before the talks noun",
			"وفي ظل استمرار الحرب في القاهرة بحث الطرفان يوم 12 أبريل خلال مفاوضات بين إسرائيل وحركة حماس اتفاقاً جديداً.", d,
			[]string{"talks israel+hamas 2025-04-12@ held/unknown med= part="}},
		{"the sides of the war met in a city",
			"بحث طرفا الحرب في القاهرة يوم 12 أبريل خلال مفاوضات بين إسرائيل وحركة حماس اتفاقاً جديداً.", d,
			[]string{"talks israel+hamas 2025-04-12@cairo held/unknown med= part="}},
		{"an attack in a city after it",
			"عقدت المفاوضات بين إيران والولايات المتحدة يوم 12 أبريل رغم الهجوم في مسقط.", d,
			[]string{"talks iran+united-states 2025-04-12@ held/unknown med= part="}},
	})
}
