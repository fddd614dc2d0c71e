package meetings

import "testing"

// TestCounterpartCountry: a counterpart named without his country is of
// the country the sentence places the talks in, when that is not the
// country of the man he meets; with no such place he gives no side.
func TestCounterpartCountry(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"in the capital named by its adjective",
			"أجرى وزير الخارجية الإيراني عباس عراقجي يوم 12 أبريل محادثات في العاصمة العمانية مع نظيره سالم الهنائي.",
			map[string]string{"يوم 12 أبريل": "2025-04-12"},
			[]string{"talks iran+oman 2025-04-12@muscat held/unknown med= part=abbas-araghchi/iran,سالم-الهنائي/oman"}},
		{"in a city",
			"وأجرى وزير الخارجية الإيراني عباس عراقجي يوم 12 أبريل في مسقط محادثات مع نظيره سالم الهنائي.",
			map[string]string{"يوم 12 أبريل": "2025-04-12"},
			[]string{"talks iran+oman 2025-04-12@muscat held/unknown med= part=abbas-araghchi/iran,سالم-الهنائي/oman"}},
		{"no place: no side",
			"وأجرى وزير الخارجية الإيراني عباس عراقجي يوم 12 أبريل محادثات هاتفية مع نظيره سالم الهنائي.",
			map[string]string{"يوم 12 أبريل": "2025-04-12"}, nil},
	})
}
