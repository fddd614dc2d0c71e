package meetings

import "testing"

// TestRoundBeganEarlier: a sentence telling the day the round being
// reported began ("وكانت المشاورات قد انطلقت يوم …", "المحادثات بدأت …",
// "منذ انطلاق المحادثات يوم …")
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
		{name: "the hamza-less بدا with a day is a beginning",
			text: lead + "والمحادثات بدا يوم 9 أبريل.", dates: dates,
			want: []string{"talks iran+united-states 2025-04@muscat held/unknown med=oman part="}},
		{name: "بدا (it seemed) is no beginning",
			text: lead + "والمحادثات بدا أنها تتقدم ببطء.", dates: map[string]string{"12 أبريل": "2025-04-12"},
			want: []string{"talks iran+united-states 2025-04-12@muscat held/unknown med=oman part="}},
		{name: "the verbal noun of beginning before the talks noun",
			text: lead + "وتنقل الوسطاء بين الوفدين منذ انطلاق المحادثات يوم 9 أبريل.", dates: dates,
			want: []string{"talks iran+united-states 2025-04@muscat held/unknown med=oman part="}},
		{name: "a new round that opened is another meeting",
			text: lead + "وكانت جولة جديدة قد انطلقت يوم 9 أبريل.", dates: dates,
			want: []string{"talks iran+united-states 2025-04-12@muscat held/unknown med=oman part=", "talks iran+united-states 2025-04-09@ held/unknown med= part="}},
		{name: "the same rank begun weeks before: one round of several weeks",
			text:  "وقع الطرفان في مسقط يوم 9 يونيو اتفاقا في ختام الجولة الثالثة من المفاوضات بين الولايات المتحدة وإيران. وكانت الجولة الثالثة قد انطلقت في مسقط في 2 مايو الماضي.",
			dates: map[string]string{"9 يونيو": "2025-06-09", "2 مايو": "2025-05-02"},
			want:  []string{"talks iran+united-states 2025@muscat held/unknown med= part="}},
		{name: "another rank begun weeks before is another round",
			text:  "وقع الطرفان في مسقط يوم 9 يونيو اتفاقا في ختام الجولة الثالثة من المفاوضات بين الولايات المتحدة وإيران. وكانت الجولة الثانية قد انطلقت في مسقط في 2 مايو الماضي.",
			dates: map[string]string{"9 يونيو": "2025-06-09", "2 مايو": "2025-05-02"},
			want:  []string{"talks iran+united-states 2025-06-09@muscat held/unknown med= part=", "talks iran+united-states 2025-05-02@muscat held/unknown med= part="}},
	}
	runMeetingCases(t, receptionKnown(), "2025-06-20", tests)
}

// TestPeriodSpan: "خلال الفترة من X وحتى Y" (days in words or digits)
// says the round lasted several days: it is dated to its month; a period
// that is no span of days changes nothing.
func TestPeriodSpan(t *testing.T) {
	dates := map[string]string{"10 مارس": "2025-03-10"}
	tests := []meetingCase{
		{name: "days in words",
			text: "واختتمت في بكين يوم 10 مارس مباحثات بين السعودية وإيران جرت خلال الفترة من السادس وحتى العاشر من الشهر.", dates: dates,
			want: []string{"talks iran+saudi-arabia 2025-03@beijing held/unknown med= part="}},
		{name: "days in digits",
			text: "واختتمت في بكين يوم 10 مارس مباحثات بين السعودية وإيران جرت في الفترة من 6 إلى 10 من الشهر.", dates: dates,
			want: []string{"talks iran+saudi-arabia 2025-03@beijing held/unknown med= part="}},
		{name: "a period that is no span",
			text: "واختتمت في بكين يوم 10 مارس مباحثات بين السعودية وإيران بعد فترة من التوتر.", dates: dates,
			want: []string{"talks iran+saudi-arabia 2025-03-10@beijing held/unknown med= part="}},
	}
	runMeetingCases(t, receptionKnown(), "2025-03-20", tests)
}

// TestRoundUnderWay: a round "in its third day" lasts several days; the
// day it began, told in a relative clause of a later sentence ("المحادثات،
// التي انطلقت يوم …"), is one of its days, not another meeting; and an
// earlier round in a contrast clause after it takes neither day nor the
// manner told before it.
func TestRoundUnderWay(t *testing.T) {
	const lead = "دخلت الجولة الثانية من المفاوضات بين إيران والولايات المتحدة يومها الثالث في مسقط يوم 12 أبريل. "
	dates := map[string]string{"12 أبريل": "2025-04-12", "10 أبريل": "2025-04-10"}
	runMeetingCases(t, testKnown(), "2025-04-12", []meetingCase{
		{name: "in its third day",
			text: lead, dates: map[string]string{"12 أبريل": "2025-04-12"},
			want: []string{"talks iran+united-states 2025-04@muscat held/unknown med= part="}},
		{name: "the day it began in a relative clause, an earlier round in contrast",
			text: lead + "وقالت مصادر إن المحادثات، التي انطلقت يوم 10 أبريل، تجري بصيغة غير مباشرة، خلافاً لجولة روما التي جلس فيها الجانبان وجهاً لوجه.", dates: dates,
			want: []string{"talks iran+united-states 2025-04@muscat held/indirect med= part=",
				"talks iran+united-states 2025@rome held/direct med= part="}},
	})
}

// TestRoundOverDaysToldBackwards: a session the same two held the day
// before the round reported ("وعقد الزعيمان جلسة مباحثات مساء الأحد")
// makes one round of several days with it, not a meeting of its own;
// another pair's session stays apart.
func TestRoundOverDaysToldBackwards(t *testing.T) {
	const lead = "ووقع الرئيس الإيراني سالم الفلاني ونظيره الأمريكي كريم العلي يوم 9 أبريل في مسقط إعلاناً مشتركاً. "
	dates := map[string]string{"9 أبريل": "2025-04-09", "الأحد": "2025-04-08"}
	runMeetingCases(t, receptionKnown(), "2025-04-10", []meetingCase{
		{name: "the two held a session the day before",
			text: lead + "وعقد الرئيسان جلسة مباحثات مطولة مساء الأحد.", dates: dates,
			want: []string{"talks iran+united-states 2025-04@muscat held/unknown med= part=سالم-الفلاني/iran,كريم-العلي/united-states"}},
		{name: "the two ministers of named other sides held a session the day before",
			text: lead + "وعقد وزيرا خارجية قطر والصين جلسة مباحثات مطولة مساء الأحد.", dates: dates,
			want: []string{"talks iran+united-states 2025-04-09@muscat held/unknown med= part=سالم-الفلاني/iran,كريم-العلي/united-states", "talks china+qatar 2025-04-08@ held/unknown med= part="}},
	})
}
