package pipeline

import (
	"slices"
	"testing"

	"github.com/negograph/negograph/schema"
)

// TestUNMissionMediates: a UN mission named in full ("بعثة الأمم المتحدة
// للدعم في ليبيا") is the gazetteer's mission, the mediator, and the
// country in its name neither mediates nor sides.
func TestUNMissionMediates(t *testing.T) {
	g := buildTexts(t, map[string]dated{"a.txt": {"جرت أمس في الرباط جولة من المشاورات بين الحكومة الليبية والمعارضة بوساطة بعثة الأمم المتحدة للدعم في ليبيا.", "2025-02-24"}})
	var med []string
	for _, r := range g.Rels() {
		if r.Type == schema.RelMediatedBy {
			med = append(med, r.End)
		}
	}
	if !slices.Equal(med, []string{"org:unsmil"}) {
		t.Errorf("mediators %v, want the mission alone", med)
	}
}
