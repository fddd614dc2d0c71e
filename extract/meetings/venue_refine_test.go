package meetings

import "testing"

// TestVenueRefinedToItsCity: a round placed in a country by one sentence
// (the headline's "في إيطاليا") and in a city of that country by another
// ("في العاصمة الإيطالية", "في روما") was held in the city, whichever
// sentence comes first; a city of another country does not replace it.
func TestVenueRefinedToItsCity(t *testing.T) {
	tests := []meetingCase{
		{"the capital by its adjective",
			"إيران والولايات المتحدة تختتمان في إيطاليا جولة محادثات\n\nواختتم وفدا إيران والولايات المتحدة أمس في العاصمة الإيطالية جولة من المحادثات.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med= part="}},
		{"the city by its name",
			"إيران والولايات المتحدة تختتمان في إيطاليا جولة محادثات\n\nواختتم وفدا إيران والولايات المتحدة أمس في روما جولة من المحادثات.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med= part="}},
		{"the capital after its country",
			"واختتم وفدا إيران والولايات المتحدة أمس في العاصمة السياسية لإيطاليا روما جولة من المحادثات.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
