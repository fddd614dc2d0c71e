package meetings

import "testing"

// TestSidesAroundAsides: a list of sides goes on past an aside set off by
// commas after a side ("الحكومة الإيرانية، المعترف بها دولياً، وحركة X"),
// and a side no list knows written with a known name in brackets
// ("قوات الشمال (حركة X)") is that known side.
func TestSidesAroundAsides(t *testing.T) {
	d := map[string]string{"أمس": "2025-04-19"}
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"the delegations of the next sentence, past an aside",
			"اختتمت أمس في الدوحة الجولة الثانية من المحادثات.\n\nوقالت البعثة إن وفدي الحكومة الإيرانية، المعترف بها دولياً، وحركة حماس اتفقا على عرض المسودة.", d,
			[]string{"talks iran+hamas 2025-04-19@doha held/unknown med= part="}},
		{"past an aside, the next side behind its class noun",
			"اختتمت أمس في الدوحة الجولة الثانية من المحادثات.\n\nوقالت البعثة إن وفدي الحكومة الإيرانية، المعترف بها دولياً، وقوات حركة حماس اتفقا على عرض المسودة.", d,
			[]string{"talks iran+hamas 2025-04-19@doha held/unknown med= part="}},
		{"past an aside, the subjects of a joint act",
			"واتفقت الحكومة الإيرانية، المعترف بها دولياً، وقوات حركة حماس، أمس، في ختام اجتماع في الدوحة على تبادل الأسرى.", d,
			[]string{"talks iran+hamas 2025-04-19@doha held/unknown med= part="}},
		{"an aside that names a side ends the list",
			"اختتمت أمس في الدوحة الجولة الثانية من المحادثات.\n\nوقالت البعثة إن وفدي الحكومة الإيرانية، برعاية قطر، اتفقا على عرض المسودة.", d,
			nil},
		{"a known name in brackets after one no list knows",
			"اختتمت أمس في الدوحة الجولة الثانية من المحادثات بين إيران وقوات الشمال (حركة حماس).", d,
			[]string{"talks iran+hamas 2025-04-19@doha held/unknown med= part="}},
	})
}

// TestSubjectsOfADualVerbOfAgreeing: the two subjects of a dual verb of
// agreeing in the clause before the meeting noun ("أن X وY وافقا على …،
// وذلك في ختام اجتماع") are its sides.
func TestSubjectsOfADualVerbOfAgreeing(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"after a complementizer",
			"وأعلن المتحدث أن الرئيس الإيراني سالم الفلاني ووزير الخارجية الأمريكي كريم العلي وافقا على المقترح، وذلك في ختام اجتماع استضافته مسقط.", nil,
			[]string{"talks iran+united-states 2025@muscat held/unknown med= part=سالم-الفلاني/iran,كريم-العلي/united-states"}},
		{"the two subjects are who «البلدين» points to",
			"وأعلن المتحدث أن الرئيس الإيراني سالم الفلاني ووزير الخارجية الأمريكي كريم العلي وافقا على المقترح لتطبيع العلاقات بين البلدين، وذلك في ختام اجتماع استضافته مسقط.", nil,
			[]string{"talks iran+united-states 2025@muscat held/unknown med= part=سالم-الفلاني/iran,كريم-العلي/united-states"}},
		{"a verb of one subject names no two sides",
			"وأعلن المتحدث أن الرئيس الإيراني سالم الفلاني وافق على المقترح، وذلك في ختام اجتماع استضافته مسقط.", nil,
			nil},
	})
}

// TestAgreementsSidesAreNotTheRounds: "بين البلدين" after a treaty or an
// agreement named in the frame ("مسودة معاهدة السلام بين البلدين") gives the
// text's sides, and the round keeps the ones its subject names.
func TestAgreementsSidesAreNotTheRounds(t *testing.T) {
	d := map[string]string{"أمس": "2025-04-19"}
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"a treaty's sides after the round",
			"اختتم وزيرا خارجية إيران وقطر أمس جولة مفاوضات في مسقط من دون اختراق في مسودة معاهدة السلام بين البلدين.", d,
			[]string{"talks iran+qatar 2025-04-19@muscat held/unknown med= part="}},
	})
}
