package meetings

import "testing"

// TestChairedBy: the chairs of two sides' session named around a relative
// pronoun mediate it — bodies after "التي ترأسها" (co-chairs), a person
// before "الذي ترأس الجلسة" — and are no side; whom a mediator works with
// ("بالتنسيق مع", "بالتعاون مع") is not whom the talks are with.
func TestChairedBy(t *testing.T) {
	dates := map[string]string{"12 أبريل": "2025-04-12"}
	const lead = "اختتمت في مسقط يوم 12 أبريل جولة محادثات بين الولايات المتحدة وإيران. "
	tests := []meetingCase{
		{name: "two bodies co-chair the talks",
			text: "واختتمت في مسقط يوم 12 أبريل مشاورات بين الحكومة اليمنية وجماعة الحوثي، التي ترأسها مكتب المبعوث الأممي واللجنة الدولية للصليب الأحمر.", dates: dates,
			want: []string{"talks yemen+houthis 2025-04-12@muscat held/unknown med=icrc+united-nations part="}},
		{name: "a person co-chairs with a body",
			text: "وانتهت يوم 12 أبريل في مسقط المفاوضات بين الولايات المتحدة وإيران، التي ترأسها بدر البوسعيدي واللجنة الدولية للصليب الأحمر.", dates: dates,
			want: []string{"talks iran+united-states 2025-04-12@muscat held/unknown med=oman+icrc part=badr-albusaidi/mediator"}},
		{name: "the chair named before الذي",
			text: lead + "وقال بدر البوسعيدي، الذي ترأس الجلسة الختامية، إن الجانبين أحرزا تقدماً.", dates: dates,
			want: []string{"talks iran+united-states 2025-04-12@muscat held/unknown med=oman part=badr-albusaidi/mediator"}},
		{name: "whom a mediator works with is no side",
			text: "وأشادت الخارجية العمانية يوم 12 أبريل بالمحادثات، مؤكدة أن السلطنة ستواصل مساعيها بالتنسيق مع السعودية والأمم المتحدة.", dates: dates},
		{name: "talks held in cooperation with others",
			text: "وجرت يوم 12 أبريل لقاءات في مسقط، وقالت السلطنة إنها ستواصل جهودها بالتعاون مع قطر والأمم المتحدة.", dates: dates},
	}
	runMeetingCases(t, receptionKnown(), "2025-04-20", tests)
}
