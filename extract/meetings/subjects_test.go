package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// TestGroupsJointActsAndCoordinators reads a movement or an armed group
// coordinated with a state, or met through its people, as a side (and
// nothing else an organization does before the verb), the subjects of a
// joint act as the article's channel, and "بتنسيق من X" as mediation.
func TestGroupsJointActsAndCoordinators(t *testing.T) {
	known := append(testKnown(),
		entities.Known{ID: "org:united-nations", Label: "Organization", Name: "United Nations", NameAr: "الأمم المتحدة"},
		entities.Known{ID: "org:european-union", Label: "Organization", Name: "European Union", NameAr: "الاتحاد الأوروبي"})
	tests := []struct {
		name  string
		text  string
		dates map[string]string
		want  []string
	}{
		{"a state, then a movement", "وعقدت مصر وحركة حماس يوم 14 أبريل في القاهرة جولة محادثات جديدة.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks egypt+hamas 2025-04-14@cairo held/unknown med= part="}},
		{"a movement, then a state", "وأجرت حماس وإسرائيل يوم 14 أبريل في الدوحة محادثات غير مباشرة.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks israel+hamas 2025-04-14@doha held/indirect med= part="}},
		{"two armed forces of one country", "وعقدت قوات الدعم السريع والقوات المسلحة السودانية يوم 14 أبريل في جدة اجتماعا.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks rapid-support-forces+sudanese-armed-forces 2025-04-14@jeddah held/unknown med= part="}},
		{"the leaders of a movement stand for it", "والتقى عراقجي يوم 14 أبريل في الدوحة قادة حركة حماس.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks iran+hamas 2025-04-14@doha held/direct med= part=abbas-araghchi/iran"}},
		{"representatives of an armed group", "والتقى بريت ماكغورك يوم 14 أبريل في جدة ممثلين عن قوات الدعم السريع.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks united-states+rapid-support-forces 2025-04-14@jeddah held/direct med= part=brett-mcgurk/united-states"}},
		{"a delegation from a movement", "والتقى عراقجي يوم 14 أبريل في الدوحة وفدا من حركة حماس.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks iran+hamas 2025-04-14@doha held/direct med= part=abbas-araghchi/iran"}},
		{"officials of a mediator are no side", "والتقى عراقجي يوم 14 أبريل في الدوحة مسؤولين قطريين.",
			map[string]string{"14 أبريل": "2025-04-14"}, nil},
		{"the sides of a joint act are the channel of the next sentence",
			"واتفقت مصر وحركة حماس على تبادل الأسرى. وجرت المحادثات في القاهرة يوم 14 أبريل.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks egypt+hamas 2025-04-14@cairo held/unknown med= part="}},
		{"an announcement by two states is no channel",
			"وأعلنت مصر وقطر التوصل إلى تهدئة. وجرت المحادثات في القاهرة يوم 14 أبريل.",
			map[string]string{"14 أبريل": "2025-04-14"}, nil},
		{"coordinated by an organization: it mediates",
			"واستؤنفت في الدوحة يوم 14 أبريل المحادثات بين إيران والولايات المتحدة، بتنسيق من الاتحاد الأوروبي.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks iran+united-states 2025-04-14@doha held/unknown med=european-union part="}},
		{"in coordination with a state: no mediator",
			"واستؤنفت في الدوحة يوم 14 أبريل المحادثات بين إيران والولايات المتحدة بتنسيق مع الاتحاد الأوروبي.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks iran+united-states 2025-04-14@doha held/unknown med= part="}},
		{"a relative clause tells the earlier round's mediator, not the main round's",
			"وعقدت إيران والولايات المتحدة يوم 14 أبريل في مسقط جولة محادثات هي الأولى منذ الجولة الأخيرة في الدوحة يوم 2 مارس، التي جرت بتنسيق من الاتحاد الأوروبي.",
			map[string]string{"14 أبريل": "2025-04-14", "2 مارس": "2025-03-02"},
			[]string{"talks iran+united-states 2025-04-14@muscat held/unknown med= part= after=2025-03-02",
				"talks iran+united-states 2025-03-02@doha held/unknown med=european-union part="}},
		{"the last round of the talks named by their city",
			"وعقدت إيران والولايات المتحدة يوم 14 أبريل في مسقط جولة هي الأولى منذ الجولة الأخيرة من محادثات الدوحة يوم 2 مارس.",
			map[string]string{"14 أبريل": "2025-04-14", "2 مارس": "2025-03-02"},
			[]string{"talks iran+united-states 2025-04-14@muscat held/unknown med= part= after=2025-03-02",
				"talks iran+united-states 2025-03-02@doha held/unknown med= part="}},
		{"two delegations met, both named after the verb", "واجتمع وفدا روسيا وأوكرانيا يوم 14 أبريل في إسطنبول.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks russia+ukraine 2025-04-14@istanbul held/direct med= part="}},
		{"officials of a kind, then their nationalities", "وعقد المسؤولون العسكريون الإيرانيون والأمريكيون يوم 14 أبريل في الدوحة جولة محادثات.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks iran+united-states 2025-04-14@doha held/unknown med= part="}},
		{"a round table with the delegations it gathers", "واختتمت في الدوحة يوم 14 أبريل المائدة المستديرة الأولى بمشاركة وفود إيران والولايات المتحدة وسلطنة عمان.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks iran+oman+united-states 2025-04-14@doha held/unknown med= part="}},
		{"between the two delegations of", "وعقدت في الدوحة يوم 14 أبريل جولة محادثات بين وفدي إيران والولايات المتحدة.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks iran+united-states 2025-04-14@doha held/unknown med= part="}},
		{"an office holder with no name stands for the country", "والتقى وزير الخارجية القطري يوم 14 أبريل في الدوحة وفد حركة حماس.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks qatar+hamas 2025-04-14@doha held/direct med= part="}},
		{"two office holders with no names", "والتقى وزير الخارجية القطري يوم 14 أبريل في الدوحة نظيره الإيراني.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks iran+qatar 2025-04-14@doha held/direct med= part="}},
		{"two days set off by commas before the round table", "وعقدت وفود إيران والولايات المتحدة وسلطنة عمان، يومي 14 و15 أبريل، المائدة المستديرة الثانية في الدوحة.",
			map[string]string{"14 و15 أبريل": "2025-04-14"},
			[]string{"talks iran+oman+united-states 2025-04@doha held/unknown med= part="}},
		{"the subjects of a joint act are the sides of the meeting it closed", "واتفقت الحكومة المصرية وحركة حماس، يوم 14 أبريل، على تبادل الأسرى في ختام اجتماع استمر أسبوعاً في القاهرة.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks egypt+hamas 2025-04@cairo held/unknown med= part="}},
		{"between a government by its country and a group", "وعقدت في جدة يوم 14 أبريل جولة محادثات بين الحكومة السودانية وقوات الدعم السريع.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks sudan+rapid-support-forces 2025-04-14@jeddah held/unknown med= part="}},
		{"a resort town, and a sponsorship shared by two", "وعقدت في منتجع الواحة القطري يوم 14 أبريل جولة محادثات بين إيران والولايات المتحدة برعاية مشتركة من الأمم المتحدة والاتحاد الأوروبي.",
			map[string]string{"14 أبريل": "2025-04-14"},
			[]string{"talks iran+united-states 2025-04-14@الواحه held/unknown med=european-union+united-nations part="}},
		{"the date of a war event is not the talks' told after it", "وعقدت إيران والولايات المتحدة يوم 14 أبريل في الدوحة جولة محادثات، هي الأولى منذ اندلاع المعارك قبل ثلاثة أيام، واستمرت المحادثات ساعتين.",
			map[string]string{"14 أبريل": "2025-04-14", "قبل ثلاثة أيام": "2025-04-11"},
			[]string{"talks iran+united-states 2025-04-14@doha held/unknown med= part="}},
		{"an international organization announces", "وأعلنت الأمم المتحدة وقطر يوم 14 أبريل عقد اجتماع في الدوحة.",
			map[string]string{"14 أبريل": "2025-04-14"}, nil},
		{"a movement alone announces", "وأعلنت حركة حماس يوم 14 أبريل عقد اجتماع في الدوحة.",
			map[string]string{"14 أبريل": "2025-04-14"}, nil},
	}
	pub, _ := article.ParseDate("2025-04-20")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := entities.NewRecognizer(known)
			x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
			expectMeetings(t, x, r, tt.text, pub, tt.dates, tt.want...)
		})
	}
}
