package dates

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/negograph/negograph/internal/article"
)

// want describes one expected mention: its surface, ISO date and flags
// ("rel", "fut", "since" in any order, space separated).
type want struct {
	text  string
	date  string
	flags string
}

type tagCase struct {
	name string
	pub  string
	in   string
	want []want
}

func runCases(t *testing.T, cases []tagCase) {
	t.Helper()
	tg := New()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pub, err := article.ParseDate(c.pub)
			if err != nil {
				t.Fatal(err)
			}
			got := tg.Tag(c.in, pub)
			checkInvariants(t, c.in, got)
			if len(got) != len(c.want) {
				t.Fatalf("Tag(%q, %s):\n got %s\nwant %v", c.in, c.pub, show(got), c.want)
			}
			for i, w := range c.want {
				g := got[i]
				if g.Text != w.text || g.Date.String() != w.date || flags(g) != norm(w.flags) {
					t.Errorf("Tag(%q, %s)[%d]:\n got %s\nwant %q %s [%s]", c.in, c.pub, i, show(got[i:i+1]), w.text, w.date, norm(w.flags))
				}
			}
		})
	}
}

func flags(m Mention) string {
	var f []string
	if m.Relative {
		f = append(f, "rel")
	}
	if m.Future {
		f = append(f, "fut")
	}
	if m.Since {
		f = append(f, "since")
	}
	return strings.Join(f, " ")
}

func norm(f string) string {
	have := map[string]bool{}
	for _, w := range strings.Fields(f) {
		have[w] = true
	}
	var out []string
	for _, w := range []string{"rel", "fut", "since"} {
		if have[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

func show(ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "{%q %s [%s]} ", m.Text, m.Date, flags(m))
	}
	return b.String()
}

func checkInvariants(t *testing.T, text string, ms []Mention) {
	t.Helper()
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("bad span %d-%d (prev end %d) in %q", m.Start, m.End, prev, text)
		}
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("Text %q != text[%d:%d] %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
		if m.Date.IsZero() || !m.Date.Valid() {
			t.Fatalf("bad date %+v for %q", m.Date, m.Text)
		}
		prev = m.End
	}
}

func TestGregorianMonths(t *testing.T) {
	runCases(t, []tagCase{
		{"yanayir", "2024-05-17", "وصل الوفد في 5 يناير 2024 إلى مسقط", []want{{"5 يناير 2024", "2024-01-05", ""}}},
		{"febrayir", "2024-05-17", "جرت جولة في 2 فبراير 2023", []want{{"2 فبراير 2023", "2023-02-02", ""}}},
		{"febrir", "2024-05-17", "في 2 فبرير 2023", []want{{"2 فبرير 2023", "2023-02-02", ""}}},
		{"mars", "2024-05-17", "اجتمعا في 21 مارس 2022", []want{{"21 مارس 2022", "2022-03-21", ""}}},
		{"ibril hamza below", "2024-05-17", "في 13 إبريل 2024", []want{{"13 إبريل 2024", "2024-04-13", ""}}},
		{"abril hamza above", "2024-05-17", "في 13 أبريل 2024", []want{{"13 أبريل 2024", "2024-04-13", ""}}},
		{"abril bare", "2024-05-17", "في 13 ابريل 2024", []want{{"13 ابريل 2024", "2024-04-13", ""}}},
		{"mayu", "2024-05-17", "يوم 8 مايو 2023", []want{{"يوم 8 مايو 2023", "2023-05-08", ""}}},
		{"yunyu", "2024-05-17", "في 30 يونيو 2021", []want{{"30 يونيو 2021", "2021-06-30", ""}}},
		{"yunyah", "2024-05-17", "في 30 يونيه 2021", []want{{"30 يونيه 2021", "2021-06-30", ""}}},
		{"yulyu", "2024-05-17", "في 4 يوليو 2020", []want{{"4 يوليو 2020", "2020-07-04", ""}}},
		{"yulyah", "2024-05-17", "في 4 يوليه 2020", []want{{"4 يوليه 2020", "2020-07-04", ""}}},
		{"aghustus", "2024-05-17", "في 15 أغسطس 2019", []want{{"15 أغسطس 2019", "2019-08-15", ""}}},
		{"aghustus bare", "2024-05-17", "في 15 اغسطس 2019", []want{{"15 اغسطس 2019", "2019-08-15", ""}}},
		{"Moroccan month names", "2024-05-17", "بين 3 غشت 2019 و12 شتنبر 2019", []want{{"3 غشت 2019", "2019-08-03", ""}, {"12 شتنبر 2019", "2019-09-12", ""}}},
		{"Moroccan month names, late year", "2024-05-17", "في 7 دجنبر 2019 بعد 20 نونبر 2019 و4 يوليوز 2019", []want{{"7 دجنبر 2019", "2019-12-07", ""}, {"20 نونبر 2019", "2019-11-20", ""}, {"4 يوليوز 2019", "2019-07-04", ""}}},
		{"sibtambar", "2024-05-17", "في 9 سبتمبر 2023", []want{{"9 سبتمبر 2023", "2023-09-09", ""}}},
		{"uktubar", "2024-05-17", "في 7 أكتوبر 2023", []want{{"7 أكتوبر 2023", "2023-10-07", ""}}},
		{"nufimbar", "2024-05-17", "في 11 نوفمبر 2023", []want{{"11 نوفمبر 2023", "2023-11-11", ""}}},
		{"disambar", "2024-05-17", "في 31 ديسمبر 2023", []want{{"31 ديسمبر 2023", "2023-12-31", ""}}},
		{"diacritics", "2024-05-17", "في 3 يَنايِر 2024", []want{{"3 يَنايِر 2024", "2024-01-03", ""}}},
		{"bad day keeps month", "2024-05-17", "في 31 إبريل 2024", []want{{"إبريل 2024", "2024-04", ""}}},
		{"feb 29 leap", "2024-05-17", "في 29 فبراير 2024", []want{{"29 فبراير 2024", "2024-02-29", ""}}},
		{"feb 29 not leap", "2024-05-17", "في 29 فبراير 2023", nil},
	})
}

func TestLevantineMonths(t *testing.T) {
	runCases(t, []tagCase{
		{"kanun thani", "2024-05-17", "في 10 كانون الثاني 2024", []want{{"10 كانون الثاني 2024", "2024-01-10", ""}}},
		{"shubat", "2024-05-17", "في 2 شباط 2024", []want{{"2 شباط 2024", "2024-02-02", ""}}},
		{"adhar", "2024-05-17", "في 3 آذار 2024", []want{{"3 آذار 2024", "2024-03-03", ""}}},
		{"nisan", "2024-05-17", "في 4 نيسان 2024", []want{{"4 نيسان 2024", "2024-04-04", ""}}},
		{"ayyar", "2024-05-17", "في 5 أيار 2024", []want{{"5 أيار 2024", "2024-05-05", ""}}},
		{"haziran", "2024-05-17", "في 6 حزيران 2023", []want{{"6 حزيران 2023", "2023-06-06", ""}}},
		{"tammuz", "2024-05-17", "في 7 تموز 2023", []want{{"7 تموز 2023", "2023-07-07", ""}}},
		{"ab", "2024-05-17", "في 8 آب 2023", []want{{"8 آب 2023", "2023-08-08", ""}}},
		{"aylul", "2024-05-17", "في 9 أيلول 2023", []want{{"9 أيلول 2023", "2023-09-09", ""}}},
		{"tishrin awwal", "2024-05-17", "في 10 تشرين الأول 2023", []want{{"10 تشرين الأول 2023", "2023-10-10", ""}}},
		{"tishrin thani", "2024-05-17", "في 11 تشرين الثاني 2023", []want{{"11 تشرين الثاني 2023", "2023-11-11", ""}}},
		{"kanun awwal", "2024-05-17", "في 12 كانون الأول 2023", []want{{"12 كانون الأول 2023", "2023-12-12", ""}}},
		{"kanun alone is nothing", "2024-05-17", "في كانون 2023", nil},
	})
}

func TestMaghrebiMonths(t *testing.T) {
	runCases(t, []tagCase{
		{"janfi", "2024-05-17", "في 1 جانفي 2024", []want{{"1 جانفي 2024", "2024-01-01", ""}}},
		{"fifri", "2024-05-17", "في 2 فيفري 2024", []want{{"2 فيفري 2024", "2024-02-02", ""}}},
		{"afril", "2024-05-17", "في 4 أفريل 2024", []want{{"4 أفريل 2024", "2024-04-04", ""}}},
		{"may", "2024-05-17", "في 5 ماي 2024", []want{{"5 ماي 2024", "2024-05-05", ""}}},
		{"juan", "2024-05-17", "في 6 جوان 2023", []want{{"6 جوان 2023", "2023-06-06", ""}}},
		{"juilliya", "2024-05-17", "في 7 جويلية 2023", []want{{"7 جويلية 2023", "2023-07-07", ""}}},
		{"ut", "2024-05-17", "في 8 أوت 2023", []want{{"8 أوت 2023", "2023-08-08", ""}}},
	})
}

func TestPairsAndClitics(t *testing.T) {
	runCases(t, []tagCase{
		{"slash pair", "2024-05-17", "الهجوم في 13 إبريل/ نيسان.", []want{{"13 إبريل/ نيسان", "2024-04-13", "rel"}}},
		{"slash pair tight", "2024-05-17", "في الثاني من فبراير/شباط، نفذت", []want{{"الثاني من فبراير/شباط", "2024-02-02", "rel"}}},
		{"paren pair", "2024-05-17", "سافر في 8 أيار (مايو) إلى مسقط", []want{{"8 أيار (مايو)", "2024-05-08", "rel"}}},
		{"paren pair with modifier", "2024-05-17", "في أيار (مايو) الماضي", []want{{"أيار (مايو) الماضي", "2023-05", "rel"}}},
		{"pair with current", "2024-04-20", "مساء السبت الموافق 13 إبريل/ نيسان الجاري", []want{{"السبت الموافق 13 إبريل/ نيسان الجاري", "2024-04-13", "rel"}}},
		{"levantine pair", "2024-05-17", "منذ يناير/ كانون الثاني", []want{{"منذ يناير/ كانون الثاني", "2024-01", "rel since"}}},
		{"bi clitic", "2024-05-17", "وعقدت الجولة بمايو 2023", []want{{"مايو 2023", "2023-05", ""}}},
		{"wa fi", "2024-05-17", "وفي يناير الماضي التقى الطرفان", []want{{"يناير الماضي", "2024-01", "rel"}}},
		{"wa clitic month", "2024-05-17", "بين مارس ويونيو 2023", []want{{"يونيو 2023", "2023-06", ""}}},
		{"li clitic", "2024-05-17", "تأجلت لأكتوبر 2024", []want{{"أكتوبر 2024", "2024-10", "fut"}}},
		{"weak mars verb", "2024-05-17", "ومارس الوزير ضغوطا كبيرة", nil},
		{"weak ab father", "2024-05-17", "قال أب الضحية إن", nil},
		{"weak bab door", "2024-05-17", "فتح باب الحوار", nil},
		{"weak month with cue", "2024-05-17", "في مارس وقع الاتفاق", []want{{"مارس", "2024-03", "rel"}}},
		{"shahr before month", "2024-05-17", "خلال شهر آب", []want{{"شهر آب", "2023-08", "rel"}}},
	})
}

func TestDigitsAndYears(t *testing.T) {
	runCases(t, []tagCase{
		{"arabic-indic", "2024-05-17", "في ١٣ إبريل ٢٠٢٤", []want{{"١٣ إبريل ٢٠٢٤", "2024-04-13", ""}}},
		{"persian", "2024-05-17", "في ۱۳ آوریل", nil},
		{"persian digits arabic month", "2024-05-17", "في ۱۳ إبريل ۲۰۲۴", []want{{"۱۳ إبريل ۲۰۲۴", "2024-04-13", ""}}},
		{"month year", "2024-05-17", "منذ مايو 2023 لم يلتقيا", []want{{"منذ مايو 2023", "2023-05", "since"}}},
		{"fi year", "2024-05-17", "وقع في 2023 اتفاق", []want{{"2023", "2023", ""}}},
		{"aam year", "2024-05-17", "الاتفاق النووي عام 2015", []want{{"عام 2015", "2015", ""}}},
		{"al-aam year", "2024-05-17", "خلال العام 2022 جرت", []want{{"العام 2022", "2022", ""}}},
		{"hijri year", "2024-05-17", "في عام 1445 هـ وفي 1445هـ", nil},
		{"years joined", "2024-05-17", "بين عامي 2015 و2018", []want{{"عامي 2015", "2015", ""}, {"2018", "2018", ""}}},
		{"count not joined", "2024-05-17", "نحو 1500 و2000 جندي", nil},
		{"year suffix", "2024-05-17", "في عام 2015م وقع", []want{{"عام 2015م", "2015", ""}}},
		{"bare number not year", "2024-05-17", "القرار 2231 الصادر", nil},
		{"resolution number after cue is a year", "2024-05-17", "حتى 2025", []want{{"2025", "2025", "fut"}}},
		{"numeric dmy", "2024-05-17", "بتاريخ 13/4/2024", []want{{"13/4/2024", "2024-04-13", ""}}},
		{"numeric iso", "2024-05-17", "بتاريخ 2024-04-13", []want{{"2024-04-13", "2024-04-13", ""}}},
		{"month of year", "2024-05-17", "في مايو من عام 2018", []want{{"مايو من عام 2018", "2018-05", ""}}},
		{"month of last year", "2024-05-17", "في مايو من العام الماضي", []want{{"مايو من العام الماضي", "2023-05", "rel"}}},
		{"end of year", "2024-05-17", "بحلول نهاية 2024", []want{{"نهاية 2024", "2024", "fut"}}},
		{"explicit future", "2024-05-17", "في 3 يونيو 2024", []want{{"3 يونيو 2024", "2024-06-03", "fut"}}},
	})
}

func TestMonthAlone(t *testing.T) {
	runCases(t, []tagCase{
		{"past month same year", "2024-05-17", "في إبريل الماضي", []want{{"إبريل الماضي", "2024-04", "rel"}}},
		{"past month previous year", "2024-05-17", "في سبتمبر الماضي", []want{{"سبتمبر الماضي", "2023-09", "rel"}}},
		{"past month same as pub", "2024-05-17", "في مايو الماضي", []want{{"مايو الماضي", "2023-05", "rel"}}},
		{"bare month nearest past", "2024-05-17", "في يناير اجتمعوا", []want{{"يناير", "2024-01", "rel"}}},
		{"bare month current", "2024-05-17", "في مايو اجتمعوا", []want{{"مايو", "2024-05", "rel"}}},
		{"bare month later", "2024-05-17", "في نوفمبر اجتمعوا", []want{{"نوفمبر", "2023-11", "rel"}}},
		{"next month name", "2024-05-17", "في يناير المقبل", []want{{"يناير المقبل", "2025-01", "rel fut"}}},
		{"next month name same year", "2024-05-17", "في سبتمبر القادم", []want{{"سبتمبر القادم", "2024-09", "rel fut"}}},
		{"future cue", "2024-05-17", "من المقرر أن تعقد الجولة في يناير", []want{{"يناير", "2025-01", "rel fut"}}},
		{"current", "2024-05-17", "في 3 مايو الجاري", []want{{"3 مايو الجاري", "2024-05-03", "rel"}}},
		{"anchor month", "2024-05-17", "مطلع مارس الماضي", []want{{"مطلع مارس الماضي", "2024-03", "rel"}}},
		{"since month", "2024-05-17", "منذ يناير", []want{{"منذ يناير", "2024-01", "rel since"}}},
	})
}

func TestDayMonthNoYear(t *testing.T) {
	runCases(t, []tagCase{
		{"before pub same year", "2024-05-17", "في 13 إبريل", []want{{"13 إبريل", "2024-04-13", "rel"}}},
		{"a few days after pub stays in its year", "2024-05-17", "في 20 مايو", []want{{"20 مايو", "2024-05-20", "rel fut"}}},
		{"weeks after pub goes back a year", "2024-05-17", "في 30 يونيو", []want{{"30 يونيو", "2023-06-30", "rel"}}},
		{"same day", "2024-05-17", "في 17 مايو", []want{{"17 مايو", "2024-05-17", "rel"}}},
		{"future cue", "2024-05-17", "ومن المقرر أن يلتقيا في 20 مايو", []want{{"20 مايو", "2024-05-20", "rel fut"}}},
		{"the next round's date", "2025-08-21", "واتفق الجانبان على عقد الجولة المقبلة في باكو يوم 17 سبتمبر", []want{{"يوم 17 سبتمبر", "2025-09-17", "rel fut"}}},
		{"future cue far before, in the same clause", "2024-05-07", "ومن المقرر أن تعقد الجولة الثالثة من الحوار الوطني الشامل بين وفد الحكومة ووفد المعارضة في العاصمة المكسيكية يوم 27 مايو", []want{{"يوم 27 مايو", "2024-05-27", "rel fut"}}},
		{"next: a day still ahead in the month of publication", "2024-05-17", "في 20 مايو المقبل", []want{{"20 مايو المقبل", "2024-05-20", "rel fut"}}},
		{"next: a day gone by in the month of publication", "2024-05-17", "في 10 مايو المقبل", []want{{"10 مايو المقبل", "2025-05-10", "rel fut"}}},
		{"next: another month", "2024-05-17", "في 20 يناير المقبل", []want{{"20 يناير المقبل", "2025-01-20", "rel fut"}}},
		{"across year", "2024-01-03", "في 28 ديسمبر", []want{{"28 ديسمبر", "2023-12-28", "rel"}}},
		{"ordinal", "2024-05-17", "في الأول من فبراير", []want{{"الأول من فبراير", "2024-02-01", "rel"}}},
		{"ordinal compound", "2024-05-17", "في الحادي والعشرين من مارس", []want{{"الحادي والعشرين من مارس", "2024-03-21", "rel"}}},
		{"ordinal teen", "2024-05-17", "في الثاني عشر من إبريل", []want{{"الثاني عشر من إبريل", "2024-04-12", "rel"}}},
		{"ordinal of this month", "2024-05-17", "في الأول من الشهر الجاري", []want{{"الأول من الشهر الجاري", "2024-05-01", "rel"}}},
		{"ordinal of last month", "2024-05-17", "في العاشر من الشهر الماضي", []want{{"العاشر من الشهر الماضي", "2024-04-10", "rel"}}},
		{"ordinal not a date", "2024-05-17", "الاجتماع الأول من نوعه", nil},
		{"weekday and date", "2024-05-17", "السبت 13 إبريل", []want{{"السبت 13 إبريل", "2024-04-13", "rel"}}},
		{"feb 29 no year", "2024-05-17", "في 29 فبراير", []want{{"29 فبراير", "2024-02-29", "rel"}}},
		{"feb 29 no year back", "2025-01-10", "في 29 فبراير", []want{{"29 فبراير", "2024-02-29", "rel"}}},
	})
}

func TestRelative(t *testing.T) {
	runCases(t, []tagCase{
		{"today", "2024-05-17", "قال الوزير اليوم إن", []want{{"اليوم", "2024-05-17", "rel"}}},
		{"today with weekday", "2024-05-16", "أعلنت اليوم الخميس", []want{{"اليوم الخميس", "2024-05-16", "rel"}}},
		{"future verb cue", "2024-05-17", "ستجتمع اللجان في منتصف يونيو", []want{{"منتصف يونيو", "2024-06", "rel fut"}}},
		{"cue stops at comma", "2024-05-17", "ستعقد الجولة المقبلة، بعد جولة في 12 مارس", []want{{"12 مارس", "2024-03-12", "rel"}}},
		{"vague after needs cue", "2024-05-17", "توقفت بعد أسابيع قليلة", nil},
		{"vague after with cue", "2024-05-17", "سيصل الوفد بعد أيام", []want{{"بعد أيام", "2024-05", "rel fut"}}},
		{"day before yesterday gulf", "2024-05-17", "أمس الأول", []want{{"أمس الأول", "2024-05-15", "rel"}}},
		{"clitic cut with diacritic", "2024-05-17", "وَالشهرَ الماضي", []want{{"الشهرَ الماضي", "2024-04", "rel"}}},
		{"lil kept whole", "2024-05-17", "للشهر الماضي", []want{{"للشهر الماضي", "2024-04", "rel"}}},
		{"wa since", "2024-05-17", "ومنذ يناير", []want{{"منذ يناير", "2024-01", "rel since"}}},
		{"since start of year", "2024-05-17", "منذ بداية العام", []want{{"منذ بداية العام", "2024", "rel since"}}},
		{"early last month", "2024-01-03", "أوائل الشهر الماضي", []want{{"أوائل الشهر الماضي", "2023-12", "rel"}}},
		{"late last year", "2024-01-03", "أواخر العام الماضي", []want{{"أواخر العام الماضي", "2023", "rel"}}},
		{"weekday with future cue", "2024-05-17", "سيلتقي الوزيران الأحد", []want{{"الأحد", "2024-05-19", "rel fut"}}},
		{"weekday after a present verb of hosting (a headline)", "2024-05-17", "الدوحة تستضيف الأحد جولة جديدة", []want{{"الأحد", "2024-05-19", "rel fut"}}},
		{"weekday with was-scheduled", "2024-05-17", "كان من المقرر أن يلتقيا الأحد", []want{{"الأحد", "2024-05-12", "rel"}}},
		{"day word zero pub", "", "اليوم وغدا", nil},
		{"today next day", "2024-05-17", "في اليوم التالي", nil},
		{"yesterday leap", "2024-03-01", "صرح أمس", []want{{"أمس", "2024-02-29", "rel"}}},
		{"yesterday year boundary", "2024-01-01", "صرح يوم أمس", []want{{"يوم أمس", "2023-12-31", "rel"}}},
		{"bil-ams", "2024-05-17", "وصل بالأمس", []want{{"الأمس", "2024-05-16", "rel"}}},
		{"barha", "2024-05-17", "البارحة", []want{{"البارحة", "2024-05-16", "rel"}}},
		{"day before yesterday", "2024-05-17", "أول أمس", []want{{"أول أمس", "2024-05-15", "rel"}}},
		{"day before yesterday min", "2024-05-17", "أول من أمس", []want{{"أول من أمس", "2024-05-15", "rel"}}},
		{"tomorrow", "2024-05-31", "يصل غداً", []want{{"غداً", "2024-06-01", "rel fut"}}},
		{"after tomorrow", "2024-05-17", "بعد غد", []want{{"بعد غد", "2024-05-19", "rel fut"}}},
		{"weekday", "2024-05-17", "التقى يوم الثلاثاء", []want{{"يوم الثلاثاء", "2024-05-14", "rel"}}},
		{"weekday same day", "2024-05-17", "الجمعة", []want{{"الجمعة", "2024-05-17", "rel"}}},
		{"weekday past", "2024-05-17", "الجمعة الماضية", []want{{"الجمعة الماضية", "2024-05-10", "rel"}}},
		{"weekday next", "2024-05-17", "الثلاثاء المقبل", []want{{"الثلاثاء المقبل", "2024-05-21", "rel fut"}}},
		{"weekday across month", "2024-06-02", "الخميس", []want{{"الخميس", "2024-05-30", "rel"}}},
		{"both not monday", "2024-05-17", "بين الاثنين", nil},
		{"last month", "2024-01-03", "الشهر الماضي", []want{{"الشهر الماضي", "2023-12", "rel"}}},
		{"this month", "2024-05-17", "في وقت سابق من هذا الشهر", []want{{"هذا الشهر", "2024-05", "rel"}}},
		{"current month", "2024-05-17", "الشهر الجاري", []want{{"الشهر الجاري", "2024-05", "rel"}}},
		{"current month hali", "2024-05-17", "الشهر الحالي", []want{{"الشهر الحالي", "2024-05", "rel"}}},
		{"next month", "2024-12-17", "الشهر المقبل", []want{{"الشهر المقبل", "2025-01", "rel fut"}}},
		{"same month anaphor", "2024-05-17", "الشهر ذاته", nil},
		{"early this month", "2024-05-17", "مطلع الشهر", []want{{"مطلع الشهر", "2024-05", "rel"}}},
		{"late this month", "2024-05-17", "أواخر الشهر", []want{{"أواخر الشهر", "2024-05", "rel fut"}}},
		{"mid year", "2024-05-17", "منتصف العام", []want{{"منتصف العام", "2024", "rel"}}},
		{"end of year", "2024-05-17", "نهاية العام الجاري", []want{{"نهاية العام الجاري", "2024", "rel fut"}}},
		{"early this year", "2024-05-17", "مطلع العام الجاري", []want{{"مطلع العام الجاري", "2024", "rel"}}},
		{"last year", "2024-05-17", "العام الماضي", []want{{"العام الماضي", "2023", "rel"}}},
		{"last year fem", "2024-05-17", "السنة الماضية", []want{{"السنة الماضية", "2023", "rel"}}},
		{"this year", "2024-05-17", "هذا العام", []want{{"هذا العام", "2024", "rel"}}},
		{"current year", "2024-05-17", "العام الحالي", []want{{"العام الحالي", "2024", "rel"}}},
		{"next year", "2024-05-17", "العام المقبل", []want{{"العام المقبل", "2025", "rel fut"}}},
		{"general public not year", "2024-05-17", "المدير العام والرأي العام", nil},
		{"li clitic period", "2024-05-17", "للعام الماضي", []want{{"للعام الماضي", "2023", "rel"}}},
	})
}

func TestWeeks(t *testing.T) {
	// 2024-05-17 is a Friday; its week runs Sunday 12 to Saturday 18 May.
	runCases(t, []tagCase{
		{"this week", "2024-05-17", "هذا الأسبوع", []want{{"هذا الأسبوع", "2024-05", "rel"}}},
		{"current week", "2024-05-17", "الأسبوع الجاري", []want{{"الأسبوع الجاري", "2024-05", "rel"}}},
		{"last week", "2024-05-17", "الأسبوع الماضي", []want{{"الأسبوع الماضي", "2024-05", "rel"}}},
		{"next week", "2024-05-17", "الأسبوع المقبل", []want{{"الأسبوع المقبل", "2024-05", "rel fut"}}},
		// 2024-06-03 is a Monday: last week is 26 May to 1 June.
		{"week straddles months", "2024-06-03", "الأسبوع الماضي", []want{{"الأسبوع الماضي", "2024", "rel"}}},
		// 2024-01-02: this week is 31 December to 6 January.
		{"week straddles years", "2024-01-02", "هذا الأسبوع", nil},
		{"two weeks ago", "2024-05-24", "قبل أسبوعين", []want{{"قبل أسبوعين", "2024-05", "rel"}}},
	})
}

func TestDurations(t *testing.T) {
	runCases(t, []tagCase{
		{"days ago vague", "2024-05-20", "قبل أيام", []want{{"قبل أيام", "2024-05", "rel"}}},
		{"days ago vague straddles", "2024-05-05", "قبل أيام", []want{{"قبل أيام", "2024", "rel"}}},
		{"two days ago", "2024-03-01", "قبل يومين", []want{{"قبل يومين", "2024-02-28", "rel"}}},
		{"three months ago", "2024-02-10", "قبل ثلاثة أشهر", []want{{"قبل ثلاثة أشهر", "2023-11", "rel"}}},
		{"two years ago", "2024-02-10", "قبل عامين", []want{{"قبل عامين", "2022", "rel"}}},
		{"digits months ago", "2024-02-10", "قبل 3 أشهر", []want{{"قبل 3 أشهر", "2023-11", "rel"}}},
		{"since ten months", "2024-05-17", "منذ عشرة أشهر", []want{{"منذ عشرة أشهر", "2023-07", "rel since"}}},
		{"since months vague", "2024-12-17", "منذ أشهر", []want{{"منذ أشهر", "2024", "rel since"}}},
		{"since months vague straddles", "2024-05-17", "منذ أشهر", nil},
		{"since about a year", "2024-05-17", "منذ نحو عام", []want{{"منذ نحو عام", "2023", "rel since"}}},
		{"since year", "2024-05-17", "منذ 2020", []want{{"منذ 2020", "2020", "since"}}},
		{"in two weeks", "2024-05-10", "بعد أسبوعين", []want{{"بعد أسبوعين", "2024-05", "rel fut"}}},
		{"narrative days later", "2024-05-17", "وبعد أيام، وصل الوفد", nil},
		{"was scheduled is not future", "2024-05-17", "وكان من المقرر عقد جولة في فبراير", []want{{"فبراير", "2024-02", "rel"}}},
		{"days before event", "2024-05-17", "قبل أيام من الانتخابات", nil},
		{"before tuesday", "2024-05-17", "قبل يوم الثلاثاء", []want{{"يوم الثلاثاء", "2024-05-14", "rel"}}},
		{"since that", "2024-05-17", "منذ أن بدأت", nil},
		{"coming days", "2024-05-17", "خلال الأيام المقبلة", []want{{"الأيام المقبلة", "2024-05", "rel fut"}}},
		{"hours ago", "2024-05-17", "قبل 48 ساعة", []want{{"قبل 48 ساعة", "2024-05", "rel"}}},
		{"hours ago one day", "2024-05-17", "قبل 12 ساعة", []want{{"قبل 12 ساعة", "2024-05", "rel"}}},
		{"hours ago across month", "2024-06-01", "منذ ساعات", []want{{"منذ ساعات", "2024", "rel since"}}},
		{"coming two weeks", "2024-05-17", "في غضون الأسبوعين المقبلين", []want{{"الأسبوعين المقبلين", "2024", "rel fut"}}},
		{"past weeks", "2024-05-17", "في الأسابيع الأخيرة", []want{{"الأسابيع الأخيرة", "2024", "rel"}}},
	})
}

func TestPartialPublication(t *testing.T) {
	runCases(t, []tagCase{
		{"year pub last month dropped", "2024", "الشهر الماضي", nil},
		{"year pub last year", "2024", "العام الماضي", []want{{"العام الماضي", "2023", "rel"}}},
		{"year pub absolute", "2024", "في 13 إبريل 2023", []want{{"13 إبريل 2023", "2023-04-13", ""}}},
		{"year pub day month dropped", "2024", "في 13 إبريل", nil},
		{"month pub last month", "2024-05", "الشهر الماضي", []want{{"الشهر الماضي", "2024-04", "rel"}}},
		{"month pub yesterday", "2024-05", "أمس", []want{{"أمس", "2024", "rel"}}},
		{"month pub yesterday january", "2024-01", "أمس", nil},
		{"month pub day month", "2024-05", "في 13 إبريل", []want{{"13 إبريل", "2024-04-13", "rel"}}},
		{"month pub same month day", "2024-05", "في 13 مايو", []want{{"13 مايو", "2024-05-13", "rel"}}},
		{"month pub month alone", "2024-05", "في مارس الماضي", []want{{"مارس الماضي", "2024-03", "rel"}}},
		{"month pub future explicit", "2024-05", "في يونيو 2024", []want{{"يونيو 2024", "2024-06", "fut"}}},
		{"month pub same month not future", "2024-05", "في مايو 2024", []want{{"مايو 2024", "2024-05", ""}}},
		{"none pub relative dropped", "", "أمس والشهر الماضي", nil},
		{"none pub absolute kept", "", "في 13 إبريل 2024 وأمس", []want{{"13 إبريل 2024", "2024-04-13", ""}}},
		{"none pub since", "", "منذ عام 2020", []want{{"منذ عام 2020", "2020", "since"}}},
	})
}

func TestLongestMatchAndOrder(t *testing.T) {
	runCases(t, []tagCase{
		{"several", "2024-05-17",
			"قال الوزير أمس إن الجولة المقبلة ستعقد الأسبوع المقبل، بعد جولة في 8 مايو الماضي، وأخرى في مارس 2023.",
			[]want{
				{"أمس", "2024-05-16", "rel"},
				{"الأسبوع المقبل", "2024-05", "rel fut"},
				{"8 مايو الماضي", "2024-05-08", "rel"},
				{"مارس 2023", "2023-03", ""},
			}},
		{"sentence break stops joining", "2024-05-17", "في 13. إبريل 2023", []want{{"إبريل 2023", "2023-04", ""}}},
	})
}

// TestSeedsSmoke prints what the tagger finds in the shared seed corpus when
// DATES_SEEDS names its folder; it asserts only the invariants.
func TestSeedsSmoke(t *testing.T) {
	dir := os.Getenv("DATES_SEEDS")
	if dir == "" {
		t.Skip("DATES_SEEDS not set")
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	tg := New()
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		b, err := os.ReadFile(dir + "/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		pub := article.Date{Year: 2024, Month: 5, Day: 17}
		ms := tg.Tag(string(b), pub)
		checkInvariants(t, string(b), ms)
		for _, m := range ms {
			t.Logf("%s: %q -> %s [%s]", e.Name(), m.Text, m.Date, flags(m))
		}
	}
}

// TestWeekdayPastSkipsYesterday: "السبت الماضي" written on a Sunday is the
// Saturday a week earlier; written on a Tuesday it is three days back.
func TestWeekdayPastSkipsYesterday(t *testing.T) {
	tg := New()
	for _, tt := range []struct{ pub, want string }{{"2025-04-20", "2025-04-12"}, {"2025-04-22", "2025-04-19"}} {
		pub, _ := article.ParseDate(tt.pub)
		ms := tg.Tag("عقدت الجولة السبت الماضي.", pub)
		if len(ms) != 1 || ms[0].Date.String() != tt.want {
			t.Errorf("pub %s: %+v, want %s", tt.pub, ms, tt.want)
		}
	}
}
