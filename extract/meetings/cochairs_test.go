package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
)

// TestCoChairsMediate: the co-chairs a sentence names ("وترأس الجولة
// الرؤساء المشاركون: ممثل الاتحاد الأوروبي X، وممثلة الأمم المتحدة Y")
// mediate the round, with the bodies their titles name.
func TestCoChairsMediate(t *testing.T) {
	known := append(testKnown(),
		entities.Known{ID: "org:european-union", Label: "Organization", Name: "European Union", NameAr: "الاتحاد الأوروبي"},
		entities.Known{ID: "org:united-nations", Label: "Organization", Name: "United Nations", NameAr: "الأمم المتحدة"})
	tests := []meetingCase{
		{"co-chairs after the round",
			"عقدت إيران والولايات المتحدة أمس في روما جولة جديدة من المحادثات. وترأس الجولة الرئيسان المشاركان: ممثل الاتحاد الأوروبي جان مارتان، وممثلة الأمم المتحدة سارة لوبيز.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med=european-union+united-nations part=جان-مارتان/mediator,ساره-لوبيز/mediator"}},
	}
	runMeetingCases(t, known, "2025-04-20", tests)
}
