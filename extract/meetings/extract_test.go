package meetings

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/dates"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

func testKnown() []entities.Known {
	return []entities.Known{
		{ID: "country:iran", Label: "Country", Name: "Iran", NameAr: "إيران", Adjectives: []string{"إيراني", "إيرانية", "إيرانيين", "إيرانيون"}, Capital: "venue:tehran"},
		{ID: "country:united-states", Label: "Country", Name: "United States", NameAr: "الولايات المتحدة", Aliases: []string{"أمريكا"}, Adjectives: []string{"أمريكي", "أمريكية", "أمريكيين", "أمريكيون"}, Capital: "venue:washington"},
		{ID: "country:oman", Label: "Country", Name: "Oman", NameAr: "عُمان", Aliases: []string{"عمان", "سلطنة عمان"}, Adjectives: []string{"عماني", "عمانية", "عمانيين", "عمانيون"}, Capital: "venue:muscat"},
		{ID: "country:qatar", Label: "Country", Name: "Qatar", NameAr: "قطر", Adjectives: []string{"قطري", "قطرية", "القطريين"}, Capital: "venue:doha"},
		{ID: "country:china", Label: "Country", Name: "China", NameAr: "الصين", Adjectives: []string{"صيني", "صينية"}, Capital: "venue:beijing"},
		{ID: "country:saudi-arabia", Label: "Country", Name: "Saudi Arabia", NameAr: "السعودية", Adjectives: []string{"سعودي", "سعودية"}, Capital: "venue:riyadh"},
		{ID: "venue:tehran", Label: "Venue", Name: "Tehran", NameAr: "طهران", Country: "country:iran"},
		{ID: "venue:washington", Label: "Venue", Name: "Washington", NameAr: "واشنطن", Country: "country:united-states"},
		{ID: "venue:muscat", Label: "Venue", Name: "Muscat", NameAr: "مسقط", Country: "country:oman"},
		{ID: "venue:doha", Label: "Venue", Name: "Doha", NameAr: "الدوحة", Country: "country:qatar"},
		{ID: "venue:rome", Label: "Venue", Name: "Rome", NameAr: "روما", Country: "country:italy"},
		{ID: "venue:beijing", Label: "Venue", Name: "Beijing", NameAr: "بكين", Country: "country:china"},
		{ID: "person:steve-witkoff", Label: "Person", Name: "Steve Witkoff", NameAr: "ستيف ويتكوف", Aliases: []string{"ويتكوف"}, Country: "country:united-states"},
		{ID: "person:abbas-araghchi", Label: "Person", Name: "Abbas Araghchi", NameAr: "عباس عراقجي", Aliases: []string{"عراقجي"}, Country: "country:iran"},
		{ID: "person:badr-albusaidi", Label: "Person", Name: "Badr Albusaidi", NameAr: "بدر البوسعيدي", Aliases: []string{"البوسعيدي"}, Country: "country:oman"},
		{ID: "country:italy", Label: "Country", Name: "Italy", NameAr: "إيطاليا", Adjectives: []string{"إيطالي", "إيطالية"}, Capital: "venue:rome"},
		{ID: "country:egypt", Label: "Country", Name: "Egypt", NameAr: "مصر", Adjectives: []string{"مصري", "مصرية", "مصريين"}, Capital: "venue:cairo"},
		{ID: "country:israel", Label: "Country", Name: "Israel", NameAr: "إسرائيل", Adjectives: []string{"إسرائيلي", "إسرائيلية"}},
		{ID: "org:iaea", Label: "Organization", Name: "IAEA", NameAr: "الوكالة الدولية للطاقة الذرية"},
		{ID: "org:hamas", Label: "Organization", Name: "Hamas", NameAr: "حماس", Aliases: []string{"حركة حماس"}, Country: "country:palestine"},
		{ID: "person:khalil-al-hayya", Label: "Person", Name: "Khalil al-Hayya", NameAr: "خليل الحية", Country: "country:palestine"},
		{ID: "person:rafael-grossi", Label: "Person", Name: "Rafael Grossi", NameAr: "رافائيل غروسي", Country: "country:argentina"},
		{ID: "venue:cairo", Label: "Venue", Name: "Cairo", NameAr: "القاهرة", Country: "country:egypt"},
		{ID: "country:russia", Label: "Country", Name: "Russia", NameAr: "روسيا", Adjectives: []string{"روسي", "روسية", "الروسي"}, Capital: "venue:moscow"},
		{ID: "country:ukraine", Label: "Country", Name: "Ukraine", NameAr: "أوكرانيا", Adjectives: []string{"أوكراني", "أوكرانية"}, Capital: "venue:kyiv"},
		{ID: "country:turkey", Label: "Country", Name: "Turkey", NameAr: "تركيا", Adjectives: []string{"تركي", "تركية"}, Capital: "venue:ankara"},
		{ID: "venue:istanbul", Label: "Venue", Name: "Istanbul", NameAr: "إسطنبول", Country: "country:turkey"},
		{ID: "country:sudan", Label: "Country", Name: "Sudan", NameAr: "السودان", Adjectives: []string{"سوداني", "سودانية"}, Capital: "venue:khartoum"},
		{ID: "org:sudanese-armed-forces", Label: "Organization", Name: "Sudanese Armed Forces", NameAr: "القوات المسلحة السودانية", Aliases: []string{"الجيش السوداني"}, Country: "country:sudan"},
		{ID: "org:rapid-support-forces", Label: "Organization", Name: "Rapid Support Forces", NameAr: "قوات الدعم السريع", Country: "country:sudan"},
		{ID: "person:kamal-alnour", Label: "Person", Name: "Kamal al-Nour", NameAr: "كمال النور", Country: "country:sudan"},
		{ID: "person:sami-alkhair", Label: "Person", Name: "Sami al-Khair", NameAr: "سامي الخير", Country: "country:sudan"},
		{ID: "venue:jeddah", Label: "Venue", Name: "Jeddah", NameAr: "جدة", Country: "country:saudi-arabia"},
		{ID: "person:brett-mcgurk", Label: "Person", Name: "Brett McGurk", NameAr: "بريت ماكغورك", Aliases: []string{"ماكغورك"}, Country: "country:united-states"},
	}
}

type world struct{ r *entities.Recognizer }

func (w world) CountryOf(id string) string {
	k, _ := w.r.Entry(id)
	return k.Country
}

// input analyses text; dates maps a surface in the text to its date ("+"
// prefix: future, "~" prefix: since).
func input(t *testing.T, r *entities.Recognizer, text string, pub article.Date, dates map[string]string) Input {
	t.Helper()
	toks := arabic.Tokens(text)
	res := r.Recognize(text, toks)
	in := Input{Text: text, Published: pub, Tokens: toks, Sentences: arabic.Sentences(text), Mentions: res.Mentions, Entities: res.Entities}
	for surface, val := range dates {
		at := strings.Index(text, surface)
		if at < 0 {
			t.Fatalf("date surface %q not in text", surface)
		}
		dm := DateMention{}
		switch {
		case strings.HasPrefix(val, "+"):
			dm.Future, val = true, val[1:]
		case strings.HasPrefix(val, "~"):
			dm.Since, val = true, val[1:]
		}
		d, err := article.ParseDate(val)
		if err != nil {
			t.Fatal(err)
		}
		dm.Date = d
		dm.TokStart, dm.TokEnd = -1, -1
		for i, tk := range toks {
			if tk.Start >= at && dm.TokStart < 0 {
				dm.TokStart = i
			}
			if tk.Start < at+len(surface) {
				dm.TokEnd = i + 1
			}
		}
		in.Dates = append(in.Dates, dm)
	}
	sort.Slice(in.Dates, func(i, j int) bool { return in.Dates[i].TokStart < in.Dates[j].TokStart })
	return in
}

func describe(m Meeting) string {
	short := func(ids []string) string {
		var out []string
		for _, id := range ids {
			out = append(out, id[strings.IndexByte(id, ':')+1:])
		}
		return strings.Join(out, "+")
	}
	var parts []string
	for _, p := range m.Participants {
		parts = append(parts, short([]string{p.PersonID})+"/"+short([]string{p.Side}))
	}
	venue := short([]string{m.Venue})
	if len(m.VenueCandidates) > 0 {
		venue = short(m.VenueCandidates) + "?"
	}
	s := fmt.Sprintf("%s %s %s@%s %s/%s med=%s part=%s", m.Kind, short(m.Parties), m.Date, venue, m.Status, m.Format, short(m.Mediators), strings.Join(parts, ","))
	if !m.After.IsZero() {
		s += " after=" + m.After.String()
	}
	return s
}

func TestExtract(t *testing.T) {
	r := entities.NewRecognizer(testKnown())
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	tests := []struct {
		name  string
		text  string
		dates map[string]string
		want  []string
	}{
		{"between with venue, date and mediation",
			"عقدت محادثات غير مباشرة بين الولايات المتحدة وإيران في مسقط يوم 12 أبريل بوساطة عمانية.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks iran+united-states 2025-04-12@muscat held/indirect med=oman part="}},
		{"adjective parties and a hesitant venue, planned",
			"ومن المرتقب أن تعقد جولة محادثات أمريكية إيرانية جديدة الأسبوع المقبل في مسقط أو الدوحة.",
			map[string]string{"الأسبوع المقبل": "+2025-04"},
			[]string{"talks iran+united-states 2025-04@muscat+doha? planned/unknown med= part="}},
		{"subject and with; messenger carries messages",
			"التقى ويتكوف مع عراقجي في روما السبت. ونقل البوسعيدي الرسائل بين الجانبين.",
			map[string]string{"السبت": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/indirect med=oman part=abbas-araghchi/iran,badr-albusaidi/mediator,steve-witkoff/united-states"}},
		{"officials of two sides around the trigger",
			"واجتمع مسؤولون أمريكيون وإيرانيون في مسقط خلال مايو.",
			map[string]string{"مايو": "2023-05"},
			[]string{"talks iran+united-states 2023-05@muscat held/direct med= part="}},
		{"postponed round refers to the channel",
			"أجرت الولايات المتحدة وإيران محادثات في يناير. وتم تأجيل جولة أخرى كانت مقررة في فبراير.",
			map[string]string{"يناير": "2025-01", "فبراير": "2025-02"},
			[]string{"talks iran+united-states 2025-01@ held/unknown med= part=", "talks iran+united-states 2025-02@ postponed/unknown med= part="}},
		{"phone contacts; explicit previous round",
			"وأجرى عراقجي اتصالات هاتفية مع ويتكوف، وهي الأولى منذ مايو.",
			map[string]string{"مايو": "~2024-05"},
			[]string{"contact iran+united-states 2025@ held/phone med= part=abbas-araghchi/iran,steve-witkoff/united-states after=2024-05"}},
		{"visit makes a meeting between traveller and host",
			"وسافر ماكغورك إلى مسقط الأحد.",
			map[string]string{"الأحد": "2025-04-13"},
			[]string{"visit oman+united-states 2025-04-13@muscat held/direct med= part=brett-mcgurk/united-states"}},
		{"a round since a date, and the earlier round inside when",
			"عقدت محادثات أمريكية إيرانية في مسقط يوم السبت، وهي الجولة الأولى بين البلدين منذ يناير، عندما عقدت مفاوضات مماثلة في الدوحة.",
			map[string]string{"يوم السبت": "2025-04-19", "منذ يناير": "~2025-01"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part= after=2025-01", "talks iran+united-states 2025-01@doha held/unknown med= part="}},
		{"coordinated travellers meet mediators; pluperfect earlier round",
			"عقدت محادثات أمريكية إيرانية في مسقط هذا الشهر. ووصل ماكغورك وويتكوف إلى مسقط يوم الثلاثاء واجتمعا مع وسطاء عمانيين. وكانت الولايات المتحدة أجرت محادثات مع إيران في يناير.",
			map[string]string{"هذا الشهر": "2025-04", "يوم الثلاثاء": "2025-04-15", "يناير": "2025-01"},
			[]string{"talks iran+united-states 2025-04-15@muscat held/unknown med=oman part=brett-mcgurk/united-states,steve-witkoff/united-states",
				"talks iran+united-states 2025-01@ held/unknown med= part="}},
		{"calls and an expected round are two meetings; cities refine hesitant countries",
			"جرت مكالمات بعيدا عن الأضواء بين واشنطن وطهران، ومن المنتظر عقد محادثات مقبلة في عمان أو قطر. وأجرى ويتكوف وعراقجي اتصالات هاتفية طوال الشهر. وتوقع دبلوماسيون أن تعقد اجتماعات بين الطرفين في الدوحة أو مسقط قريبا.",
			nil,
			[]string{"contact iran+united-states 2025@ held/phone med= part=abbas-araghchi/iran,steve-witkoff/united-states",
				"talks iran+united-states 2025@doha+muscat? planned/unknown med= part="}},
		{"two travellers of two sides, each with a nationality in the title, at a building in a city",
			"وصل المبعوث الأمريكي ويتكوف ووزير الخارجية الإيراني عراقجي إلى قصر الضيافة الكبير المطل على البحر في مسقط صباح السبت، وعقد الوفدان محادثات استمرت ساعات.",
			map[string]string{"السبت": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/direct med= part=abbas-araghchi/iran,steve-witkoff/united-states"}},
		{"the meeting named as the time of a later statement keeps its date",
			"عقدت محادثات غير مباشرة بين الولايات المتحدة وإيران في مسقط يوم 12 أبريل بوساطة عمانية. وقال عراقجي بعد انتهاء اللقاء إن الأجواء إيجابية، موضحا أنه سيعرض النتائج على القيادة خلال الأيام المقبلة.",
			map[string]string{"12 أبريل": "2025-04-12", "خلال الأيام المقبلة": "+2025-04"},
			[]string{"talks iran+united-states 2025-04-12@muscat held/indirect med=oman part=abbas-araghchi/iran"}},
		{"the dateline's city is where the lead's round is held",
			"مسقط – عقدت الولايات المتحدة وإيران محادثات غير مباشرة يوم السبت بوساطة عمانية.",
			map[string]string{"يوم السبت": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/indirect med=oman part="}},
		{"the dateline of a statement about talks is not their place",
			"واشنطن – أعلنت الخارجية أن الولايات المتحدة وإيران عقدتا محادثات غير مباشرة يوم السبت بوساطة عمانية.",
			map[string]string{"يوم السبت": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@ held/indirect med=oman part="}},
		{"a meeting a span of time before is another, earlier round",
			"عقدت محادثات أمريكية إيرانية في روما يوم السبت، بعد نحو أسبوع من لقاء الطرفين في مسقط.",
			map[string]string{"يوم السبت": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med= part=", "talks iran+united-states 2025@muscat held/unknown med= part="}},
		{"a mediator named after the verb, behind a long title, meets each side apart",
			"التقى وزير الشؤون الخارجية في سلطنة عمان البوسعيدي، يوم السبت، المبعوث الأمريكي ويتكوف ووزير الخارجية الإيراني عراقجي كلاً على حدة في مسقط.",
			map[string]string{"يوم السبت": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/indirect med=oman part=abbas-araghchi/iran,badr-albusaidi/mediator,steve-witkoff/united-states"}},
		{"a delegation's members listed after a verb of composition",
			"عقدت محادثات غير مباشرة بين الولايات المتحدة وإيران في مسقط يوم 12 أبريل بوساطة عمانية. وضم الوفد الإيراني المفاوض نائب وزير الخارجية العميد سامر حداد رئيسا، والمستشار القانوني الدكتور نادر عيسى.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks iran+united-states 2025-04-12@muscat held/indirect med=oman part=سامر-حداد/iran,نادر-عيسي/iran"}},
		{"a member list stops at the other side",
			"عقدت محادثات غير مباشرة بين الولايات المتحدة وإيران في مسقط يوم 12 أبريل بوساطة عمانية. وضم الوفد الإيراني العميد سامر حداد، فيما ترأس الجانب الأمريكي ويتكوف يرافقه المستشار نادر عيسى.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks iran+united-states 2025-04-12@muscat held/indirect med=oman part=steve-witkoff/united-states,سامر-حداد/iran,نادر-عيسي/united-states"}},
		{"a delegation named without its members is no list",
			"عقدت محادثات غير مباشرة بين الولايات المتحدة وإيران في مسقط يوم 12 أبريل بوساطة عمانية. وأشاد الوفد الإيراني بالأجواء، وقال المتحدث سامر حداد إنها بناءة.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks iran+united-states 2025-04-12@muscat held/indirect med=oman part="}},
		{"a trip, a delegation and messengers fill the round",
			"وذكرت مصادر أن دبلوماسيين أمريكيين وإيرانيين خاضوا مفاوضات غير مباشرة في العاصمة العمانية مسقط الشهر الماضي. وتوجه ماكغورك في 8 مارس إلى عمان لإجراء مشاورات مع مسؤولين عمانيين. ووصل وفد إيراني برئاسة عراقجي إلى مسقط في اليوم ذاته. وبقي الوفدان في قاعتين منفصلتين، وتولى المسؤولون العمانيون نقل الرسائل بين الجانبين.",
			map[string]string{"الشهر الماضي": "2025-03", "8 مارس": "2025-03-08"},
			[]string{"talks iran+united-states 2025-03-08@muscat held/indirect med=oman part=abbas-araghchi/iran,brett-mcgurk/united-states"}},
		{"the subject of talks between two others mediates; a ruler's visit",
			"وأوضح مصدر أن العمانيين يديرون مباحثات غير مباشرة بين الولايات المتحدة وإيران. ووصل سلطان عمان إلى العاصمة الإيرانية طهران أمس.",
			nil,
			[]string{"talks iran+united-states 2025@ held/indirect med=oman part="}},
		{"an enumeration of rounds",
			"وعقدت ثلاث جولات من المحادثات بين إيران والولايات المتحدة: الأولى في مسقط يوم 1 مارس، والثانية في روما يوم 8 مارس، والثالثة في مسقط يوم 15 مارس.",
			map[string]string{"يوم 1 مارس": "2025-03-01", "يوم 8 مارس": "2025-03-08", "يوم 15 مارس": "2025-03-15"},
			[]string{"talks iran+united-states 2025-03-01@muscat held/unknown med= part=",
				"talks iran+united-states 2025-03-08@rome held/unknown med= part=",
				"talks iran+united-states 2025-03-15@muscat held/unknown med= part="}},
		{"the subject of a hosting verb is the venue",
			"واحتضنت روما الجولة الخامسة من المحادثات الإيرانية الأمريكية يوم 8 مارس.",
			map[string]string{"يوم 8 مارس": "2025-03-08"},
			[]string{"talks iran+united-states 2025-03-08@rome held/unknown med= part="}},
		{"a meeting verb with its subject before and object after",
			"وكان البوسعيدي قد التقى عراقجي في طهران يوم 8 مارس.",
			map[string]string{"يوم 8 مارس": "2025-03-08"},
			[]string{"talks iran+oman 2025-03-08@tehran held/direct med= part=abbas-araghchi/iran,badr-albusaidi/oman"}},
		{"two officers of one country sit for the organizations their titles name",
			"والتقى نائب قائد قوات الدعم السريع كمال النور مع رئيس أركان الجيش السوداني الفريق أول سامي الخير في جدة يوم 6 أبريل بوساطة سعودية.",
			map[string]string{"يوم 6 أبريل": "2025-04-06"},
			[]string{"talks rapid-support-forces+sudanese-armed-forces 2025-04-06@jeddah held/direct med=saudi-arabia part=kamal-alnour/rapid-support-forces,sami-alkhair/sudanese-armed-forces"}},
		{"the last of a series of rounds is a round",
			"عقدت السعودية وإيران لقاء في بكين يوم 6 مارس. وقد احتضنت روما خمس جولات من تلك المحادثات، كانت آخرها في يناير 2024.",
			map[string]string{"يوم 6 مارس": "2025-03-06", "يناير 2024": "2024-01"},
			[]string{"talks iran+saudi-arabia 2025-03-06@beijing held/unknown med= part=",
				"talks iran+saudi-arabia 2024-01@rome held/unknown med= part="}},
		{"an official travels for his organization; a host city after العاصمة; coordinated mediators",
			"ووصل المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي، مساء الثلاثاء، إلى طهران. واستضافت العاصمة القطرية الدوحة أمس جولة جديدة من المفاوضات غير المباشرة بين حركة حماس وإسرائيل بوساطة قطرية ومصرية.",
			map[string]string{"مساء الثلاثاء": "2025-04-15", "أمس": "2025-04-19"},
			[]string{"visit iran+iaea 2025-04-15@tehran held/direct med= part=rafael-grossi/iaea",
				"talks israel+hamas 2025-04-19@doha held/indirect med=egypt+qatar part="}},
		{"an announcer is no mediator; a phone call with a counterpart; a coordinated subject far from its verb",
			"أعلنت قطر إلغاء الاجتماع بين الولايات المتحدة وإيران. وكانت السعودية وطهران قد عقدتا في مارس الماضي جولة محادثات في بكين. وأجرى وزير الخارجية العماني بدر البوسعيدي اتصالا هاتفيا بنظيره الإيراني عباس عراقجي.",
			map[string]string{"مارس الماضي": "2025-03"},
			[]string{"talks iran+united-states 2025@ cancelled/unknown med= part=",
				"talks iran+saudi-arabia 2025-03@beijing held/unknown med= part=",
				"contact iran+oman 2025@ held/phone med= part=abbas-araghchi/iran,badr-albusaidi/oman"}},
		{"the capital named by its adjective; mediation alone says nothing of the format",
			"انتهت في العاصمة الإيطالية الجولة الخامسة من المفاوضات بين إيران والولايات المتحدة بوساطة عمانية.",
			nil,
			[]string{"talks iran+united-states 2025@rome held/unknown med=oman part="}},
		{"a headline before the round is named",
			"جولة خامسة في روما\nانتهت أمس الجولة الخامسة من المفاوضات بين إيران والولايات المتحدة.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med= part="}},
		{"a counterpart whose title names an organization",
			"وأجرى عراقجي اتصالا هاتفيا مع المدير العام في الوكالة الدولية للطاقة الذرية.",
			nil,
			[]string{"contact iran+iaea 2025@ held/phone med= part=abbas-araghchi/iran"}},
		{"a speaker's counterpart does not make a mediation sentence foreign",
			"قال عراقجي إن جولة جديدة من المفاوضات مع واشنطن عقدت في مسقط. وأضاف في مؤتمر مع نظيره المصري أن الوسيط العماني نقل الرسائل بين الجانبين.",
			nil,
			[]string{"talks iran+united-states 2025@muscat held/indirect med=oman part=abbas-araghchi/iran"}},
		{"an agreement reached is a meeting; one sought is not",
			"وجاء البيان بعد أشهر من اتفاق القاهرة الموقع بين إيران والوكالة الدولية للطاقة الذرية في 9 مارس. وتسعى الأطراف إلى التوصل إلى اتفاق جديد تم الحديث عنه.",
			map[string]string{"9 مارس": "2025-03-09"},
			[]string{"agreement iran+iaea 2025-03-09@ held/unknown med= part="}},
		{"a subject before a title set off by commas",
			"وقال البيان إن عراقجي، وزير الخارجية، أجرى اتصالا هاتفيا مع ويتكوف.",
			nil,
			[]string{"contact iran+united-states 2025@ held/phone med= part=abbas-araghchi/iran,steve-witkoff/united-states"}},
		{"negated and generic triggers make nothing",
			"ولم تعقد أي محادثات. وتسعى الدول إلى استئناف المفاوضات.",
			nil, nil},
		{"a denied meeting is none",
			"نفى المتحدث باسم الخارجية الإيرانية أن يكون عراقجي قد اجتمع مع ويتكوف في الدوحة الأسبوع الماضي.",
			nil, nil},
		{"a speculated round is none",
			"وربما تستضيف الدوحة جولة جديدة بين إيران والولايات المتحدة في الصيف.",
			nil, nil},
		{"talks not expected are none",
			"وقال دبلوماسي إنه لا يتوقع أن تعقد محادثات بين إيران والولايات المتحدة قبل الانتخابات.",
			nil, nil},
		{"a call for talks is none; a call for a dated meeting is a plan",
			"ودعت قطر إلى عقد محادثات بين إيران والولايات المتحدة. ثم دعت إلى اجتماع بين إيران والولايات المتحدة في الدوحة يوم السبت المقبل.",
			map[string]string{"يوم السبت المقبل": "+2025-04-26"},
			[]string{"talks iran+united-states 2025-04-26@doha planned/unknown med= part="}},
		{"a definite round that will not convene is cancelled",
			"أعلنت الخارجية العمانية أن الجولة الرابعة من المحادثات بين إيران والولايات المتحدة، التي كانت مقررة في مسقط، لن تنعقد يوم الأحد.",
			map[string]string{"يوم الأحد": "+2025-04-27"},
			[]string{"talks iran+united-states 2025-04-27@muscat cancelled/unknown med= part="}},
		{"a scene sentence gives the sides, day and place of the round after it",
			"استقبل وزير الخارجية القطري في الدوحة أمس وفدين يمثلان إيران والولايات المتحدة. وعقد الوفدان بعد ذلك جولة محادثات غير مباشرة.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@doha held/indirect med= part="}},
		{"the speaker of a reported clause is no side",
			"عقدت محادثات بين إيران والولايات المتحدة في مسقط. وقال البوسعيدي إن الجولة حققت تقدما ملموسا.",
			nil,
			[]string{"talks iran+united-states 2025@muscat held/unknown med= part="}},
		{"a contrast clause names an earlier round of the channel, not the current one",
			"اختتمت في مسقط أمس جولة محادثات غير مباشرة بين إيران والولايات المتحدة. وعلى خلاف الجولة الأولى التي عقدت في روما يوم 8 مارس، حضر عراقجي اللقاء بنفسه.",
			map[string]string{"أمس": "2025-04-19", "يوم 8 مارس": "2025-03-08"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/indirect med= part=abbas-araghchi/iran",
				"talks iran+united-states 2025-03-08@rome held/unknown med= part="}},
		{"a round over two days is dated to its month",
			"انتهت أمس في إسطنبول جولة مفاوضات مباشرة بين روسيا وأوكرانيا استمرت يومين برعاية تركية.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks russia+ukraine 2025-04@istanbul held/direct med=turkey part="}},
		{"a trip made for talks is the talks: the travellers' side, the destination as venue",
			"وصل وفد من حركة حماس، اليوم الأحد، إلى القاهرة لإجراء مباحثات مع المسؤولين المصريين.",
			map[string]string{"اليوم الأحد": "2025-04-20"},
			[]string{"talks egypt+hamas 2025-04-20@cairo held/direct med= part="}},
		{"a delegation named before a person gives the person's side",
			"عقدت في إسطنبول أمس جولة مفاوضات مباشرة بين روسيا وأوكرانيا. وترأس الوفد الأوكراني وزير الدفاع عباس عراقجي.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks russia+ukraine 2025-04-19@istanbul held/direct med= part=abbas-araghchi/ukraine"}},
		{"the day of a statement is not the meeting's",
			"أعلن وزير الخارجية العماني بدر البوسعيدي اليوم الأحد أن الجولة الرابعة من المحادثات بين إيران والولايات المتحدة، التي ستعقد في مسقط، تقرر موعدها يوم السبت المقبل.",
			map[string]string{"اليوم الأحد": "2025-04-20", "يوم السبت المقبل": "+2025-04-26"},
			[]string{"talks iran+united-states 2025-04-26@muscat planned/unknown med= part="}},
		{"a place no list knows, told by its frame",
			"عقدت في مقر الأمم المتحدة في بلدة الطيبات جولة محادثات غير مباشرة بين إيران والولايات المتحدة أمس.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@الطيبات held/indirect med= part="}},
		{"who will not take part is no participant; who will lead a delegation is",
			"ستعقد في مسقط يوم السبت المقبل جولة محادثات غير مباشرة بين إيران والولايات المتحدة. وقال المتحدث إن ويتكوف سيقود الوفد الأمريكي، ولن يشارك عراقجي في المحادثات.",
			map[string]string{"يوم السبت المقبل": "+2025-04-26"},
			[]string{"talks iran+united-states 2025-04-26@muscat planned/indirect med= part=steve-witkoff/united-states"}},
		{"a proposed summit and 'such a meeting' are none",
			"عقدت في مسقط أمس جولة محادثات غير مباشرة بين إيران والولايات المتحدة. وقال عراقجي إن طهران طرحت عقد قمة بين إيران والولايات المتحدة قبل نهاية العام، غير أن واشنطن ردت بأن مثل هذا اللقاء سابق لأوانه.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/indirect med= part=abbas-araghchi/iran"}},
		{"the delegation a sentence opens with is the other side of talks in its last clause",
			"غادر وفد حركة حماس، أمس السبت، القاهرة برفقة الوسطاء القطريين، بعد ثلاثة أيام من المحادثات مع مسؤولين مصريين.",
			map[string]string{"أمس السبت": "2025-04-19"},
			[]string{"talks egypt+hamas 2025-04@cairo held/unknown med=qatar part="}}, // three days of talks: the month; held in the city left
		{"a negotiator of a movement sits for the movement, not for his country",
			"عقدت في الدوحة أمس جولة مفاوضات غير مباشرة بين إسرائيل وحركة حماس بوساطة قطرية، وشارك فيها خليل الحية.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks israel+hamas 2025-04-19@doha held/indirect med=qatar part=khalil-al-hayya/hamas"}},
		{"sponsorship by a third country",
			"وقعت السعودية وإيران اتفاقا بعد محادثات في بكين برعاية صينية.",
			nil,
			[]string{"talks iran+saudi-arabia 2025@beijing held/unknown med=china part="}},
		{"a meeting noun in the accusative ('عقدتا اجتماعا')",
			"عقدت اللجنة المشتركة بين السعودية وإيران اجتماعا في مسقط يوم 12 أبريل.",
			map[string]string{"يوم 12 أبريل": "2025-04-12"},
			[]string{"talks iran+saudi-arabia 2025-04-12@muscat held/unknown med= part="}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectMeetings(t, x, r, tt.text, pub, tt.dates, tt.want...)
		})
	}
}

// FuzzExtract runs the whole article analysis on arbitrary text: it must
// not panic, and every meeting must have two sorted parties and a valid
// status and format.
func FuzzExtract(f *testing.F) {
	r := entities.NewRecognizer(testKnown())
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	tagger := dates.New()
	for _, s := range []string{
		"عقدت محادثات غير مباشرة بين الولايات المتحدة وإيران في مسقط يوم 12 أبريل بوساطة عمانية.",
		"وعقدت ثلاث جولات: الأولى في مسقط، والثانية في روما.",
		"بين بين بين و و و مع مع",
		"\xff\xfe", "",
	} {
		f.Add(s)
	}
	pub := article.Date{Year: 2025, Month: 4, Day: 20}
	f.Fuzz(func(t *testing.T, text string) {
		toks := arabic.Tokens(text)
		res := r.Recognize(text, toks)
		in := Input{Text: text, Published: pub, Tokens: toks, Sentences: arabic.Sentences(text), Mentions: res.Mentions, Entities: res.Entities}
		for _, m := range tagger.Tag(text, pub) {
			i := 0
			for i < len(toks) && toks[i].End <= m.Start {
				i++
			}
			j := i
			for j < len(toks) && toks[j].Start < m.End {
				j++
			}
			if j > i {
				in.Dates = append(in.Dates, DateMention{TokStart: i, TokEnd: j, Date: m.Date, Future: m.Future, Since: m.Since})
			}
		}
		for _, m := range x.Extract(in) {
			if len(m.Parties) < 2 || !sort.StringsAreSorted(m.Parties) {
				t.Fatalf("parties %v", m.Parties)
			}
			switch m.Status {
			case StatusHeld, StatusPlanned, StatusPostponed, StatusCancelled:
			default:
				t.Fatalf("status %q", m.Status)
			}
			switch m.Format {
			case FormatIndirect, FormatDirect, FormatPhone, FormatUnknown:
			default:
				t.Fatalf("format %q", m.Format)
			}
		}
	})
}

// meetingCase is one row of a table of sentences: the dates the date
// extractor would give (surface -> ISO date, "+" for a future one) and the
// meetings wanted, as describe writes them.
type meetingCase struct {
	name, text string
	dates      map[string]string
	want       []string
}

// runMeetingCases extracts each case with a recognizer of known, for an
// article published on pub, and compares its meetings with the case's.
func runMeetingCases(t *testing.T, known []entities.Known, pub string, tests []meetingCase) {
	t.Helper()
	p, err := article.ParseDate(pub)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := entities.NewRecognizer(known)
			x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
			expectMeetings(t, x, r, tt.text, p, tt.dates, tt.want...)
		})
	}
}

// expectMeetings extracts the meetings of text with x and r, published on
// pub with the dates given, and compares their descriptions with want, one
// per meeting.
func expectMeetings(t *testing.T, x *Extractor, r *entities.Recognizer, text string, pub article.Date, dates map[string]string, want ...string) {
	t.Helper()
	var got []string
	for _, m := range x.Extract(input(t, r, text, pub, dates)) {
		got = append(got, describe(m))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s\ngot\n%s\nwant\n%s", text, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// expectDescribed is expectMeetings with the test gazetteer and the dates
// of described.
func expectDescribed(t *testing.T, text string, want ...string) {
	t.Helper()
	if got := described(t, text); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s\ngot\n%s\nwant\n%s", text, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
