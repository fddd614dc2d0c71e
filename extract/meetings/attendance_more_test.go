package meetings

import (
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
		{"the mediator's official who speaks of his own meeting attends",
			lead + "وقال نائب المبعوث الأممي نادر عيسى إنه التقى كل طرف على حدة.",
			round + "نادر-عيسي/mediator"},
		{"the mediator's official who only comments does not",
			lead + "وقال نائب المبعوث الأممي نادر عيسى إن الجولة كانت مفيدة.",
			round},
		{"one who chairs the mediators' team, behind a long title",
			lead + "وترأست مساعدة الأمين العام للأمم المتحدة للشؤون السياسية رنا حداد فريق الوساطة.",
			round + "رنا-حداد/mediator"},
		{"one in whose presence the session is held",
			lead + "وعقد الطرفان الجلسة الختامية بحضور الرئيس البوردوري سامر حداد.",
			round + "سامر-حداد/"},
		{"a leader named in another clause after the list of attendees",
			lead + "وتستكمل غدا بمشاركة نائب المبعوث الأممي نادر عيسى، في محاولة لإنجاز خطة الرئيس البوردوري سامر حداد.",
			round + "نادر-عيسي/mediator"},
		{"one who represents a side by the verb before his title",
			lead + "وحضر الجلسة الختامية الرئيس البوردوري سامر حداد، فيما مثل روريتانيا وزير خارجيتها نادر عيسى.",
			round + "سامر-حداد/,نادر-عيسي/ruritania"},
		{"the list of attendees goes on after a comma with 'إلى جانب'",
			lead + "وعقدت الجلسة الختامية بحضور وفدي الطرفين، إلى جانب نائب المبعوث الأممي نادر عيسى.",
			round + "نادر-عيسي/mediator"},
		{"one of neither side who did not attend",
			lead + "ولم يحضر الجلسة الختامية الرئيس البوردوري سامر حداد.",
			round},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectMeetings(t, x, r, tt.text, pub, map[string]string{"12 أبريل": "2025-04-12"}, tt.want)
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
			expectMeetings(t, x, r, tt.text, pub, map[string]string{"12 أبريل": "2025-04-12"}, tt.want)
		})
	}
}

// TestMediatorsByRole: a country that plays the mediator's role, told as
// the subject of "تقوم … بدور الوساطة" (also behind a relative clause),
// and a host who chairs the sponsoring body ("سيستضيفه الرئيس X الذي
// تولى رئاسة الاتحاد"), mediate; a host who only hosts does not.
func TestMediatorsByRole(t *testing.T) {
	known := append(testKnown(),
		entities.Known{ID: "country:ruritania", Label: "Country", Name: "Ruritania", NameAr: "روريتانيا"},
		entities.Known{ID: "country:borduria", Label: "Country", Name: "Borduria", NameAr: "بوردوريا"},
		entities.Known{ID: "country:syldavia", Label: "Country", Name: "Syldavia", NameAr: "سيلدافيا", Adjectives: []string{"السيلدافي"}, Capital: "venue:klow"},
		entities.Known{ID: "venue:klow", Label: "Venue", Name: "Klow", NameAr: "كلوف", Country: "country:syldavia"},
		entities.Known{ID: "org:au", Label: "Organization", Name: "African Union", NameAr: "الاتحاد الأفريقي"},
		entities.Known{ID: "venue:geneva", Label: "Venue", Name: "Geneva", NameAr: "جنيف"})
	r := entities.NewRecognizer(known)
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	const lead = "انطلقت في جنيف يوم 12 أبريل جولة مفاوضات بين روريتانيا وبوردوريا برعاية الاتحاد الأفريقي. "
	tests := []struct{ name, text, want string }{
		{"the subject of playing the mediator's role",
			lead + "وتقوم سيلدافيا بدور الوساطة في المفاوضات بين البلدين.",
			"talks borduria+ruritania 2025-04-12@geneva held/unknown med=syldavia+au part="},
		{"the subject behind a relative clause between commas",
			lead + "وتقوم سيلدافيا، التي تتولى حاليا رئاسة الاتحاد الأفريقي، بدور الوساطة بين البلدين.",
			"talks borduria+ruritania 2025-04-12@geneva held/unknown med=syldavia+au part="},
		{"the antecedent of a relative clause that plays the role",
			"انطلقت يوم 12 أبريل جولة مفاوضات بين روريتانيا وبوردوريا في كلوف، عاصمة سيلدافيا، التي تتولى رئاسة الاتحاد الأفريقي، وتقوم بدور الوساطة بين البلدين.",
			"talks borduria+ruritania 2025-04-12@klow held/unknown med=syldavia part="},
		{"a host who chairs the sponsoring body",
			lead + "وقال مسؤولون إن الاجتماع سيستضيفه الرئيس السيلدافي سامر حداد الذي تولى رئاسة الاتحاد الأفريقي الشهر الماضي.",
			"talks borduria+ruritania 2025-04-12@geneva held/unknown med=syldavia+au part=سامر-حداد/mediator"},
		{"a host who only hosts",
			lead + "وقال مسؤولون إن الاجتماع سيستضيفه الرئيس السيلدافي سامر حداد في قصره.",
			"talks borduria+ruritania 2025-04-12@geneva held/unknown med=au part="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectMeetings(t, x, r, tt.text, pub, map[string]string{"12 أبريل": "2025-04-12"}, tt.want)
		})
	}
}

// TestSidesFromCoordinatedTitles: the sides of "عقد X وY لقاء" are the
// countries of the two people, when the conjunction stands on the second
// one's title and when the day is set off by commas before the meeting
// noun.
func TestSidesFromCoordinatedTitles(t *testing.T) {
	known := append(testKnown(),
		entities.Known{ID: "country:ruritania", Label: "Country", Name: "Ruritania", NameAr: "روريتانيا", Adjectives: []string{"الروريتاني", "الروريتانية"}},
		entities.Known{ID: "country:borduria", Label: "Country", Name: "Borduria", NameAr: "بوردوريا", Adjectives: []string{"البوردوري", "البوردورية"}})
	r := entities.NewRecognizer(known)
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	want := "talks borduria+ruritania 2025-04-15@doha held/unknown med= part=سامر-حداد/ruritania,نادر-عيسي/borduria"
	for _, tt := range []struct{ name, text string }{
		{"the second title after the name of a country", "عقد الرئيس الروريتاني سامر حداد ورئيس بوردوريا نادر عيسى يوم الثلاثاء لقاء في الدوحة."},
		{"the second title with a nationality", "عقد الرئيس الروريتاني سامر حداد ونظيره البوردوري نادر عيسى يوم الثلاثاء لقاء في الدوحة."},
		{"a further title between the nationality and the name", "عقد الرئيس الروريتاني سامر حداد ونظيره البوردوري نائب رئيس البرلمان نادر عيسى يوم الثلاثاء لقاء في الدوحة."},
		{"the day between commas", "عقد الرئيس الروريتاني سامر حداد والرئيس البوردوري نادر عيسى، مساء الثلاثاء، لقاء في الدوحة."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			expectMeetings(t, x, r, tt.text, pub, map[string]string{"الثلاثاء": "2025-04-15"}, want)
		})
	}
}
