package pipeline

import (
	"slices"
	"testing"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/schema"
)

// TestSlippedPlanIsTheRoundHeld: a phase announced for a day ("تنطلق
// المرحلة الثانية من المفاوضات في 17 آب") and the round of the same rank
// held two weeks later, after being put off ("انطلقت الجولة الثانية أمس،
// بعد أن أُرجئت"), are one round, held on the day it was held; a death told
// in the held round's article is no second meeting.
func TestSlippedPlanIsTheRoundHeld(t *testing.T) {
	g := buildTexts(t, map[string]dated{
		"a.txt": {"اختتمت أمس في الجزائر العاصمة المرحلة الأولى من المفاوضات بين الحكومة المالية وتنسيقية حركات الجبل.\n\n" +
			"ونصت خريطة الطريق على أن تنطلق المرحلة الثانية من المفاوضات في السابع عشر من آب المقبل في الجزائر العاصمة.", "2014-07-25"},
		"b.txt": {"انطلقت أمس الاثنين في الجزائر العاصمة الجولة الثانية من المفاوضات بين الحكومة المالية وتنسيقية حركات الجبل، بعد أن أُرجئت مرتين بطلب من التنسيقية.\n\n" +
			"وتنعقد الجولة وسط تدهور أمني، إذ قُتل خمسة من جنود حفظ السلام الأسبوع الماضي في انفجار لغم.", "2014-09-02"},
	})
	got := datedStatuses(g)
	if want := []string{"2014-07-24 held", "2014-09-01 held"}; !slices.Equal(got, want) {
		t.Errorf("meetings %q, want %q", got, want)
	}
}

// TestPostponedRoundHeldLater: a round of a rank reported postponed in
// its month ("أُرجئت الجولة الثالثة … التي كانت مقررة هذا الشهر") and the
// round of that rank held later that month are one round, held; a round of
// another rank stays apart.
func TestPostponedRoundHeldLater(t *testing.T) {
	g := buildTexts(t, map[string]dated{
		"a.txt": {"أُرجئت الجولة الثالثة من المفاوضات بين الحكومة المالية وتنسيقية حركات الجبل، التي كانت مقررة في أيلول/سبتمبر الجاري في الجزائر العاصمة، بطلب من التنسيقية.", "2014-09-03"},
		"b.txt": {"انطلقت أمس الاثنين في الجزائر العاصمة الجولة الثالثة من المفاوضات بين الحكومة المالية وتنسيقية حركات الجبل.", "2014-09-23"},
		"c.txt": {"انطلقت أمس في الجزائر العاصمة الجولة الرابعة من المفاوضات بين الحكومة المالية وتنسيقية حركات الجبل.", "2014-10-21"},
	})
	got := datedStatuses(g)
	if want := []string{"2014-09-22 held", "2014-10-20 held"}; !slices.Equal(got, want) {
		t.Errorf("meetings %q, want %q", got, want)
	}
}

// TestPlanBroughtForwardOrSlippedAMonth: a round announced for a day and
// held earlier, after the announcement, is that round, dated to its days;
// a round planned for a month and held the month after is that round too;
// a round of that rank held before the plan was told is another.
func TestPlanBroughtForwardOrSlippedAMonth(t *testing.T) {
	for _, c := range []struct {
		name string
		docs map[string]dated
		want []string
	}{
		{"brought forward", map[string]dated{
			"a.txt": {"اختتمت أمس في الجزائر العاصمة الجولة الأولى من المفاوضات بين الحكومة المالية وتنسيقية حركات الجبل، على أن تعقد جولة ثانية في الثاني من أيلول/سبتمبر المقبل في الجزائر العاصمة.", "2014-07-02"},
			"b.txt": {"اختتمت أمس في الجزائر العاصمة الجولة الثانية من المفاوضات بين الحكومة المالية وتنسيقية حركات الجبل، التي استمرت يومين (12 و13 آب/أغسطس).", "2014-08-14"},
		}, []string{"2014-07-01 held", "2014-08 held"}},
		{"a month later", map[string]dated{
			"a.txt": {"واتفق الجانبان على عقد جولة ثانية من المفاوضات بين الحكومة المالية وتنسيقية حركات الجبل في الجزائر العاصمة خلال شهر تموز/يوليو المقبل.", "2014-06-12"},
			"b.txt": {"واحتضنت الجزائر العاصمة الجولة الثانية من المفاوضات بين الحكومة المالية وتنسيقية حركات الجبل في آب/أغسطس 2014.", "2014-09-10"},
		}, []string{"2014-08 held"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := buildTexts(t, c.docs)
			got := datedStatuses(g)
			if !slices.Equal(got, c.want) {
				t.Errorf("meetings %q, want %q", got, c.want)
			}
		})
	}
}

// datedStatuses returns "date status" of every meeting of g, sorted.
func datedStatuses(g *graph.Graph) []string {
	var got []string
	for _, n := range g.NodesByLabel(schema.LabelMeeting) {
		got = append(got, n.Props["date"].(string)+" "+n.Props["status"].(string))
	}
	slices.Sort(got)
	return got
}
