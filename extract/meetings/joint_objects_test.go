package meetings

import "testing"

// TestGatheredParties: a meeting that "brought together" (جمع) people or
// delegations has their sides as its sides; a place's adjective is none.
func TestGatheredParties(t *testing.T) {
	const want = "talks iran+united-states 2025-04-12@muscat held/unknown med= part=abbas-araghchi/iran,steve-witkoff/united-states"
	tests := []struct{ name, text, want string }{
		{"titles, names and a relative clause",
			"وجمع اللقاء الذي عقد في مسقط يوم 12 أبريل وزير الخارجية الإيراني عباس عراقجي بالمبعوث الأمريكي ستيف ويتكوف.", want},
		{"bare surnames, the second after ب",
			"وجمع اللقاء في مسقط يوم 12 أبريل عراقجي بويتكوف.", want},
		{"two delegations by their adjectives",
			"وجمعت المحادثات في مسقط يوم 12 أبريل الوفد الإيراني بالوفد الأمريكي.",
			"talks iran+united-states 2025-04-12@muscat held/unknown med= part="},
		{"the country of the place is no side",
			"وجمعت المحادثات في مدينة مسقط العمانية يوم 12 أبريل عراقجي بويتكوف.", want},
		{"the host in a relative clause is no side",
			"وجمع اللقاء الذي استضافته سلطنة عمان يوم 12 أبريل عراقجي بويتكوف.",
			"talks iran+united-states 2025-04-12@oman held/unknown med= part=abbas-araghchi/iran,steve-witkoff/united-states"},
		{"after the round is reported, undated",
			"عقدت في مسقط يوم 12 أبريل جولة مفاوضات جديدة بين إيران والولايات المتحدة. وجمع اللقاء وزير الخارجية الإيراني عباس عراقجي بالمبعوث الأمريكي ستيف ويتكوف.", want},
		{"جمع after the meeting noun, past a clause on how long it lasted",
			"واختتم في مسقط يوم 12 أبريل اجتماع استمر يومين، جمع وفوداً من إيران والولايات المتحدة وقطر، برعاية سلطنة عمان.",
			"talks iran+qatar+united-states 2025-04@muscat held/unknown med=oman part="},
		{"جمع after the meeting noun: the capital's adjective is no side",
			"وعقد يوم 12 أبريل لقاء جمع وفدي إيران والولايات المتحدة في العاصمة العمانية مسقط.",
			"talks iran+united-states 2025-04-12@muscat held/unknown med= part="},
		{"ضمّ with a list of officials set off by commas, the round told before with no sides",
			"واختتم في مسقط يوم 12 أبريل الاجتماع الموسع. وضمّ الاجتماع وزير الخارجية الإيراني عباس عراقجي، والمبعوث الأمريكي ستيف ويتكوف، ووزير الخارجية العماني بدر البوسعيدي.",
			"talks iran+oman+united-states 2025-04-12@muscat held/unknown med= part=abbas-araghchi/iran,badr-albusaidi/oman,steve-witkoff/united-states"},
		{"a trilateral meeting: its host is the third side",
			"وأعلنت الخارجية أن الوزير بدر البوسعيدي استضاف يوم 12 أبريل في مسقط اجتماعاً ثلاثياً ضم وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف.",
			"talks iran+oman+united-states 2025-04-12@muscat held/unknown med= part=abbas-araghchi/iran,badr-albusaidi/oman,steve-witkoff/united-states"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectDescribed(t, tt.text, tt.want) })
	}
}
