package entities

import (
	"slices"
	"testing"

	"github.com/negograph/negograph/extract/arabic"
)

func TestCapitalOfStory(t *testing.T) {
	r := NewRecognizer(placesKnown())
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a dateline is the place of the report",
			"عنوان الخبر\n\nطهران – قال المتحدث إن الجولة انتهت.",
			[]string{"طهران=venue:tehran/name"}},
		{"a dateline with an agency",
			"دمشق (وكالات) - أعلن الوزير أن الاجتماع تأجل.",
			[]string{"دمشق=venue:damascus/name"}},
		{"a headline opening with a capital speaks for the government",
			"طهران ترفض الشروط الجديدة",
			[]string{"طهران=country:iran/metonym"}},
		{"two capitals around a dash are two governments",
			"طهران – واشنطن: جولة جديدة",
			[]string{"طهران=country:iran/metonym", "واشنطن=country:united-states/metonym"}},
		{"a capital inside a sentence before a dash",
			"وقال إن طهران - كما يبدو - لن ترد.",
			[]string{"طهران=country:iran/metonym"}},
		{"a capital before a host verb",
			"وقال المصدر إن دمشق تستضيف الجولة المقبلة.",
			[]string{"دمشق=venue:damascus/name"}},
		{"a capital that is a candidate host",
			"وتبدو مسقط مرشحة لاستضافة اللقاء.",
			[]string{"مسقط=venue:muscat/name"}},
		{"a government refusing to host speaks for itself",
			"وقالت مصادر إن طهران ترفض استضافة الجولة.",
			[]string{"طهران=country:iran/metonym"}},
		{"a host verb of another clause",
			"وحددت الحكومة موعد الجولة بين دمشق وطهران وتستعد لاستضافتها.",
			[]string{"دمشق=country:syria/metonym", "طهران=country:iran/metonym"}},
		{"the place of a shelling",
			"وتواصل قصف دمشق لليوم الثالث.",
			[]string{"دمشق=venue:damascus/name"}},
		{"air strikes on a capital",
			"وشنت الطائرات غارات على بغداد فجرا.",
			[]string{"بغداد=venue:baghdad/name"}},
		{"pressure on a capital is on its government",
			"وزادت العقوبات الضغط على طهران.",
			[]string{"طهران=country:iran/metonym"}},
		{"a capital that witnesses",
			"وشهدت بغداد احتجاجات واسعة.",
			[]string{"بغداد=venue:baghdad/name"}},
		{"the object of a visit",
			"وكان الرئيس يزور دمشق حين وقع الهجوم.",
			[]string{"دمشق=venue:damascus/name"}},
		{"a visit noun with ل",
			"وجاءت زيارته لطهران بعد أسبوع.",
			[]string{"طهران=venue:tehran/name"}},
		{"a trip's start",
			"وغادر الوفد بغداد صباحا.",
			[]string{"بغداد=venue:baghdad/name"}},
		{"a capital right after غادر is who leaves",
			"وغادرت واشنطن الاتفاق قبل سنوات.",
			[]string{"واشنطن=country:united-states/metonym"}},
		{"a visited capital before its visitors",
			"وزارت طهران وفود كثيرة.",
			[]string{"طهران=venue:tehran/name"}},
		{"the leaders who met in a capital hold no post there",
			"وجاء ذلك بعد لقاء الزعيمين في دمشق.",
			[]string{"دمشق=venue:damascus/name"}},
		{"the capital named after its country is the city",
			"وعقد اللقاء في عاصمة سوريا دمشق أمس.",
			[]string{"سوريا=country:syria/name", "دمشق=venue:damascus/name"}},
		{"the capital with an adjective, its country after ل",
			"وعقد اللقاء في العاصمة السياسية للأردن عمّان أمس.",
			[]string{"لأردن=country:jordan/name", "عمّان=venue:amman/name"}},
		{"an ambassador in a capital stands for its government",
			"وقال السفير في طهران إن الرد تأخر.",
			[]string{"طهران=country:iran/metonym"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := r.Recognize(tt.text, arabic.Tokens(tt.text))
			if got := describe(tt.text, res.Mentions); !slices.Equal(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
