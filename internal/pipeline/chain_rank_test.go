package pipeline

import (
	"testing"

	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// TestChainByRank: rounds dated alike (the same year) follow their ranks
// ("the third round" after "the second"); ranks do not reorder rounds whose
// dates tell them apart.
func TestChainByRank(t *testing.T) {
	day := func(s string) article.Date { d, _ := article.ParseDate(s); return d }
	mk := func(id, date, status string, ordinals ...string) *round {
		return &round{id: id, kind: "talks", parties: []string{"a", "b"}, status: status, date: day(date), ordinals: ordinals}
	}
	held, planned := meetings.StatusHeld, meetings.StatusPlanned
	tests := []struct {
		name  string
		ch    []*round
		check int // index of the round whose previous is asked
		want  string
	}{
		{"same year, third after second", []*round{mk("r2", "2023", held, "ثانيه"), mk("r3", "2023", held, "ثالثه")}, 1, "r2"},
		{"same year, second has none before", []*round{mk("r2", "2023", held, "ثانيه"), mk("r3", "2023", held, "ثالثه")}, 0, ""},
		{"the next one points to the highest rank", []*round{mk("r2", "2023", held, "ثانيه"), mk("r3", "2023", held, "ثالثه"), mk("p", "2023", planned)}, 2, "r3"},
		{"dates tell them apart", []*round{mk("r1", "2023-05", held, "ثالثه"), mk("r2", "2023-06", held, "ثانيه")}, 1, "r1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev, _ := previous(tt.ch[tt.check], tt.ch)
			got := ""
			if prev != nil {
				got = prev.id
			}
			if got != tt.want {
				t.Errorf("previous = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestChainOfRoundsThatTookPlace: a postponed or cancelled round is no
// link of its channel's chain — the held round it would follow is recorded
// on the meeting ("follows") — while a planned round points to the last
// held round.
func TestChainOfRoundsThatTookPlace(t *testing.T) {
	const ch = "country:iran+country:united-states"
	tests := []struct {
		status  string
		edge    bool
		follows string
	}{
		{meetings.StatusPlanned, true, ""},
		{meetings.StatusPostponed, false, "meeting:iran-united-states-2025-04-12-muscat"},
		{meetings.StatusCancelled, false, "meeting:iran-united-states-2025-04-12-muscat"},
	}
	for _, tt := range tests {
		t.Run(tt.status, func(t *testing.T) {
			g := graphOf(t, []meetingFact{
				fact(t, "a1", ch, "2025-04-12", "venue:muscat", "held", "talks"),
				fact(t, "a2", ch, "2025-05-03", "venue:rome", tt.status, "talks"),
			})
			id := "meeting:iran-united-states-2025-05-03-rome-" + tt.status
			n := g.Node(id)
			if n == nil {
				t.Fatalf("no meeting %s", id)
			}
			edge := false
			for _, r := range g.Rels() {
				if r.Type == schema.RelPrecededBy && r.Start == id {
					edge = true
				}
			}
			if edge != tt.edge {
				t.Errorf("PRECEDED_BY from the %s round: %v, want %v", tt.status, edge, tt.edge)
			}
			if got := graph.StringProp(n.Props, "follows"); got != tt.follows {
				t.Errorf("follows = %q, want %q", got, tt.follows)
			}
			if tt.follows != "" && graph.StringProp(n.Props, "follows_reason") == "" {
				t.Error("no follows_reason")
			}
		})
	}
}
