package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
)

// TestMediatorByTitle: the subject of a verb of mediating that stands after
// it is the mediator, and no one before the verb; a person named after his
// title mediates with his country, unless the title is a former one.
func TestMediatorByTitle(t *testing.T) {
	tests := []meetingCase{
		{"a subject after the verb that names no one known",
			"بدأت أمس في روما محادثات بين الحكومة الإيرانية والولايات المتحدة، ويتوسط فيها الرئيس الموريتاني.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med= part="}},
		{"a bare pronoun after the verb leaves the mediator before it",
			"بدأت أمس في روما محادثات بين الحكومة الإيرانية والولايات المتحدة، وقطر تتوسط بينهما.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med=qatar part="}},
		{"a former head of state after the verb mediates for himself",
			"بدأت أمس في روما محادثات بين الحكومة الإيرانية والولايات المتحدة، ويتوسط فيها الرئيس القطري الأسبق سالم بن عيسى الفلاني.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med= part=سالم-بن-عيسي-الفلاني/mediator"}},
		{"a former head of state leading the mediation",
			"بدأت أمس في روما محادثات بين الحكومة الإيرانية والولايات المتحدة، ويقود الوساطة الرئيس القطري السابق سالم بن عيسى الفلاني.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med= part=سالم-بن-عيسي-الفلاني/mediator"}},
		{"a sitting head of state leading the mediation brings his country",
			"بدأت أمس في روما محادثات بين الحكومة الإيرانية والولايات المتحدة، ويقود الوساطة الرئيس القطري سالم بن عيسى الفلاني.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med=qatar part=سالم-بن-عيسي-الفلاني/mediator"}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}

// TestCoordinatedMediatorsBeforeTheCue: the coordinated subject of a verb
// before a mediation noun ("وتتولى قطر والصين الوساطة") mediates whole,
// not its last name only.
func TestCoordinatedMediatorsBeforeTheCue(t *testing.T) {
	d := map[string]string{"أمس": "2025-04-19"}
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"two countries take on the mediation",
			"وعقدت إيران والولايات المتحدة محادثات في روما أمس تتولى قطر والصين الوساطة فيها.", d,
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med=china+qatar part="}},
		{"a side before the mediators is none of them",
			"وعقدت إيران والولايات المتحدة محادثات في روما أمس تتولى الصين الوساطة فيها.", d,
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med=china part="}},
	})
}

// TestHeadOfAnInternationalBodySitsForIt: the head of an international
// body the article names meets for that body, not for his country.
func TestHeadOfAnInternationalBodySitsForIt(t *testing.T) {
	d := map[string]string{"أمس": "2025-04-19"}
	known := append(testKnown(), entities.Known{ID: "person:rafael-grossi-2", Label: "Person", Name: "Rafaello Grossini", NameAr: "رافاييلو غروسيني",
		Country: "country:argentina", Roles: []string{"المدير العام للوكالة الدولية للطاقة الذرية"}})
	runMeetingCases(t, known, "2025-04-20", []meetingCase{
		{"the agency's director meets a minister",
			"والتقى المدير العام للوكالة الدولية للطاقة الذرية رافاييلو غروسيني في طهران أمس وزير الخارجية الإيراني.", d,
			[]string{"talks iran+iaea 2025-04-19@tehran held/direct med= part=rafael-grossi-2/iaea"}},
		{"the agency's director on a call sits for the agency",
			"وأجرى وزير الخارجية الإيراني عباس عراقجي أمس اتصالاً هاتفياً مع المدير العام للوكالة الدولية للطاقة الذرية رافاييلو غروسيني.", d,
			[]string{"contact iran+iaea 2025-04-19@ held/phone med= part=abbas-araghchi/iran,rafael-grossi-2/iaea"}},
	})
}
