package gazetteer

import (
	"context"
	"slices"
	"testing"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/entities"
)

// TestShippedCities: the main cities of the region are places of the
// shipped gazetteer, with their country; a city's name that is also a
// common word counts only where a place is expected.
func TestShippedCities(t *testing.T) {
	g, err := Default(context.Background())
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	r := entities.NewRecognizer(g.Known())
	tests := []struct {
		text string
		want []string // id of each Venue mention, in order
	}{
		{"وتجددت الاشتباكات في الفاشر ونيالا وفي الأبيض.", []string{"venue:el-fasher", "venue:nyala", "venue:el-obeid"}},
		{"وسقطت مسيّرات على خاركيف وأوديسا ليلا.", []string{"venue:kharkiv", "venue:odesa"}},
		{"وعقد الاجتماع في مدينة كنجة الأذربيجانية.", []string{"venue:ganja"}},
		{"ووصل الوفد إلى ميكيلي قادما من بحر دار.", []string{"venue:mekelle", "venue:bahir-dar"}},
		{"وأقيمت المباراة على ملعب في الخور.", []string{"venue:al-khor"}},
		{"وحضر لفيف من المسؤولين الحفل.", nil},
		{"وأكد الخبر مصدر مطلع.", nil},
		{"ونقل مراسلنا في لفيف أن الانفجارات هزت المدينة.", []string{"venue:lviv"}},
	}
	for _, tt := range tests {
		res := r.Recognize(tt.text, arabic.Tokens(tt.text))
		var got []string
		for _, m := range res.Mentions {
			if m.Label == TypeVenue {
				got = append(got, m.EntityID)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.text, got, tt.want)
		}
	}
	for id, country := range map[string]string{"venue:el-fasher": "country:sudan", "venue:kharkiv": "country:ukraine", "venue:al-khor": "country:qatar", "venue:sevastopol": ""} {
		k, ok := r.Entry(id)
		if !ok || k.Country != country {
			t.Errorf("%s: entry %+v, want country %q", id, k, country)
		}
	}
}
