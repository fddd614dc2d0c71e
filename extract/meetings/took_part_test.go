package meetings

import "testing"

// TestTookPartSides: the sides of talks told with none of their own are
// those said to take part in them, clause by clause ("وشارك في المباحثات
// X …، فيما مثّل Y …"); once the article has named the sides, those who
// take part may mediate and add no side; observers and sponsors named in
// the sentence are no sides.
func TestTookPartSides(t *testing.T) {
	d := map[string]string{"12 أبريل": "2025-04-12"}
	runMeetingCases(t, testKnown(), "2025-04-13", []meetingCase{
		{"the sides of those who took part",
			"انتهت في مسقط يوم 12 أبريل المائدة المستديرة الثانية. وشارك في المباحثات وزير الخارجية الإيراني عباس عراقجي على رأس وفد بلاده، فيما مثّل الولايات المتحدة المبعوث ستيف ويتكوف.", d,
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part=abbas-araghchi/iran,steve-witkoff/united-states"}},
		{"the sides named before: who takes part adds no side",
			"انتهت في مسقط يوم 12 أبريل جولة المحادثات بين إيران والولايات المتحدة. وشارك في المباحثات وزير الدولة القطري، فيما مثّل الصين وزير خارجيتها.", d,
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part="}},
		{"observers and sponsors are no sides",
			"وشارك في المباحثات، التي اختتمت في مسقط يوم 12 أبريل، وفدا إيران والولايات المتحدة، برعاية قطر، فيما حضر ممثلون عن الصين والسعودية بصفة مراقبين.", d,
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med=qatar part="}},
	})
}
