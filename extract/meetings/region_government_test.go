package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
)

// TestRegionAndFederalGovernment: "الحكومة الاتحادية" facing a region's
// government is the state of that region; the delegations of both
// ("وفدا …") open the subject; a meeting planned elsewhere, put off and
// moved to where the round was held ("كان مقرراً في أربيل … قبل أن يُرجأ
// ويُنقل إلى بغداد") is this round's plan, not a meeting of its own.
func TestRegionAndFederalGovernment(t *testing.T) {
	known := append(testKnown(),
		entities.Known{ID: "country:iraq", Label: "Country", Name: "Iraq", NameAr: "العراق", Adjectives: []string{"عراقي", "عراقية"}, Capital: "venue:baghdad"},
		entities.Known{ID: "venue:baghdad", Label: "Venue", Name: "Baghdad", NameAr: "بغداد", Country: "country:iraq"},
		entities.Known{ID: "venue:erbil", Label: "Venue", Name: "Erbil", NameAr: "أربيل", Country: "country:iraq"},
		entities.Known{ID: "org:krg", Label: "Organization", Name: "Kurdistan Regional Government", NameAr: "حكومة إقليم كردستان", Country: "country:iraq"})
	tests := []meetingCase{
		{"the federal government and the region's",
			"توصل وفدا الحكومة الاتحادية وحكومة إقليم كردستان، في اجتماع عقداه أمس في بغداد، إلى تفاهم أولي.",
			map[string]string{"أمس": "2025-07-21"},
			[]string{"talks iraq+krg 2025-07-21@baghdad held/unknown med= part="}},
		{"the plan moved here",
			"توصل وفدا الحكومة الاتحادية وحكومة إقليم كردستان، في اجتماع عقداه أمس في بغداد، إلى تفاهم أولي.\n\n" +
				"وكان الاجتماع مقرراً في أربيل يوم الأربعاء الماضي، قبل أن يُرجأ ويُنقل إلى بغداد.",
			map[string]string{"أمس": "2025-07-21", "يوم الأربعاء الماضي": "2025-07-16"},
			[]string{"talks iraq+krg 2025-07-21@baghdad held/unknown med= part="}},
	}
	runMeetingCases(t, known, "2025-07-22", tests)
}
