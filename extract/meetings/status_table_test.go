package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// TestOneTableAndSupervision: sides at one table met directly (not at one
// table, indirectly), also when a sentence of its own says so of the round
// being reported, and a state
// that supervises the talks (بإشراف) sponsors them.
func TestOneTableAndSupervision(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"one table", "وجلس وفدا إيران والولايات المتحدة يوم 14 أبريل في الدوحة إلى طاولة واحدة في جولة محادثات بوساطة قطرية.",
			[]string{"talks iran+united-states 2025-04-14@doha held/direct med=qatar part="}},
		{"not at one table", "ولم يجلس وفدا إيران والولايات المتحدة يوم 14 أبريل في الدوحة إلى طاولة واحدة في جولة المحادثات بوساطة قطرية.",
			[]string{"talks iran+united-states 2025-04-14@doha held/indirect med=qatar part="}},
		{"one table, told in a sentence of its own", "وعقدت في الدوحة يوم 14 أبريل جولة محادثات بين إيران والولايات المتحدة بوساطة قطرية. وجلس الوفدان إلى طاولة واحدة بحضور وزير الخارجية القطري.",
			[]string{"talks iran+united-states 2025-04-14@doha held/direct med=qatar part="}},
		{"under supervision", "وعقدت في الدوحة يوم 14 أبريل جولة محادثات بين إيران والولايات المتحدة بإشراف قطري.",
			[]string{"talks iran+united-states 2025-04-14@doha held/unknown med=qatar part="}},
	}
	pub, _ := article.ParseDate("2025-04-20")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := entities.NewRecognizer(testKnown())
			x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
			expectMeetings(t, x, r, tt.text, pub, map[string]string{"14 أبريل": "2025-04-14"}, tt.want...)
		})
	}
}
