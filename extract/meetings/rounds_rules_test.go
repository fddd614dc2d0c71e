package meetings

import (
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// described extracts the meetings of text with the test gazetteer
// (published 2025-04-20; "12 أبريل" is 2025-04-12) and describes each.
func described(t *testing.T, text string) []string {
	t.Helper()
	r := entities.NewRecognizer(testKnown())
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	var out []string
	for _, m := range x.Extract(input(t, r, text, pub, map[string]string{"12 أبريل": "2025-04-12"})) {
		out = append(out, describe(m))
	}
	return out
}

// TestWhichRound: which sentences tell of a meeting, and of which one.
// Talks that "may resume" ("قد تستأنف" after the talks noun) did not
// happen; "الجولة الجديدة" after a round is reported is that round, "جولة
// جديدة" another; "بعد لقاء/اجتماع …" (indefinite) names an earlier
// meeting of the sides, while "بعد جولة شملت …" may be a tour.
func TestWhichRound(t *testing.T) {
	const lead = "عقدت محادثات غير مباشرة بين الولايات المتحدة وإيران في مسقط يوم 12 أبريل بوساطة عمانية. "
	const met = "التقى المبعوث الأمريكي ستيف ويتكوف وزير الخارجية الإيراني عباس عراقجي في مسقط يوم 12 أبريل. "
	tests := []struct {
		name, text string
		want       int
	}{
		{"talks that may resume", "وقال الوسطاء إن المحادثات بين الولايات المتحدة وإيران قد تستأنف يوم 12 أبريل.", 0},
		{"the new round is the one reported", lead + "وقال ويتكوف إن الجولة الجديدة تهدف إلى التوصل لاتفاق.", 1},
		{"a new round is another", lead + "وقال ويتكوف إن جولة جديدة ستعقد الشهر المقبل.", 2},
		{"after a meeting elsewhere", met + "وجاء اللقاء بعد اجتماع جمع الطرفين في روما.", 2},
		{"after a tour", met + "ووصل ويتكوف إلى مسقط بعد جولة شملت لقاءات في روما.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := described(t, tt.text); len(got) != tt.want {
				t.Errorf("got %d meetings\n%s\nwant %d", len(got), strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

// TestPreviousAfterNew: "الجولة السابقة" told after a new round in the
// same sentence is the round before it, not the new round again.
func TestPreviousAfterNew(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{name: "a new round next week (across two months: the year) and the previous one early this month",
			text:  "قال المتحدث إن جولة جديدة من المحادثات بين الولايات المتحدة وإيران ستعقد في مسقط الأسبوع المقبل، مشيراً إلى أن الجولة السابقة التي انعقدت مطلع الشهر الجاري أحرزت تقدماً.",
			dates: map[string]string{"الأسبوع المقبل": "2025", "مطلع الشهر الجاري": "2025-04"},
			want: []string{"talks iran+united-states 2025@muscat planned/unknown med= part=",
				"talks iran+united-states 2025-04@ held/unknown med= part="}},
	})
}

// TestHeadlineNextRound: a headline announcing "a new meeting" (masculine
// جديداً) before the article names any side is the channel's next round,
// not the one the article reports.
func TestHeadlineNextRound(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-13", []meetingCase{
		{name: "a new meeting in the headline",
			text:  "الوسطاء يختتمون اجتماعاً في مسقط ويعلنون لقاءً جديداً الشهر المقبل\n\nاختتم في مسقط يوم 12 أبريل اجتماع جمع وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف.",
			dates: map[string]string{"12 أبريل": "2025-04-12", "الشهر المقبل": "2025-05"},
			want: []string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part=abbas-araghchi/iran,steve-witkoff/united-states",
				"talks iran+united-states 2025-05@ planned/unknown med= part="}},
	})
}

// TestSaidIn: what something is said or written in, and times and
// circumstances, are not places no list knows.
func TestSaidIn(t *testing.T) {
	for w, want := range map[string]bool{"بيان": true, "بيانها": true, "تصريحاته": true, "ظل": true, "خلال": true,
		"كفرعين": false, "نصيرات": false, "بيت": false} {
		if got := saidIn(w); got != want {
			t.Errorf("saidIn(%s) = %v, want %v", w, got, want)
		}
	}
}

// TestMetBehindALongTitle: the one met may stand behind a long title
// ("مستشار الشؤون الاستراتيجية والأمنية الإيراني X"), past a date set off
// by commas.
func TestMetBehindALongTitle(t *testing.T) {
	expectDescribed(t, "التقى المبعوث الأمريكي ستيف ويتكوف، يوم 12 أبريل، مستشار الشؤون الاستراتيجية والأمنية الإيراني عباس عراقجي في مسقط.",
		"talks iran+united-states 2025-04-12@muscat held/direct med= part=abbas-araghchi/iran,steve-witkoff/united-states")
}

// TestNextRankedRound: a round of a rank the article has not reported yet,
// planned for a year only ("الجولة الثانية … مطلع العام المقبل") or
// recalled with its place and year ("فيما عقدت الجولة الأولى في القاهرة
// أواخر العام الماضي"), is a meeting of the channel of its own, not nothing.
func TestNextRankedRound(t *testing.T) {
	const lead = "اختتمت في مسقط يوم 12 أبريل الجولة الثالثة من المحادثات بين الولايات المتحدة وإيران. "
	const held = "talks iran+united-states 2025-04-12@muscat held/unknown med= part="
	tests := []struct {
		name, text string
		want       []string
	}{
		{"planned for a year", lead + "واتفق الطرفان على أن تنعقد الجولة الرابعة في روما مطلع العام المقبل.",
			[]string{held, "talks iran+united-states 2026@rome planned/unknown med= part="}},
		{"recalled with its place and year", lead + "وكانت الجولة الثانية قد عقدت في الدوحة في مارس، فيما عقدت الجولة الأولى في القاهرة أواخر العام الماضي.",
			[]string{held, "talks iran+united-states 2025-03@doha held/unknown med= part=", "talks iran+united-states 2024@cairo held/unknown med= part="}},
		{"the first round is not the next one announced", lead + "وقال المتحدث إن الجولة المقبلة ستعقد في إيطاليا، من دون تحديد موعد. وكانت الجولة الثانية قد عقدت في الدوحة في مارس، فيما عقدت الجولة الأولى في روما أواخر العام الماضي.",
			[]string{held, "talks iran+united-states 2025@italy planned/unknown med= part=", "talks iran+united-states 2025-03@doha held/unknown med= part=", "talks iran+united-states 2024@rome held/unknown med= part="}},
	}
	r := entities.NewRecognizer(testKnown())
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	dates := map[string]string{"12 أبريل": "2025-04-12", "مطلع العام المقبل": "+2026", "في مارس": "2025-03", "أواخر العام الماضي": "2024"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := map[string]string{}
			for k, v := range dates {
				if strings.Contains(tt.text, k) {
					ds[k] = v
				}
			}
			expectMeetings(t, x, r, tt.text, pub, ds, tt.want...)
		})
	}
}
