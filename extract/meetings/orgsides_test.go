package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// TestOrganizationSides: an armed group, a movement or a council no list
// knows is a side as the subject of a meeting verb, beside a government
// that stands for its country ("الحكومة السودانية"), or "الحكومة" alone,
// whose country is that of the group's name or the one government the
// article names; a ministry that announces stays no side.
func TestOrganizationSides(t *testing.T) {
	r := entities.NewRecognizer(testKnown())
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	dates := map[string]string{"12 أبريل": "2025-04-12"}
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"the government's adjective and a front as subjects",
			"عقدت الحكومة السودانية وجبهة تحرير الوادي الأخضر في 12 أبريل جولة محادثات في الدوحة.",
			[]string{"talks sudan+جبهه-تحرير-الوادي-الاخضر 2025-04-12@doha held/unknown med= part="}},
		{"a known armed group as a subject",
			"عقدت الحكومة السودانية وقوات الدعم السريع في 12 أبريل جولة محادثات في جدة.",
			[]string{"talks sudan+rapid-support-forces 2025-04-12@jeddah held/unknown med= part="}},
		{"the bare government takes the country of the group's name",
			"وجرت في 12 أبريل في القاهرة محادثات بين الحكومة وحركة النهضة الريفية السودانية.",
			[]string{"talks sudan+حركه-النهضه-الريفيه 2025-04-12@cairo held/unknown med= part="}},
		{"the bare government takes the one government the article names",
			"وتتهم الحكومة السودانية الجبهة بخرق الهدنة. وعقدت الحكومة وجبهة تحرير الوادي الأخضر في 12 أبريل جولة محادثات في الدوحة.",
			[]string{"talks sudan+جبهه-تحرير-الوادي-الاخضر 2025-04-12@doha held/unknown med= part="}},
		{"a junta ruling in its country stands for it",
			"وعقد ممثلون عن المجلس العسكري الحاكم في السودان وجبهة تحرير الوادي الأخضر في 12 أبريل جولة محادثات في الدوحة.",
			[]string{"talks sudan+جبهه-تحرير-الوادي-الاخضر 2025-04-12@doha held/unknown med= part="}},
		{"a description of the group set off by commas",
			"عقدت الحكومة السودانية وجبهة تحرير الوادي الأخضر، الذراع المسلحة لحزب الأمة الريفي، في 12 أبريل جولة محادثات في الدوحة.",
			[]string{"talks sudan+جبهه-تحرير-الوادي-الاخضر 2025-04-12@doha held/unknown med= part="}},
		{"the acronym's bracket ends no clause",
			"عقدت الحكومة السودانية وجبهة تحرير الوادي الأخضر (FLVV) في 12 أبريل جولة محادثات في الدوحة.",
			[]string{"talks sudan+جبهه-تحرير-الوادي-الاخضر 2025-04-12@doha held/unknown med= part="}},
		{"a ministry announcing is no side",
			"وعقدت وزارة الخارجية القطرية في 12 أبريل اجتماعا في الدوحة.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			expectMeetings(t, x, r, tt.text, pub, dates, tt.want...)
		})
	}
}

// TestOrgDesignation: "في COUNTRY" closing an organisation's designation
// ("بعثة الأمم المتحدة للدعم في السودان") is no venue of the talks.
func TestOrgDesignation(t *testing.T) {
	r := entities.NewRecognizer(append(testKnown(),
		entities.Known{ID: "org:united-nations", Label: "Organization", Name: "United Nations", NameAr: "الأمم المتحدة"}))
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	dates := map[string]string{"12 أبريل": "2025-04-12"}
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"a mission's field",
			"وعقدت مصر والسعودية في 12 أبريل جولة مشاورات برعاية بعثة الأمم المتحدة للدعم في السودان.",
			[]string{"talks egypt+saudi-arabia 2025-04-12@ held/unknown med=united-nations part="}},
		{"a place after the sponsor",
			"وعقدت مصر والسعودية في 12 أبريل جولة مشاورات برعاية الأمم المتحدة في جدة.",
			[]string{"talks egypt+saudi-arabia 2025-04-12@jeddah held/unknown med=united-nations part="}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			expectMeetings(t, x, r, tt.text, pub, dates, tt.want...)
		})
	}
}
