package meetings

import "testing"

// TestDualPeopleSubject: "وعقد الرئيسان جلسة مباحثات" is a meeting of the
// sides of the two presidents the sentence before named, the host as well
// as the traveller, on that sentence's day and at its place.
func TestDualPeopleSubject(t *testing.T) {
	tests := []meetingCase{
		{"the presidents after a reception",
			"وصل الرئيس المصري سليم عبد الواحد إلى الدوحة أمس في زيارة رسمية، حيث كان الرئيس الإيراني فرهاد مرادي في استقباله. وعقد الرئيسان جلسة مباحثات تناولت الملفات الإقليمية.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"visit egypt+qatar 2025-04-19@doha held/direct med= part=سليم-عبد-الواحد/egypt",
				"talks egypt+iran 2025-04-19@doha held/unknown med= part=سليم-عبد-الواحد/egypt,فرهاد-مرادي/iran"}},
		{"the ministers before the verb",
			"استقبل وزير الخارجية التركي كمال أوزديمير نظيره الروسي بافيل سوكولوف في إسطنبول أمس. والتقى الوزيران لاحقاً في جلسة مغلقة.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks russia+turkey 2025-04-19@istanbul held/direct med= part=بافيل-سوكولوف/russia,كمال-اوزديمير/turkey"}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}

// TestDualLeadersNotNegotiators: "الزعيمين" does not point back to two
// chief negotiators named before, nor takes the day of the sentence before
// for the leaders' earlier meeting ("بعد شهر من لقاء الزعيمين").
func TestDualLeadersNotNegotiators(t *testing.T) {
	tests := []meetingCase{
		{"leaders after negotiators",
			"التقى كبير المفاوضين المصريين سليم عبد الواحد كبير المفاوضين الإيرانيين فرهاد مرادي في الدوحة أمس. وسيدعو الوسطاء الزعيمين إلى اجتماع جديد في الدوحة قريباً.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks egypt+iran 2025-04-19@doha held/direct med= part=سليم-عبد-الواحد/egypt,فرهاد-مرادي/iran",
				"talks egypt+iran 2025@doha planned/unknown med= part="}},
		{"the two leaders' earlier meeting",
			"عقد الرئيس الإيراني فرهاد مرادي والرئيس الأمريكي جون هيل أمس في الدوحة قمة ثانية. وجاءت القمة بعد شهر من لقاء الزعيمين في مسقط.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@doha held/unknown med= part=جون-هيل/united-states,فرهاد-مرادي/iran",
				"talks iran+united-states 2025@muscat held/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}

// TestLeaderTitleInACoordinatedSubject: "التقى رئيس X فلان وزعيم Y فلان"
// — "زعيم" (leader) is a title like "رئيس", so the second person's side is
// the second side.
func TestLeaderTitleInACoordinatedSubject(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"a leader after a president",
			"التقى رئيس إيران فرهاد مرادي وزعيم الولايات المتحدة جون هيل أمس في مسقط.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/direct med= part=جون-هيل/united-states,فرهاد-مرادي/iran"}},
	})
}
