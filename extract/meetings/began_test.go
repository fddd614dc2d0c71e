package meetings

import "testing"

// TestRoundBeganEarlier: a sentence telling the day the round being
// reported began ("وكانت المشاورات قد انطلقت يوم …", "المحادثات بدأت …")
// makes it a round over several days, dated to its month (to its year when
// it began in another month), not a second meeting; a new round that
// opened ("انطلقت جولة جديدة") or a day weeks before is another meeting.
func TestRoundBeganEarlier(t *testing.T) {
	const lead = "اختتمت في مسقط يوم 12 أبريل جولة محادثات بين الولايات المتحدة وإيران بوساطة عمانية. "
	dates := map[string]string{"12 أبريل": "2025-04-12", "9 أبريل": "2025-04-09"}
	tests := []meetingCase{
		{name: "pluperfect, the talks noun as subject",
			text: lead + "وكانت المحادثات قد انطلقت يوم 9 أبريل.", dates: dates,
			want: []string{"talks iran+united-states 2025-04@muscat held/unknown med=oman part="}},
		{name: "a plain past verb of beginning",
			text: lead + "والمشاورات بدأت يوم 9 أبريل وسط تكتم شديد.", dates: dates,
			want: []string{"talks iran+united-states 2025-04@muscat held/unknown med=oman part="}},
		{name: "begun in the month before: the year",
			text:  "اختتمت في مسقط يوم 2 مايو جولة محادثات بين الولايات المتحدة وإيران بوساطة عمانية. وكانت المحادثات قد انطلقت يوم 28 أبريل.",
			dates: map[string]string{"2 مايو": "2025-05-02", "28 أبريل": "2025-04-28"},
			want:  []string{"talks iran+united-states 2025@muscat held/unknown med=oman part="}},
		{name: "the rest of the sentence tells of the round",
			text:  "اختتمت في مسقط يوم 12 أبريل جولة محادثات بين الولايات المتحدة وإيران. وكانت المحادثات قد انطلقت يوم 9 أبريل، فيما تولى الوسطاء العمانيون نقل الرسائل بين الوفدين.",
			dates: dates,
			want:  []string{"talks iran+united-states 2025-04@muscat held/indirect med=oman part="}},
		{name: "a new round that opened is another meeting",
			text: lead + "وكانت جولة جديدة قد انطلقت يوم 9 أبريل.", dates: dates,
			want: []string{"talks iran+united-states 2025-04-12@muscat held/unknown med=oman part=", "talks iran+united-states 2025-04-09@ held/unknown med= part="}},
	}
	runMeetingCases(t, receptionKnown(), "2025-05-20", tests)
}
