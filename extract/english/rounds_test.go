package english

import (
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// roundsKnown is testKnown with an organisation and an official whose
// role is with it.
func roundsKnown() []entities.Known {
	return append(testKnown(),
		entities.Known{ID: "org:northern-union", Label: schema.LabelOrganization, Name: "Northern Union", NameAr: "الاتحاد الشمالي"},
		entities.Known{ID: "person:mara-vell", Label: schema.LabelPerson, Name: "Mara Vell", NameAr: "مارا فيل",
			Country: "country:united-states", Roles: []string{"الممثلة العليا للاتحاد الشمالي للشؤون الخارجية"}})
}

// roundWant is what a test expects of one meeting; an empty format is not
// checked.
type roundWant struct {
	parties, mediators, participants []string
	date                             article.Date
	venue, status, format            string
}

// checkRounds extracts the meetings of text, published on pub, and
// compares them with want in order.
func checkRounds(t *testing.T, pub article.Date, text string, want []roundWant) {
	t.Helper()
	r := NewRecognizer(roundsKnown())
	toks, _ := Tokenize(text)
	res := r.Recognize(text, toks)
	got := NewExtractor(r).Extract(Input{Text: text, Tokens: toks, Mentions: res.Mentions, Dates: TagDates(toks, pub), Published: pub})
	if len(got) != len(want) {
		t.Fatalf("%d meetings %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		g := got[i]
		var parts []string
		for _, p := range g.Participants {
			parts = append(parts, p.PersonID)
		}
		if !equal(g.Parties, w.parties) || !equal(g.Mediators, w.mediators) || !equal(parts, w.participants) ||
			g.Date != w.date || g.Venue != w.venue || g.Status != w.status || w.format != "" && g.Format != w.format {
			t.Errorf("meeting %d: parties %v mediators %v participants %v date %v venue %s status %s format %s; want %+v",
				i, g.Parties, g.Mediators, parts, g.Date, g.Venue, g.Status, g.Format, w)
		}
	}
}

// TestUnknownOrganizations: an armed group or movement no list knows is
// read from its name and bracketed acronym, or from an acronym before a
// group noun, and its acronym alone then names it; an acronym with
// nothing saying what it is, or a possessive name, is not.
func TestUnknownOrganizations(t *testing.T) {
	r := NewRecognizer(roundsKnown())
	for _, c := range []struct {
		text string
		want []string // "surface=id"
	}{
		{"Talks with the Coastal Liberation Front (CLF) resumed. The CLF team arrived late.",
			[]string{"Coastal Liberation Front=org:clf", "CLF=org:clf", "CLF=org:clf"}},
		{"Ruritania met the CLF rebels on Monday.", []string{"Ruritania=country:ruritania", "CLF=org:clf"}},
		{"The M23 rebel group took the town.", []string{"M23=org:m23"}},
		{"The CLF said nothing.", nil},
		{"The People's Liberation Army (PLA) moved.", []string{"People's Liberation Army=org:pla", "PLA=org:pla"}},
		{"Ruritania's Liberation Army moved.", []string{"Ruritania=country:ruritania"}},
	} {
		toks, _ := Tokenize(c.text)
		var got []string
		for _, m := range r.Recognize(c.text, toks).Mentions {
			got = append(got, m.Surface+"="+m.EntityID)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// TestRoundsAcrossSentences covers what a report tells of a round over
// several sentences: guarantor states are mediators; a third round
// announced beside the second is another round, planned ("would take
// place"); a delegation told in the present tense belongs to the round of
// the article's day, not to the round recalled just before; a place in a
// clause about an earlier meeting is that meeting's, while "the X
// meeting" names the venue; the sides' people meeting each other make a
// direct round even when it is mediated; an official whose role is with
// an organisation chairs for it, not for his country.
func TestRoundsAcrossSentences(t *testing.T) {
	pub := article.Date{Year: 2025, Month: 5, Day: 14}
	held, planned := meetings.StatusHeld, meetings.StatusPlanned
	rf := []string{"country:freedonia", "country:ruritania"}
	clf := []string{"country:ruritania", "org:clf"}
	for _, c := range []struct {
		name, text string
		want       []roundWant
	}{
		{"guarantors", "Ruritania and the Coastal Liberation Front (CLF) opened talks in Muscat on Tuesday, with Oman and Freedonia acting as guarantors.",
			[]roundWant{{clf, []string{"country:oman", "country:freedonia"}, nil, article.Date{Year: 2025, Month: 5}, "venue:muscat", held, meetings.FormatUnknown}}}, // opened: a round of days
		{"joined as a guarantor", "Ruritania and Freedonia held talks in Muscat on Tuesday. The United States joined Oman as a guarantor of the talks.",
			[]roundWant{{rf, []string{"country:united-states", "country:oman"}, nil, article.Date{Year: 2025, Month: 5, Day: 13}, "venue:muscat", held, meetings.FormatUnknown}}},
		{"second and third rounds", "A second round of talks between Ruritania and the CLF rebels opened in Muscat on Tuesday. An official said a third round would take place in Strelsau.",
			[]roundWant{{clf, nil, nil, article.Date{Year: 2025, Month: 5}, "venue:muscat", held, meetings.FormatUnknown}, // opened: a round of days
				{clf, nil, nil, article.Date{Year: 2025}, "venue:strelsau", planned, meetings.FormatUnknown}}},
		{"the delegation of the day", "Ruritania and the CLF rebels held talks in Muscat on Tuesday. The previous round in Strelsau ended on April 2. The Ruritanian delegation is again led by Anna Bell.",
			[]roundWant{{clf, nil, []string{"person:anna-bell"}, article.Date{Year: 2025, Month: 5, Day: 13}, "venue:muscat", held, meetings.FormatUnknown},
				{clf, nil, nil, article.Date{Year: 2025, Month: 4, Day: 2}, "venue:strelsau", held, meetings.FormatUnknown}}},
		{"the earlier meeting's place", "Ruritania and Freedonia held talks on Saturday. The Strelsau meeting came three weeks after the two sides met in Muscat.",
			[]roundWant{{rf, nil, nil, article.Date{Year: 2025, Month: 5, Day: 10}, "venue:strelsau", held, meetings.FormatUnknown}}},
		{"the leaders meet", "Ruritanian President Anna Bell and Freedonian Prime Minister Carl Dorn met in Muscat on Saturday in talks mediated by Oman.",
			[]roundWant{{rf, []string{"country:oman"}, []string{"person:anna-bell", "person:carl-dorn"}, article.Date{Year: 2025, Month: 5, Day: 10}, "venue:muscat", held, meetings.FormatDirect}}},
		{"the sides' officials meet", "Ruritanian and Freedonian officials met in Muscat on Saturday.",
			[]roundWant{{rf, nil, nil, article.Date{Year: 2025, Month: 5, Day: 10}, "venue:muscat", held, meetings.FormatDirect}}},
		{"chaired for the organisation", "Ruritania and Freedonia held talks in Muscat on Saturday. Mara Vell again chaired the meeting.",
			[]roundWant{{rf, []string{"org:northern-union", "person:mara-vell"}, []string{"person:mara-vell"}, article.Date{Year: 2025, Month: 5, Day: 10}, "venue:muscat", held, meetings.FormatUnknown}}},
	} {
		t.Run(c.name, func(t *testing.T) { checkRounds(t, pub, c.text, c.want) })
	}
}

// TestWireReports covers the ways wire reports tell a round: the agency
// and the day in the dateline are not a side or the round's date; "after
// a week of talks" makes a round of days, dated to the year when they
// cross a month; facilitators and a chief mediator mediate; a side is
// "X's army"; the pair after "between" are the sides, not the states
// that announce it; the speakers of a headline are no sides; leaving the
// talks is no meeting; the second side may be named with its team a few
// sentences on; a spokesman who heads his team takes part.
func TestWireReports(t *testing.T) {
	pub := article.Date{Year: 2025, Month: 11, Day: 2}
	held := meetings.StatusHeld
	rf := []string{"country:freedonia", "country:ruritania"}
	clf := []string{"country:ruritania", "org:clf"}
	for _, c := range []struct {
		name, text string
		want       []roundWant
	}{
		{"agency in the dateline", "STRELSAU (Reuters) - Ruritania and Freedonia held talks on Saturday.",
			[]roundWant{{rf, nil, nil, article.Date{Year: 2025, Month: 11, Day: 1}, "venue:strelsau", held, ""}}},
		{"date in the dateline", "MUSCAT, Nov 2 - Ruritania and Freedonia held talks in Strelsau in October, officials said.",
			[]roundWant{{rf, nil, nil, article.Date{Year: 2025, Month: 10}, "venue:strelsau", held, ""}}},
		{"a week of talks", "Ruritania and Freedonia signed a pledge on Wednesday after nearly a week of talks, facilitated by Oman. The talks began on October 25.",
			[]roundWant{{rf, []string{"country:oman"}, nil, article.Date{Year: 2025, Month: 10}, "", held, ""}}},
		{"ten days across two months", "Ruritania and Freedonia agreed on Sunday after ten days of talks in Muscat, Oman's chief mediator said.",
			[]roundWant{{rf, []string{"country:oman"}, nil, article.Date{Year: 2025}, "venue:muscat", held, ""}}},
		{"the army of a state and a group", "Ruritania's army and the paramilitary Coastal Liberation Front (CLF) held talks in Muscat on Saturday.",
			[]roundWant{{clf, nil, nil, article.Date{Year: 2025, Month: 11, Day: 1}, "venue:muscat", held, ""}}},
		{"between wins over the speakers", "Oman and the United States said on Sunday they had suspended the Muscat talks between Ruritania and the CLF rebels.",
			[]roundWant{{clf, nil, nil, article.Date{Year: 2025}, "venue:muscat", held, ""}}},
		{"speakers of a headline", "Ruritania talks in Muscat suspended, Oman and Freedonia say", nil},
		{"leaving the talks", "Ruritania and Freedonia held talks in Muscat on Saturday. Freedonia pulled its delegation from the talks on Sunday.",
			[]roundWant{{rf, nil, nil, article.Date{Year: 2025, Month: 11, Day: 1}, "venue:muscat", held, ""}}},
		{"the second side with its team", "Ruritania agreed on Sunday to end the fighting after talks in Muscat. Talks planned for October had been postponed. " +
			"The Ruritanian delegation was led by Anna Bell, while Coastal Liberation Front (CLF) spokesman Carl Dorn headed the rebel team.",
			[]roundWant{{clf, nil, []string{"person:anna-bell", "person:carl-dorn"}, article.Date{Year: 2025, Month: 11, Day: 2}, "venue:muscat", held, ""}}},
		{"the meeting between their ministers", "Ruritania and Freedonia held talks in Muscat on Saturday. " +
			"President Jane Ransome, the union's mediator for the crisis, hosted the meeting between Ruritanian minister Anna Bell and her Freedonian counterpart Carl Dorn.",
			[]roundWant{{rf, []string{"person:jane-ransome"}, []string{"person:jane-ransome", "person:anna-bell", "person:carl-dorn"},
				article.Date{Year: 2025, Month: 11, Day: 1}, "venue:muscat", held, ""}}},
		{"on the border, not in the dateline's city", "STRELSAU - Ruritanian and Freedonian officials met on the border on Saturday.",
			[]roundWant{{rf, nil, nil, article.Date{Year: 2025, Month: 11, Day: 1}, "", held, ""}}},
		{"the next meeting announced", "Ruritania and Freedonia held talks in Muscat on Saturday. The sides agreed to hold the next meeting in Strelsau.",
			[]roundWant{{rf, nil, nil, article.Date{Year: 2025, Month: 11, Day: 1}, "venue:muscat", held, ""},
				{rf, nil, nil, article.Date{Year: 2025}, "venue:strelsau", meetings.StatusPlanned, ""}}},
		{"a side before the dateline's dash", "STRELSAU - CLF rebels and Ruritania held talks on Saturday.",
			[]roundWant{{clf, nil, nil, article.Date{Year: 2025, Month: 11, Day: 1}, "venue:strelsau", held, ""}}},
		{"would, not of a meeting", "Ruritania and Freedonia held talks in Muscat on Saturday. Freedonia said Ruritania would be responsible if the talks failed.",
			[]roundWant{{rf, nil, nil, article.Date{Year: 2025, Month: 11, Day: 1}, "venue:muscat", held, ""}}},
		{"the next round only named", "Ruritania and Freedonia held talks in Muscat on Saturday. Freedonia said it would wait for the next round to judge.",
			[]roundWant{{rf, nil, nil, article.Date{Year: 2025, Month: 11, Day: 1}, "venue:muscat", held, ""}}},
	} {
		t.Run(c.name, func(t *testing.T) { checkRounds(t, pub, c.text, c.want) })
	}
}

// TestNamesOfStrangers: name particles join a stranger's name, a known
// person's surname does not cut another person's name, and a known name
// with a possessive inside ("People's Republic of X") is not matched by
// its first word.
func TestNamesOfStrangers(t *testing.T) {
	known := append(roundsKnown(),
		entities.Known{ID: "person:omar-hassan", Label: schema.LabelPerson, Name: "Omar Hassan", NameAr: "عمر حسن"},
		entities.Known{ID: "country:cathay", Label: schema.LabelCountry, Name: "Cathay", NameAr: "كاثاي", Aliases: []string{"People's Republic of Cathay"}})
	r := NewRecognizer(known)
	for _, c := range []struct{ text, want string }{
		{"The army team was headed by General Dafalla al-Nur on Monday.", "Dafalla al-Nur=person:dafalla-al-nur"},
		{"The talks were led by adviser Rida Hassan on Monday.", "Rida Hassan=person:rida-hassan"},
		{"Hassan arrived on Monday.", "Hassan=person:omar-hassan"},
		{"The People came out.", ""},
	} {
		toks, _ := Tokenize(c.text)
		var got []string
		for _, m := range r.Recognize(c.text, toks).Mentions {
			got = append(got, m.Surface+"="+m.EntityID)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}
