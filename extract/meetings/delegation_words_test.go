package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
)

// egyptianHostKnown is the test gazetteer with an Egyptian official.
func egyptianHostKnown() []entities.Known {
	return append(testKnown(),
		entities.Known{ID: "person:sameh-fouad", Label: "Person", Name: "Sameh Fouad", NameAr: "سامح فؤاد", Country: "country:egypt"})
}

// TestReceptionOfDelegation: receiving a delegation is a meeting of the
// host's side with the delegation's, however the host's title is set off
// by commas and whatever qualifies the delegation; receiving a person is
// not.
func TestReceptionOfDelegation(t *testing.T) {
	d := map[string]string{"12 أبريل": "2025-04-12"}
	runMeetingCases(t, egyptianHostKnown(), "2025-04-20", []meetingCase{
		{"title set off by commas, qualified delegation",
			"استقبل مدير المخابرات المصرية، اللواء سامح فؤاد، يوم 12 أبريل، وفداً قيادياً من حركة حماس برئاسة خليل الحية.", d,
			[]string{"talks egypt+hamas 2025-04-12@ held/direct med= part=khalil-al-hayya/hamas,sameh-fouad/egypt"}},
		{"the host by adjective, the delegation high-level",
			"استقبل وزير الخارجية القطري يوم 12 أبريل في الدوحة وفداً رفيع المستوى من حركة حماس.", d,
			[]string{"talks qatar+hamas 2025-04-12@doha held/direct med= part="}},
		{"a present-tense reception of a delegation from a country",
			"ويستقبل الرئيس الإيراني يوم 12 أبريل في طهران وفداً من سلطنة عمان.", d,
			[]string{"talks iran+oman 2025-04-12@tehran held/direct med= part="}},
		{"a person received is a courtesy call",
			"استقبل الرئيس الإيراني يوم 12 أبريل وزير الخارجية العماني بدر البوسعيدي.", d,
			nil},
	})
}

// TestAppositionAfterTitle: a meeting verb whose subject's title is
// followed by his name in an apposition between commas ("رئيس …، اللواء
// X،") still reads the subject and the side it meets; the delegation met
// may carry adjectives before "من".
func TestAppositionAfterTitle(t *testing.T) {
	d := map[string]string{"12 أبريل": "2025-04-12"}
	runMeetingCases(t, egyptianHostKnown(), "2025-04-20", []meetingCase{
		{"rank after the comma",
			"التقى مدير المخابرات المصرية، اللواء سامح فؤاد، يوم 12 أبريل، وفداً من حركة حماس.", d,
			[]string{"talks egypt+hamas 2025-04-12@ held/direct med= part=sameh-fouad/egypt"}},
		{"the name right after the comma",
			"التقى المبعوث الأمريكي، ستيف ويتكوف، يوم 12 أبريل في مسقط الوفد الإيراني.", d,
			[]string{"talks iran+united-states 2025-04-12@muscat held/direct med= part=steve-witkoff/united-states"}},
		{"a qualified delegation",
			"التقى المبعوث الأمريكي ستيف ويتكوف يوم 12 أبريل وفداً سياسياً من حركة حماس.", d,
			[]string{"talks united-states+hamas 2025-04-12@ held/direct med= part=steve-witkoff/united-states"}},
	})
}

// TestGovernmentDelegationAfterVerb: "وفد الحكومة X" after a verb of meeting
// stands for the government's country, as "الوفد X" does.
func TestGovernmentDelegationAfterVerb(t *testing.T) {
	d := map[string]string{"أمس": "2025-04-19"}
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"the government's delegation meets the other",
			"التقى وفد الحكومة الإيرانية بالوفد الأمريكي في مسقط أمس.", d,
			[]string{"talks iran+united-states 2025-04-19@muscat held/direct med= part="}},
		{"a government named by its country meets a movement's delegation",
			"واجتمع وفد حكومة قطر بوفد حركة حماس في الدوحة أمس.", d,
			[]string{"talks qatar+hamas 2025-04-19@doha held/direct med= part="}},
	})
}

// TestTwoEnvoysByNationality: "المبعوثان الخاصان، الإيراني X والأمريكي Y،"
// before a day and a place set off by commas names the two sides of the
// round, each by the nationality before his name.
func TestTwoEnvoysByNationality(t *testing.T) {
	d := map[string]string{"أمس الخميس": "2025-04-17"}
	runMeetingCases(t, testKnown(), "2025-04-18", []meetingCase{
		{"the round noun after the asides",
			"عقد المبعوثان الخاصان، الإيراني دارا كوريانيان والأمريكي ميلتون فيرشاو، أمس الخميس، في الدوحة، الجولة الثانية من المحادثات.", d,
			[]string{"talks iran+united-states 2025-04-17@doha held/unknown med= part=دارا-كوريانيان/iran,ميلتون-فيرشاو/united-states"}},
		{"the sides pointed to after the round noun",
			"عقد المبعوثان الخاصان، الإيراني دارا كوريانيان والأمريكي ميلتون فيرشاو، أمس الخميس، في الدوحة، الجولة الثانية من محادثات تطبيع العلاقات بين البلدين.", d,
			[]string{"talks iran+united-states 2025-04-17@doha held/unknown med= part=دارا-كوريانيان/iran,ميلتون-فيرشاو/united-states"}},
	})
}
