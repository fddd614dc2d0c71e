package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
)

// TestStateBodySpeaksForItsSide: a ministry or a government announcing
// talks "with" another side is the other side ("قالت الخارجية الإيرانية إن
// المفاوضات مع الولايات المتحدة …"), and a "بين" that belongs to a mediator
// noun ("بدور الوسيط بين البلدين") does not replace the sides.
func TestStateBodySpeaksForItsSide(t *testing.T) {
	known := append(testKnown(),
		entities.Known{ID: "org:iran-foreign-ministry", Label: "Organization", Name: "Iranian Foreign Ministry", NameAr: "وزارة الخارجية الإيرانية", Aliases: []string{"الخارجية الإيرانية"}, Country: "country:iran"},
		entities.Known{ID: "org:us-state-department", Label: "Organization", Name: "US State Department", NameAr: "وزارة الخارجية الأمريكية", Aliases: []string{"الخارجية الأمريكية"}, Country: "country:united-states"},
		entities.Known{ID: "org:egypt-presidency", Label: "Organization", Name: "Egyptian Presidency", NameAr: "الرئاسة المصرية", Country: "country:egypt"},
	)
	tests := []meetingCase{
		{"the ministry announces talks with the other side",
			"قالت الخارجية الإيرانية إن المفاوضات مع الولايات المتحدة ستعقد في مسقط يوم 26 أبريل.",
			map[string]string{"يوم 26 أبريل": "2025-04-26"},
			[]string{"talks iran+united-states 2025-04-26@muscat planned/unknown med= part="}},
		{"the spokesman of the ministry",
			"قال المتحدث باسم وزارة الخارجية الأمريكية إن المحادثات مع إيران ستعقد يوم 26 أبريل.",
			map[string]string{"يوم 26 أبريل": "2025-04-26"},
			[]string{"talks iran+united-states 2025-04-26@ planned/unknown med= part="}},
		{"the presidency",
			"أعلنت الرئاسة المصرية أن محادثات مع قطر ستجري في القاهرة يوم 26 أبريل.",
			map[string]string{"يوم 26 أبريل": "2025-04-26"},
			[]string{"talks egypt+qatar 2025-04-26@cairo planned/unknown med= part="}},
		{"the mediator's between",
			"قال المتحدث باسم الخارجية الإيرانية إن الجولة المقبلة مع الولايات المتحدة ستعقد يوم 26 أبريل، موضحاً أن سلطنة عمان، التي تقوم بدور الوسيط بين البلدين، ستعلن المكان.",
			map[string]string{"يوم 26 أبريل": "2025-04-26"},
			[]string{"talks iran+united-states 2025-04-26@ planned/unknown med= part="}},
	}
	runMeetingCases(t, known, "2025-04-20", tests)
}
