package meetings

import "testing"

// TestOfficialsAfterTrigger: a meeting noun followed by the officials who
// met, by titles that name their countries, is a meeting of those
// countries — also when a round of other sides was reported before; one
// official alone names no sides.
func TestOfficialsAfterTrigger(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"two ministers by nationality after لقاء",
			"وجاءت الخطوة بعد أسبوع من لقاء وزير الخارجية السعودي ووزير الخارجية الإيراني في بكين.", nil,
			[]string{"talks iran+saudi-arabia 2025@beijing held/unknown med= part="}},
		{"a dual title and two countries",
			"وجاءت الخطوة بعد لقاء وزيري خارجية السعودية وإيران في بكين.", nil,
			[]string{"talks iran+saudi-arabia 2025@beijing held/unknown med= part="}},
		{"after a round of other sides",
			"عقدت مصر وقطر محادثات في الدوحة. وجاءت الخطوة بعد أسبوع من لقاء وزير الخارجية السعودي ووزير خارجية إيران في بكين.", nil,
			[]string{"talks egypt+qatar 2025@doha held/unknown med= part=",
				"talks iran+saudi-arabia 2025@beijing held/unknown med= part="}},
		{"one official names no sides",
			"وعقد اجتماع وزير الخارجية المصري في القاهرة.", nil,
			nil},
	})
}
