package meetings

import "testing"

// TestSinceAnchorDate: the date of the reference point of a "منذ" phrase
// after a trigger ("منذ انطلاق هذا المسار في أبريل") is not the meeting's;
// a date word right after منذ ("منذ تاريخ 11 أبريل") still dates it.
func TestSinceAnchorDate(t *testing.T) {
	tests := []meetingCase{
		{"the track began in April",
			"أرجأت سلطنة عمان جولة المحادثات بين الولايات المتحدة وإيران التي كانت مقررة في روما في 3 مايو. وكانت الجولة الرابعة ستجمع الوفدين كما جرت العادة منذ انطلاق هذا المسار في أبريل.",
			map[string]string{"3 مايو": "2025-05-03", "أبريل": "2025-04"},
			[]string{"talks iran+united-states 2025-05-03@rome postponed/unknown med= part="}},
		{"the first round since the talks stopped in March",
			"وعقدت روسيا وأوكرانيا في إسطنبول أمس جولة هي الأولى منذ توقف الاتصالات بينهما في مارس.",
			map[string]string{"أمس": "2025-04-19", "مارس": "2025-03"},
			[]string{"talks russia+ukraine 2025-04-19@istanbul held/unknown med= part="}},
		{"talks under way since the war broke out in October",
			"وتتواصل في القاهرة مفاوضات بين إسرائيل وحركة حماس منذ اندلاع الحرب في أكتوبر.",
			map[string]string{"أكتوبر": "2024-10"},
			[]string{"talks israel+hamas 2025@cairo held/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}

// TestSayingAdverbialDate: the day of a verb whose words follow in a
// saying adverbial ("فاجأ الصحافيين الاثنين بقوله إن", "ردّ الأحد قائلاً
// إن") dates the statement, not the talks spoken of.
func TestSayingAdverbialDate(t *testing.T) {
	tests := []meetingCase{
		{"surprised reporters by saying",
			"وكان ترامب قد فاجأ الصحافيين الاثنين بقوله إن الولايات المتحدة تجري محادثات مع إيران.",
			map[string]string{"الاثنين": "2025-04-14"},
			[]string{"talks iran+united-states 2025@ held/unknown med= part="}},
		{"replied saying",
			"ردّ المتحدث الأحد على الانتقادات قائلاً إن المحادثات بين إيران والولايات المتحدة مفيدة.",
			map[string]string{"الأحد": "2025-04-13"},
			[]string{"talks iran+united-states 2025@ held/unknown med= part="}},
		{"commented considering",
			"علّق المتحدث السبت على التقارير معتبراً أن المفاوضات بين مصر وقطر مستمرة.",
			map[string]string{"السبت": "2025-04-12"},
			[]string{"talks egypt+qatar 2025@ held/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}

// TestContinuedOnDate: a day after a verb of going on in the trigger's
// sentence ("على أن تُستكمل اليوم الاثنين") is a later day of the round
// dated before its trigger: one meeting, dated to the month.
func TestContinuedOnDate(t *testing.T) {
	tests := []meetingCase{
		{"to be completed today",
			"انطلقت في القاهرة، أمس الأحد، جولة مفاوضات بين مصر وقطر، على أن تُستكمل اليوم الاثنين.",
			map[string]string{"أمس الأحد": "2025-04-13", "اليوم الاثنين": "2025-04-14"},
			[]string{"talks egypt+qatar 2025-04@cairo held/unknown med= part="}},
		{"resumes tomorrow",
			"بدأت في إسطنبول، يوم السبت، محادثات بين روسيا وأوكرانيا، وتتواصل غداً.",
			map[string]string{"يوم السبت": "2025-04-19", "غداً": "2025-04-21"},
			[]string{"talks russia+ukraine 2025-04@istanbul held/unknown med= part="}},
		{"after the first since",
			"انطلقت في الدوحة، أمس، جولة بين إسرائيل وحركة حماس هي الأولى منذ تعليق المسار في مارس، على أن تستأنف الثلاثاء.",
			map[string]string{"أمس": "2025-04-19", "مارس": "2025-03", "الثلاثاء": "+2025-04-22"},
			[]string{"talks israel+hamas 2025-04@doha held/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}

// TestBeganOnBareDay: "التي انطلقت الاثنين" (no في) gives a round's first
// day, so a round suspended on a day of the next month spans two months.
func TestBeganOnBareDay(t *testing.T) {
	tests := []meetingCase{
		{"began Monday, suspended Friday of the next month",
			"عُلّقت في فيينا أمس جولة المحادثات بين إيران والولايات المتحدة، بعد خمسة أيام من النقاشات التي انطلقت الاثنين.",
			map[string]string{"أمس": "2021-12-03", "الاثنين": "2021-11-29"},
			[]string{"talks iran+united-states 2021@ held/unknown med= part="}},
		{"began Sunday, the same month",
			"اختتمت في الدوحة أمس جولة مفاوضات بين إسرائيل وحركة حماس، بعد أربعة أيام من المباحثات التي بدأت الأحد.",
			map[string]string{"أمس": "2025-04-17", "الأحد": "2025-04-13"},
			[]string{"talks israel+hamas 2025-04@doha held/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
