package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// TestAttributiveDateIsNotTheMeetings: a date after a participle that
// describes an agreement or a decision ("المبرم عام 2015", "الموقعة في",
// "الصادر في") dates that noun; the round takes the date of its own clause.
func TestAttributiveDateIsNotTheMeetings(t *testing.T) {
	tests := []meetingCase{
		{"the agreement concluded in a year",
			"انطلقت في الدوحة أمس جولة من المحادثات بين إيران والولايات المتحدة الرامية إلى إحياء الاتفاق المبرم عام 2015، في مفاوضات غير مباشرة بوساطة قطرية.",
			map[string]string{"أمس": "2025-04-19", "عام 2015": "2015"},
			[]string{"talks iran+united-states 2025-04-19@doha held/indirect med=qatar part="}},
		{"the accord signed on a day",
			"وعقدت في مسقط أمس جولة محادثات بين إيران والولايات المتحدة حول تطبيق التفاهمات الموقعة في 3 مارس، وهي مفاوضات غير مباشرة.",
			map[string]string{"أمس": "2025-04-19", "3 مارس": "2025-03-03"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/indirect med= part="}},
		{"the resolution issued in a month",
			"بدأت في الدوحة أمس محادثات بين إسرائيل وحركة حماس لتنفيذ القرار الصادر في يونيو، في مفاوضات غير مباشرة بوساطة مصرية.",
			map[string]string{"أمس": "2025-04-19", "يونيو": "2024-06"},
			[]string{"talks israel+hamas 2025-04-19@doha held/indirect med=egypt part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}

// TestFirstSinceGoesToTheHeldRound: "وهذه أول … منذ …" after the plan of
// the next round describes the round that was held; a sentence that looks
// ahead ("ستكون أول …") keeps it on the planned one.
func TestFirstSinceGoesToTheHeldRound(t *testing.T) {
	tests := []struct {
		name, text string
		dates      map[string]string
		want       map[string]string // meeting date -> its After
	}{
		{"after the next round's plan",
			"عقدت إيران والولايات المتحدة في مسقط أمس جولة محادثات غير مباشرة بوساطة عمانية. وأعلن عراقجي أن الجولة التالية ستعقد يوم 26 أبريل. وهذه أول مفاوضات بين البلدين منذ محادثات الدوحة في عام 2022.",
			map[string]string{"أمس": "2025-04-19", "يوم 26 أبريل": "+2025-04-26", "منذ محادثات الدوحة في عام 2022": "~2022"},
			map[string]string{"2025-04-19": "2022", "2025-04-26": ""}},
		{"the talks, first since, after a plan with its venue",
			"اختتمت في الدوحة أمس محادثات بين إسرائيل وحركة حماس بوساطة مصرية. ومن المقرر أن تعقد جولة أخرى في القاهرة يوم 30 أبريل. وتعد هذه المحادثات الأولى منذ يناير.",
			map[string]string{"أمس": "2025-04-19", "يوم 30 أبريل": "+2025-04-30", "منذ يناير": "~2025-01"},
			map[string]string{"2025-04-19": "2025-01", "2025-04-30": ""}},
		{"a plan that will be the first since",
			"عقدت إيران والولايات المتحدة في مسقط أمس جولة محادثات غير مباشرة بوساطة عمانية. وأعلن عراقجي أن جولة أخرى ستعقد يوم 26 أبريل، وستكون أول مفاوضات بين البلدين في روما منذ عام 2022.",
			map[string]string{"أمس": "2025-04-19", "يوم 26 أبريل": "+2025-04-26", "منذ عام 2022": "~2022"},
			map[string]string{"2025-04-19": "", "2025-04-26": "2022"}},
	}
	pub, _ := article.ParseDate("2025-04-20")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := entities.NewRecognizer(testKnown())
			x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
			got := map[string]string{}
			for _, m := range x.Extract(input(t, r, tt.text, pub, tt.dates)) {
				after := ""
				if !m.After.IsZero() {
					after = m.After.String()
				}
				got[m.Date.String()] = after
			}
			for d, w := range tt.want {
				if a, ok := got[d]; !ok || a != w {
					t.Errorf("meeting %s: After %q (found %v), want %q; all %v", d, a, ok, w, got)
				}
			}
		})
	}
}

// TestSinceRoundWithPlaceAndYear: the round a "first since" is counted
// from, told with its place and only a year, is a held meeting of its own,
// dated to the year; without a place it stays a boundary.
func TestSinceRoundWithPlaceAndYear(t *testing.T) {
	tests := []struct {
		name, text string
		dates      map[string]string
		want       []string
	}{
		{"talks held in a city in a year's summer",
			"عقدت إيران والولايات المتحدة في مسقط أمس جولة محادثات غير مباشرة بوساطة عمانية. وهذه أول مفاوضات بين البلدين منذ المحادثات التي جرت في الدوحة صيف عام 2022.",
			map[string]string{"أمس": "2025-04-19", "عام 2022": "2022"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/indirect med=oman part= after=2022",
				"talks iran+united-states 2022@doha held/unknown med= part="}},
		{"the round hosted by a city in a year",
			"واستؤنفت في إسطنبول أمس المحادثات بين روسيا وأوكرانيا، وهي الأولى منذ الجولة التي استضافتها القاهرة عام 2022.",
			map[string]string{"أمس": "2025-04-19", "عام 2022": "2022"},
			[]string{"talks russia+ukraine 2025-04-19@istanbul held/unknown med= part= after=2022",
				"talks russia+ukraine 2022@cairo held/unknown med= part="}},
		{"no place: a boundary only",
			"عقدت إيران والولايات المتحدة في مسقط أمس جولة محادثات غير مباشرة بوساطة عمانية. وهذه أول مفاوضات بين البلدين منذ عام 2022.",
			map[string]string{"أمس": "2025-04-19", "منذ عام 2022": "~2022"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/indirect med=oman part= after=2022"}},
	}
	pub, _ := article.ParseDate("2025-04-20")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := entities.NewRecognizer(testKnown())
			x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
			expectMeetings(t, x, r, tt.text, pub, tt.dates, tt.want...)
		})
	}
}

// TestEndedOnIsTheLastDay: a round "that ended on" a day, told in a
// relative clause, lasted days: it is dated to the month, not the day.
func TestEndedOnIsTheLastDay(t *testing.T) {
	tests := []meetingCase{
		{"the sixth round, which ended on the twentieth",
			"وكانت الجولة السادسة بين إيران والولايات المتحدة في مسقط، التي انتهت في العشرين من مارس، آخر لقاء بين الطرفين.",
			map[string]string{"العشرين من مارس": "2025-03-20"},
			[]string{"talks iran+united-states 2025-03@muscat held/unknown med= part="}},
		{"talks that closed on a day",
			"وعقدت المحادثات بين روسيا وأوكرانيا في إسطنبول التي اختتمت في 2 أبريل دون اتفاق.",
			map[string]string{"2 أبريل": "2025-04-02"},
			[]string{"talks russia+ukraine 2025-04@istanbul held/unknown med= part="}},
		{"the round, which ended on a day, after a comma",
			"وعقدت الجولة الأولى بين إسرائيل وحركة حماس في القاهرة، التي انتهت في 5 أبريل، بوساطة مصرية.",
			map[string]string{"5 أبريل": "2025-04-05"},
			[]string{"talks israel+hamas 2025-04@cairo held/unknown med=egypt part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
