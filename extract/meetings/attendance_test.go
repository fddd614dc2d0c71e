package meetings

import (
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// TestAttendance checks who sits in a round: a delegation's members
// whatever names its side, and not the people a sentence of the round only
// mentions (the source of a letter, a leader speaking in a statement, the
// leaders of another summit).
func TestAttendance(t *testing.T) {
	known := append(testKnown(),
		entities.Known{ID: "person:leader-a", Label: "Person", Name: "Leader A", NameAr: "جابر منصور", Aliases: []string{"منصور"}, Country: "country:united-states"},
		entities.Known{ID: "person:leader-b", Label: "Person", Name: "Leader B", NameAr: "مراد سليمان", Country: "country:iran"},
		entities.Known{ID: "org:iran-mfa", Label: "Organization", Name: "Iranian MFA", NameAr: "الخارجية الإيرانية", Country: "country:iran"})
	r := entities.NewRecognizer(known)
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	const lead = "عقدت محادثات غير مباشرة بين الولايات المتحدة وإيران في مسقط يوم 12 أبريل بوساطة عمانية. "
	round := "talks iran+united-states 2025-04-12@muscat held/indirect med=oman part="
	tests := []struct {
		name  string
		text  string
		dates map[string]string
		want  []string
	}{
		{"the sender of the letter an envoy carries does not attend",
			lead + "وقال ويتكوف إن الوفد الأمريكي حمل إلى المحادثات رسالة من الرئيس الأمريكي جابر منصور.",
			nil,
			[]string{round + "steve-witkoff/united-states"}},
		{"a head of state speaking in a statement does not attend",
			lead + "ونقل البوسعيدي الرسائل بين الوفدين، فيما أكد الرئيس الإيراني مراد سليمان في بيان أن بلاده تريد اتفاقا عادلا.",
			nil,
			[]string{round + "badr-albusaidi/mediator"}},
		{"the leaders of a summit proposed during the round do not attend it",
			lead + "وفي المقابل، قال رئيس الوفد الإيراني عراقجي، السبت، إن بلاده طرحت خلال اللقاء عقد قمة بين الرئيسين جابر منصور ومراد سليمان قبل نهاية العام.",
			nil,
			[]string{round + "abbas-araghchi/iran"}},
		{"a leader who stayed away does not attend",
			lead + "وشارك في الاجتماع من الجانب الأمريكي ويتكوف، بينما غاب الرئيس جابر منصور لانشغاله بشؤون داخلية.",
			nil,
			[]string{round + "steve-witkoff/united-states"}},
		{"the president who charged the head of the delegation stays home",
			lead + "وترأس الوفد الإيراني العميد سامر حداد الذي كلفه الرئيس الإيراني مراد سليمان بهذه المهمة.",
			nil,
			[]string{round + "سامر-حداد/iran"}},
		{"an envoy of no known country is the announcing ministry's",
			"وأعلنت الخارجية الإيرانية أن المبعوث الخاص إلى عمان العميد سامر حداد التقى ويتكوف في مسقط يوم 12 أبريل.",
			nil,
			[]string{"talks iran+united-states 2025-04-12@muscat held/direct med= part=steve-witkoff/united-states,سامر-حداد/iran"}},
		{"a one-word name right after a meeting noun is the talks' subject",
			lead + "وقال عراقجي إن الجولة لا تعني الدخول في محادثات منصور.",
			nil,
			[]string{round + "abbas-araghchi/iran"}},
		{"a head of state who meets attends",
			"التقى الرئيس الأمريكي جابر منصور وزير الخارجية الإيراني عراقجي في مسقط يوم 12 أبريل.",
			nil,
			[]string{"talks iran+united-states 2025-04-12@muscat held/direct med= part=abbas-araghchi/iran,leader-a/united-states"}},
		{"a delegation without its nationality takes the side the previous sentence names; the announcement's evening is not the round's",
			lead + "وكانت إيران قد أعلنت مساء الجمعة إرسال وفدها إلى المحادثات. ووصل الوفد، الذي يضم نائب وزير الخارجية العميد سامر حداد والمستشار القانوني نادر عيسى، إلى مسقط قبل ساعات من بدء الجلسة.",
			map[string]string{"مساء الجمعة": "2025-04-11"},
			[]string{round + "سامر-حداد/iran,نادر-عيسي/iran"}},
		{"a delegation whose side two parties could be stays unplaced",
			lead + "ووصل الوفد، الذي يضم العميد سامر حداد والمستشار نادر عيسى، إلى مسقط قبل ساعات من بدء الجلسة.",
			nil,
			[]string{round}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dates := map[string]string{"12 أبريل": "2025-04-12"}
			for k, v := range tt.dates {
				dates[k] = v
			}
			expectMeetings(t, x, r, tt.text, pub, dates, tt.want...)
		})
	}
}

// TestDelegationsOfOrganizations: when the sides are organizations, a
// sentence that names a side's delegation is about the round, and a
// delegation named by the head noun of a side's name alone ("وفد الجيش")
// is that side's when only one side's name starts so.
func TestDelegationsOfOrganizations(t *testing.T) {
	known := append(testKnown(),
		entities.Known{ID: "org:army", Label: "Organization", Name: "Ruritanian Army", NameAr: "القوات المسلحة الروريتانية", Aliases: []string{"الجيش الروريتاني"}, Country: "country:ruritania"},
		entities.Known{ID: "org:front", Label: "Organization", Name: "Liberation Front", NameAr: "جبهة التحرير", Country: "country:ruritania"},
		entities.Known{ID: "org:free-army", Label: "Organization", Name: "Free Army", NameAr: "الجيش الحر", Country: "country:ruritania"},
		entities.Known{ID: "country:ruritania", Label: "Country", Name: "Ruritania", NameAr: "روريتانيا", Adjectives: []string{"الروريتاني", "الروريتانية"}})
	r := entities.NewRecognizer(known)
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	const lead = "عقدت محادثات غير مباشرة بين وفدي الجيش الروريتاني وجبهة التحرير في مسقط يوم 12 أبريل بوساطة عمانية. "
	round := "talks army+front 2025-04-12@muscat held/indirect med=oman part="
	tests := []struct{ name, text, want string }{
		{"both delegations, one by its short name",
			lead + "ويرأس وفد الجيش العميد سامر حداد، فيما يقود وفد جبهة التحرير القائد نادر عيسى.",
			round + "سامر-حداد/army,نادر-عيسي/front"},
		{"a short name two sides could have",
			"عقدت محادثات غير مباشرة بين وفدي الجيش الروريتاني والجيش الحر في مسقط يوم 12 أبريل بوساطة عمانية. ويرأس وفد الجيش العميد سامر حداد.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			ms := x.Extract(input(t, r, tt.text, pub, map[string]string{"12 أبريل": "2025-04-12"}))
			if len(ms) != 1 {
				t.Fatalf("%d meetings, want 1", len(ms))
			}
			for _, m := range ms {
				got = append(got, describe(m))
			}
			if tt.want != "" && strings.Join(got, "\n") != tt.want {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), tt.want)
			}
			for _, g := range got {
				if tt.want == "" && strings.Contains(g, "سامر-حداد/") {
					t.Errorf("a delegation two sides could head is placed: %s", g)
				}
			}
		})
	}
}
