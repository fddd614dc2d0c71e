package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// TestDualRounds: a dual meeting noun with two dates joined by و tells two
// rounds, one at each date; the round the sentence names before is not
// given their date.
func TestDualRounds(t *testing.T) {
	r := entities.NewRecognizer(testKnown())
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-05-28")
	for _, tt := range []struct {
		name, text string
		dates      map[string]string
		want       []string
	}{
		{"two previous rounds in two months",
			"وعقدت مصر والسعودية في 27 مايو جولة في القاهرة. وتعد هذه الجولة الثالثة منذ مطلع العام، إذ عقدت الجولتان السابقتان في القاهرة في يناير ومارس.",
			map[string]string{"27 مايو": "2025-05-27", "يناير": "2025-01", "ومارس": "2025-03"},
			[]string{"talks egypt+saudi-arabia 2025-05-27@cairo held/unknown med= part=",
				"talks egypt+saudi-arabia 2025-01@cairo held/unknown med= part=",
				"talks egypt+saudi-arabia 2025-03@cairo held/unknown med= part="}},
		{"a dual noun with one date is one mention",
			"وعقدت مصر والسعودية في 27 مايو جولة في القاهرة بعد اجتماعين في يناير.",
			map[string]string{"27 مايو": "2025-05-27", "يناير": "2025-01"},
			[]string{"talks egypt+saudi-arabia 2025-05-27@cairo held/unknown med= part=",
				"talks egypt+saudi-arabia 2025-01@ held/unknown med= part="}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			expectMeetings(t, x, r, tt.text, pub, tt.dates, tt.want...)
		})
	}
}
