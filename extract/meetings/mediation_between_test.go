package meetings

import "testing"

// TestMediationBetweenTheSides: "الوساطة بين الجانبين" in a frame points
// at the sides the frame names itself; it leaves them to be read, and the
// mediator is no side.
func TestMediationBetweenTheSides(t *testing.T) {
	dates := map[string]string{"12 أبريل": "2025-04-12"}
	tests := []meetingCase{
		{name: "a mediating delegation takes part",
			text: "أنهى الوفد السعودي يوم 12 أبريل جولة مباحثات مع جماعة الحوثي، بمشاركة وفد عماني يتولى الوساطة بين الجانبين.", dates: dates,
			want: []string{"talks saudi-arabia+houthis 2025-04-12@ held/unknown med=oman part="}},
		{name: "a mediator who mediates between the two",
			text: "وأجرى ستيف ويتكوف يوم 12 أبريل محادثات مع عباس عراقجي في مسقط، وتولى بدر البوسعيدي التوسط بين الطرفين.", dates: dates,
			want: []string{"talks iran+united-states 2025-04-12@muscat held/unknown med=oman part=abbas-araghchi/iran,badr-albusaidi/mediator,steve-witkoff/united-states"}},
		{name: "the sides named after بين are still read",
			text: "وعقدت يوم 12 أبريل في مسقط جولة محادثات بين إيران والولايات المتحدة بوساطة عمانية.", dates: dates,
			want: []string{"talks iran+united-states 2025-04-12@muscat held/unknown med=oman part="}},
	}
	runMeetingCases(t, receptionKnown(), "2025-04-20", tests)
}

// TestWithBothSides: "مع كل من الوفدين", "مع الطرفين" after a talks noun
// name the sides already known; the "مع" list stops there, so that places
// named in a later clause ("وأنه سيواصل اتصالاته مع الدوحة والقاهرة") are
// no sides, and "الطرفان" after it points back to the round's channel.
func TestWithBothSides(t *testing.T) {
	const lead = "اختتمت في مسقط يوم 12 أبريل جولة محادثات بين الحكومة اليمنية وجماعة الحوثي برعاية الأمم المتحدة. "
	dates := map[string]string{"12 أبريل": "2025-04-12", "في الأيام المقبلة": "+2025-04"}
	held := "talks yemen+houthis 2025-04-12@muscat held/unknown med=united-nations part="
	tests := []meetingCase{
		{name: "the mediator's separate sessions, his contacts, the two sides' plan",
			text: lead + "وأضاف بدر البوسعيدي أنه عقد خلال الأسبوع لقاءات منفصلة مع كل من الوفدين، وأنه سيواصل اتصالاته مع الرياض والدوحة في الأيام المقبلة، على أن يستأنف الطرفان المشاورات في العاصمة العمانية خلال سبتمبر المقبل.", dates: map[string]string{"12 أبريل": "2025-04-12", "في الأيام المقبلة": "+2025-04", "سبتمبر المقبل": "+2025-09"},
			want: []string{held, "talks yemen+houthis 2025-09@muscat planned/unknown med= part="}},
		{name: "meetings with the two sides, then contacts with capitals",
			text: lead + "وأجرى بدر البوسعيدي لقاءات مع الطرفين، ثم قال إنه سيواصل اتصالاته مع الرياض والدوحة في الأيام المقبلة.", dates: dates,
			want: []string{held}},
		{name: "with the two delegations, then contacts with capitals",
			text: lead + "والتقى بدر البوسعيدي مع الوفدين مجددا، وأكد أنه سيواصل اتصالاته مع الرياض والدوحة في الأيام المقبلة.", dates: dates,
			want: []string{held}},
	}
	runMeetingCases(t, receptionKnown(), "2025-04-20", tests)
}

// TestMediationBetweenNamesNoMediator: in "الوساطة بين طهران وخصومها" the
// place after بين is a side, never the mediator, also when the other side
// is no name.
func TestMediationBetweenNamesNoMediator(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-22", []meetingCase{
		{"the mediation between one named side and its adversaries",
			"انطلقت في مسقط أمس الجولة الأولى من المحادثات بين إيران والولايات المتحدة، وتحت رعاية الوزير بدر البوسعيدي الذي تتولى بلاده الوساطة بين طهران وخصومها السابقين.",
			map[string]string{"أمس": "2025-04-21"},
			[]string{"talks iran+united-states 2025-04-21@muscat held/unknown med=oman part=badr-albusaidi/mediator"}},
	})
}
