package meetings

import "testing"

// TestStatusAndSidesTold: a cancellation told before a time set off by
// commas ("ألغت X، أمس، القمة") cancels the meeting; a demanded dialogue
// ("اشترط … إجراء حوار") is none; "البلدين" points back to the two
// countries named together last, not to a pair with a group; and
// "للوزيرين أن اتفقا، خلال اجتماع" keeps pointing back to the two
// ministers named a few sentences before.
func TestStatusAndSidesTold(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"a cancellation before a time aside",
			"ألغت الرئاسة القطرية، أمس الأحد، القمة التي كان مقرراً أن تجمع في الدوحة الرئيس الإيراني ونظيره الأمريكي.",
			map[string]string{"أمس الأحد": "2025-04-20"},
			[]string{"talks iran+united-states 2025-04-20@doha cancelled/unknown med= part="}},
		{"a postponement of something else, before a comma, is not the talks'",
			"وأجلت قطر الرحلات الجوية، والمحادثات بين إيران والولايات المتحدة عقدت يوم 12 أبريل في مسقط.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part="}},
		{"a dialogue set as a condition",
			"واشترط الوفد الإيراني إجراء حوار مباشر بين الولايات المتحدة وحركة حماس.", nil,
			nil},
		{"the two countries, not a pair with a group",
			"والتقى وزير الخارجية الإيراني نظيره الأمريكي في مسقط يوم 12 أبريل.\n\nوقال المتحدث إن العلاقات بين إيران وحركة حماس متوترة.\n\nوكان وزيرا خارجية البلدين قد اتفقا، في اجتماع عقد في الدوحة في 2 مارس، على تبادل الأسرى.",
			map[string]string{"12 أبريل": "2025-04-12", "2 مارس": "2025-03-02"},
			[]string{"talks iran+united-states 2025-04-12@muscat held/direct med= part=", "talks iran+united-states 2025-03-02@doha held/unknown med= part="}},
		{"the two ministers named sentences before, at an earlier meeting of theirs",
			"وشارك في القمة وزير الخارجية الإيراني سالم الفلاني ووزير الخارجية الأمريكي كريم العلي.\n\nوقال المتحدث إن الأجواء إيجابية.\n\nكما سبق للوزيرين أن اتفقا، خلال اجتماع في الدوحة في 2 مارس، على تبادل الأسرى.",
			map[string]string{"2 مارس": "2025-03-02"},
			[]string{"talks iran+united-states 2025-03-02@doha held/unknown med= part=سالم-الفلاني/iran,كريم-العلي/united-states"}},
	})
}
