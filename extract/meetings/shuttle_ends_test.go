package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
)

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
		{"the ends replace the sides one delegation meets directly",
			"جرت في إسطنبول أمس محادثات، ويتنقل البوسعيدي بين القاعة التي يجتمع فيها الوفد الأوكراني مع ممثلي تركيا ومصر، والفندق الذي يقيم فيه الوفد الروسي.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks russia+ukraine 2025-04-19@istanbul held/indirect med=oman part=badr-albusaidi/mediator"}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}

// TestMediatorTitleEarlier: a go-between named by his title earlier in
// the article ("منسق الاتحاد الأوروبي إنريكي مورا") mediates for the body
// his title names when a later sentence names him alone.
func TestMediatorTitleEarlier(t *testing.T) {
	known := append(testKnown(),
		entities.Known{ID: "org:european-union", Label: "Organization", Name: "European Union", NameAr: "الاتحاد الأوروبي"},
		entities.Known{ID: "person:enrique-mora", Label: "Person", Name: "Enrique Mora", NameAr: "إنريكي مورا", Aliases: []string{"مورا"}},
		entities.Known{ID: "venue:vienna", Label: "Venue", Name: "Vienna", NameAr: "فيينا", Country: "country:austria"},
	)
	tests := []meetingCase{
		{"the coordinator named again by his surname",
			"وقال منسق الاتحاد الأوروبي إنريكي مورا إن العمل مستمر. وانطلقت في فيينا أمس جولة محادثات بين إيران والولايات المتحدة، ويتنقل مورا بين الوفدين.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@vienna held/indirect med=european-union part=enrique-mora/mediator"}},
	}
	runMeetingCases(t, known, "2025-04-20", tests)
}
