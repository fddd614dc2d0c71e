package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
)

// postingsKnown is the test gazetteer with a country envoys are posted
// to, its capital, an armed movement of it and a UN envoy of known
// nationality.
func postingsKnown() []entities.Known {
	return append(testKnown(),
		entities.Known{ID: "country:yemen", Label: "Country", Name: "Yemen", NameAr: "اليمن", Adjectives: []string{"اليمني", "اليمنية"}, Capital: "venue:sanaa"},
		entities.Known{ID: "venue:sanaa", Label: "Venue", Name: "Sanaa", NameAr: "صنعاء", Country: "country:yemen"},
		entities.Known{ID: "org:ansar", Label: "Organization", Name: "Ansar Movement", NameAr: "حركة الأنصار", Aliases: []string{"جماعة الأنصار"}, Country: "country:yemen"},
		entities.Known{ID: "org:un", Label: "Organization", Name: "United Nations", NameAr: "الأمم المتحدة", Adjectives: []string{"الأممي", "الأممية"}},
		entities.Known{ID: "person:lars-nygren", Label: "Person", Name: "Lars Nygren", NameAr: "لارس نيغرين", Country: "country:sweden"},
	)
}

// TestPostingsAndGroupOffices: the country an ambassador or envoy is
// posted to is no side and not his mediation; a title that names a group's
// office stands for the group; talks held during a visit are the
// visitor's.
func TestPostingsAndGroupOffices(t *testing.T) {
	d := map[string]string{"أمس": "2023-04-13"}
	runMeetingCases(t, postingsKnown(), "2023-04-14", []meetingCase{
		{"an ambassador posted to a country meets a group's office holder",
			"التقى السفير القطري لدى اليمن أمس في صنعاء رئيس المكتب السياسي لحركة الأنصار.", d,
			[]string{"talks qatar+ansar 2023-04-13@sanaa held/direct med= part="}},
		{"talks during a visit",
			"اختتم السفير القطري أمس زيارة إلى صنعاء أجرى خلالها محادثات مع قيادة حركة الأنصار.", d,
			[]string{"talks qatar+ansar 2023-04-13@sanaa held/direct med= part="}},
		{"talks during a visit of an ambassador posted there",
			"اختتم السفير القطري لدى اليمن أمس زيارة إلى صنعاء أجرى خلالها محادثات مع قيادة حركة الأنصار.", d,
			[]string{"talks qatar+ansar 2023-04-13@sanaa held/direct med= part="}},
		{"a delegation that comes along brings the sides together",
			"اختتم السفير القطري أمس زيارة إلى صنعاء برفقة وفد مصري، أجرى خلالها محادثات مع قيادة حركة الأنصار.", d,
			[]string{"talks qatar+ansar 2023-04-13@sanaa held/direct med=egypt part="}},
		{"a delegation from a country along with the visitor",
			"أجرى السفير القطري أمس في صنعاء، بمرافقة وفد من مصر، محادثات مع قيادة حركة الأنصار.", d,
			[]string{"talks qatar+ansar 2023-04-13@ held/unknown med=egypt part="}},
		{"a UN envoy who chairs mediates for the UN, not for his country",
			"وقال المبعوث الأممي إلى اليمن لارس نيغرين، الذي ترأس الجلسات، إن الحكومة اليمنية وحركة الأنصار اتفقتا أمس على تبادل الأسرى في ختام محادثات.", d,
			[]string{"talks yemen+ansar 2023-04-13@ held/unknown med=un part=lars-nygren/mediator"}},
	})
}

// TestGroupTitleSide: a person named after a title that places him in an
// armed movement sits for the movement, not for his country; a ministry
// in a title changes nothing.
func TestGroupTitleSide(t *testing.T) {
	known := append(postingsKnown(),
		entities.Known{ID: "person:nabil-hadi", Label: "Person", Name: "Nabil al-Hadi", NameAr: "نبيل الهادي", Country: "country:yemen"})
	d := map[string]string{"أمس": "2023-04-13"}
	runMeetingCases(t, known, "2023-04-14", []meetingCase{
		{"the head of a movement's council",
			"التقى السفير القطري أمس في صنعاء رئيس المجلس السياسي لحركة الأنصار نبيل الهادي.", d,
			[]string{"talks qatar+ansar 2023-04-13@sanaa held/direct med= part=nabil-hadi/ansar"}},
		{"a leader in the movement",
			"وأجرى السفير القطري أمس في صنعاء محادثات مع القيادي في حركة الأنصار نبيل الهادي.", d,
			[]string{"talks qatar+ansar 2023-04-13@sanaa held/unknown med= part=nabil-hadi/ansar"}},
		{"a minister of his country stays his country's",
			"التقى السفير القطري أمس في صنعاء وزير الخارجية اليمني نبيل الهادي.", d,
			[]string{"talks qatar+yemen 2023-04-13@sanaa held/direct med= part=nabil-hadi/yemen"}},
	})
}
