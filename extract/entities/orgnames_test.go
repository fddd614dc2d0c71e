package entities

import (
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/arabic"
)

func orgNamesKnown() []Known {
	return append(placesKnown(),
		Known{ID: "country:chad", Label: "Country", Name: "Chad", NameAr: "تشاد", Adjectives: []string{"تشادي", "تشادية"}},
		Known{ID: "country:peru", Label: "Country", Name: "Peru", NameAr: "بيرو", Adjectives: []string{"بيروفي", "بيروفية"}},
		Known{ID: "org:taliban", Label: "Organization", Name: "Taliban", NameAr: "حركة طالبان", Aliases: []string{"طالبان"}},
	)
}

// TestOrgNames: an organisation no list knows is read from its class noun
// and the words of its name up to a boundary, with its acronym in brackets
// and a closing nationality adjective as part of it; the bare class noun
// and "المتمردون" point back to the last group of that kind; a class noun
// with describing words only, the front line and a noun's object name no
// group.
func TestOrgNames(t *testing.T) {
	r := NewRecognizer(orgNamesKnown())
	for _, tt := range []struct {
		name, text string
		want       []string // surface=id, organisations only, in order
		nameAr     string   // of the first minted organisation, when set
	}{
		{"construct name with a definite adjective", "التقى الوفد الحكومي ممثلي جبهة إنقاذ الوادي الشمالية أمس.",
			[]string{"جبهة إنقاذ الوادي الشمالية=org:جبهه-انقاذ-الوادي-الشماليه"}, "جبهة إنقاذ الوادي الشمالية"},
		{"definite head, adjective and li- complement, acronym in brackets",
			"وقعت الحركة الشعبية لتحرير السهول (PLMP) الاتفاق، وقالت الحركة إن PLMP ملتزمة به.",
			[]string{"الحركة الشعبية لتحرير السهول=org:حركه-الشعبيه-لتحرير-السهول", "الحركة=org:حركه-الشعبيه-لتحرير-السهول",
				"PLMP=org:حركه-الشعبيه-لتحرير-السهول"}, "الحركة الشعبية لتحرير السهول"},
		{"a nationality adjective closes the name and is no country mention", "واجتمع قادة حزب النهضة الريفية البيروفي في العاصمة.",
			[]string{"حزب النهضة الريفية البيروفي=org:حزب-النهضه-الريفيه"}, "حزب النهضة الريفية البيروفي"},
		{"في and the country close a construct name", "وحضر الجلسة ممثلون عن جبهة التغيير والعدالة في تشاد وعن الحكومة.",
			[]string{"جبهة التغيير والعدالة في تشاد=org:جبهه-التغيير-والعداله-في-تشاد"}, ""},
		{"a council with a li- complement", "وعقد وفدا المجلس الأعلى للمصالحة والحكومة جلسة.",
			[]string{"المجلس الأعلى للمصالحة=org:مجلس-الاعلي-للمصالحه"}, ""},
		{"after li- the article is restored", "وقدمت الحكومة مقترحا للجبهة الديمقراطية الموحدة.",
			[]string{"للجبهة الديمقراطية الموحدة=org:جبهه-الديمقراطيه-الموحده"}, "الجبهة الديمقراطية الموحدة"},
		{"rebels point back to the last armed group", "وصل وفد جيش تحرير الجبال إلى الدوحة. وقال المتمردون إنهم مستعدون.",
			[]string{"جيش تحرير الجبال=org:جيش-تحرير-الجبال", "المتمردون=org:جيش-تحرير-الجبال"}, ""},
		{"the bare class noun points back to the last group of its class", "وأكدت حركة الإنقاذ الريفية أن الحركة لن تشارك، وقال جيش تحرير الجبال إن الحركة تراجعت.",
			[]string{"حركة الإنقاذ الريفية=org:حركه-الانقاذ-الريفيه", "الحركة=org:حركه-الانقاذ-الريفيه", "جيش تحرير الجبال=org:جيش-تحرير-الجبال", "الحركة=org:حركه-الانقاذ-الريفيه"}, ""},
		{"no anaphor without a group named before", "وقالت الحركة إن وفدها سيصل غدا.", nil, ""},
		{"describing words only", "وأعلن المجلس العسكري الانتقالي أن الجيش النظامي وقوات الأمن انتشرت.", nil, ""},
		{"forces described by whom they serve", "وانسحبت القوات التابعة للعراق والقوات الموالية للحكومة.", nil, ""},
		{"a country as the complement of the name's last noun", "ووقعت الحركة الشعبية لتحرير العراق وجيش تحرير لبنان البيان.",
			[]string{"الحركة الشعبية لتحرير العراق=org:حركه-الشعبيه-لتحرير-العراق", "جيش تحرير لبنان=org:جيش-تحرير-لبنان"}, "الحركة الشعبية لتحرير العراق"},
		{"a national army of a nationality is a named army", "وقال الجيش الوطني البيروفي إن الهدنة صامدة.",
			[]string{"الجيش الوطني البيروفي=org:جيش-الوطني"}, "الجيش الوطني البيروفي"},
		{"forces in construct", "ووقعت قوى الحرية والتغيير الإعلان، وقالت القوى الكبرى إنها ترحب.",
			[]string{"قوى الحرية والتغيير=org:قوي-الحريه-والتغيير"}, "قوى الحرية والتغيير"},
		{"two describing words name a body", "وعقد المجلس الانتقالي الجنوبي اجتماعا طارئا.",
			[]string{"المجلس الانتقالي الجنوبي=org:مجلس-الانتقالي-الجنوبي"}, "المجلس الانتقالي الجنوبي"},
		{"an army of a country", "وقال الجيش التشادي إن الهجوم فشل.", nil, ""},
		{"a platform without the article is a social network", "وكتب على منصة إكس أن المحادثات انتهت.", nil, ""},
		{"a body, a platform and an organisation as classes", "والتقى وفد هيئة الأركان المركزية ممثلي المنصة الوطنية للتغيير وتنظيم أنصار الوادي.",
			[]string{"هيئة الأركان المركزية=org:هيئه-الاركان-المركزيه", "المنصة الوطنية للتغيير=org:منصه-الوطنيه-للتغيير", "تنظيم أنصار الوادي=org:تنظيم-انصار-الوادي"}, ""},
		{"traffic is no movement", "وتوقفت حركة الملاحة في الميناء وحركة الشاحنات على الحدود.", nil, ""},
		{"the front line", "وتواصل القتال على الجبهة الشرقية.", nil, ""},
		{"the object of a verb is no adjective of the head", "وأعلن جيش تحرير الجبال الهدنة، ورفضت الجبهة التوقيع.",
			[]string{"جيش تحرير الجبال=org:جيش-تحرير-الجبال"}, ""},
		{"the army of a group named before is no new group", "وقال جيش تحرير الجبال إن جيش الجبهة انسحب.",
			[]string{"جيش تحرير الجبال=org:جيش-تحرير-الجبال"}, ""},
		{"a short and a long name of one article are one group", "التقى وفد جبهة التغيير والعدالة الحكومة. وقال متحدث باسم جبهة التغيير والعدالة في تشاد إن اللقاء مفيد.",
			[]string{"جبهة التغيير والعدالة=org:جبهه-التغيير-والعداله", "جبهة التغيير والعدالة في تشاد=org:جبهه-التغيير-والعداله"}, "جبهة التغيير والعدالة في تشاد"},
		{"a name spelling the acronym of another is that group", "والتقى الرئيس زعيم حركة بيلاكو. وأكدت حركة التحرير الشعبية (PLAKO) أن اللقاء إيجابي.",
			[]string{"حركة بيلاكو=org:حركه-التحرير-الشعبيه", "حركة التحرير الشعبية=org:حركه-التحرير-الشعبيه"}, "حركة التحرير الشعبية"},
		{"a mediation cue ends the name", "وجرى لقاء مع حركة سوراكا برعاية إقليمية.",
			[]string{"حركة سوراكا=org:حركه-سوراكا"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := r.Recognize(tt.text, arabic.Tokens(tt.text))
			var got []string
			first := ""
			for k, m := range res.Mentions {
				if k > 0 && m.TokStart < res.Mentions[k-1].TokEnd {
					t.Errorf("mention %q overlaps %q", m.Surface, res.Mentions[k-1].Surface)
				}
				if m.Label != "Organization" {
					continue
				}
				got = append(got, m.Surface+"="+m.EntityID)
				if first == "" && !strings.HasPrefix(m.EntityID, "org:taliban") {
					first = m.EntityID
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("mentions %q, want %q", got, tt.want)
			}
			if tt.nameAr != "" {
				if e := res.Entities[first]; e == nil || e.NameAr != tt.nameAr || e.Label != "Organization" {
					t.Errorf("entity %+v, want name_ar %q", e, tt.nameAr)
				}
			}
		})
	}
}

// TestNegotiatingOrg: the organisations that are sides in their own name.
func TestNegotiatingOrg(t *testing.T) {
	for _, tt := range []struct {
		name string
		e    *Entity
		want bool
	}{
		{"read from its class noun", &Entity{Label: "Organization", NameAr: "جبهة تحرير الجبال"}, true},
		{"a known armed group of a country", &Entity{Label: "Organization", NameAr: "جيش التحرير الشعبي", Country: "country:peru", Known: true}, true},
		{"a known movement by an alias", &Entity{Label: "Organization", NameAr: "طالبان", Aliases: []string{"حركة طالبان"}, Country: "country:afghanistan", Known: true}, true},
		{"an international force", &Entity{Label: "Organization", NameAr: "قوات الأمم المتحدة المؤقتة", Known: true}, false},
		{"a ministry", &Entity{Label: "Organization", NameAr: "وزارة الخارجية القطرية", Country: "country:qatar", Known: true}, false},
		{"a council of a country", &Entity{Label: "Organization", NameAr: "مجلس الشورى", Country: "country:iran", Known: true}, false},
		{"a person", &Entity{Label: "Person", NameAr: "سامي الخير"}, false},
	} {
		if got := NegotiatingOrg(tt.e); got != tt.want {
			t.Errorf("%s: NegotiatingOrg = %v, want %v", tt.name, got, tt.want)
		}
	}
}
