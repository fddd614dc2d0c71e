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
