package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// TestDelegationLists checks the members of a delegation listed after its
// head, across commas and company verbs, and the people who accompany a
// named head: each sits for the side of the delegation (or of the person)
// the sentence names, and another side's clause ends the list.
func TestDelegationLists(t *testing.T) {
	known := append(testKnown(),
		entities.Known{ID: "country:ruritania", Label: "Country", Name: "Ruritania", NameAr: "روريتانيا", Adjectives: []string{"الروريتاني", "الروريتانية"}},
		entities.Known{ID: "country:borduria", Label: "Country", Name: "Borduria", NameAr: "بوردوريا", Adjectives: []string{"البوردوري", "البوردورية"}},
		entities.Known{ID: "country:georgia", Label: "Country", Name: "Georgia", NameAr: "جورجيا", Adjectives: []string{"الجورجي", "الجورجية"}},
		entities.Known{ID: "org:movement", Label: "Organization", Name: "Renewal Movement", NameAr: "حركة التجديد"},
		entities.Known{ID: "org:un", Label: "Organization", Name: "United Nations", NameAr: "الأمم المتحدة"},
		entities.Known{ID: "venue:geneva", Label: "Venue", Name: "Geneva", NameAr: "جنيف"})
	r := entities.NewRecognizer(known)
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	const lead = "اختتمت في جنيف يوم 12 أبريل جولة المفاوضات بين روريتانيا وبوردوريا. "
	round := "talks borduria+ruritania 2025-04-12@geneva held/unknown med= part="
	const leadOrg = "اختتمت في جنيف يوم 12 أبريل جولة المفاوضات بين روريتانيا وحركة التجديد. "
	roundOrg := "talks ruritania+movement 2025-04-12@geneva held/unknown med= part="
	tests := []struct{ name, text, want string }{
		{"members after the head, joined by a company verb and commas",
			lead + "أما الوفد الروريتاني فكان برئاسة وزير الدفاع سامر حداد، يرافقه رئيس الأركان نادر عيسى، والعميد كريم سعدون.",
			round + "سامر-حداد/ruritania,كريم-سعدون/ruritania,نادر-عيسي/ruritania"},
		{"members listed with ضم after the head, the delegation named before a place",
			lead + "ووصل الوفد البوردوري إلى جنيف برئاسة السفير سامر حداد، وضم كلاً من المستشار نادر عيسى، والعقيد كريم سعدون.",
			round + "سامر-حداد/borduria,كريم-سعدون/borduria,نادر-عيسي/borduria"},
		{"a delegation named by the country it represents",
			lead + "ومثّل روريتانيا وفد يقوده السفير سامر حداد، ويضم المستشار نادر عيسى.",
			round + "سامر-حداد/ruritania,نادر-عيسي/ruritania"},
		{"another side's clause ends the list",
			lead + "وترأس الوفد الروريتاني السفير سامر حداد، فيما ضم الجانب الآخر المستشار نادر عيسى.",
			round + "سامر-حداد/ruritania"},
		{"one who accompanies a person of known country",
			lead + "وقال وزير الخارجية البوردوري سامر حداد إن الجولة مفيدة. ورافق حداد كل من المستشار نادر عيسى، والعقيد كريم سعدون.",
			round + "سامر-حداد/borduria,كريم-سعدون/borduria,نادر-عيسي/borduria"},
		{"one who accompanies the head named before the verb",
			lead + "وترأس الوفد الروريتاني السفير سامر حداد، ورافقه المستشار نادر عيسى.",
			round + "سامر-حداد/ruritania,نادر-عيسي/ruritania"},
		{"a movement's delegation named by the head noun of its name",
			leadOrg + "أما وفد الحركة فضم القياديين سامر حداد ونادر عيسى.",
			roundOrg + "سامر-حداد/movement,نادر-عيسي/movement"},
		{"a title of an adviser to the head of state is the person's own",
			lead + "وترأس الوفد الروريتاني مساعد الرئيس الروريتاني سامر حداد.",
			round + "سامر-حداد/ruritania"},
		{"a former minister who criticizes the talks does not sit in them",
			lead + "وكان وزير الخارجية الروريتاني السابق سامر حداد قد انتقد المفاوضات.",
			round},
		{"a minister who attacks the talks, the verb before her title",
			lead + "وهاجمت الوزيرة الروريتانية رنا حداد المفاوضات.",
			round},
		{"the head of state who announces the make-up of the delegation",
			lead + "وأعلن الرئيس الروريتاني سامر حداد أمس تشكيلة الوفد المفاوض.",
			round},
		{"the head of state named by his surname, speaking in his address",
			lead + "وأكد الرئيس الروريتاني سامر حداد دعمه للمسار. وقال حداد في كلمته المسائية إن الجولة مثمرة.",
			round},
		{"the members of a mediator's delegation named by the body it comes from",
			"اختتمت في جنيف يوم 12 أبريل جولة المفاوضات بين روريتانيا وبوردوريا برعاية الأمم المتحدة، بمشاركة وفد من الأمم المتحدة يقوده السفير سامر حداد ومعه مساعد الوزير نادر عيسى.",
			"talks borduria+ruritania 2025-04-12@geneva held/unknown med=un part=سامر-حداد/mediator,نادر-عيسي/mediator"},
		{"a delegation named bare, its side the one the previous sentence names without the other after مع",
			"اختتمت في جنيف يوم 12 أبريل جولة المفاوضات بين روريتانيا وبوردوريا. وأكد الرئيس الروريتاني سامر حداد أن بلاده ستواصل الحوار مع بوردوريا. وترأس الوفد السفير نادر عيسى، وضم المستشار كريم سعدون.",
			round + "كريم-سعدون/ruritania,نادر-عيسي/ruritania"},
		{"a delegation with an adjective no list knows is not taken for the previous sentence's side",
			"اختتمت في جنيف يوم 12 أبريل جولة المفاوضات بين روريتانيا وبوردوريا. وأكد الرئيس الروريتاني سامر حداد أن بلاده ستواصل الحوار مع بوردوريا. وترأس الوفد الجنوبي السفير نادر عيسى، وضم المستشار كريم سعدون.",
			round},
		{"one who is with a person of known country ('ومعه')",
			lead + "وشارك في الجلسة وزير الخارجية البوردوري سامر حداد، ومعه المستشار نادر عيسى.",
			round + "سامر-حداد/borduria,نادر-عيسي/borduria"},
		{"a sentence opening with the side ('ومن الجانب X،') and a companion",
			lead + "ومن الجانب الروريتاني، يشارك السفير سامر حداد، يرافقه المستشار نادر عيسى.",
			round + "سامر-حداد/ruritania,نادر-عيسي/ruritania"},
		{"people named before a contrast clause do not sit in its meeting",
			"اختتمت في جنيف يوم 12 أبريل جولة المفاوضات بين روريتانيا وبوردوريا. وشارك في الجلسة من الجانب الروريتاني السفير سامر حداد، بينما غاب الرئيس الروريتاني نادر عيسى الذي كان قد التقى رئيس الوزراء الجورجي كريم سعدون في جنيف يوم 11 أبريل.",
			round + "\ntalks georgia+ruritania 2025@geneva held/direct med= part=كريم-سعدون/georgia,نادر-عيسي/ruritania"},
		{"a former minister listed in the delegation named with its own relative clause",
			"اختتمت في جنيف يوم 12 أبريل جولة المفاوضات بين روريتانيا وبوردوريا. وكان الوفد الروريتاني قد وصل إلى جنيف لإجراء محادثات مع المسؤولين البوردوريين. ويضم الوفد، الذي يرأسه السفير سامر حداد، كلاً من المستشار نادر عيسى ووزير الخارجية السابق كريم سعدون.",
			"talks borduria+ruritania 2025-04-12@geneva held/direct med= part=سامر-حداد/ruritania,كريم-سعدون/ruritania,نادر-عيسي/ruritania"},
		{"a deputy named after his chief ('ونائبه')",
			lead + "وشارك في الجلسة وزير الخارجية البوردوري سامر حداد ونائبه السفير نادر عيسى.",
			round + "سامر-حداد/borduria,نادر-عيسي/borduria"},
		{"a person who speaks of the list is not in it",
			lead + "وقال المحلل سامر حداد إن الوفد الروريتاني ضم خبراء.",
			round},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectMeetings(t, x, r, tt.text, pub, map[string]string{"12 أبريل": "2025-04-12"}, tt.want)
		})
	}
}
