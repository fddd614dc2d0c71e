package entities

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// personsKnown is testKnown with the countries, organizations and given
// names of the person tests.
func personsKnown() []Known {
	k := testKnown()
	for _, c := range []struct{ id, ar, adj, capital string }{
		{"armenia", "أرمينيا", "أرميني", "yerevan"}, {"azerbaijan", "أذربيجان", "أذربيجاني", "baku"},
		{"ukraine", "أوكرانيا", "أوكراني", "kyiv"}, {"russia", "روسيا", "روسي", "moscow"},
		{"turkey", "تركيا", "تركي", "ankara"}, {"sudan", "السودان", "سوداني", "khartoum"},
		{"lebanon", "لبنان", "لبناني", "beirut"}, {"qatar", "قطر", "قطري", "doha"},
		{"afghanistan", "أفغانستان", "أفغاني", "kabul"}, {"israel", "إسرائيل", "إسرائيلي", "jerusalem"},
		{"dr-congo", "الكونغو الديمقراطية", "كونغولي", "kinshasa"}, {"yemen", "اليمن", "يمني", "sanaa"},
	} {
		adj := []string{c.adj, c.adj + "ة", c.adj + "ين"}
		if c.id == "armenia" {
			adj = append(adj, "أرمني", "أرمنية")
		}
		k = append(k, Known{ID: "country:" + c.id, Label: schema.LabelCountry, Name: c.id, NameAr: c.ar, Adjectives: adj, Capital: "venue:" + c.capital})
	}
	return append(k,
		Known{ID: "venue:beirut", Label: schema.LabelVenue, Name: "Beirut", NameAr: "بيروت", Country: "country:lebanon"},
		Known{ID: "venue:istanbul", Label: schema.LabelVenue, Name: "Istanbul", NameAr: "إسطنبول", Country: "country:turkey"},
		Known{ID: "venue:aden", Label: schema.LabelVenue, Name: "Aden", NameAr: "عدن", Country: "country:yemen"},
		Known{ID: "org:un", Label: schema.LabelOrganization, Name: "United Nations", NameAr: "الأمم المتحدة"},
		Known{ID: "org:african-union", Label: schema.LabelOrganization, Name: "African Union", NameAr: "الاتحاد الأفريقي"},
		Known{ID: "org:hamas", Label: schema.LabelOrganization, Name: "Hamas", NameAr: "حماس", Aliases: []string{"حركة حماس"}},
		Known{ID: "person:abbas-araghchi", Label: schema.LabelPerson, Name: "Abbas Araghchi", NameAr: "عباس عراقجي", Aliases: []string{"عراقجي"}, Country: "country:iran"},
		Known{ID: "names:more", Label: LabelGivenNames, Name: "More given names", NameAr: "أسماء أخرى",
			GivenNames: []string{"كريم", "كمال", "سلطان", "سعد", "أحمد", "خالد", "بكر", "عمر", "باسم"}},
	)
}

// personLines describes the people found in text, one line each: the name,
// its id, the kind of mention, and for people found from context their roles
// and country.
func personLines(r *Recognizer, text string) []string {
	res := r.Recognize(text, arabic.Tokens(text))
	var out []string
	for _, m := range res.Mentions {
		if m.Label != schema.LabelPerson {
			continue
		}
		line := fmt.Sprintf("%s=%s/%s", m.Surface, m.EntityID, m.Kind)
		if e := res.Entities[m.EntityID]; m.Kind == KindContext && e != nil {
			line += fmt.Sprintf(" roles=%q country=%s", e.Roles, e.Country)
		}
		out = append(out, line)
	}
	return out
}

func TestOpenNames(t *testing.T) {
	r := NewRecognizer(personsKnown())
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"unlisted name after a minister's title",
			"قال وزير الخارجية الأرميني كارين سيمونيان إن الجولة المقبلة ستعقد قريبا.",
			[]string{`كارين سيمونيان=person:كارين-سيمونيان/context roles=["وزير الخارجية الأرميني"] country=country:armenia`}},
		{"two names joined by the conjunction after a dual title",
			"برئاسة نائبي الوزيرين تيغران هاروتيان وفوزي مختاروف عقدت اللجنتان اجتماعهما.",
			[]string{`تيغران هاروتيان=person:تيغران-هاروتيان/context roles=["نائبي الوزيرين"] country=`,
				`فوزي مختاروف=person:فوزي-مختاروف/context roles=[] country=`}},
		{"a listed given name after the conjunction opens the second name",
			"وقال القياديان تيغران هاروتيان وكريم مختاروف إن الوفد سيعود.",
			[]string{`تيغران هاروتيان=person:تيغران-هاروتيان/context roles=["القياديان"] country=`,
				`كريم مختاروف=person:كريم-مختاروف/context roles=[] country=`}},
		{"names given one by one after their nationality, behind a dual title",
			"وشارك وزيرا الخارجية، الأرميني تيغران هاروتيان والأذربيجاني فوزي مختاروف، في الجلسة.",
			[]string{`تيغران هاروتيان=person:تيغران-هاروتيان/context roles=["وزيرا الخارجية"] country=country:armenia`,
				`فوزي مختاروف=person:فوزي-مختاروف/context roles=["وزيرا الخارجية"] country=country:azerbaijan`}},
		{"a verb after the conjunction is no second name",
			"وقال السفير تيغران هاروتيان وأضاف أن اللجنة ستجتمع قريبا.",
			[]string{`تيغران هاروتيان=person:تيغران-هاروتيان/context roles=["السفير"] country=`}},
		{"feminine title with an organisation phrase",
			"وأوضحت المتحدثة باسم وزارة الخارجية الأرمينية ناريه تيفوسيان أن الوفد غادر.",
			[]string{`ناريه تيفوسيان=person:ناريه-تيفوسيان/context roles=["المتحدثة باسم وزارة الخارجية الأرمينية"] country=country:armenia`}},
		{"head of a government delegation with a rank and a compound name",
			"وقال رئيس وفد الحكومة السودانية الفريق أول كمال الدين عثمان إن وفده مستعد.",
			[]string{`كمال الدين عثمان=person:كمال-الدين-عثمان/context roles=["رئيس وفد الحكومة السودانية الفريق أول"] country=country:sudan`}},
		{"a dual title shared by two countries",
			"والتقى وزيرا خارجية أوكرانيا دميترو سافتشينكو وتركيا أوزغور كايا في إسطنبول.",
			[]string{
				`دميترو سافتشينكو=person:دميترو-سافتشينكو/context roles=["وزيرا خارجية أوكرانيا"] country=country:ukraine`,
				`أوزغور كايا=person:اوزغور-كايا/context roles=["وزيرا خارجية تركيا"] country=country:turkey`}},
		{"a dual title shared by two countries, the second after a comma",
			"والتقى وزيرا خارجية أوكرانيا دميترو سافتشينكو، وتركيا أوزغور كايا في إسطنبول.",
			[]string{
				`دميترو سافتشينكو=person:دميترو-سافتشينكو/context roles=["وزيرا خارجية أوكرانيا"] country=country:ukraine`,
				`أوزغور كايا=person:اوزغور-كايا/context roles=["وزيرا خارجية تركيا"] country=country:turkey`}},
		{"a title shared by two countries, the two names after it between commas",
			"واختتم وزيرا خارجية أوكرانيا وتركيا، دميترو سافتشينكو وأوزغور كايا، أمس جولة محادثات.",
			[]string{
				`دميترو سافتشينكو=person:دميترو-سافتشينكو/context roles=["وزيرا خارجية أوكرانيا وتركيا"] country=country:ukraine`,
				`أوزغور كايا=person:اوزغور-كايا/context roles=["وزيرا خارجية أوكرانيا وتركيا"] country=country:turkey`}},
		{"one name after a title of two countries is no pair",
			"واختتم وزيرا خارجية أوكرانيا وتركيا، دميترو سافتشينكو، أمس جولة محادثات.",
			[]string{`دميترو سافتشينكو=person:دميترو-سافتشينكو/context roles=["وزيرا خارجية أوكرانيا وتركيا"] country=country:ukraine`}},
		{"a dual verb after the second of two titled subjects ends the name",
			"وقال المتحدث إن الوزير الأوكراني دميترو سافتشينكو ووزير الخارجية التركي أوزغور كايا حققا «تقدماً» أمس.",
			[]string{
				`دميترو سافتشينكو=person:دميترو-سافتشينكو/context roles=["الوزير الأوكراني"] country=country:ukraine`,
				`أوزغور كايا=person:اوزغور-كايا/context roles=["وزير الخارجية التركي"] country=country:turkey`}},
		{"a title opening with a root و is no conjunction",
			"وقال وزير الخارجية البرازيلي لويس إيناسيو لولا إن بلاده مستعدة.",
			[]string{`لويس إيناسيو لولا=person:لويس-ايناسيو-لولا/context roles=["وزير الخارجية البرازيلي"] country=`}},
		{"a third name word of that shape after one subject stays in the name",
			"وقال الرئيس البرازيلي لويس إيناسيو لولا إن بلاده مستعدة.",
			[]string{`لويس إيناسيو لولا=person:لويس-ايناسيو-لولا/context roles=["الرئيس البرازيلي"] country=`}},
		{"a country after the comma that no name follows",
			"وقال وزير خارجية أوكرانيا دميترو سافتشينكو، وتركيا ترفض ذلك.",
			[]string{
				`دميترو سافتشينكو=person:دميترو-سافتشينكو/context roles=["وزير خارجية أوكرانيا"] country=country:ukraine`}},
		{"a known person after a title stays known",
			"وقال وزير الخارجية الإيراني عباس عراقجي إن بلاده مستعدة.",
			[]string{"عباس عراقجي=person:abbas-araghchi/name"}},
		{"a title without a name", "ووصل رئيس الوزراء القطري إلى بيروت أمس.", nil},
		{"a spokesman followed by a verb", "وقال المتحدث باسم الخارجية إن المحادثات بناءة.", nil},
		{"a president followed by a place and a day", "واجتمع الرئيس الأمريكي في البيت الأبيض الخميس بالوفد.", nil},
		{"an organisation after a title", "وقال المتحدث باسم حركة حماس إن الوفد سيصل.", nil},
		{"a quote ends the name",
			`وأكد السفير محمد آل جابر "وبمشاركة الأطراف كافة" أن الهدنة صامدة.`,
			[]string{`محمد آل جابر=person:محمد-ال-جابر/context roles=["السفير"] country=`}},
		{"a common noun after a given name is no name", "وقال السفير أحمد الجولة المقبلة ستكون حاسمة.", nil},
		{"باسم after a spokesman is the link, not the given name",
			"وأجرى وزير الدفاع الأوكراني كارين هارتلي مشاورات. وقال المتحدث باسم هارتلي إن المحادثات تسير بشكل جيد.",
			[]string{`كارين هارتلي=person:كارين-هارتلي/context roles=["وزير الدفاع الأوكراني"] country=country:ukraine`,
				`هارتلي=person:كارين-هارتلي/surname`}},
		{"a reporting clause's noun after a title", "وقال مسؤول إسرائيلي لوسائل إعلام عبرية إن الفجوة ما زالت واسعة.", nil},
		{"a verbal noun with a clitic after a title", "بعد انتخاب رئيس البرلمان وتسليم مقاليد الحكم إلى الحكومة.", nil},
		{"the time of a post after the title",
			"وقد علق رئيس الوزراء آنذاك فيكتور ماليك المفاوضات.",
			[]string{`فيكتور ماليك=person:فيكتور-ماليك/context roles=["رئيس الوزراء آنذاك"] country=`}},
		{"a name between commas after the title",
			"وقال المتحدث باسم الحركة، أوميد كريمي، إن الوفد وصل.",
			[]string{`أوميد كريمي=person:اوميد-كريمي/context roles=["المتحدث باسم الحركة"] country=`}},
		{"a time word ends the name and the posting country is no nationality",
			"ووصل المبعوث الأممي الخاص إلى اليمن هانس غروندبرغ الأحد إلى عدن.",
			[]string{`هانس غروندبرغ=person:هانس-غروندبرغ/context roles=["المبعوث الأممي الخاص إلى اليمن"] country=`}},
		{"a name with بن and a family name with the article",
			"وقال وزير الدولة القطري للشؤون الخارجية سلطان بن سعد المريخي إن الوساطة مستمرة.",
			[]string{`سلطان بن سعد المريخي=person:سلطان-بن-سعد-المريخي/context roles=["وزير الدولة القطري للشؤون الخارجية"] country=country:qatar`}},
		{"a kunya", "وقال القيادي في حماس أبو بكر الخطيب إن الرد جاهز.",
			[]string{`أبو بكر الخطيب=person:ابو-بكر-الخطيب/context roles=["القيادي في حماس"] country=`}},
		{"Latin letters are no Arabic name", "وقال الوزير John Smith إن الاتفاق قريب.", nil},
		{"a verb-shaped word ends the name", "وقال إن الجانب المفاوض يتمسك بحقوق البلاد كاملة.", nil},
		{"an imperfect verb after the name",
			"وكان الرئيس الكونغولي فيليب موانزا يستقبل الوفد.",
			[]string{`فيليب موانزا=person:فيليب-موانزا/context roles=["الرئيس الكونغولي"] country=country:dr-congo`}},
		{"tanween marks a noun", "وأصدر المنسق الخاص للأمم المتحدة، بياناً مشتركاً في الختام.", nil},
		{"an idafa after the name is not part of it",
			"وترأست مساعدة وزير الخارجية الأوكراني أولينا كوفالينكو ميروسلافا فريق الوساطة.",
			[]string{`أولينا كوفالينكو ميروسلافا=person:اولينا-كوفالينكو-ميروسلافا/context roles=["مساعدة وزير الخارجية الأوكراني"] country=country:ukraine`}},
		{"the head of a delegation after ترأس",
			"وترأس الوفد الروسي غريغوري كاراسين في الجولة الأولى.",
			[]string{`غريغوري كاراسين=person:غريغوري-كاراسين/context roles=["رئيس الوفد الروسي"] country=country:russia`}},
		{"a military rank and a qualifier",
			"وضم الوفد العقيد البحري سامر حداد والعميد الركن نادر عيسى.",
			[]string{
				`سامر حداد=person:سامر-حداد/context roles=["العقيد البحري"] country=`,
				`نادر عيسى=person:نادر-عيسي/context roles=["العميد الركن"] country=`}},
		{"a surname alone later in the article",
			"وقال وزير الخارجية الأذربيجاني رافائيل مامادوف إن النص جاهز. وأضاف مامادوف أن التوقيع قريب.",
			[]string{
				`رافائيل مامادوف=person:رافائيل-مامادوف/context roles=["وزير الخارجية الأذربيجاني"] country=country:azerbaijan`,
				"مامادوف=person:رافائيل-مامادوف/surname"}},
		{"a title and a country name",
			"واستقبل رئيس وزراء أرمينيا آرام سركيسيان ورئيس أذربيجان إلهام غولييف الوسطاء.",
			[]string{
				`آرام سركيسيان=person:ارام-سركيسيان/context roles=["رئيس وزراء أرمينيا"] country=country:armenia`,
				`إلهام غولييف=person:الهام-غولييف/context roles=["رئيس أذربيجان"] country=country:azerbaijan`}},
		{"a listed given name before a comma and a title",
			"وقال كريم سعدون، مستشار رئيس الوزراء، إن اللقاء كان إيجابيا.",
			[]string{`كريم سعدون=person:كريم-سعدون/context roles=["مستشار رئيس الوزراء"] country=`}},
		{"an aid noun is no title", "وقدمت الحكومة مساعدة إنسانية عاجلة للنازحين في المخيمات.", nil},
		{"an object noun phrase after a title", "وكشف مستشار الأمن القومي الأمريكي تفاصيل جديدة عن الخطة.", nil},
		{"a family name in ة after a title, before the capacity",
			"وشارك وزير الدفاع الأردني كمال بوعمامة بصفته ممثلاً عن بلاده.",
			[]string{`كمال بوعمامة=person:كمال-بوعمامه/context roles=["وزير الدفاع الأردني"] country=country:jordan`}},
		{"a title complement with لعمليات",
			"وقال وكيل الأمين العام لعمليات حفظ السلام جان بيار لاكروا إن البعثة باقية.",
			[]string{`جان بيار لاكروا=person:جان-بيار-لاكروا/context roles=["وكيل الأمين العام لعمليات حفظ السلام"] country=`}},
		{"a title of the title with li- and a pronoun",
			"وقال الممثل الخاص لرئيسها إيغور كوتشييف إن الوفد جاهز.",
			[]string{`إيغور كوتشييف=person:ايغور-كوتشييف/context roles=["الممثل الخاص لرئيسها"] country=`}},
		{"his saying ends the name",
			"ونقلت الوكالة عن نائب وزير الخارجية الأمريكي جون بيكر قوله إن الجولة انتهت.",
			[]string{`جون بيكر=person:جون-بيكر/context roles=["نائب وزير الخارجية الأمريكي"] country=country:united-states`}},
		{"a verbal noun of form VIII ends the name",
			"وأعلن رئيس الوزراء الأردني عمر الخصاونة اعتراف بلاده بالاتفاق.",
			[]string{`عمر الخصاونة=person:عمر-الخصاونه/context roles=["رئيس الوزراء الأردني"] country=country:jordan`}},
		{"a past verb of form VIII ends the name", "وكان الرئيس الأمريكي اختتم زيارته أمس.", nil},
		{"a preposition without a clitic", "وقال المتحدث باسم الخارجية الأمريكية أمام الصحفيين إن الموعد لم يحدد.", nil},
		{"a plural noun with the article after an unknown word", "وأبلغ وزير الخارجية نظراءه الأوروبيين رسالة واضحة.", nil},
		{"a dual future verb", "وقالت المصادر إن الرئيس الأمريكي ونظيره الروسي سيجلسان معا.", nil},
		{"a second function title with its own country",
			"واستقبل الرئيس الأمريكي رئيس الوزراء الأردني عمر الخصاونة في واشنطن.",
			[]string{`عمر الخصاونة=person:عمر-الخصاونه/context roles=["رئيس الوزراء الأردني"] country=country:jordan`}},
		{"a second function title keeps the country of the first",
			"وترأس الوفد الأوكراني وزير الدفاع دميترو سافتشينكو.",
			[]string{`دميترو سافتشينكو=person:دميترو-سافتشينكو/context roles=["وزير الدفاع"] country=country:ukraine`}},
		{"a dual title in construct", "وعقدت اللجنتان اجتماعهما برئاسة نائبي رئيسي الوزراء في البلدين.", nil},
		{"the general secretary", "وقال الأمين العام للأمم المتحدة أنطونيو سانتوس إن الهدنة صامدة.",
			[]string{`أنطونيو سانتوس=person:انطونيو-سانتوس/context roles=["الأمين العام للأمم المتحدة"] country=`}},
		{"a line break ends the name", "وقال السفير كارين\nسيمونيان إن الجولة انتهت.", nil},
		{"a given name that is also a link", "وأكد عضو المكتب السياسي لحركة حماس باسم يوسف أن الحركة تدرس المقترح.",
			[]string{`باسم يوسف=person:باسم-يوسف/context roles=["عضو المكتب السياسي لحركة حماس"] country=`}},
		{"a link that is also a given name", "وقالت المتحدثة باسم الوزارة الأرمنية ناريه تيفوسيان إن الوفد غادر.",
			[]string{`ناريه تيفوسيان=person:ناريه-تيفوسيان/context roles=["المتحدثة باسم الوزارة الأرمنية"] country=country:armenia`}},
		{"a participle after the name", "وقال قائد القوات الخاصة أحمد سالم كوكو المعروف بلقبه إن قواته ملتزمة.",
			[]string{`أحمد سالم كوكو=person:احمد-سالم-كوكو/context roles=["قائد القوات الخاصة"] country=`}},
		{"a verbal noun after the name", "وأكد وزير الخارجية السوداني أحمد كوكو دعم بلاده للحل.",
			[]string{`أحمد كوكو=person:احمد-كوكو/context roles=["وزير الخارجية السوداني"] country=country:sudan`}},
		{"a title word inside a compound name", "وقال المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد إن المشاورات ستستأنف.",
			[]string{`إسماعيل ولد الشيخ أحمد=person:اسماعيل-ولد-الشيخ-احمد/context roles=["المبعوث الأممي إلى اليمن"] country=`}},
		{"a given name glued to a common noun", "وسيحضر المبعوث الخاص أحمد المباحثات المقبلة في الدوحة.", nil},
		{"an unlisted name after a verb, before a comma and a title",
			"وقال أوزغور كايا، وزير الخارجية التركي، إن الجولة انتهت.",
			[]string{`أوزغور كايا=person:اوزغور-كايا/context roles=["وزير الخارجية التركي"] country=country:turkey`}},
		{"an unlisted name after a verb needs the comma before the title",
			"وأكد دميترو سافتشينكو وزير الدفاع الأوكراني أن الجيش مستعد.", nil},
		{"a verb with a purpose clitic is no name", "وقد تعود البلاد لتلعب دور الوسيط بين الطرفين.", nil},
		{"an unlisted name at the start of a sentence, before a comma and a title",
			"غريغوري كاراسين، نائب وزير الخارجية الروسي، وصل أمس.",
			[]string{`غريغوري كاراسين=person:غريغوري-كاراسين/context roles=["نائب وزير الخارجية الروسي"] country=country:russia`}},
		{"words after a verb that are no name", "وقال مصدر مطلع، رئيس الوفد غادر.", nil},
		{"digits end the name", "وقال العميد سامر حداد 12 مرة إن الوضع هادئ.",
			[]string{`سامر حداد=person:سامر-حداد/context roles=["العميد"] country=`}},
		{"a party named in quotes inside the title",
			`وقال رئيس الكتلة البرلمانية لحزب "النهضة الجديدة" بيترو مازور إن الوفد جاهز.`,
			[]string{`بيترو مازور=person:بيترو-مازور/context roles=["رئيس الكتلة البرلمانية لحزب \"النهضة الجديدة\""] country=`}},
		{"an acronym in brackets inside the title",
			"ووصل رئيس جهاز الأمن الداخلي (أمان) عوفر دانينو إلى القاهرة.",
			[]string{`عوفر دانينو=person:عوفر-دانينو/context roles=["رئيس جهاز الأمن الداخلي (أمان)"] country=`}},
		{"a word in brackets after a complete title",
			"وقالت وزيرة الخارجية (السابقة) ناريه تيفوسيان إن الحوار مستمر.",
			[]string{`ناريه تيفوسيان=person:ناريه-تيفوسيان/context roles=["وزيرة الخارجية (السابقة)"] country=`}},
		{"a name in brackets after the title", "وحضر العميد (سامر حداد) مسؤول الملف الأمني.",
			[]string{`سامر حداد=person:سامر-حداد/context roles=["العميد"] country=`}},
		{"a quote after a title is no name", `وقال رئيس الوفد "لن نتراجع" كريم سعدون.`, nil},
		{"a compound ordinal belongs to the title",
			"وقال المراسل في القناة الثانية عشرة يوآف ليمور إن الجيش مستعد.",
			[]string{`يوآف ليمور=person:يواف-ليمور/context roles=["المراسل في القناة الثانية عشرة"] country=`}},
		{"three names joined by the conjunction after a plural title",
			"وضم الوفد القياديين تيغران هاروتيان وفوزي مختاروف وكريم سعدون.",
			[]string{`تيغران هاروتيان=person:تيغران-هاروتيان/context roles=["القياديين"] country=`,
				`فوزي مختاروف=person:فوزي-مختاروف/context roles=[] country=`,
				`كريم سعدون=person:كريم-سعدون/context roles=[] country=`}},
		{"an unlisted name opening a list with كل من, before a comma and a title",
			"ورافقه كل من أوزغور كايا، مساعد وزير الخارجية التركي، وآخرون.",
			[]string{`أوزغور كايا=person:اوزغور-كايا/context roles=["مساعد وزير الخارجية التركي"] country=country:turkey`}},
		{"a noun with an attached pronoun ends the name",
			"وأبدت النائبة في البرلمان إينا سوفسون تشككها في الخطة.",
			[]string{`إينا سوفسون=person:اينا-سوفسون/context roles=["النائبة في البرلمان"] country=`}},
		{"a title whose pronoun is its complement",
			"وحضر المبعوث الخاص ومستشاره آرييه لايتستون الاجتماع.",
			[]string{`آرييه لايتستون=person:ارييه-لايتستون/context roles=["مستشاره"] country=`}},
		{"a dual title in construct and two names",
			"ورافقه عضوا المكتب السياسي زاهر جبارين ونزار عوض الله.",
			[]string{`زاهر جبارين=person:زاهر-جبارين/context roles=["عضوا المكتب السياسي"] country=`,
				`نزار عوض الله=person:نزار-عوض-الله/context roles=[] country=`}},
		{"a name after a nationality that follows a verb",
			"قبل أن يضيف الروسي كريم سعدون الهدف الثاني من ركلة جزاء.",
			[]string{`كريم سعدون=person:كريم-سعدون/context roles=[] country=country:russia`}},
		{"a nationality qualifying a noun opens no name", "ووصل الوفد الروسي كريم سعدون أمس.", nil},
		{"a definite noun with an ordinal after a name is no family name",
			"وسجل المهاجم كريم سعدون الهدف الأول في الدقيقة العشرين.",
			[]string{`كريم سعدون=person:كريم-سعدون/context roles=["المهاجم"] country=`}},
		{"an unknown complement then a listed given name opening a name",
			"وقال مدرب فنربخشة كريم سعدون إن الفريق قدم مباراة كبيرة.",
			[]string{`كريم سعدون=person:كريم-سعدون/context roles=["مدرب فنربخشة"] country=`}},
		{"a plural noun after two words of a name ends it",
			"فيما انتقد المدرب كريم سعدون قرارات الحكم.",
			[]string{`كريم سعدون=person:كريم-سعدون/context roles=["المدرب"] country=`}},
		{"the writer's name after a byline", "بقلم: كريم سعدون\nتدخل المفاوضات أسبوعها الثاني.",
			[]string{`كريم سعدون=person:كريم-سعدون/context roles=["كاتب"] country=`}},
		{"a list of names without titles after كلاً من",
			"وضم الوفد كلاً من تيغران هاروتيان وفوزي مختاروف وكريم سعدون.",
			[]string{`تيغران هاروتيان=person:تيغران-هاروتيان/context roles=[] country=`,
				`فوزي مختاروف=person:فوزي-مختاروف/context roles=[] country=`,
				`كريم سعدون=person:كريم-سعدون/context roles=[] country=`}},
		{"a list whose family names have the article, a later given name unlisted",
			"وضم الوفد كلاً من كريم الورفلي ومصباح التكبالي.",
			[]string{`كريم الورفلي=person:كريم-الورفلي/context roles=[] country=`,
				`مصباح التكبالي=person:مصباح-التكبالي/context roles=[] country=`}},
		{"a list after كل من and a colon, with commas",
			"وشارك عن الجانب الأوكراني كل من: تيغران هاروتيان، وفوزي مختاروف.",
			[]string{`تيغران هاروتيان=person:تيغران-هاروتيان/context roles=[] country=`,
				`فوزي مختاروف=person:فوزي-مختاروف/context roles=[] country=`}},
		{"a list of countries after كل من holds no name", "وشاركت كل من روسيا وأوكرانيا في الجولة.", nil},
		{"a relative after كل من is no name", "ودعا كل من يرغب في السلام إلى دعم المسار.", nil},
		{"a known name after بن is the father's, inside a longer name",
			"وقال مساعد الوزير أحمد بن عباس عراقجي إن الوفد جاهز.",
			[]string{`أحمد بن عباس عراقجي=person:احمد-بن-عباس-عراقجي/context roles=["مساعد الوزير"] country=`}},
		{"a known family name after another given name is another man's",
			"وعقد اللقاء في مركز وليد ويتكوف للدراسات.", nil},
		{"a reserve rank after the title", "ويضم الوفد اللواء احتياط سامر حداد.",
			[]string{`سامر حداد=person:سامر-حداد/context roles=["اللواء احتياط"] country=`}},
		{"the head of a delegation after قاد",
			"ويقود الوفد رومان غوفمان، السكرتير العسكري لرئيس الوزراء.",
			[]string{`رومان غوفمان=person:رومان-غوفمان/context roles=["رئيس الوفد"] country=`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := personLines(r, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\ngot\n  %s\nwant\n  %s", tt.text, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestPersonsGolden runs the recognizer on the articles under
// testdata/persons and compares the people found with the .golden files next
// to them. UPDATE_GOLDEN=1 rewrites the golden files.
func TestPersonsGolden(t *testing.T) {
	r := NewRecognizer(personsKnown())
	files, err := filepath.Glob("testdata/persons/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles under testdata/persons (%v)", err)
	}
	sort.Strings(files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(personLines(r, string(data)), "\n") + "\n"
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if os.Getenv("UPDATE_GOLDEN") != "" {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (UPDATE_GOLDEN=1 writes it)", err)
			}
			if got != string(want) {
				t.Errorf("people of %s:\ngot\n%s\nwant\n%s", f, got, want)
			}
		})
	}
}

// badNameRune reports whether a rune may not appear in a person's name found
// from context: quotes, punctuation, digits, Latin letters.
func badNameRune(c rune) bool {
	switch {
	case c == ' ' || c == '\u00a0' || c == '\u200c' || c == '\u200d' || c == '\u200e' || c == '\u200f':
		return false
	case c >= 0x0600 && c <= 0x06FF:
		// Arabic letters and marks; Arabic punctuation and digits are bad
		return c == '،' || c == '؛' || c == '؟' || (c >= '٠' && c <= '٩') || (c >= '۰' && c <= '۹') || c == '٪'
	}
	return !unicode.IsLetter(c) || c < 0x80
}

// FuzzPersonNames checks that people found from context have names (the
// entity's written name; the mention's surface stays the text as written)
// made of Arabic words only: no quote, punctuation, digit or Latin letter
// (a hyphen only between the letters of a double family name), and two to
// six words; and that recognition never panics.
func FuzzPersonNames(f *testing.F) {
	r := NewRecognizer(personsKnown())
	for _, s := range []string{
		`وأكد السفير محمد آل جابر "وبمشاركة الأطراف`,
		"قال وزير الخارجية الأرميني كارين سيمونيان: إن",
		"وقال المتحدث باسم الحركة، أوميد كريمي، إن",
		"الرئيس John Smith 12 «أحمد خالد»",
		"العميد 3 سامر-حداد (نادر) عيسى؛ اللواء",
		"وزيرا خارجية أوكرانيا دميترو سافتشينكو وتركيا",
		"\xff\xfe السفير \u200f كريم",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res := r.Recognize(text, arabic.Tokens(text))
		for _, m := range res.Mentions {
			if m.Kind != KindContext || m.Label != schema.LabelPerson {
				continue // organizations may hold digits: "حركة 23 مارس"
			}
			name := res.Entities[m.EntityID].Name
			if n := len(strings.Fields(name)); n < 2 || n > 6 {
				t.Fatalf("name %q of %d words in %q", name, n, text)
			}
			rs := []rune(name)
			for i, c := range rs {
				if c == '-' && i > 0 && i+1 < len(rs) && !badNameRune(rs[i-1]) && !badNameRune(rs[i+1]) &&
					!unicode.IsSpace(rs[i-1]) && !unicode.IsSpace(rs[i+1]) {
					continue // a double family name: "هيرتز-لوفغرين"
				}
				if badNameRune(c) {
					t.Fatalf("name %q holds %q, in %q", name, c, text)
				}
			}
		}
	})
}

// TestFamilyNameAfterAGivenName: a known person's one-word name after a
// given name is his when that is a spelling of his own given name, and
// another man's otherwise.
func TestFamilyNameAfterAGivenName(t *testing.T) {
	known := append(testKnown(), Known{ID: "names:more", Label: LabelGivenNames, Name: "More given names", NameAr: "أسماء أخرى",
		GivenNames: []string{"ستيفن", "جورج"}})
	r := NewRecognizer(known)
	tests := []struct{ text, want string }{
		{"وقال ستيفن ويتكوف إن الوفد جاهز.", "ويتكوف=person:steve-witkoff"},
		{"وعقد اللقاء في مركز جورج ويتكوف للدراسات.", ""},
		{"وقال ويتكوف إن الوفد جاهز.", "ويتكوف=person:steve-witkoff"},
	}
	for _, tt := range tests {
		res := r.Recognize(tt.text, arabic.Tokens(tt.text))
		var got []string
		for _, m := range res.Mentions {
			if m.Label == schema.LabelPerson && m.EntityID == "person:steve-witkoff" {
				got = append(got, m.Surface+"="+m.EntityID)
			}
		}
		if strings.Join(got, ",") != tt.want {
			t.Errorf("%s: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
