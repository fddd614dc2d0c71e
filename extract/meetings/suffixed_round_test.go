package meetings

import "testing"

// TestRoundNounWithPronoun: a round noun whose ة is written ت before a
// possessive pronoun ("جولتهما", "محادثتهما") is a trigger like the bare noun.
func TestRoundNounWithPronoun(t *testing.T) {
	tests := []meetingCase{
		{"their third round, dated",
			"وعقدت الولايات المتحدة وإيران جولتهما الثالثة في مسقط في 16 أبريل.",
			map[string]string{"16 أبريل": "2025-04-16"},
			[]string{"talks iran+united-states 2025-04-16@muscat held/unknown med= part="}},
		{"their second round, yesterday",
			"اختتمت روسيا وأوكرانيا في إسطنبول أمس جولتهما الثانية.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks russia+ukraine 2025-04-19@istanbul held/unknown med= part="}},
		{"their first conversation in Cairo",
			"أجرت مصر وقطر في القاهرة أمس محادثتهما الأولى منذ سنوات.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks egypt+qatar 2025-04-19@cairo held/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
