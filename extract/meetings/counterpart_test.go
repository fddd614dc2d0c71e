package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
)

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
		{"a place the talks were about, after him: no side",
			"وأجرى وزير الخارجية الإيراني عباس عراقجي يوم 12 أبريل محادثات مع نظيره سالم الهنائي تناولت الأوضاع في مسقط.",
			map[string]string{"يوم 12 أبريل": "2025-04-12"}, nil},
		{"no place: no side",
			"وأجرى وزير الخارجية الإيراني عباس عراقجي يوم 12 أبريل محادثات هاتفية مع نظيره سالم الهنائي.",
			map[string]string{"يوم 12 أبريل": "2025-04-12"}, nil},
	})
}

// TestHostOfficial: the titled official, named without his country, whom
// an organization's delegation meets in a place of one country is that
// country's; a place set off by commas between them hides neither.
func TestHostOfficial(t *testing.T) {
	known := append(testKnown(),
		entities.Known{ID: "country:niger", Label: "Country", Name: "Niger", NameAr: "النيجر", Adjectives: []string{"نيجري", "نيجرية"}, Capital: "venue:niamey"},
		entities.Known{ID: "venue:niamey", Label: "Venue", Name: "Niamey", NameAr: "نيامي", Country: "country:niger"},
		entities.Known{ID: "org:west-bloc", Label: "Organization", Name: "West Bloc", NameAr: "تكتل دول الساحل الغربي"})
	runMeetingCases(t, known, "2023-08-20", []meetingCase{
		{"a delegation meets the host's official",
			"التقى وفد من تكتل دول الساحل الغربي، أمس السبت، بالعاصمة النيجرية نيامي، الوزير الأول سالم ولد عبدي.",
			map[string]string{"أمس السبت": "2023-08-19"},
			[]string{"talks niger+west-bloc 2023-08-19@niamey held/direct med= part=سالم-ولد-عبدي/niger"}},
		{"a group's leader met where the organization sits: not the host's man",
			"التقى وفد من تكتل دول الساحل الغربي، أمس السبت، بالعاصمة النيجرية نيامي، رئيس حركة حماس سالم ولد عبدي.",
			map[string]string{"أمس السبت": "2023-08-19"},
			[]string{"talks hamas+west-bloc 2023-08-19@niamey held/direct med= part="}},
	})
}
