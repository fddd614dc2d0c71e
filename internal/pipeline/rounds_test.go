package pipeline

import (
	"sort"
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

func date(t *testing.T, s string) article.Date {
	t.Helper()
	d, err := article.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// fact is a compact meeting report: "art parties date venue status [after]".
func fact(t *testing.T, art, parties, when, venue, status, kind string) meetingFact {
	m := meetings.Meeting{Parties: strings.Split(parties, "+"), Status: status, Format: meetings.FormatUnknown, Kind: kind, Confidence: 0.7,
		Support: map[string][]int{"meeting": {0}}}
	sort.Strings(m.Parties)
	if strings.HasPrefix(when, "pub:") {
		m.Date, m.DateFromPublication = date(t, when[4:]), true
	} else {
		m.Date = date(t, when)
	}
	m.Venue = venue
	f := factOf(&m, art, article.Date{})
	f.evidence = factEvidence{{key: "meeting", sents: []string{"sentence of " + art}}}
	return f
}

// published sets the publication date of a report.
func published(f meetingFact, d article.Date) meetingFact {
	f.published = d
	return f
}

func testEntities() func(string) (entities.Known, bool) {
	known := map[string]entities.Known{
		"country:iran":          {ID: "country:iran", Label: schema.LabelCountry, Name: "Iran"},
		"country:united-states": {ID: "country:united-states", Label: schema.LabelCountry, Name: "United States"},
		"country:oman":          {ID: "country:oman", Label: schema.LabelCountry, Name: "Oman", NameAr: "عمان"},
		"venue:muscat":          {ID: "venue:muscat", Label: schema.LabelVenue, Name: "Muscat", NameAr: "مسقط", Country: "country:oman"},
		"venue:rome":            {ID: "venue:rome", Label: schema.LabelVenue, Name: "Rome", Country: "country:italy"},
		"org:irgc":              {ID: "org:irgc", Label: schema.LabelOrganization, Name: "IRGC", Country: "country:iran"},
		"org:hezbollah":         {ID: "org:hezbollah", Label: schema.LabelOrganization, Name: "Hezbollah", Country: "country:lebanon"},
	}
	return func(id string) (entities.Known, bool) { k, ok := known[id]; return k, ok }
}

func TestRoundsMergeAndChain(t *testing.T) {
	const us, ir = "country:united-states", "country:iran"
	ch := ir + "+" + us
	tests := []struct {
		name   string
		facts  []meetingFact
		after  map[int]string // fact index -> After date
		rounds []string
		chain  []string
	}{
		{"same round in three articles, city refines country",
			[]meetingFact{
				fact(t, "a1", ch, "2023-05", "venue:muscat", "held", "talks"),
				fact(t, "a2", ch, "2023-05-08", "country:oman", "held", "talks"),
				fact(t, "a3", ch, "pub:2023", "", "held", "talks"),
			}, nil,
			[]string{"meeting:iran-united-states-2023-05-08-muscat [a1 a2 a3]"},
			nil},
		{"chain skips postponed rounds; planned points to the last held",
			[]meetingFact{
				fact(t, "a1", ch, "2024-01", "country:oman", "held", "talks"),
				fact(t, "a1", ch, "2024-02", "", "postponed", "talks"),
				fact(t, "a2", ch, "2024-05", "country:oman", "held", "talks"),
				fact(t, "a3", ch, "2023-05", "venue:muscat", "held", "talks"),
				fact(t, "a4", ch, "pub:2025", "", "held", "contact"),
				fact(t, "a4", ch, "pub:2025", "", "planned", "talks"),
			}, nil,
			[]string{
				"meeting:iran-united-states-2023-05-muscat [a3]",
				"meeting:iran-united-states-2024-01-oman [a1]",
				"meeting:iran-united-states-2024-02-postponed [a1]",
				"meeting:iran-united-states-2024-05-oman [a2]",
				"meeting:iran-united-states-2025 [a4]",
				"meeting:iran-united-states-2025-planned [a4]",
			},
			[]string{
				"2024-01-oman -> 2023-05-muscat inferred",
				"2024-05-oman -> 2024-01-oman inferred",
				"2025 -> 2024-05-oman inferred",
				"2025-planned -> 2025 inferred",
			}},
		{"a round announced in one article and reported held in another is one round",
			[]meetingFact{
				fact(t, "a1", ch, "2025-04-19", "venue:rome", "planned", "talks"),
				fact(t, "a2", ch, "2025-04-19", "venue:rome", "held", "talks"),
				fact(t, "a2", ch, "2025-05-03", "venue:rome", "postponed", "talks"),
			}, nil,
			[]string{
				"meeting:iran-united-states-2025-04-19-rome [a1 a2]",
				"meeting:iran-united-states-2025-05-03-rome-postponed [a2]",
			},
			nil},
		{"a round planned in one city and held in another is held in the second",
			[]meetingFact{
				published(fact(t, "a1", ch, "2025-04-19", "venue:rome", "planned", "talks"), date(t, "2025-04-15")),
				published(fact(t, "a2", ch, "2025-04-19", "venue:muscat", "held", "talks"), date(t, "2025-04-20")),
			}, nil,
			[]string{"meeting:iran-united-states-2025-04-19-muscat [a1 a2]"},
			nil},
		{"a round announced for a day and reported under way a week later is one round over those days (their month)",
			[]meetingFact{
				published(fact(t, "a1", ch, "2025-04-12", "country:oman", "planned", "talks"), date(t, "2025-04-05")),
				published(fact(t, "a2", ch, "2025-04-19", "venue:muscat", "held", "talks"), date(t, "2025-04-19")),
			}, nil,
			[]string{"meeting:iran-united-states-2025-04-muscat [a1 a2]"},
			nil},
		{"a round announced at the end of a month and under way in the next is dated to the year; its last day recalled joins it",
			[]meetingFact{
				published(fact(t, "a1", ch, "2025-06-29", "country:oman", "planned", "talks"), date(t, "2025-06-22")),
				published(fact(t, "a2", ch, "2025-07-06", "venue:muscat", "held", "talks"), date(t, "2025-07-06")),
				published(fact(t, "a3", ch, "2025-08-10", "venue:muscat", "held", "talks"), date(t, "2025-08-10")),
				published(fact(t, "a4", ch, "2025-07-09", "venue:muscat", "held", "talks"), date(t, "2025-07-23")),
			}, nil,
			[]string{"meeting:iran-united-states-2025-08-10-muscat [a3]", "meeting:iran-united-states-2025-muscat [a1 a2 a4]"},
			[]string{"2025-08-10-muscat -> 2025-muscat inferred"}},
		{"a channel meeting every week keeps the plan apart from the next held round",
			[]meetingFact{
				published(fact(t, "a1", ch, "2025-04-05", "venue:muscat", "held", "talks"), date(t, "2025-04-05")),
				published(fact(t, "a1", ch, "2025-04-12", "venue:muscat", "planned", "talks"), date(t, "2025-04-05")),
				published(fact(t, "a2", ch, "2025-04-19", "venue:muscat", "held", "talks"), date(t, "2025-04-19")),
			}, nil,
			[]string{
				"meeting:iran-united-states-2025-04-05-muscat [a1]",
				"meeting:iran-united-states-2025-04-12-muscat-planned [a1]",
				"meeting:iran-united-states-2025-04-19-muscat [a2]",
			},
			[]string{
				"2025-04-12-muscat-planned -> 2025-04-05-muscat inferred",
				"2025-04-19-muscat -> 2025-04-05-muscat inferred",
			}},
		{"an article telling a plan for later this month from the round held early in it keeps them apart",
			[]meetingFact{
				published(fact(t, "a1", ch, "2025-07", "venue:muscat", "planned", "talks"), date(t, "2025-07-20")),
				published(fact(t, "a1", ch, "2025-07", "", "held", "talks"), date(t, "2025-07-20")),
			}, nil,
			[]string{
				"meeting:iran-united-states-2025-07 [a1]",
				"meeting:iran-united-states-2025-07-muscat-planned [a1]",
			},
			[]string{"2025-07-muscat-planned -> 2025-07 inferred"}},
		{"an undated postponement puts off the plan announced last before it",
			[]meetingFact{
				published(fact(t, "a1", ch, "pub:2025", "venue:rome", "planned", "talks"), date(t, "2025-07-26")),
				published(fact(t, "a2", ch, "pub:2025", "", "postponed", "talks"), date(t, "2025-08-10")),
			}, nil,
			[]string{"meeting:iran-united-states-2025-rome-postponed [a1 a2]"},
			nil},
		{"a plan recalled after the held round is not put off into it",
			[]meetingFact{
				published(fact(t, "a1", ch, "2025-04-12", "venue:muscat", "planned", "talks"), date(t, "2025-04-25")),
				published(fact(t, "a2", ch, "2025-04-19", "venue:muscat", "held", "talks"), date(t, "2025-04-19")),
			}, nil,
			[]string{
				"meeting:iran-united-states-2025-04-12-muscat-planned [a1]",
				"meeting:iran-united-states-2025-04-19-muscat [a2]",
			},
			nil},
		{"an explicit previous round wins over inference",
			[]meetingFact{
				fact(t, "a1", ch, "2025-04-12", "venue:muscat", "held", "talks"),
				fact(t, "a1", ch, "2025-04-19", "venue:rome", "held", "talks"),
				fact(t, "a1", ch, "2025-05-11", "venue:muscat", "held", "talks"),
			}, map[int]string{2: "2025-04-12"},
			[]string{
				"meeting:iran-united-states-2025-04-12-muscat [a1]",
				"meeting:iran-united-states-2025-04-19-rome [a1]",
				"meeting:iran-united-states-2025-05-11-muscat [a1]",
			},
			[]string{
				"2025-04-19-rome -> 2025-04-12-muscat inferred",
				"2025-05-11-muscat -> 2025-04-12-muscat explicit",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i, d := range tt.after {
				tt.facts[i].editRare(func(r *factRare) { r.After = date(t, d) })
			}
			g := graphOf(t, tt.facts)
			rounds, _ := roundsOf(g)
			sort.Strings(rounds)
			if got, want := strings.Join(rounds, "\n"), strings.Join(tt.rounds, "\n"); got != want {
				t.Errorf("rounds:\n%s\nwant\n%s", got, want)
			}
			var chain []string
			for _, r := range g.Rels() {
				if r.Type == schema.RelPrecededBy {
					short := func(id string) string { return strings.TrimPrefix(id, "meeting:iran-united-states-") }
					chain = append(chain, short(r.Start)+" -> "+short(r.End)+" "+graph.StringProp(r.Props, "basis"))
				}
			}
			sort.Strings(chain)
			if got, want := strings.Join(chain, "\n"), strings.Join(tt.chain, "\n"); got != want {
				t.Errorf("chain:\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// roundCase is a set of meeting reports, the rounds they must make (as
// roundsOf writes them, sorted) and, when set, a merge reason one of the
// rounds must carry.
type roundCase struct {
	name   string
	facts  []meetingFact
	rounds []string
	reason string
}

// runRoundCases builds the graph of each case's reports and compares its
// rounds and merge reasons with the case's.
func runRoundCases(t *testing.T, tests []roundCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := graphOf(t, tt.facts)
			rounds, reasons := roundsOf(g)
			sort.Strings(rounds)
			if got, want := strings.Join(rounds, "\n"), strings.Join(tt.rounds, "\n"); got != want {
				t.Errorf("rounds:\n%s\nwant\n%s", got, want)
			}
			if tt.reason != "" && !strings.Contains(reasons, tt.reason) {
				t.Errorf("merge reasons %q lack %q", reasons, tt.reason)
			}
		})
	}
}

// roundsOf lists the graph's meetings as "id [sources of its BETWEEN]", in
// the graph's order, and their merge reasons, one per line.
func roundsOf(g *graph.Graph) (rounds []string, reasons string) {
	for _, n := range g.NodesByLabel(schema.LabelMeeting) {
		var srcs []string
		for _, r := range g.Rels() {
			if r.Type == schema.RelBetween && r.Start == n.ID {
				srcs = graph.StringsProp(r.Props, "sources")
				break
			}
		}
		rounds = append(rounds, n.ID+" ["+strings.Join(srcs, " ")+"]")
		reasons += strings.Join(graph.StringsProp(n.Props, "merge_reasons"), "\n") + "\n"
	}
	return rounds, reasons
}

// expectMeetingIDs compares the sorted ids of the graph's meetings with want.
func expectMeetingIDs(t *testing.T, g *graph.Graph, want []string) {
	t.Helper()
	var got []string
	for _, n := range g.NodesByLabel(schema.LabelMeeting) {
		got = append(got, n.ID)
	}
	sort.Strings(got)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rounds:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// graphOf builds the graph of meeting reports, one article per distinct
// fact.article, in order of first report.
func graphOf(t *testing.T, facts []meetingFact) *graph.Graph {
	t.Helper()
	b := newBuilder(testEntities())
	byArt := map[string]*contribution{}
	var order []string
	for _, f := range facts {
		c, ok := byArt[f.article]
		if !ok {
			c = &contribution{art: article.Article{ID: f.article, Source: f.article + ".txt", Published: f.published}}
			byArt[f.article] = c
			order = append(order, f.article)
		}
		c.meetings = append(c.meetings, f)
		for _, id := range append(append(append([]string{}, f.Parties...), f.Venue), f.Mediators...) {
			if k, ok := testEntities()(id); ok {
				c.entities = append(c.entities, &entities.Entity{ID: k.ID, Label: k.Label, Name: k.Name, NameAr: k.NameAr, Country: k.Country})
			}
		}
	}
	for _, a := range order {
		b.addArticle(byArt[a])
	}
	g, err := b.graph()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestRoundStatusOrdinalsAndInheritance checks the cross-article reading
// of a round: its latest status, its rank, and what it takes from its
// channel.
func TestRoundStatusOrdinalsAndInheritance(t *testing.T) {
	const ch = "country:iran+country:united-states"
	with := func(f meetingFact, pub, ordinal, format string, mediators ...string) meetingFact {
		if pub != "" {
			f.published = date(t, pub)
		}
		f.Ordinal, f.Mediators = ordinal, mediators
		if format != "" {
			f.Format = format
		}
		return f
	}
	tests := []struct {
		name  string
		facts []meetingFact
		want  []string // id status format mediators(inherited)
	}{
		{"planned, then postponed in a later article: one postponed round",
			[]meetingFact{
				with(fact(t, "a1", ch, "2024-03-10", "venue:muscat", "planned", "talks"), "2024-03-05", "", "indirect", "country:oman"),
				with(fact(t, "a2", ch, "2024-03-10", "venue:muscat", "postponed", "talks"), "2024-03-12", "", ""),
			},
			[]string{"meeting:iran-united-states-2024-03-10-muscat-postponed postponed indirect [country:oman]"}},
		{"an undated report of the sixth round joins the dated one; the fifth stays apart",
			[]meetingFact{
				with(fact(t, "a1", ch, "2025-06-15", "venue:muscat", "cancelled", "talks"), "2025-06-14", "سادسه", "indirect", "country:oman"),
				with(fact(t, "a2", ch, "pub:2025", "venue:muscat", "cancelled", "talks"), "2025-06-20", "سادسه", ""),
				with(fact(t, "a2", ch, "2025-06", "venue:muscat", "planned", "talks"), "2025-06-20", "خامسه", ""),
			},
			[]string{
				"meeting:iran-united-states-2025-06-15-muscat-cancelled cancelled indirect [country:oman]",
				"meeting:iran-united-states-2025-06-muscat-planned planned indirect [country:oman(inherited)]",
			}},
		{"a planned round takes its channel's mediator and format; a held round that says nothing takes them too; a direct one does not",
			[]meetingFact{
				with(fact(t, "a1", ch, "2024-01-10", "venue:muscat", "held", "talks"), "2024-01-11", "", "indirect", "country:oman"),
				with(fact(t, "a2", ch, "2024-02", "", "planned", "talks"), "2024-01-20", "", ""),
				with(fact(t, "a3", ch, "2024-04-02", "venue:muscat", "held", "talks"), "2024-04-03", "", ""),
				with(fact(t, "a4", ch, "2024-06-02", "venue:rome", "held", "talks"), "2024-06-03", "", "direct"),
			},
			[]string{
				"meeting:iran-united-states-2024-01-10-muscat held indirect [country:oman]",
				"meeting:iran-united-states-2024-02-planned planned indirect [country:oman(inherited)]",
				"meeting:iran-united-states-2024-04-02-muscat held indirect [country:oman(inherited)]",
				"meeting:iran-united-states-2024-06-02-rome held direct []",
			}},
	}
	brokered := func(f meetingFact) meetingFact { f.Brokered = true; return f }
	tests = append(tests, struct {
		name  string
		facts []meetingFact
		want  []string
	}{"what the channel states beats a guess; a brokered round with nothing stated reads as direct (mediation is no format)",
		[]meetingFact{
			with(fact(t, "a1", ch, "2024-01-10", "venue:muscat", "held", "talks"), "2024-01-11", "", "indirect", "country:oman"),
			brokered(with(fact(t, "a2", ch, "2024-04-02", "venue:muscat", "held", "talks"), "2024-04-03", "", "", "country:oman")),
			brokered(with(fact(t, "a3", "country:iran+country:oman", "2024-05-02", "venue:doha", "held", "talks"), "2024-05-03", "", "", "country:united-states")),
		},
		[]string{
			"meeting:iran-oman-2024-05-02 held direct [country:united-states]",
			"meeting:iran-united-states-2024-01-10-muscat held indirect [country:oman]",
			"meeting:iran-united-states-2024-04-02-muscat held indirect [country:oman]",
		}})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := graphOf(t, tt.facts)
			var got []string
			for _, n := range g.NodesByLabel(schema.LabelMeeting) {
				var meds []string
				for _, r := range g.Rels() {
					if r.Type == schema.RelMediatedBy && r.Start == n.ID {
						m := r.End
						if b, _ := r.Props["inherited"].(bool); b {
							m += "(inherited)"
						}
						meds = append(meds, m)
					}
				}
				sort.Strings(meds)
				got = append(got, n.ID+" "+graph.StringProp(n.Props, "status")+" "+graph.StringProp(n.Props, "format")+" ["+strings.Join(meds, " ")+"]")
			}
			sort.Strings(got)
			if g, w := strings.Join(got, "\n"), strings.Join(tt.want, "\n"); g != w {
				t.Errorf("got\n%s\nwant\n%s", g, w)
			}
		})
	}
}
