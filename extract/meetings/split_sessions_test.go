package meetings

import "testing"

// TestSplitSessionsMakeRound: a third party's sessions with each of two
// sides, held apart, make the round of the two sides, mediated by it and
// indirect; the sessions fold into it. Without a word that the sessions
// were apart nothing is added; when the text only says the sides did not
// sit together, sessions with both sides are needed.
func TestSplitSessionsMakeRound(t *testing.T) {
	d := map[string]string{"12 أبريل": "2025-04-12", "13 أبريل": "2025-04-13"}
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"two sessions on two days, the sides did not meet",
			"اجتمع الوفد الأمريكي في جدة يوم 12 أبريل مع الوفد الأوكراني، ثم اجتمع يوم 13 أبريل مع الوفد الروسي. ولم يلتق الوفدان الروسي والأوكراني مباشرة.", d,
			[]string{"talks russia+ukraine 2025-04@jeddah held/indirect med=united-states part="}},
		{"one session told, each side apart",
			"التقى المبعوث الأمريكي ستيف ويتكوف في جدة يوم 12 أبريل الوفد الأوكراني. وقالت مصادر إن الأمريكيين يلتقون الوفدين الروسي والأوكراني كلاً على حدة.", map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks russia+ukraine 2025-04-12@jeddah held/indirect med=united-states part=steve-witkoff/mediator"}},
		{"no word of sessions apart: the sessions stay",
			"اجتمع الوفد الأمريكي في جدة يوم 12 أبريل مع الوفد الأوكراني. وتستمر الحرب بين روسيا وأوكرانيا.", map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks ukraine+united-states 2025-04-12@jeddah held/direct med= part="}},
		{"one session, and only that the sides have not met: the session stays",
			"اجتمع الوفد الأمريكي في جدة يوم 12 أبريل مع الوفد الأوكراني. ولم يلتق الوفدان الروسي والأوكراني مباشرة منذ أشهر.", map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks ukraine+united-states 2025-04-12@jeddah held/direct med= part="}},
		{"the pair's own round of another month does not stop the sessions' round",
			"التقى المبعوث الأمريكي ستيف ويتكوف في جدة يوم 12 أبريل الوفد الأوكراني ثم الوفد الروسي كلاً على حدة. وكانت روسيا وأوكرانيا قد عقدتا جولة مباشرة في إسطنبول في مارس 2022.", map[string]string{"12 أبريل": "2025-04-12", "مارس 2022": "2022-03"},
			[]string{
				"talks russia+ukraine 2022-03@istanbul held/direct med= part=",
				"talks russia+ukraine 2025-04-12@jeddah held/indirect med=united-states part=steve-witkoff/mediator",
			}},
		{"a separate incident is no sessions apart",
			"اجتمع الوفد الأمريكي في جدة يوم 12 أبريل مع الوفد الأوكراني. وتستمر الحرب بين روسيا وأوكرانيا. وفي حادثة منفصلة، قتل شخصان في خاركيف.", map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks ukraine+united-states 2025-04-12@jeddah held/direct med= part="}},
		{"a private meeting is a meeting together",
			"اجتمع الوفد الأمريكي في جدة يوم 12 أبريل مع الوفد الأوكراني. وتستمر الحرب بين روسيا وأوكرانيا. وعقد رئيسا الوفدين لقاء على انفراد.", map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks ukraine+united-states 2025-04-12@jeddah held/direct med= part="}},
		{"a ministry that did not reply at once says nothing of the sides",
			"اجتمع الوفد الأمريكي في جدة يوم 12 أبريل مع الوفد الأوكراني، ثم اجتمع يوم 13 أبريل مع الوفد الروسي. ولم ترد وزارة الخارجية مباشرة على طلب للتعليق.", d,
			[]string{"talks ukraine+united-states 2025-04-12@jeddah held/direct med= part=",
				"talks russia+united-states 2025-04-13@ held/direct med= part="}},
		{"a mediator of the article's round is no side of a pair",
			"عقدت في الدوحة يوم 12 أبريل مفاوضات غير مباشرة بين إسرائيل وحركة حماس بوساطة قطرية وأمريكية، وجلس الوفدان في قاعتين منفصلتين. والتقى وفد حماس الوفد الأمريكي يوم 12 أبريل. ويجري الوفدان القطري والأمريكي مشاورات.", map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks israel+hamas 2025-04-12@doha held/indirect med=qatar+united-states part="}},
	})
}
