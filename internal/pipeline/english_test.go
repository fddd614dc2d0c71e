package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/negograph/negograph/schema"
)

// TestEnglishAndArabicReportsMakeOneMeeting builds an Arabic and an English
// report (invented) of the same round: one Meeting node, both articles its
// sources, with the venue, the mediator and the format of both.
func TestEnglishAndArabicReportsMakeOneMeeting(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"ar.txt": "عقدت محادثات غير مباشرة بين الولايات المتحدة وإيران في مسقط يوم 12 أبريل 2025 بوساطة عمانية.\n",
		"en.txt": "Iranian and American negotiators held indirect talks in the Omani capital Muscat on Saturday, mediated by Oman.\n",
		"manifest.json": `[{"file": "ar.txt", "language": "ar", "published": "2025-04-13"},
 {"file": "en.txt", "language": "en", "published": "2025-04-13"}]`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := build(t, dir)
	ms := res.Graph.NodesByLabel(schema.LabelMeeting)
	if len(ms) != 1 {
		for _, m := range ms {
			t.Logf("%s %v", m.ID, m.Props)
		}
		t.Fatalf("%d Meeting nodes, want 1", len(ms))
	}
	m := ms[0]
	if srcs, _ := m.Props["sources"].([]string); len(srcs) != 2 {
		t.Errorf("sources %v, want both articles", m.Props["sources"])
	}
	if m.Props["date"] != "2025-04-12" || m.Props["format"] != "indirect" {
		t.Errorf("meeting %s %v", m.ID, m.Props)
	}
	rels := map[string]string{}
	for _, r := range res.Graph.Rels() {
		if r.Start == m.ID {
			rels[r.Type+" "+r.End] = r.End
		}
	}
	for _, want := range []string{"HELD_IN venue:muscat", "MEDIATED_BY country:oman"} {
		if _, ok := rels[want]; !ok {
			t.Errorf("no %s; relationships %v", want, rels)
		}
	}
}
