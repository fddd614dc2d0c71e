package meetings

import "testing"

// TestCircumstantialCarrier: "…، ناقلاً إليه …" after a comma is done by
// the clause's subject, not by the head of the delegation named just
// before the comma; the dual "الوسيطين" with two adjectives names two
// mediators.
func TestCircumstantialCarrier(t *testing.T) {
	d := map[string]string{"12 أبريل": "2025-04-12"}
	runMeetingCases(t, testKnown(), "2025-04-13", []meetingCase{
		{"the carrier is the subject, not the delegation's head",
			"عقدت في الدوحة يوم 12 أبريل مفاوضات غير مباشرة بين إسرائيل وحركة حماس، والتقى المبعوث الأمريكي ستيف ويتكوف وفد حماس برئاسة خليل الحية، ناقلاً إليه الملاحظات الإسرائيلية.", d,
			[]string{"talks israel+hamas 2025-04-12@doha held/indirect med=united-states part=khalil-al-hayya/hamas,steve-witkoff/mediator"}},
		{"a feminine participle, the carrier a minister by name",
			"عقدت في مسقط يوم 12 أبريل محادثات غير مباشرة بين الولايات المتحدة وإيران، وزار بدر البوسعيدي الوفد الإيراني برئاسة عباس عراقجي، حاملاً إليه الرسائل الأمريكية.", d,
			[]string{"talks iran+united-states 2025-04-12@muscat held/indirect med=oman part=abbas-araghchi/iran,badr-albusaidi/mediator"}},
		{"two mediators by a dual noun and two adjectives",
			"انتهت في القاهرة يوم 12 أبريل المباحثات غير المباشرة بين إسرائيل وحماس بمشاركة الوسيطين القطري والأمريكي.", d,
			[]string{"talks israel+hamas 2025-04-12@cairo held/indirect med=qatar+united-states part="}},
	})
}
