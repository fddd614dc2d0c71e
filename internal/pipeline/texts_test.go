package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/negograph/negograph/graph"
)

// dated is an Arabic article's text and publication date for buildTexts.
type dated struct{ text, published string }

// buildTexts writes the articles (file name → text and date) with their
// manifest into a temporary folder and builds its graph.
func buildTexts(t *testing.T, articles map[string]dated) *graph.Graph {
	t.Helper()
	dir := t.TempDir()
	manifest := "["
	for name, a := range articles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(a.text+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if manifest != "[" {
			manifest += ","
		}
		manifest += `{"file": "` + name + `", "language": "ar", "published": "` + a.published + `"}`
	}
	if err := os.WriteFile(filepath.Join(dir, "manifest.json"), []byte(manifest+"]"), 0o644); err != nil {
		t.Fatal(err)
	}
	return build(t, dir).Graph
}
