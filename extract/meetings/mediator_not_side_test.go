package meetings

import "testing"

// TestEarlierRoundNotOfItsMediator: an earlier round "between the two
// sides" that a country mediated belongs to the channel the article
// reports, not to the last meeting that country held itself.
func TestEarlierRoundNotOfItsMediator(t *testing.T) {
	const round = "عقدت روسيا وأوكرانيا في إسطنبول يوم 12 أبريل جولة محادثات مباشرة. "
	const bilateral = "والتقى وزير الخارجية التركي المبعوث الأمريكي ستيف ويتكوف في إسطنبول يوم 11 أبريل. "
	d := map[string]string{"12 أبريل": "2025-04-12", "11 أبريل": "2025-04-11", "مارس 2022": "2022-03"}
	runMeetingCases(t, testKnown(), "2025-04-13", []meetingCase{
		{"hosted, by the mediator's adjective",
			round + bilateral + "وكانت إسطنبول قد احتضنت آخر لقاء مباشر بين الجانبين في مارس 2022 بوساطة تركية.", d,
			[]string{
				"talks russia+ukraine 2025-04-12@istanbul held/direct med= part=",
				"talks turkey+united-states 2025-04-11@istanbul held/direct med= part=steve-witkoff/united-states",
				"talks russia+ukraine 2022-03@istanbul held/direct med=turkey part=",
			}},
		{"the mediator's name as a country",
			round + bilateral + "وكان الطرفان قد عقدا آخر جولة بينهما في مارس 2022 بوساطة تركيا.", d,
			[]string{
				"talks russia+ukraine 2025-04-12@istanbul held/direct med= part=",
				"talks turkey+united-states 2025-04-11@istanbul held/direct med= part=steve-witkoff/united-states",
				"talks russia+ukraine 2022-03@ held/unknown med=turkey part=",
			}},
	})
}

// TestUndatedRoundOfTheLatestPair: "the third round" with no sides of its
// own, after a sentence naming another pair ("بين موسكو وكييف") than the
// last meeting's, is a round of that pair.
func TestUndatedRoundOfTheLatestPair(t *testing.T) {
	d := map[string]string{"12 أبريل": "2025-04-12", "مارس 2022": "2022-03"}
	runMeetingCases(t, testKnown(), "2025-04-13", []meetingCase{
		{"the pair named by capitals in a sentence without a meeting",
			"التقى المبعوث الأمريكي ستيف ويتكوف الوفد الأوكراني في جدة يوم 12 أبريل. وتستمر الحرب بين روسيا وأوكرانيا. ولم يلتق مفاوضو البلدين منذ الجولة الثالثة في إسطنبول في مارس 2022.", d,
			[]string{
				"talks ukraine+united-states 2025-04-12@jeddah held/direct med= part=steve-witkoff/united-states",
				"talks russia+ukraine 2022-03@istanbul held/unknown med= part=",
			}},
	})
}
