package meetings

import "testing"

// TestRepresentedSidesInAList: "ومثّل قطر X، وعُمان Y" in a sentence with
// no meeting of its own gives the round the people who represented each
// sponsor — the verb of the first pair serves the next.
func TestRepresentedSidesInAList(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"sponsors represented, the verb given once",
			"اختتمت أمس في الدوحة جولة المحادثات بين إيران والولايات المتحدة، برعاية قطر وعُمان. ومثّل قطر وزير الدولة نبيل الخاطر، وعُمان وكيل وزارة الخارجية سالم الحارثي.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@doha held/unknown med=oman+qatar part=سالم-الحارثي/mediator,نبيل-الخاطر/mediator"}},
	})
}

// TestAttendedTheCeremony: a later sentence about the round's ceremony
// ("مراسم التوقيع، التي حضرها رئيس وفد الحكومة X ورئيس وفد المعارضة Y")
// gives it the people who attended it, though it names the host country.
func TestAttendedTheCeremony(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"the heads of the delegations at the host's ceremony",
			"وقعت الحكومة الإيرانية والولايات المتحدة، أمس في الدوحة، اتفاقاً. واستضاف أمير قطر مراسم التوقيع، التي حضرها رئيس الوفد الإيراني فرهاد مرادي ورئيس الوفد الأمريكي جون هيل.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@doha held/unknown med= part=جون-هيل/united-states,فرهاد-مرادي/iran"}},
	})
}
