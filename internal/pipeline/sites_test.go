package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/negograph/negograph/schema"
)

// TestSitesAreMentionedVenues: a building an article puts the talks in
// ("في قصر الضيافة") is a Venue node the article MENTIONS, located in its
// country, while the meeting's venue stays the town.
func TestSitesAreMentionedVenues(t *testing.T) {
	dir := t.TempDir()
	text := "عمّان – عقد وفدا إيران والولايات المتحدة الأحد 12 نيسان/أبريل 2025 جولة محادثات غير مباشرة في العاصمة الأردنية عمّان.\n\n" +
		"وعقدت الجلسة في قصر الضيافة بالعاصمة الأردنية، بحضور وسطاء أردنيين.\n"
	if err := os.WriteFile(filepath.Join(dir, "site.txt"), []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	g := build(t, dir).Graph
	site := g.Node("venue:قصر-الضيافه")
	if site == nil || site.Label() != schema.LabelVenue {
		var venues []string
		for _, n := range g.NodesByLabel(schema.LabelVenue) {
			venues = append(venues, n.ID)
		}
		t.Fatalf("no Venue node for the building; venues: %v", venues)
	}
	mentioned, heldInTown := false, false
	for _, r := range g.Rels() {
		switch {
		case r.Type == schema.RelMentions && r.End == site.ID:
			mentioned = true
		case r.Type == schema.RelHeldIn && r.End == site.ID:
			t.Errorf("meeting %s is HELD_IN the building, want its town", r.Start)
		case r.Type == schema.RelHeldIn && r.End == "venue:amman":
			heldInTown = true
		}
	}
	if !mentioned {
		t.Error("no article MENTIONS the building")
	}
	if !heldInTown {
		t.Error("the meeting is not HELD_IN Amman")
	}
}
