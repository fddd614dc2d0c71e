package meetings

import "testing"

// TestShuttleEnds: the delegations a go-between moves between, named in
// the rest of the sentence, are the sides; the head of a delegation named
// just before "لنقل الرسائل" carries no messages.
func TestShuttleEnds(t *testing.T) {
	tests := []meetingCase{
		{"two halls, one delegation in each",
			"انطلقت في مسقط أمس جولة محادثات غير مباشرة، فيتنقل البوسعيدي بين قاعتين، تضم إحداهما الوفد الإيراني والأخرى الوفد الأمريكي.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/indirect med=oman part=badr-albusaidi/mediator"}},
		{"a hotel and a hall",
			"عقدت في الدوحة أمس جولة مفاوضات غير مباشرة، يتنقل خلالها الوسيط القطري بين الفندق الذي يقيم فيه وفد حماس والقاعة التي يجلس فيها الوفد الإسرائيلي.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks israel+hamas 2025-04-19@doha held/indirect med=qatar part="}},
		{"the head of a delegation just before the messages",
			"وجرت في مسقط أمس محادثات بين إيران والولايات المتحدة، يتنقل فيها البوسعيدي بين الوفد الإيراني والوفد الأمريكي برئاسة ستيف ويتكوف لنقل الرسائل.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/indirect med=oman part=badr-albusaidi/mediator,steve-witkoff/united-states"}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
