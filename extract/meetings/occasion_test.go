package meetings

import "testing"

// TestOccasionSubjects: the two who announce, declare or sign something at
// the end of talks with no sides of their own held those talks, and so do
// the subjects of a joint act reported after "أن"; a talks
// noun after no word of ending, or a sentence opening with a name, takes
// nothing from the verb's subjects.
func TestOccasionSubjects(t *testing.T) {
	d := map[string]string{"أمس الخميس": "2025-04-10"}
	runMeetingCases(t, testKnown(), "2025-04-11", []meetingCase{
		{"a joint statement at the end of talks",
			"أعلنت مصر وقطر، أمس الخميس، في بيان مشترك صدر في الدوحة، تشكيل لجنة اقتصادية عليا، وذلك في ختام مباحثات جرت في العاصمة القطرية.", d,
			[]string{"talks egypt+qatar 2025@doha held/unknown med= part="}},
		{"a declaration after talks",
			"وأكدت روسيا وتركيا أمس الخميس التزامهما بالتهدئة عقب محادثات في إسطنبول.", d,
			[]string{"talks russia+turkey 2025@istanbul held/unknown med= part="}},
		{"talks whose sides are named keep them",
			"وأعلنت مصر وقطر أمس الخميس دعمهما للاتفاق في ختام محادثات بين إيران والولايات المتحدة في مسقط.", d,
			[]string{"talks iran+united-states 2025@muscat held/unknown med= part="}},
		{"a joint act reported after أن, at the end of talks",
			"وأعلنت الخارجية العمانية أمس الخميس أن إيران والولايات المتحدة اتفقتا على تبادل الأسرى، في ختام جولة مفاوضات استضافتها مسقط.", d,
			[]string{"talks iran+united-states 2025@muscat held/unknown med= part="}},
		{"a call of one side with someone else is no call of the talks' sides",
			"وأعلنت الخارجية القطرية أمس الخميس أن إيران والولايات المتحدة اتفقتا على تبادل الأسرى، في ختام جولة مفاوضات استضافتها الدوحة بوساطة قطرية. وأجرى وزير الخارجية الإيراني عباس عراقجي اتصالاً هاتفياً بأمير قطر.", d,
			[]string{"talks iran+united-states 2025@doha held/unknown med=qatar part="}},
		{"no word of ending: the subjects only speak of talks",
			"وأعلنت مصر وقطر أمس الخميس أن مباحثات ستجري في الدوحة.", d,
			nil},
	})
}

// TestOccasionDate: what was done at the end of a round ("وقّع …، يوم 12
// أبريل، اتفاقاً …، في ختام الجولة الرابعة") dates the round's last day.
func TestOccasionDate(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-13", []meetingCase{
		{"a signing at the end of the round",
			"ووقّع رئيسا الوفدين، يوم 12 أبريل، اتفاقاً لوقف إطلاق النار، في ختام الجولة الرابعة من المحادثات بين إيران والولايات المتحدة في مسقط.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part="}},
	})
}
