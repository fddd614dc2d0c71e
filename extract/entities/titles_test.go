package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/negograph/negograph/schema"
)

// TestTitlePhrases covers title phrases that end in a name the gazetteer
// does not know: a pronoun for the complement, the sides of a post, a
// purpose, a family name written with ة, a title of stand, and a known
// surname that is only the end of an unknown given name after a clitic; an
// adjective with its complement inside the title ("رفيعة المستوى").
func TestTitlePhrases(t *testing.T) {
	known := append(personsKnown(),
		Known{ID: "country:serbia", Label: schema.LabelCountry, Name: "Serbia", NameAr: "صربيا", Capital: "venue:belgrade"},
		Known{ID: "venue:belgrade", Label: schema.LabelVenue, Name: "Belgrade", NameAr: "بلغراد", Country: "country:serbia"},
		Known{ID: "venue:pristina", Label: schema.LabelVenue, Name: "Pristina", NameAr: "بريشتينا"},
		Known{ID: "org:eu", Label: schema.LabelOrganization, Name: "European Union", NameAr: "الاتحاد الأوروبي"},
		Known{ID: "person:janet-yellen", Label: schema.LabelPerson, Name: "Janet Yellen", NameAr: "جانيت يلين", Aliases: []string{"يلين"}},
		Known{ID: "names:slavic", Label: LabelGivenNames, Name: "Slavic given names", NameAr: "أسماء سلافية", GivenNames: []string{"أندريه"}},
	)
	r := NewRecognizer(known)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a link with a pronoun completes the title",
			"ويقود وفد الحركة المتحدث باسمها ماركو تيسفاي منذ الأحد.",
			[]string{`ماركو تيسفاي=person:ماركو-تيسفاي/context roles=["رئيس وفد الحركة المتحدث باسمها"] country=`}},
		{"a name right after the delegation he leads",
			"فيما قاد وفد المعارضة سمير الجابري.",
			[]string{`سمير الجابري=person:سمير-الجابري/context roles=["رئيس وفد المعارضة"] country=`}},
		{"a complement with a pronoun completes the title",
			"وحضر عن أوكرانيا وزير خارجيتها بافلو ستيتسينكو الجلسة.",
			[]string{`بافلو ستيتسينكو=person:بافلو-ستيتسينكو/context roles=["وزير خارجيتها"] country=`}},
		{"the two sides of a post are in the title, not the person's country",
			"وقال الممثل الخاص للاتحاد الأوروبي للحوار بين بلغراد وبريشتينا توماش فيسيلي إن اللقاء مثمر.",
			[]string{`توماش فيسيلي=person:توماش-فيسيلي/context roles=["الممثل الخاص للاتحاد الأوروبي للحوار بين بلغراد وبريشتينا"] country=`}},
		{"the purpose of an envoy's post, with the country it deals with",
			"والتقى المبعوث التركي الخاص لتطبيع العلاقات مع أرمينيا كمال أوزدمير وفد يريفان.",
			[]string{`كمال أوزدمير=person:كمال-اوزدمير/context roles=["المبعوث التركي الخاص لتطبيع العلاقات مع أرمينيا"] country=country:turkey`}},
		{"a name starting with ل after a title is no purpose",
			"ورحبت السفيرة لين هاروتيونيان بالخطوة.",
			[]string{`لين هاروتيونيان=person:لين-هاروتيونيان/context roles=["السفيرة"] country=`}},
		{"a family name written with ة after an unlisted given name",
			"وقالت المتحدثة باسم الرئاسة تينا سلامة للصحفيين إن الموعد لم يحدد.",
			[]string{`تينا سلامة=person:تينا-سلامه/context roles=["المتحدثة باسم الرئاسة"] country=`}},
		{"the writer's distance inside a title",
			"وترأس وفد الحركة رئيس ما يسمى لجنة شؤون المعتقلين ماركو تيسفاي.",
			[]string{`ماركو تيسفاي=person:ماركو-تيسفاي/context roles=["رئيس وفد الحركة رئيس ما يسمى لجنة شؤون المعتقلين"] country=`}},
		{"a title after the name without a comma, after a verb",
			"وقال أندريه كوفالينكو رئيس مكتب الرئيس الأوكراني إن الوفد جاهز.",
			[]string{`أندريه كوفالينكو=person:اندريه-كوفالينكو/context roles=["رئيس مكتب الرئيس الأوكراني"] country=country:ukraine`}},
		{"an unlisted given name still needs the comma",
			"وقال دانيلو كوفالينكو رئيس مكتب الرئيس الأوكراني إن الوفد جاهز.", nil},
		{"a given name written with madda is no particle",
			"وأعلنت السفيرة آن ليندكفيست أن الوفد وصل.",
			[]string{`آن ليندكفيست=person:ان-ليندكفيست/context roles=["السفيرة"] country=`}},
		{"a double family name with a hyphen",
			"وقالت المنسقة الخاصة آنا هيرتز-لوفغرين إن الوضع هش.",
			[]string{`آنا هيرتز-لوفغرين=person:انا-هيرتز-لوفغرين/context roles=["المنسقة الخاصة"] country=`}},
		{"a dash between spaces ends the name",
			"وقال السفير كارل نيلسون - الذي وصل أمس - إن الجولة مثمرة.",
			[]string{`كارل نيلسون=person:كارل-نيلسون/context roles=["السفير"] country=`}},
		{"an opposition figure",
			"ورحب المعارض البارز أليكسي فولكوف بالاتفاق.",
			[]string{`أليكسي فولكوف=person:اليكسي-فولكوف/context roles=["المعارض البارز"] country=`}},
		{"a verb after a title is no name",
			"أمير قطر يجمع موانزا وكابيلا في الدوحة.", nil},
		{"a known surname after a clitic that opens an unknown name",
			"وقالت المتحدثة باسم الحكومة بيلين سيوم إن الوفد جاهز.",
			[]string{`بيلين سيوم=person:بيلين-سيوم/context roles=["المتحدثة باسم الحكومة"] country=`}},
		{"a known surname after a clitic and a verb stays the known person",
			"واتصل بيلين هاتفيا.",
			[]string{`يلين=person:janet-yellen/name`}},
		{"a three-word name before a title after و", "وضم الوفد السفير سونيل كومار راوات والوكيلة المساعدة مايا ناير.",
			[]string{`سونيل كومار راوات=person:سونيل-كومار-راوات/context roles=["السفير"] country=`,
				`مايا ناير=person:مايا-ناير/context roles=["الوكيلة المساعدة"] country=`}},
		{"a title whose link's complement ends at a comma, the name after it",
			"وقالت وزيرة الدولة لشؤون أوروبا، هيلين مارش، إن بلادها مستعدة.",
			[]string{`هيلين مارش=person:هيلين-مارش/context roles=["وزيرة الدولة لشؤون أوروبا"] country=`}},
		{"a given name that begins with فال", "وقال الدبلوماسي النمساوي فالتر هوبر إن الجولة مهمة.",
			[]string{`فالتر هوبر=person:فالتر-هوبر/context roles=["الدبلوماسي النمساوي"] country=`}},
		{"a feminine leader's title", "ورافقته القيادية في الجبهة سلمى بنت يوسف.",
			[]string{`سلمى بنت يوسف=person:سلمي-بنت-يوسف/context roles=["القيادية في الجبهة"] country=`}},
		{"a professor, feminine", "وقالت البروفيسورة سونيا راماني إن القناة مهمة.",
			[]string{`سونيا راماني=person:سونيا-راماني/context roles=["البروفيسورة"] country=`}},
		{"a player's position", "قبل أن يضيف الظهير الأيمن كريم بنعلي الهدف الثاني.",
			[]string{`كريم بنعلي=person:كريم-بنعلي/context roles=["الظهير الأيمن"] country=`}},
		{"an adjective with its own complement qualifies the title",
			"وقال رئيس الآلية الأفريقية رفيعة المستوى جوزيف أكيلو إن الجولة مهمة.",
			[]string{`جوزيف أكيلو=person:جوزيف-اكيلو/context roles=["رئيس الآلية الأفريقية رفيعة المستوى"] country=`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := personLines(r, tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestWordSurnames: a surname that is also a common word (سلام، حرب)
// written alone names the person only where a person is expected.
func TestWordSurnames(t *testing.T) {
	known := append(personsKnown(),
		Known{ID: "person:karim-salam", Label: schema.LabelPerson, Name: "Karim Salam", NameAr: "كريم سلام"},
		Known{ID: "person:fadi-harb", Label: schema.LabelPerson, Name: "Fadi Harb", NameAr: "فادي حرب"})
	r := NewRecognizer(known)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the word after a preposition and before an adjective",
			"قال كريم سلام إن الحوار مفيد. ووصف الجولة بأنها خطوة نحو سلام دائم.",
			[]string{"كريم سلام=person:karim-salam/name"}},
		{"the word after a meeting noun",
			"قال فادي حرب إن الوفد جاهز. ونفى الدخول في مفاوضات سلام أو إنهاء حرب طويلة.",
			[]string{"فادي حرب=person:fadi-harb/name"}},
		{"the surname after a verb",
			"قال كريم سلام إن الحوار مفيد. وأكد سلام أن بلاده ملتزمة.",
			[]string{"كريم سلام=person:karim-salam/name", "سلام=person:karim-salam/surname"}},
		{"the surname after a title, and before a colon",
			"قال كريم سلام إن الحوار مفيد. ورد الرئيس سلام على الأسئلة. وتابع سلام: لن نتراجع.",
			[]string{"كريم سلام=person:karim-salam/name", "سلام=person:karim-salam/surname", "سلام=person:karim-salam/surname"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := personLines(r, tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestUnlistedNamesByTheirFrame: names no list holds, read by their frame
// and cut where they end, each group named by its class:
//   - "نظيره" and "نظيرته" (his, her counterpart) are whole titles;
//   - the leader after "بقيادة" or "بزعامة", and after a title with a
//     pronoun ("رئيسها", "أمينها العام");
//   - a name ends before the conjunction and a noun ("وقيادة"), before the
//     conjunction and a short given name opening a second person ("وري
//     …"), and before a season.
func TestUnlistedNamesByTheirFrame(t *testing.T) {
	r := NewRecognizer(personsKnown())
	for _, c := range []struct {
		class, text string
		want        []string
	}{
		{"counterpart", "وبحث الوزير مع نظيره كوستاس ميخايليديس العلاقات الثنائية.", []string{"كوستاس ميخايليديس"}},
		{"counterpart", "واستقبلت الوزيرة نظيرتها ليندا بيرغستروم في المطار.", []string{"ليندا بيرغستروم"}},
		{"leader", "وتضم الجبهة حركة العدل بزعامة سليمان داوود نقد، وحركات أخرى.", []string{"سليمان داوود نقد"}},
		{"leader", "وانسحب فصيل الجبل بقيادة عوض كرتي من المشاورات.", []string{"عوض كرتي"}},
		{"leader", "ومثّل الجبهة رئيسها طارق ناصيف في الجلسة.", []string{"طارق ناصيف"}},
		{"leader", "وقاد وفد الحركة أمينها العام مبارك دلدوم خلال الجلسة.", []string{"مبارك دلدوم"}},
		{"end", "وتحدثت الأنباء عن لقاء يجمع رئيس الوزراء ديسالين أحمد وقيادة الجبهة.", []string{"ديسالين أحمد"}},
		{"end", "بعد الإطاحة بالرئيس الراحل خالد منصور صيف 2013.", []string{"خالد منصور"}},
		{"end", "وحضر عن الجانب الآخر نائب رئيس اللجنة كيم سونغ تشان وري جونغ هوا.", []string{"كيم سونغ تشان", "ري جونغ هوا"}},
	} {
		got := personLines(r, c.text)
		ok := len(got) == len(c.want)
		for k := 0; ok && k < len(got); k++ {
			ok = strings.HasPrefix(got[k], c.want[k]+"=")
		}
		if !ok {
			t.Errorf("%s: %s\n got %q, want %q", c.class, c.text, got, c.want)
		}
	}
}
