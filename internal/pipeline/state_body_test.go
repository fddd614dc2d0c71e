package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/negograph/negograph/schema"
)

// TestStateBodyNamesItsState: talks "with" the other side announced by a
// state's ministry ("أعلن المتحدث باسم الخارجية الإيرانية أن الجولة … مع
// الولايات المتحدة") are a meeting of that state too, although the article
// names it only through its ministry.
func TestStateBodyNamesItsState(t *testing.T) {
	dir := t.TempDir()
	text := "طهران - أعلن المتحدث باسم الخارجية الإيرانية أن الجولة الخامسة من المحادثات مع الولايات المتحدة ستعقد في روما يوم الجمعة المقبل.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := `[{"file": "a.txt", "language": "ar", "published": "2025-05-11"}]`
	if err := os.WriteFile(filepath.Join(dir, "manifest.json"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	g := build(t, dir).Graph
	var got []string
	for _, n := range g.NodesByLabel(schema.LabelMeeting) {
		got = append(got, n.ID)
	}
	if len(got) != 1 || got[0] != "meeting:iran-united-states-2025-05-16-rome-planned" {
		t.Errorf("meetings %v, want the planned Rome round of Iran and the United States", got)
	}
}

// TestRegionGovernmentNamesItsState: talks of "the federal government" with
// a region's government ("حكومة إقليم كردستان") are a meeting of the
// region's state too, although the article names it only through the
// region.
func TestRegionGovernmentNamesItsState(t *testing.T) {
	dir := t.TempDir()
	text := "بغداد - توصل وفدا الحكومة الاتحادية وحكومة إقليم كردستان، في اجتماع عقداه أمس الاثنين في بغداد، إلى تفاهم أولي.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := `[{"file": "a.txt", "language": "ar", "published": "2025-07-22"}]`
	if err := os.WriteFile(filepath.Join(dir, "manifest.json"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	g := build(t, dir).Graph
	var got []string
	for _, n := range g.NodesByLabel(schema.LabelMeeting) {
		got = append(got, n.ID)
	}
	if len(got) != 1 || got[0] != "meeting:iraq-krg-2025-07-21-baghdad" {
		t.Errorf("meetings %v, want the Baghdad meeting of Iraq and the KRG", got)
	}
}
