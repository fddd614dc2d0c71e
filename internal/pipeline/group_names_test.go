package pipeline

import (
	"slices"
	"strings"
	"testing"

	"github.com/negograph/negograph/schema"
)

// TestOppositionNamedInAnotherArticle: an article that calls the opposition
// only "المعارضة" tells of the group another article calls the opposition
// of the same country; with two unrelated groups so called, it names
// neither, and only the article that names its group tells of it.
func TestOppositionNamedInAnotherArticle(t *testing.T) {
	const (
		held = "جنيف - اختتم وفدا الحكومة اللبنانية والمعارضة أمس الاثنين في جنيف الجولة الأولى من الحوار بينهما.\n\n" +
			"وترأس وفد \"الجبهة الوطنية\" المعارضة النائب سمير حداد.\n"
		planned = "بيروت - أعلنت الحكومة اللبنانية أن الجولة الثانية من الحوار مع المعارضة ستعقد في جنيف يوم 20 نيسان/أبريل المقبل.\n"
		other   = "بيروت - قالت المعارضة المنضوية في تحالف الإصلاح إن الحكومة اللبنانية لم ترد على مطالبها.\n"
	)
	for _, tt := range []struct {
		name          string
		files         map[string]string
		held, planned string // the opposition's side in the held round and in the planned one
	}{
		{"one group", map[string]string{"a.txt": held, "b.txt": planned}, "org:جبهه-الوطنيه", "org:جبهه-الوطنيه"},
		{"two groups", map[string]string{"a.txt": held, "b.txt": planned, "c.txt": other}, "org:جبهه-الوطنيه", "org:opposition-lebanon"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dates := map[string]string{"a.txt": "2024-03-12", "b.txt": "2024-03-20", "c.txt": "2024-03-21"}
			articles := map[string]dated{}
			for name, text := range tt.files {
				articles[name] = dated{text, dates[name]}
			}
			g := buildTexts(t, articles)
			sides := map[string][]string{}
			for _, r := range g.Rels() {
				if r.Type == schema.RelBetween {
					sides[r.Start] = append(sides[r.Start], r.End)
				}
			}
			if len(sides) != 2 {
				t.Fatalf("meetings %v, want the held round and the planned one", sides)
			}
			for m, s := range sides {
				want := tt.held
				if strings.HasSuffix(m, "-planned") {
					want = tt.planned
				}
				if !slices.Contains(s, want) {
					t.Errorf("meeting %s between %v, want %s", m, s, want)
				}
			}
		})
	}
}

// TestShortFormInAnotherArticle: a short form of a group's name that one
// article gives beside the full name ("تنسيقية الشمال", "تنسيقية حركات
// الشمال") names the same group in an article that gives only the short
// form.
func TestShortFormInAnotherArticle(t *testing.T) {
	g := buildTexts(t, map[string]dated{
		"a.txt": {"جنيف - اختتمت الحكومة اللبنانية وتنسيقية حركات الشمال أمس الاثنين في جنيف جولة من المحادثات. وقالت تنسيقية الشمال إن الأجواء إيجابية.", "2024-03-12"},
		"b.txt": {"بيروت - أعلنت الحكومة اللبنانية وتنسيقية الشمال أن جولة جديدة من المحادثات ستعقد في جنيف يوم 20 نيسان/أبريل المقبل.", "2024-03-20"},
	})
	var orgs []string
	for _, n := range g.NodesByLabel(schema.LabelOrganization) {
		orgs = append(orgs, n.ID)
	}
	if !slices.Equal(orgs, []string{"org:تنسيقيه-حركات-الشمال"}) {
		t.Errorf("organisations %v, want the coordination once, by its full name", orgs)
	}
}

// TestArmedMovementsNamedInAnotherArticle: the armed movements one article
// names by their class ("والحركات المسلحة") are the coalition another
// article says they belong to ("والحركات المسلحة في الشمال المنضوية في
// X"): both rounds are of one channel.
func TestArmedMovementsNamedInAnotherArticle(t *testing.T) {
	g := buildTexts(t, map[string]dated{
		"a.txt": {"جنيف - انطلقت أمس الاثنين في جنيف الجولة الأولى من المفاوضات بين الحكومة اللبنانية والحركات المسلحة في الشمال المنضوية في تنسيقية حركات الجبل.", "2024-03-12"},
		"b.txt": {"بيروت - أعلنت الحكومة اللبنانية أن الجولة الثانية من المفاوضات مع الحركات المسلحة ستعقد في جنيف يوم 20 نيسان/أبريل المقبل.", "2024-03-20"},
	})
	var sides []string
	for _, r := range g.Rels() {
		if r.Type == schema.RelBetween && !strings.HasPrefix(r.End, "country:") {
			sides = append(sides, r.End)
		}
	}
	if !slices.Equal(sides, []string{"org:تنسيقيه-حركات-الجبل", "org:تنسيقيه-حركات-الجبل"}) {
		t.Errorf("the groups' sides %v, want the coalition in both rounds", sides)
	}
}
