package pipeline

import (
	"slices"
	"testing"

	"github.com/negograph/negograph/schema"
)

// TestNameEndsAtSidesNoun: a dual or plural noun of the sides ("الوفدين",
// "الطرفان"), a purpose with li- ("لترؤس") or a ceremony ("مراسم") right
// after an unknown person's name is what follows him, not the end of his
// name.
func TestNameEndsAtSidesNoun(t *testing.T) {
	for _, tt := range []struct{ name, text, person string }{
		{"the delegations as object", "والتقى المبعوث الأممي هانز كريستنسن الوفدين.", "هانز كريستنسن"},
		{"the two sides as object", "واستقبل الوسيط الأفريقي جوزيف أكيلو الطرفين.", "جوزيف أكيلو"},
		{"a purpose with li-", "وعاد وزير الخارجية المالي موسى كانتي لترؤس وفد بلاده.", "موسى كانتي"},
		{"a ceremony as object", "واستضافت رئيسة الوزراء لورا بيلفيلد مراسم التوقيع.", "لورا بيلفيلد"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := buildTexts(t, map[string]dated{"a.txt": {tt.text, "2024-03-12"}})
			var people []string
			for _, n := range g.NodesByLabel(schema.LabelPerson) {
				people = append(people, n.Props["name_ar"].(string))
			}
			if !slices.Equal(people, []string{tt.person}) {
				t.Errorf("people %q, want %q", people, tt.person)
			}
		})
	}
}

// TestOrganizationNameEndsAtAGivenName: a council named in a member's title
// ("عضوة المجلس الثوري ليلى الخطيب", "أمين سر المجلس الثوري لفتح ماجد
// السويطي") ends where a listed given name opens the person's name.
func TestOrganizationNameEndsAtAGivenName(t *testing.T) {
	for _, tt := range []struct{ name, text, person, org string }{
		{"after an adjective", "وضم الوفد عضوة المجلس الثوري ليلى منصور.", "ليلى منصور", "المجلس الثوري"},
		{"after a complement with li-", "ونفى أمين سر المجلس الثوري للجبهة ماجد يونس ذلك.", "ماجد يونس", "المجلس الثوري للجبهة"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := buildTexts(t, map[string]dated{"a.txt": {tt.text, "2024-03-12"}})
			var people, orgs []string
			for _, n := range g.NodesByLabel(schema.LabelPerson) {
				people = append(people, n.Props["name_ar"].(string))
			}
			for _, n := range g.NodesByLabel(schema.LabelOrganization) {
				orgs = append(orgs, n.Props["name_ar"].(string))
			}
			if !slices.Equal(people, []string{tt.person}) || !slices.Equal(orgs, []string{tt.org}) {
				t.Errorf("people %q and organisations %q, want %q and %q", people, orgs, tt.person, tt.org)
			}
		})
	}
}
