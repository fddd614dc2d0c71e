package entities

import (
	"slices"
	"testing"
)

// TestRankNames covers names after a rank or a title that the given-name
// list does not open: an unlisted given name, a family name written with ة
// or two family names with the article, members listed after "في
// عضويته", a one-word name after an honorific, and the rank and title
// words that open no name. The names are invented.
func TestRankNames(t *testing.T) {
	r := NewRecognizer(personsKnown())
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a rank, a listed given name and a family name with ة",
			"وقال العميد كمال الدغايرة إن الهدنة صامدة.",
			[]string{`كمال الدغايرة=person:كمال-الدغايره/context roles=["العميد"] country=`}},
		{"a rank with a qualifier before the name",
			"وقال العميد الركن سعد الهواملة إن الهدنة صامدة.",
			[]string{`سعد الهواملة=person:سعد-الهوامله/context roles=["العميد الركن"] country=`}},
		{"a minister's title, a listed given name and a family name with ة",
			"وقال وزير الداخلية سعيد البراغثة إن الهدنة صامدة.",
			[]string{`سعيد البراغثة=person:سعيد-البراغثه/context roles=["وزير الداخلية"] country=`}},
		{"a rank and an unlisted given name",
			"وقال اللواء هزاع الشويرفي إن الهدنة صامدة.",
			[]string{`هزاع الشويرفي=person:هزاع-الشويرفي/context roles=["اللواء"] country=`}},
		{"a title ending in an adjective, then an unlisted given name",
			"ورحب رئيس المجلس الانتقالي رحيم الشعالي بالاتفاق.",
			[]string{`رحيم الشعالي=person:رحيم-الشعالي/context roles=["رئيس المجلس الانتقالي"] country=`}},
		{"two ranked names joined, the second with two family names",
			"وضم الوفد العميد كمال الدغايرة والعقيد سعد الورشفاني الطبال.",
			[]string{`كمال الدغايرة=person:كمال-الدغايره/context roles=["العميد"] country=`,
				`سعد الورشفاني الطبال=person:سعد-الورشفاني-الطبال/context roles=["العقيد"] country=`}},
		{"a feminine title and rank before an unlisted name written with ة",
			"وقالت المستشارة القانونية الدكتورة نسمة قمرية إن الاتفاق صامد.",
			[]string{`نسمة قمرية=person:نسمه-قمريه/context roles=["المستشارة القانونية الدكتورة"] country=`}},
		{"a transliterated name after a rank",
			"وقال الفريق كيه بي راغافان إن الهدنة صامدة.",
			[]string{`كيه بي راغافان=person:كيه-بي-راغافان/context roles=["الفريق"] country=`}},
		{"a one-word name after the honorific الحاج",
			"وقال نائب وزير الداخلية الحاج فيصل إن الهدنة صامدة.",
			[]string{`الحاج فيصل=person:الحاج-فيصل/context roles=["نائب وزير الداخلية"] country=`}},
		{"the honorific الحاج before a full name is the role",
			"وقال الحاج كمال الزيداني إن الهدنة صامدة.",
			[]string{`كمال الزيداني=person:كمال-الزيداني/context roles=["الحاج"] country=`}},
		{"members listed after في عضويته",
			"وضم الوفد في عضويته تيمور داوودي وعمر كاكر.",
			[]string{`تيمور داوودي=person:تيمور-داوودي/context roles=["عضو"] country=`,
				`عمر كاكر=person:عمر-كاكر/context roles=[] country=`}},
		{"a rank followed by a verb", "وقال العميد إن الهدنة صامدة.", nil},
		{"الفريق as a team", "وقال الفريق الفني إن الهدنة صامدة.", nil},
		{"اللواء as a brigade", "وتقدم اللواء الثالث نحو المدينة.", nil},
		{"a rank and a qualifier", "وقال العقيد المتقاعد إن الهدنة صامدة.", nil},
		{"a title then a common noun with ة", "وقال وزير الدفاع الحكومة إن الهدنة صامدة.", nil},
		{"a title then a listed given name and a common noun with ة", "وقال وزير الدفاع محمد الحكومة إن الهدنة صامدة.", nil},
		{"a rank then a verbal noun with ة", "وأكد العميد ضرورة الالتزام بالهدنة.", nil},
		{"a rank then a verbal noun opening an object", "وأكد العميد رفض الحكومة للمقترح.", nil},
		{"a title then the object of the verb", "وبحث الرئيس سبل التعاون مع الوفد.", nil},
		{"a title then a verbal noun of form VI", "وأكد الرئيس تضامن الشعب مع الضحايا.", nil},
		{"a dual title then a dual verb", "ولو أن الزعيمين قبلا الجلوس إلى الطاولة لتغير الكثير.", nil},
		{"a membership noun before no name", "وفي عضويته عدد من الخبراء.", nil},
		{"الحاج as an object", "وشكر الرئيس الحاج على جهوده.", nil},
		{"a name, then a verbal noun and a common noun with ة",
			"وأعلن والي المدينة وليد غولر تعليق الدراسة في المدارس.",
			[]string{`وليد غولر=person:وليد-غولر/context roles=["والي المدينة"] country=`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := personLines(r, tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\ngot  %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
