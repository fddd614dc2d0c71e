package entities

import "testing"

// TestArmedGroups: the armed movements of a country named by their class
// ("والحركات المسلحة", "والحركات السياسية العسكرية المعارضة") are one
// Organization of its country — the country by its adjective after them or
// by the one government the text names, "الحكومة الانتقالية في X" too —
// known by the phrase; groups not called armed, or with no government to
// face, are none.
func TestArmedGroups(t *testing.T) {
	runClassGroupCases(t, "org:armed-movements-", func(e *Entity) bool { return len(e.Aliases) == 1 }, []classGroupCase{
		{"beside the government", "بدأت المفاوضات بين الحكومة اللبنانية والحركات المسلحة أمس.",
			[]string{"اللبنانية=country:lebanon/adjective", "الحركات المسلحة=org:armed-movements-lebanon/context"}, "الحركات المسلحة اللبنانية"},
		{"two qualifiers, the government in a country", "بدأت المفاوضات بين الحكومة الانتقالية في العراق والحركات السياسية العسكرية أمس.",
			[]string{"العراق=country:iraq/name", "الحركات السياسية العسكرية=org:armed-movements-iraq/context"}, "الحركات السياسية العسكرية العراقية"},
		{"with its adjective", "وقال ممثل الفصائل المسلحة اللبنانية إن الجولة انتهت.",
			[]string{"الفصائل المسلحة اللبنانية=org:armed-movements-lebanon/context"}, "الفصائل المسلحة اللبنانية"},
		{"not called armed", "بدأت المفاوضات بين الحكومة اللبنانية والحركات السياسية أمس.",
			[]string{"اللبنانية=country:lebanon/adjective"}, ""},
		{"no government", "وقالت الحركات المسلحة إن الهدنة انتهت.", nil, ""},
	})
}
