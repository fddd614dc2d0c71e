package meetings

import "testing"

// TestRoundMentionsOfAChannel: "ثم التقيا مجدداً في جولة ثالثة" names the
// third round, another than the second told before it in the same month;
// "رئيس وفد الحكومة إلى مفاوضات CITY" is a post, no round of its own; a
// round cancelled that day stays the one meeting of that day.
func TestRoundMentionsOfAChannel(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-05-20", []meetingCase{
		{"the rank after a meeting verb",
			"أعلنت إيران إلغاء الجولة الرابعة من المحادثات مع الولايات المتحدة. وكان الوفدان قد عقدا الجولة الثانية في مسقط بين الثالث والسادس من نيسان الماضي، ثم التقيا مجدداً في جولة ثالثة امتدت من 24 إلى 27 من الشهر نفسه.",
			map[string]string{"بين الثالث والسادس من نيسان الماضي": "2025-04-03", "من 24 إلى 27 من الشهر نفسه": "2025-04-24"},
			[]string{"talks iran+united-states 2025@ cancelled/unknown med= part=",
				"talks iran+united-states 2025-04-03@muscat held/unknown med= part=",
				"talks iran+united-states 2025-04@ held/unknown med= part="}},
		{"a delegation's post",
			"أعلن رئيس وفد الحكومة الإيرانية إلى مفاوضات مسقط، فرهاد مرادي، إلغاء الجولة الرابعة من الحوار مع الولايات المتحدة التي كان مقرراً أن تنطلق اليوم في مسقط.",
			map[string]string{"اليوم": "2025-05-20"},
			[]string{"talks iran+united-states 2025-05-20@muscat cancelled/unknown med= part=فرهاد-مرادي/iran"}},
	})
}
