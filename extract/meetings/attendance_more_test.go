package meetings

import (
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// TestAttendanceByRoleAndVerb checks the people of a round named by their
// role: the government's delegation in talks with a movement, a head
// behind a long title, an official of the mediating body named by its
// adjective, and one of neither side who attends by the verb.
func TestAttendanceByRoleAndVerb(t *testing.T) {
	known := append(testKnown(),
		entities.Known{ID: "country:ruritania", Label: "Country", Name: "Ruritania", NameAr: "روريتانيا", Adjectives: []string{"الروريتاني", "الروريتانية"}},
		entities.Known{ID: "country:borduria", Label: "Country", Name: "Borduria", NameAr: "بوردوريا", Adjectives: []string{"البوردوري", "البوردورية"}},
		entities.Known{ID: "org:front", Label: "Organization", Name: "Liberation Front", NameAr: "جبهة التحرير", Country: "country:ruritania"},
		entities.Known{ID: "org:un", Label: "Organization", Name: "United Nations", NameAr: "الأمم المتحدة", Adjectives: []string{"الأممي", "الأممية"}},
		entities.Known{ID: "venue:geneva", Label: "Venue", Name: "Geneva", NameAr: "جنيف"})
	r := entities.NewRecognizer(known)
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	const lead = "اختتمت في جنيف يوم 12 أبريل جولة المفاوضات بين الحكومة الروريتانية وجبهة التحرير برعاية الأمم المتحدة. "
	round := "talks ruritania+front 2025-04-12@geneva held/unknown med=un part="
	tests := []struct{ name, text, want string }{
		{"the government's delegation sits for the one country among the sides",
			lead + "وترأس الوفد الحكومي وكيل وزارة العدل سامر حداد.",
			round + "سامر-حداد/ruritania"},
		{"the head of a delegation behind a long title",
			lead + "وترأس وفد جبهة التحرير رئيس ما يسمى لجنة شؤون المعتقلين نادر عيسى.",
			round + "نادر-عيسي/front"},
		{"an official of the mediating body named by its adjective attends by the verb",
			lead + "وشارك في الجلسة الختامية نائب المبعوث الأممي السفير نادر عيسى.",
			round + "نادر-عيسي/mediator"},
		{"one of neither side attends by the verb",
			lead + "كما حضر الجلسة الختامية الرئيس البوردوري سامر حداد.",
			round + "سامر-حداد/"},
		{"one of neither side who did not attend",
			lead + "ولم يحضر الجلسة الختامية الرئيس البوردوري سامر حداد.",
			round},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range x.Extract(input(t, r, tt.text, pub, map[string]string{"12 أبريل": "2025-04-12"})) {
				got = append(got, describe(m))
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

// TestMediatorBehindTitle: a sponsor named by an office and a title
// ("برعاية مكتب المبعوث الخاص للأمم المتحدة إلى X") is the body the title
// names, and a second body coordinated after the envoy's posting is a
// mediator too.
func TestMediatorBehindTitle(t *testing.T) {
	known := append(testKnown(),
		entities.Known{ID: "country:ruritania", Label: "Country", Name: "Ruritania", NameAr: "روريتانيا", Adjectives: []string{"الروريتاني", "الروريتانية"}},
		entities.Known{ID: "org:front", Label: "Organization", Name: "Liberation Front", NameAr: "جبهة التحرير", Country: "country:ruritania"},
		entities.Known{ID: "org:un", Label: "Organization", Name: "United Nations", NameAr: "الأمم المتحدة"},
		entities.Known{ID: "org:red-cross", Label: "Organization", Name: "Red Cross", NameAr: "اللجنة الدولية للصليب الأحمر"},
		entities.Known{ID: "venue:geneva", Label: "Venue", Name: "Geneva", NameAr: "جنيف"})
	r := entities.NewRecognizer(known)
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	tests := []struct{ name, text, want string }{
		{"an office and a title before the body, a second body after the posting",
			"اختتمت في جنيف يوم 12 أبريل جولة المفاوضات بين الحكومة الروريتانية وجبهة التحرير برعاية مكتب المبعوث الخاص للأمم المتحدة إلى روريتانيا واللجنة الدولية للصليب الأحمر.",
			"talks ruritania+front 2025-04-12@geneva held/unknown med=red-cross+un part="},
		{"a feminine title before the body",
			"اختتمت في جنيف يوم 12 أبريل جولة المفاوضات بين الحكومة الروريتانية وجبهة التحرير بوساطة مكتب المنسقة الخاصة للأمم المتحدة.",
			"talks ruritania+front 2025-04-12@geneva held/unknown med=un part="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range x.Extract(input(t, r, tt.text, pub, map[string]string{"12 أبريل": "2025-04-12"})) {
				got = append(got, describe(m))
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}
