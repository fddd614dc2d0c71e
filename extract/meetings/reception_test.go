package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
)

// receptionKnown is the test gazetteer with a side that is an organization
// of a country, that country's capital and one of its officials.
func receptionKnown() []entities.Known {
	return append(testKnown(),
		entities.Known{ID: "country:yemen", Label: "Country", Name: "Yemen", NameAr: "اليمن", Adjectives: []string{"يمني", "يمنية", "اليمنية"}, Capital: "venue:sanaa"},
		entities.Known{ID: "org:houthis", Label: "Organization", Name: "Houthis", NameAr: "الحوثيون", Aliases: []string{"الحوثيين", "جماعة الحوثي", "أنصار الله"}, Country: "country:yemen"},
		entities.Known{ID: "venue:sanaa", Label: "Venue", Name: "Sanaa", NameAr: "صنعاء", Country: "country:yemen"},
		entities.Known{ID: "venue:riyadh", Label: "Venue", Name: "Riyadh", NameAr: "الرياض", Country: "country:saudi-arabia"},
		entities.Known{ID: "person:salem-alharbi", Label: "Person", Name: "Salem al-Harbi", NameAr: "سالم الحربي", Country: "country:saudi-arabia"},
		entities.Known{ID: "org:united-nations", Label: "Organization", Name: "United Nations", NameAr: "الأمم المتحدة", Adjectives: []string{"الأممي", "الأممية"}},
		entities.Known{ID: "org:icrc", Label: "Organization", Name: "ICRC", NameAr: "اللجنة الدولية للصليب الأحمر"},
		entities.Known{ID: "person:nasser-alqadi", Label: "Person", Name: "Nasser al-Qadi", NameAr: "ناصر القاضي", Country: "country:yemen"},
	)
}

// TestReception: "استقبل X … وفداً من Y" is a meeting of X's side and the
// delegation's, where and when X received it, X and the delegation's head
// taking part; a reception "في ختام" talks of several days is their last
// day (the round is dated to its month); receiving people who are no
// delegation makes no meeting, unless the sentence calls it a meeting
// ("استقبل X … Y، في اجتماع").
func TestReception(t *testing.T) {
	tests := []meetingCase{
		{name: "a delegation from an organization, its head named",
			text:  "استقبل وزير الخارجية العماني بدر البوسعيدي في مسقط يوم 12 أبريل وفداً من حركة حماس برئاسة خليل الحية.",
			dates: map[string]string{"12 أبريل": "2025-04-12"},
			want:  []string{"talks oman+hamas 2025-04-12@muscat held/direct med= part=badr-albusaidi/oman,khalil-al-hayya/hamas"}},
		{name: "the host after the verb, the delegation by adjective",
			text:  "واستقبل عباس عراقجي، يوم 12 أبريل في طهران، الوفد القطري المفاوض.",
			dates: map[string]string{"12 أبريل": "2025-04-12"},
			want:  []string{"talks iran+qatar 2025-04-12@tehran held/direct med= part=abbas-araghchi/iran"}},
		{name: "the host before the verb, the delegation named after يمثل",
			text:  "وكان سالم الحربي قد استقبل في الرياض يوم 12 أبريل وفداً يمثل جماعة الحوثي.",
			dates: map[string]string{"12 أبريل": "2025-04-12"},
			want:  []string{"talks saudi-arabia+houthis 2025-04-12@riyadh held/direct med= part=salem-alharbi/saudi-arabia"}},
		{name: "the delegation's head sits for its organization, not his country",
			text:  "استقبل سالم الحربي في الرياض يوم 12 أبريل وفداً من جماعة الحوثي يرأسه المتحدث باسم الجماعة ناصر القاضي.",
			dates: map[string]string{"12 أبريل": "2025-04-12"},
			want:  []string{"talks saudi-arabia+houthis 2025-04-12@riyadh held/direct med= part=nasser-alqadi/houthis,salem-alharbi/saudi-arabia"}},
		{name: "the head after برئاسة and a title",
			text:  "واستقبل سالم الحربي يوم 12 أبريل وفدا يمثل جماعة الحوثي برئاسة كبير مفاوضيها ناصر القاضي.",
			dates: map[string]string{"12 أبريل": "2025-04-12"},
			want:  []string{"talks saudi-arabia+houthis 2025-04-12@ held/direct med= part=nasser-alqadi/houthis,salem-alharbi/saudi-arabia"}},
		{name: "the last day of talks of several days",
			text:  "استقبل سالم الحربي يوم 12 أبريل في الرياض وفداً من جماعة الحوثي، وذلك في ختام مشاورات امتدت أربعة أيام.",
			dates: map[string]string{"12 أبريل": "2025-04-12"},
			want:  []string{"talks saudi-arabia+houthis 2025-04@riyadh held/direct med= part=salem-alharbi/saudi-arabia"}},
		{name: "people received are no delegation",
			text:  "واستقبل عباس عراقجي يوم 12 أبريل في طهران السفراء الجدد لدى بلاده.",
			dates: map[string]string{"12 أبريل": "2025-04-12"}},
		{name: "a person received, in a meeting",
			text:  "استقبل وزير الخارجية العماني بدر البوسعيدي، يوم 12 أبريل، في مسقط القيادي في حركة حماس خليل الحية، في اجتماع بحضور مسؤولين من الجانبين.",
			dates: map[string]string{"12 أبريل": "2025-04-12"},
			want:  []string{"talks oman+hamas 2025-04-12@muscat held/unknown med= part=badr-albusaidi/oman,khalil-al-hayya/hamas"}},
		{name: "a delegation in the next clause is not the one received",
			text:  "واستقبل عباس عراقجي يوم 12 أبريل في طهران السفراء الجدد لدى بلاده، بينما ينتظر وفد قطري موعد لقائه في الدوحة.",
			dates: map[string]string{"12 أبريل": "2025-04-12"}},
	}
	runMeetingCases(t, receptionKnown(), "2025-04-20", tests)
}

// TestReceptionOfCurrentRound: a reception told after a round of several
// days is one of its days — the delegation of the round's mediator
// received along with a side's mediates, and a host of the country whose
// organization is a side stands for that organization.
func TestReceptionOfCurrentRound(t *testing.T) {
	const round = "أجرى وفد سعودي مباحثات مع جماعة الحوثي في صنعاء استمرت خمسة أيام وانتهت يوم 13 أبريل، بوساطة عمانية. "
	dates := map[string]string{"13 أبريل": "2025-04-13", "10 أبريل": "2025-04-10"}
	tests := []meetingCase{
		{name: "the mediator's delegation received with a side's",
			text: round + "وكان ناصر القاضي قد استقبل يوم 10 أبريل الوفدين السعودي والعماني.", dates: dates,
			want: []string{"talks saudi-arabia+houthis 2025-04@sanaa held/direct med=oman part=nasser-alqadi/houthis"}},
		{name: "the side's delegation alone",
			text: round + "واستقبل ناصر القاضي يوم 10 أبريل الوفد السعودي.", dates: dates,
			want: []string{"talks saudi-arabia+houthis 2025-04@sanaa held/direct med=oman part=nasser-alqadi/houthis"}},
		{name: "the delegations named back, the host of the side's organization",
			text:  "وصل وفد سعودي برئاسة سالم الحربي إلى صنعاء يوم 9 أبريل، يرافقه وفد عماني، لإجراء محادثات مع قيادة جماعة الحوثي. واستقبل رئيس المجلس السياسي التابع للجماعة ناصر القاضي الوفدين في القصر الجمهوري، وعقد مع الحربي جلسة مباشرة.",
			dates: map[string]string{"9 أبريل": "2025-04-09"},
			want:  []string{"talks saudi-arabia+houthis 2025-04-09@sanaa held/direct med=oman part=nasser-alqadi/houthis,salem-alharbi/saudi-arabia"}},
		{name: "a reception days after the round ended is another meeting",
			text: round + "واستقبل ناصر القاضي يوم 18 أبريل الوفد العماني.", dates: map[string]string{"13 أبريل": "2025-04-13", "18 أبريل": "2025-04-18"},
			want: []string{"talks saudi-arabia+houthis 2025-04@sanaa held/unknown med=oman part=", "talks oman+yemen 2025-04-18@ held/direct med= part=nasser-alqadi/yemen"}},
	}
	runMeetingCases(t, receptionKnown(), "2025-04-20", tests)
}
