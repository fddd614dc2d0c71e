package meetings

import "testing"

// TestLaterFate: a planned round whose cancellation or postponement the
// same sentence tells after its clause through a verbal noun with its
// pronoun ("إذ أعلنت … إلغاءها", "قبل أن تقرر … تأجيلها"), or a verb of
// scrapping that governs it ("أطاحت الحرب بالجولة"), has that fate.
func TestLaterFate(t *testing.T) {
	tests := []meetingCase{
		{"cancelled after a semicolon",
			"وكان من المقرر عقد الجولة السادسة من المحادثات بين إيران والولايات المتحدة في مسقط يوم 25 أبريل؛ إذ أعلنت سلطنة عمان إلغاءها بعد يومين من بدء الهجمات.",
			map[string]string{"يوم 25 أبريل": "2025-04-25"},
			[]string{"talks iran+united-states 2025-04-25@muscat cancelled/unknown med= part="}},
		{"postponed before it was due",
			"وكانت القاهرة ستستضيف جولة محادثات بين إسرائيل وحركة حماس يوم 27 أبريل، قبل أن تقرر الوساطة تأجيلها.",
			map[string]string{"يوم 27 أبريل": "2025-04-27"},
			[]string{"talks israel+hamas 2025-04-27@cairo postponed/unknown med= part="}},
		{"the war scrapped the round",
			"وأطاحت الحرب بالجولة السادسة من المحادثات بين إيران والولايات المتحدة التي كان من المقرر عقدها في مسقط يوم 25 أبريل.",
			map[string]string{"يوم 25 أبريل": "2025-04-25"},
			[]string{"talks iran+united-states 2025-04-25@muscat cancelled/unknown med= part="}},
		{"a clause of its own keeps the plan",
			"ومن المقرر عقد جولة بين روسيا وأوكرانيا في إسطنبول يوم 25 أبريل، بعدما أعلن الكرملين أن الانتخابات جرى تأجيلها.",
			map[string]string{"يوم 25 أبريل": "2025-04-25"},
			[]string{"talks russia+ukraine 2025-04-25@istanbul planned/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
