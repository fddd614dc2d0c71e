package meetings

import "testing"

// TestGovernmentInCountryAndRepresentatives: "الحكومة الانتقالية في
// COUNTRY" and "حكومة GROUP في COUNTRY" are that country's government, a
// side, not the venue; the groups
// it meets, counted in its sentence and named by their representatives in
// a later one ("وحضر ممثلون عن X وY"), are the other sides; the dateline
// gives the place.
func TestGovernmentInCountryAndRepresentatives(t *testing.T) {
	tests := []meetingCase{
		{"counted groups named later",
			"الدوحة - انطلقت أمس الأحد أعمال الحوار بين الحكومة الانتقالية في إيران وأكثر من عشرين حركة مسلحة، بوساطة قطرية.\n\n" +
				"وحضر ممثلون عن حركة الخلاص وجبهة النضال.",
			map[string]string{"أمس الأحد": "2025-04-13"},
			[]string{"talks iran+جبهه-النضال+حركه-الخلاص 2025-04-13@doha held/unknown med=qatar part="}},
		{"the government a group runs in a country",
			"انتهت أمس في الدوحة الجولة الثالثة من المحادثات بين السودان وحكومة حماس في مصر دون اتفاق.",
			map[string]string{"أمس": "2025-04-13"},
			[]string{"talks egypt+sudan 2025-04-13@doha held/unknown med= part="}},
		{"a government by its adjective, then the place",
			"عقد وفد الحكومة الإيرانية في قطر أمس جولة محادثات مع الولايات المتحدة.",
			map[string]string{"أمس": "2025-04-13"},
			[]string{"talks iran+united-states 2025-04-13@qatar held/unknown med= part="}},
		{"the venue before, the government's country after",
			"انطلقت في الدوحة أمس مفاوضات بين الحكومة الانتقالية في السودان وقوات الدعم السريع.",
			map[string]string{"أمس": "2025-04-13"},
			[]string{"talks sudan+rapid-support-forces 2025-04-13@doha held/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-14", tests)
}
