package meetings

import "testing"

// TestPendingSides: a round told before any side is named takes the sides
// of the delegations a later sentence names; a sentence naming one
// delegation only settles nothing.
func TestPendingSides(t *testing.T) {
	const lead = "اختتمت في مسقط يوم 12 أبريل الجولة الرابعة من المحادثات برعاية عمانية. "
	d := map[string]string{"12 أبريل": "2025-04-12"}
	runMeetingCases(t, testKnown(), "2025-04-13", []meetingCase{
		{"two delegations named after",
			lead + "وترأس الوفد الإيراني عباس عراقجي، فيما ترأس الوفد الأمريكي ستيف ويتكوف.", d,
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med=oman part=abbas-araghchi/iran,steve-witkoff/united-states"}},
		{"the delegation of a government by its adjective",
			lead + "وترأس وفد الحكومة الإيرانية عباس عراقجي، فيما ترأس الوفد الأمريكي ستيف ويتكوف.", d,
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med=oman part=abbas-araghchi/iran,steve-witkoff/united-states"}},
		{"one delegation named after",
			lead + "وترأس الوفد الإيراني عباس عراقجي.", d, nil},
	})
}
