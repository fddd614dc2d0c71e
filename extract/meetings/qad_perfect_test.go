package meetings

import "testing"

// TestQadWithPerfectOfFormsInTa: "قد" before a perfect whose form begins
// with ت ("قد تبادلا", "قد توصلوا") tells what happened; before an
// imperfect ("قد تتبادلان", "قد تعقد") what may happen.
func TestQadWithPerfectOfFormsInTa(t *testing.T) {
	d := map[string]string{"12 أبريل": "2025-04-12"}
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"a dual perfect of form VI",
			"وكان الوفدان الروسي والأوكراني قد تبادلا خلال الجولة الثانية في إسطنبول يوم 12 أبريل مذكرتين.", d,
			[]string{"talks russia+ukraine 2025-04-12@istanbul held/unknown med= part="}},
		{"a plural perfect of form V",
			"وكان المفاوضون الإيرانيون والأمريكيون قد توصلوا في جولة مسقط يوم 12 أبريل إلى تفاهم.", d,
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part="}},
		{"an imperfect stays a possibility",
			"وقال مسؤول إن الوفدين الروسي والأوكراني قد يتبادلان خلال الجولة المقبلة في إسطنبول مذكرتين.", nil,
			nil},
	})
}
