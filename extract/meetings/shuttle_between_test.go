package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// TestShuttleBetweenMediates: the one who moves between the sides, named
// before "التنقل بين" or between "يتنقل" and "بين", mediates the round and
// makes it indirect; a delegation that moves between cities does not.
func TestShuttleBetweenMediates(t *testing.T) {
	tests := []struct {
		name, text string
		dates      map[string]string
		want       []string
	}{
		{"the subject before the verbal noun",
			"وعقدت في الدوحة يوم 12 أبريل جولة محادثات بين إيران والولايات المتحدة، وواصل خلالها الوزير بدر البوسعيدي التنقل بين الوفدين.",
			map[string]string{"يوم 12 أبريل": "2025-04-12"},
			[]string{"talks iran+united-states 2025-04-12@doha held/indirect med=oman part=badr-albusaidi/mediator"}},
		{"the subject after the verb",
			"وعقدت في مسقط يوم 12 أبريل محادثات بين إيران والولايات المتحدة، ويتنقل وزير الخارجية العماني بدر البوسعيدي بين الوفد الإيراني والوفد الأمريكي.",
			map[string]string{"يوم 12 أبريل": "2025-04-12"},
			[]string{"talks iran+united-states 2025-04-12@muscat held/indirect med=oman part=badr-albusaidi/mediator"}},
		{"a country's envoys",
			"وجرت في القاهرة يوم 12 أبريل محادثات بين إسرائيل وحركة حماس، وتنقل مسؤولون من مصر بين الطرفين طوال اليوم.",
			map[string]string{"يوم 12 أبريل": "2025-04-12"},
			[]string{"talks israel+hamas 2025-04-12@cairo held/indirect med=egypt part="}},
	}
	pub, _ := article.ParseDate("2025-04-20")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := entities.NewRecognizer(testKnown())
			x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
			expectMeetings(t, x, r, tt.text, pub, tt.dates, tt.want...)
		})
	}
}
