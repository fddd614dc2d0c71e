package meetings

import "testing"

// TestSubjectChairsMediate: the people named right before a verb of running
// the talks ("X وY يديران المحادثات، التي جمعت الوفدين") mediate the round;
// their countries are no sides of a meeting of their own; the sides' own
// ministers who chair stay sides.
func TestSubjectChairsMediate(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"two chairs before the verb",
			"انطلقت أمس في الدوحة محادثات بين روسيا وأوكرانيا. وقالت الخارجية القطرية إن وزير الدولة القطري ناصر الكواري ورئيس جهاز الاستخبارات التركي أحمد يلدز يديران المحادثات، التي جمعت الوفدين في جلسة افتتاحية مباشرة.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks russia+ukraine 2025-04-19@doha held/direct med=qatar+turkey part=احمد-يلدز/mediator,ناصر-الكواري/mediator"}},
		{"the sides' own ministers chair",
			"انطلقت أمس في الدوحة محادثات بين روسيا وأوكرانيا. وقال مصدر إن وزير الخارجية الروسي سيرغي نيكولين ونظيره الأوكراني أوليغ ميلنيك يترأسان المحادثات.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks russia+ukraine 2025-04-19@doha held/unknown med= part=اوليغ-ميلنيك/ukraine,سيرغي-نيكولين/russia"}},
	})
}
