package meetings

import (
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// TestWithdrawnFrom: talks a side suspends, leaves or boycotts its part in
// are talk about talks, not a round held that day; a round the same
// sentence reports still is one.
func TestWithdrawnFrom(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"suspends its part", "أعلنت قطر يوم 12 أبريل تعليق مشاركتها في المحادثات بين إسرائيل وحماس.", 0},
		{"the verb before its subject", "وعلقت مصر مشاركتها في المفاوضات مع إسرائيل يوم 12 أبريل.", 0},
		{"verb of suspending", "وقطر تعلق مشاركتها في المفاوضات بين إسرائيل وحماس يوم 12 أبريل.", 0},
		{"withdraws", "أعلنت إيران يوم 12 أبريل انسحابها من المحادثات مع الولايات المتحدة.", 0},
		{"delegation withdraws", "وأعلن يوم 12 أبريل انسحاب الوفد من المفاوضات بين إسرائيل وحماس.", 0},
		{"boycotts", "وأعلنت حماس يوم 12 أبريل مقاطعتها للمحادثات مع إسرائيل.", 0},
		{"takes part", "وأعلنت قطر مشاركتها في المحادثات بين إسرائيل وحماس في الدوحة يوم 12 أبريل.", 1},
		{"stops its part (وقف)", "أعلنت قطر يوم 12 أبريل وقف مشاركتها في المحادثات بين إسرائيل وحماس.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := described(t, tt.text); len(got) != tt.want {
				t.Errorf("got %d meetings\n%s\nwant %d", len(got), strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

// TestWithdrawnSidesStay: the sides of talks a side withdraws from are
// still the channel the article speaks of: the round it calls off is
// theirs.
func TestWithdrawnSidesStay(t *testing.T) {
	expectDescribed(t, "وعلقت مصر مشاركتها في المفاوضات مع إسرائيل. وقال المتحدث إن الجولة الثالثة بين الطرفين التي كانت مقررة يوم 12 أبريل لن تنعقد.",
		"talks egypt+israel 2025-04-12@ cancelled/unknown med= part=")
}

// TestRepresentativesOf: the sides may be named as the people who stand for
// them ("ممثلون عن X وY"), before a time set off by commas, and the talks
// may be "المناقشات".
func TestRepresentativesOf(t *testing.T) {
	const want = "talks egypt+israel 2025-04-12@cairo held/unknown med= part="
	for _, text := range []string{
		"عقد ممثلون عن مصر وإسرائيل يوم 12 أبريل محادثات في القاهرة.",
		"عقد ممثلون عن مصر وإسرائيل، يوم 12 أبريل، محادثات في القاهرة.",
		"عقد ممثلون عن مصر وإسرائيل، مساء 12 أبريل، جولة ثانية من المحادثات الفنية في القاهرة.",
	} {
		expectDescribed(t, text, want)
	}
}

// TestSuspensionPutsOffThePlan: talks suspended now put off the round the
// article says is planned ahead; a suspension recalled as past does not.
func TestSuspensionPutsOffThePlan(t *testing.T) {
	const plan = "ومن المقرر أن تعقد الجولة الرابعة بين الولايات المتحدة وإيران في روما يوم 26 أبريل. "
	tests := []struct{ name, text, want string }{
		{"suspended now", plan + "لكن إيران أعلنت تعليق المحادثات احتجاجاً على العقوبات.", "postponed"},
		{"its part suspended", plan + "لكن إيران أعلنت تعليق مشاركتها في المحادثات.", "postponed"},
		{"resumed after a suspension", plan + "وكانت المحادثات قد استؤنفت بعد تعليق المحادثات العام الماضي.", "planned"},
		{"not suspended", plan + "ونفت إيران أن تكون قد قررت عدم تعليق المحادثات.", "planned"},
		{"other talks suspended", plan + "وأعلنت قطر تعليق مشاركتها في المفاوضات بين إسرائيل وحماس.", "planned"},
		{"a threat", plan + "وقال مسؤول إيراني إن طهران قد تعلق المحادثات.", "planned"},
		{"a call", plan + "ودعا نواب إيرانيون إلى تعليق المحادثات.", "planned"},
		{"a refusal", plan + "ورفضت إيران دعوات إلى تعليق المحادثات.", "planned"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := entities.NewRecognizer(testKnown())
			x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
			pub, _ := article.ParseDate("2025-04-20")
			ms := x.Extract(input(t, r, tt.text, pub, map[string]string{"26 أبريل": "+2025-04-26"}))
			if len(ms) != 1 || ms[0].Status != tt.want {
				var got []string
				for _, m := range ms {
					got = append(got, describe(m))
				}
				t.Errorf("got\n%s\nwant one meeting, %s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}
