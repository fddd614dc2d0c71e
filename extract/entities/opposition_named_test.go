package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/arabic"
)

// TestNamedOppositions: a group the article calls the opposition — the
// adjective after its name, or "المعارضة المنضوية في/الممثلة بـ" before it —
// is what "المعارضة" names in that article, and carries the opposition's
// country and role; a group merely named beside the opposition is not it.
func TestNamedOppositions(t *testing.T) {
	r := NewRecognizer(placesKnown())
	for _, tt := range []struct {
		name, text string
		group      string // the id "المعارضة" names, or "" when it stays the generic opposition
	}{
		{"adjective after the quoted name",
			"بدأ الحوار بين الحكومة اللبنانية والمعارضة أمس. وترأس وفد \"الجبهة الوطنية\" المعارضة النائب كارلوس ميسا.",
			"org:جبهه-الوطنيه"},
		{"adjective after the bare name",
			"بدأ الحوار بين الحكومة اللبنانية والمعارضة أمس، وقال وفد الجبهة الوطنية المعارضة إنه متفائل.",
			"org:جبهه-الوطنيه-المعارضه"},
		{"participle before the name",
			"اجتمع وفدا الحكومة اللبنانية والمعارضة المنضوية في تحالف الوحدة الديمقراطية في جنيف.",
			"org:تحالف-الوحده-الديمقراطيه"},
		{"named beside, not called the opposition",
			"بدأ الحوار بين الحكومة اللبنانية والمعارضة أمس. وقالت الجبهة الوطنية إنها لن تشارك.",
			""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := r.Recognize(tt.text, arabic.Tokens(tt.text))
			var opp, orgs []string
			for _, m := range res.Mentions {
				if m.Label != "Organization" {
					continue
				}
				orgs = append(orgs, m.Surface+"="+m.EntityID)
				if strings.HasPrefix(arabic.Normalize(m.Surface), "المعارضه") || strings.HasSuffix(m.Surface, "والمعارضة") {
					opp = append(opp, m.EntityID)
				}
			}
			if len(opp) == 0 {
				t.Fatalf("no mention of the opposition among %q", orgs)
			}
			want := tt.group
			if want == "" {
				want = "org:opposition-lebanon"
			}
			for _, id := range opp {
				if id != want {
					t.Errorf("the opposition names %s, want %s (organisations %q)", id, want, orgs)
				}
			}
			if tt.group == "" {
				return
			}
			e := res.Entities[tt.group]
			if e == nil || e.Country != "country:lebanon" || !slices.Contains(e.Roles, OppositionRole) {
				t.Errorf("group %+v, want Lebanon's, with the opposition's role", e)
			}
			if _, ok := res.Entities["org:opposition-lebanon"]; ok {
				t.Errorf("the generic opposition is still an entity")
			}
		})
	}
}
