package entities

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/arabic"
)

func testKnown() []Known {
	return []Known{
		{ID: "country:iran", Label: "Country", Name: "Iran", NameAr: "إيران", Adjectives: []string{"إيراني", "إيرانية", "إيرانيين"}, Capital: "venue:tehran"},
		{ID: "country:united-states", Label: "Country", Name: "United States", NameAr: "الولايات المتحدة", Aliases: []string{"أمريكا"}, Adjectives: []string{"أمريكي", "أمريكية", "أمريكيين"}, Capital: "venue:washington"},
		{ID: "country:oman", Label: "Country", Name: "Oman", NameAr: "عُمان", Aliases: []string{"عمان", "سلطنة عمان"}, Adjectives: []string{"عماني", "عمانية"}, Capital: "venue:muscat"},
		{ID: "country:jordan", Label: "Country", Name: "Jordan", NameAr: "الأردن", Adjectives: []string{"أردني", "أردنية"}, Capital: "venue:amman"},
		{ID: "country:syria", Label: "Country", Name: "Syria", NameAr: "سوريا", Capital: "venue:damascus"},
		{ID: "venue:tehran", Label: "Venue", Name: "Tehran", NameAr: "طهران", Country: "country:iran"},
		{ID: "venue:washington", Label: "Venue", Name: "Washington", NameAr: "واشنطن", Country: "country:united-states"},
		{ID: "venue:muscat", Label: "Venue", Name: "Muscat", NameAr: "مسقط", Country: "country:oman"},
		{ID: "venue:doha", Label: "Venue", Name: "Doha", NameAr: "الدوحة", Country: "country:qatar"},
		{ID: "venue:amman", Label: "Venue", Name: "Amman", NameAr: "عمّان", Country: "country:jordan"},
		{ID: "venue:damascus", Label: "Venue", Name: "Damascus", NameAr: "دمشق", Country: "country:syria"},
		{ID: "venue:geneva", Label: "Venue", Name: "Geneva", NameAr: "جنيف", Country: "country:switzerland"},
		{ID: "person:steve-witkoff", Label: "Person", Name: "Steve Witkoff", NameAr: "ستيف ويتكوف", Aliases: []string{"ويتكوف"}, Country: "country:united-states"},
		{ID: "person:abram-paley", Label: "Person", Name: "Abram Paley", NameAr: "أبرام بالي", Country: "country:united-states"},
		{ID: "org:axios", Label: "Organization", Name: "Axios", NameAr: "أكسيوس", Aliases: []string{"إكسيوس"}},
		{ID: "org:al-jazeera", Label: "Organization", Name: "Al Jazeera", AmbiguousAliases: []string{"الجزيرة"}},
		{ID: "names:test", Label: LabelGivenNames, Name: "Given names", NameAr: "أسماء",
			GivenNames: []string{"محمد", "علي", "سامح", "سعيد", "عباس", "جواد", "أحمد", "عبد", "أبو", "وليد", "فيصل", "نجيب"}},
	}
}

func describe(text string, ms []Mention) []string {
	var out []string
	for _, m := range ms {
		if text[m.Start:m.End] != m.Surface {
			out = append(out, "BAD-OFFSETS")
		}
		out = append(out, fmt.Sprintf("%s=%s/%s", m.Surface, m.EntityID, m.Kind))
	}
	return out
}

func TestRecognize(t *testing.T) {
	r := NewRecognizer(testKnown())
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"clitics", `التقى وويتكوف بمسؤولين ونقلت لـ"إكسيوس" ذلك.`,
			[]string{"ويتكوف=person:steve-witkoff/name", "إكسيوس=org:axios/name"}},
		{"preposition makes a place", "وقع الهجوم على القنصلية بدمشق.",
			[]string{"دمشق=venue:damascus/name"}},
		{"capital as government", "وقالت طهران إن واشنطن لم ترد.",
			[]string{"طهران=country:iran/metonym", "واشنطن=country:united-states/metonym"}},
		{"capital as place", "وصل الوفد إلى العاصمة الإيرانية طهران أمس.",
			[]string{"الإيرانية=country:iran/adjective", "طهران=venue:tehran/name"}},
		{"coordinated places", "تعقد الجولة في مسقط أو الدوحة قريبا.",
			[]string{"مسقط=venue:muscat/name", "الدوحة=venue:doha/name"}},
		{"oman by default", "سافر المبعوث إلى عمان للتباحث.",
			[]string{"عمان=country:oman/name"}},
		{"amman with shadda", "عقد المؤتمر في عمّان بحضور وزراء عرب.",
			[]string{"عمّان=venue:amman/name"}},
		{"amman with jordan nearby", "استضافت العاصمة الأردنية عمان اجتماعا.",
			[]string{"الأردنية=country:jordan/adjective", "عمان=venue:amman/name"}},
		{"non-capital city always a place", "جنيف تستضيف المحادثات.",
			[]string{"جنيف=venue:geneva/name"}},
		{"adjectives with article and clitic", "محادثات أمريكية إيرانية والإيرانيين",
			[]string{"أمريكية=country:united-states/adjective", "إيرانية=country:iran/adjective", "الإيرانيين=country:iran/adjective"}},
		{"not inside a longer word", "الإيرانيةالجديدة وعمانيون", nil},
		{"ambiguous alias needs a cue", "أكدت الجزيرة العربية. وقالت قناة الجزيرة ذلك.",
			[]string{"الجزيرة=org:al-jazeera/name"}},
		{"surname after full name", "وصل أبرام بالي أمس. وقال بالي إن الجولة انتهت.",
			[]string{"أبرام بالي=person:abram-paley/name", "بالي=person:abram-paley/surname"}},
		{"common word alone is not a person", "ما يدور في بالي الآن.", nil},
		{"context person with role", "قال وزير الخارجية الإيراني محمد جواد ظريف إن الحل ممكن. وأضاف ظريف أن الباب مفتوح.",
			[]string{"الإيراني=country:iran/adjective", "محمد جواد ظريف=person:محمد-جواد-ظريف/context", "ظريف=person:محمد-جواد-ظريف/surname"}},
		{"context person with appositive role", "وقال سامح شكري، وزير الخارجية، إن بلاده تدعم الحوار.",
			[]string{"سامح شكري=person:سامح-شكري/context"}},
		{"given name without role is not enough", "وقال محمد الأمين إن الطقس حار.", nil},
		{"role phrase at the very start of the text", "وزير الخارجية محمد جواد ظريف قال ذلك.",
			[]string{"محمد جواد ظريف=person:محمد-جواد-ظريف/context"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := r.Recognize(tt.text, arabic.Tokens(tt.text))
			got := describe(tt.text, res.Mentions)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestContextPersonRoleAndCountry(t *testing.T) {
	r := NewRecognizer(testKnown())
	tests := []struct {
		text, id, role, country string
	}{
		{"وقال وزير الخارجية الإيراني عباس موسوي إن بلاده مستعدة.", "person:عباس-موسوي", "وزير الخارجية الإيراني", "country:iran"},
		{"وصرح سعيد خطيب زاده، المتحدث باسم الخارجية، بأن الجولة انتهت.", "person:سعيد-خطيب-زاده", "المتحدث باسم الخارجية", ""},
	}
	for _, tt := range tests {
		res := r.Recognize(tt.text, arabic.Tokens(tt.text))
		e, ok := res.Entities[tt.id]
		if !ok {
			var ids []string
			for id := range res.Entities {
				ids = append(ids, id)
			}
			t.Errorf("%q: no entity %s; got %v", tt.text, tt.id, ids)
			continue
		}
		if len(e.Roles) != 1 || e.Roles[0] != tt.role || e.Country != tt.country || e.Known {
			t.Errorf("%q: roles %q country %q known %v; want %q %q", tt.text, e.Roles, e.Country, e.Known, tt.role, tt.country)
		}
	}
}

// BenchmarkRecognize measures entity recognition (tokenizing included) on
// Arabic news text, in bytes per second on one core.
func BenchmarkRecognize(b *testing.B) {
	data, err := os.ReadFile("testdata/bench.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(data), 20)
	r := NewRecognizer(testKnown())
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Recognize(text, arabic.Tokens(text))
	}
}

// FuzzRecognize checks that any text gives mentions inside the text, in
// order, not overlapping, with surfaces equal to their offsets.
func FuzzRecognize(f *testing.F) {
	r := NewRecognizer(testKnown())
	for _, s := range []string{"التقى وويتكوف بمسؤولين في مسقط.", "عمّان وعُمان", "لـ\"إكسيوس\"", "\xff\xfe", "وقال السفير سامر  حداد \u200f عيسى إن",
		"في قصر المرجان ببلدة تل الورد الحدودية، وقريتي كفر X وعين", "طهران – قال", "في القصر"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res := r.Recognize(text, arabic.Tokens(text))
		for _, m := range res.Sites {
			if m.Kind != KindSite || m.Start < 0 || m.End > len(text) || text[m.Start:m.End] != m.Surface || res.Entities[m.EntityID] == nil {
				t.Fatalf("bad site %+v in %q", m, text)
			}
			for _, o := range res.Mentions {
				if o.Start < m.End && m.Start < o.End {
					t.Fatalf("site %q overlaps mention %q in %q", m.Surface, o.Surface, text)
				}
			}
		}
		end := 0
		for _, m := range res.Mentions {
			if m.Start < end || m.End > len(text) || m.Start > m.End {
				t.Fatalf("bad offsets %d-%d after %d in %q", m.Start, m.End, end, text)
			}
			if text[m.Start:m.End] != m.Surface {
				t.Fatalf("surface %q != text %q", m.Surface, text[m.Start:m.End])
			}
			end = m.End
			if res.Entities[m.EntityID] == nil {
				t.Fatalf("mention of %s without entity", m.EntityID)
			}
		}
	})
}

// TestAmbiguousOrganization: an organization whose name is also a word
// ("فتح") is read after a cue — the singular or dual of a movement, a
// delegation — or coordinated with an organization named unambiguously,
// and not as the word.
func TestAmbiguousOrganization(t *testing.T) {
	known := append(testKnown(),
		Known{ID: "org:fatah", Label: "Organization", Name: "Fatah", NameAr: "حركة فتح", AmbiguousAliases: []string{"فتح"}},
		Known{ID: "org:hamas", Label: "Organization", Name: "Hamas", NameAr: "حركة حماس", Aliases: []string{"حماس"}})
	r := NewRecognizer(known)
	tests := []mentionCase{
		{"after the dual of movement", "والتقى ممثلو حركتي فتح وحماس أمس.", "فتح=org:fatah/name حماس=org:hamas/name"},
		{"after a delegation", "ووصل وفد فتح إلى القاهرة.", "فتح=org:fatah/name"},
		{"coordinated, before the other", "وجرى لقاء بين فتح وحماس أمس.", "فتح=org:fatah/name حماس=org:hamas/name"},
		{"coordinated, after the other", "وجرى لقاء بين حماس وفتح أمس.", "حماس=org:hamas/name فتح=org:fatah/name"},
		{"the verb", "وأعيد فتح المعبر أمس.", ""},
		{"the verb after a name", "وقالت حماس إن فتح المعبر ضروري.", "حماس=org:hamas/name"},
	}
	expectMentionCases(t, r, tests)
}

// mentionCase is a sentence and its mentions as describe writes them,
// joined by spaces.
type mentionCase struct{ name, text, want string }

// expectMentionCases recognizes each case's text with r and compares its
// mentions with want.
func expectMentionCases(t *testing.T, r *Recognizer, tests []mentionCase) {
	t.Helper()
	for _, tt := range tests {
		res := r.Recognize(tt.text, arabic.Tokens(tt.text))
		if got := strings.Join(describe(tt.text, res.Mentions), " "); got != tt.want {
			t.Errorf("%s: %q: got %s, want %s", tt.name, tt.text, got, tt.want)
		}
	}
}

// TestPlaceOrGovernment covers the readings of capitals and place names by
// their context.
func TestPlaceOrGovernment(t *testing.T) {
	known := append(testKnown(),
		Known{ID: "venue:mashhad", Label: "Venue", Name: "Mashhad", NameAr: "مدينة مشهد", AmbiguousAliases: []string{"مشهد"}, Country: "country:iran"})
	r := NewRecognizer(known)
	tests := []mentionCase{
		{"a post in the capital is its government", "وقال كبير المفاوضين في طهران إن الجولة انتهت.", "طهران=country:iran/metonym"},
		{"talks in the capital", "وعقدت المحادثات في طهران أمس.", "طهران=venue:tehran/name"},
		{"a capital one comes from is a place", "ووصل المبعوث إلى مسقط قادماً من طهران.", "مسقط=venue:muscat/name طهران=venue:tehran/name"},
		{"على is no given name", "ويرى على المحللين في طهران أن الوقت ضيق.", "طهران=venue:tehran/name"},
		{"two capitals after talks are governments", "وتناولت محادثات واشنطن وطهران ملف العقوبات.", "واشنطن=country:united-states/metonym طهران=country:iran/metonym"},
		{"one capital after talks is the place", "وانتهت محادثات دمشق أمس.", "دمشق=venue:damascus/name"},
		{"an ambiguous place name after في", "وأعيد فتح القنصلية في مشهد أمس.", "مشهد=venue:mashhad/name"},
		{"the same word as a noun", "وكان مشهد الاستقبال لافتا.", ""},
		{"the noun after في, a verb follows", "وتصافحا أمام الكاميرات في مشهد وصفه المراقبون بالتاريخي.", ""},
		{"the noun after في, an adjective follows", "وانتهت الجلسة في مشهد مؤثر.", ""},
		{"the place after في, then a comma", "وعقد الاجتماع في مشهد، حيث وصل الوفد.", "مشهد=venue:mashhad/name"},
		{"the subject of a hosting verb", "واحتضنت دمشق الجولة الثانية.", "دمشق=venue:damascus/name"},
	}
	expectMentionCases(t, r, tests)
}

func TestContextPersonCompoundAndObserver(t *testing.T) {
	r := NewRecognizer(testKnown())
	text := "ويقول الباحث في الشؤون الإيرانية علي فتح الله نجاد إن الاتفاق ممكن."
	res := r.Recognize(text, arabic.Tokens(text))
	e := res.Entities["person:علي-فتح-الله-نجاد"]
	if e == nil {
		t.Fatalf("no compound name; got %v", describe(text, res.Mentions))
	}
	if e.Country != "" || len(e.Roles) != 1 {
		t.Errorf("country %q roles %q: an analyst of Iran is not Iranian by his title", e.Country, e.Roles)
	}
}
