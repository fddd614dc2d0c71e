package pipeline

import (
	"testing"

	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
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
