package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// TestStatementDate: the day of a statement whose speaker and setting stand
// between the verb of saying and the date, before the complementizer, dates
// the statement; the meeting spoken of keeps the date the article gave it.
func TestStatementDate(t *testing.T) {
	const round = "وعقدت جولة من المحادثات بين السعودية وإيران في الدوحة يوم 12 أبريل. "
	const held = "talks iran+saudi-arabia 2025-04-12@doha held/unknown med= part="
	pub, _ := article.ParseDate("2025-04-20")
	tests := []struct {
		name, text, day, date string
		want                  []string
	}{
		{"spokesman at his weekly briefing", round + "وقال المتحدث باسم الخارجية الإيرانية في مؤتمره الصحفي الأسبوعي يوم الاثنين إن الاجتماع كان مفيداً.", "يوم الاثنين", "2025-04-14",
			[]string{held}},
		{"the agency, with commas", round + "وقالت الوكالة، السبت، إن الاجتماع حضره مسؤولون من البلدين.", "السبت", "2025-04-19",
			[]string{held}},
		{"minister in a statement in the evening", round + "وأكد وزير الخارجية القطري في بيان مساء الجمعة أن اللقاء جرى في أجواء إيجابية.", "مساء الجمعة", "2025-04-18",
			[]string{held}},
		{"the meeting's own day after the verb", "وقال المتحدث إن اجتماعاً بين السعودية وإيران عقد في الدوحة يوم 12 أبريل.", "12 أبريل", "2025-04-12",
			[]string{held}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := entities.NewRecognizer(testKnown())
			x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
			days := map[string]string{"12 أبريل": "2025-04-12", tt.day: tt.date}
			expectMeetings(t, x, r, tt.text, pub, days, tt.want...)
		})
	}
}
