package meetings

import "testing"

// TestDepartureClosesRound: delegations leaving a place after talks give
// the round its venue (the place left, a capital included) and its sides
// (the delegations, however coordinated); the place's country is no side.
// Three days of talks date the round to the month.
func TestDepartureClosesRound(t *testing.T) {
	d := map[string]string{"12 أبريل": "2025-04-12"}
	runMeetingCases(t, testKnown(), "2025-04-13", []meetingCase{
		{"two delegations by a dual, the capital by name",
			"غادر وفدا إسرائيل وحركة حماس القاهرة يوم 12 أبريل بعد ثلاثة أيام من المباحثات غير المباشرة.", d,
			[]string{"talks israel+hamas 2025-04@cairo held/indirect med= part="}},
		{"the capital by its country's adjective, after a dateline",
			"الدوحة - (وكالات): غادر وفدا حركة حماس وإسرائيل العاصمة المصرية يوم 12 أبريل، عقب جولة من المفاوضات غير المباشرة.", d,
			[]string{"talks israel+hamas 2025-04-12@cairo held/indirect med= part="}},
		{"two delegations coordinated in full, a city not a capital",
			"وغادر الوفد الروسي ووفد أوكرانيا إسطنبول يوم 12 أبريل بعد ساعتين من المحادثات المباشرة.", d,
			[]string{"talks russia+ukraine 2025-04-12@istanbul held/direct med= part="}},
	})
}
