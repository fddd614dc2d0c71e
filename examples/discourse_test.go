package examples_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/negograph/negograph/internal/eval"
)

// discourseDir holds the articles written for the failure classes of the
// meeting layer (issue 14), with their gold and manifest.
const discourseDir = "discourse"

// minDiscourseHeadline is the headline measured on examples/discourse (0.707
// when the set was written, 0.822 once the meeting extractor read
// discourse, 0.887 with datelines, spans and separate sessions, 0.896 with
// slipped rounds, places learnt across articles and attendance, d30-d33
// added, 0.912 with naming appositions and seats past brackets, 0.955 with
// towns, buildings and capitals read as places; 0.960 with d34-d35 (two
// blind articles on a new channel) and, apart, with d40-d42 and people,
// sides and mediators read from their titles; 0.964 with both; 0.965 with
// d43-d45, three blind articles whose sides are armed groups and
// alliances no gazetteer lists; 0.975 later; 0.973 with d64-d72, nine
// blind articles on the US-Iran, Saudi and Gaza/Russia-Ukraine channels),
// less about 0.01: a change of the extractor that scores below it has made
// the meeting layer worse on these articles.
const minDiscourseHeadline = 0.965

// TestDiscourseScore builds examples/discourse and scores it against its gold.
func TestDiscourseScore(t *testing.T) {
	r, report, warnings := buildAndScore(t, filepath.Join(discourseDir, "gold.json"), discourseDir)
	if len(warnings) != 0 {
		t.Errorf("discourse manifest warnings: %v", warnings)
	}
	t.Logf("examples/discourse headline %.3f (minimum %.3f)\n%s", r.Headline, minDiscourseHeadline, report)
	if r.Headline < minDiscourseHeadline {
		t.Errorf("examples/discourse headline %.3f is below %.3f", r.Headline, minDiscourseHeadline)
	}
	for _, e := range r.Coref.Errors {
		if wholeRounds[e.Gold] {
			t.Errorf("%s: %s of %s (%s)", e.Article, e.Kind, e.Gold, e.Detail)
		}
	}
}

// wholeRounds are gold rounds whose reports across articles must make one
// meeting with no coreference error: the border committee round planned in
// one city, postponed and moved, then held over four days in another.
var wholeRounds = map[string]bool{
	"th-kh-gbc-2025-08-kualalumpur": true,
	"th-kh-2025-07-28-kualalumpur":  true,
}

type discourseManifestEntry struct {
	File      string `json:"file"`
	Published string `json:"published"`
}

var isoPrefix = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// TestDiscourseFilesAndManifest checks that the gold names only articles that
// exist, that the manifest lists every article exactly once with a valid
// date, that every article is annotated, and that the README (which
// negograph reads as an article too) holds no Arabic.
func TestDiscourseFilesAndManifest(t *testing.T) {
	articles, err := filepath.Glob(filepath.Join(discourseDir, "d*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(articles) < 20 {
		t.Fatalf("found %d discourse articles, want at least 20", len(articles))
	}
	onDisk := map[string]bool{}
	for _, a := range articles {
		onDisk[filepath.Base(a)] = true
	}

	gold, err := eval.LoadGold(filepath.Join(discourseDir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	inGold := map[string]bool{}
	check := func(what string, files []string) {
		if len(files) == 0 {
			t.Errorf("gold %s lists no file", what)
		}
		for _, f := range files {
			inGold[f] = true
			if !onDisk[f] {
				t.Errorf("gold %s names %q, which is not an article of examples/discourse", what, f)
			}
		}
	}
	for _, e := range gold.Entities {
		check("entity "+e.Name, e.Files)
	}
	for _, m := range gold.Meetings {
		check("meeting "+m.Key, m.Files)
	}

	data, err := os.ReadFile(filepath.Join(discourseDir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var manifest []discourseManifestEntry
	if err := json.Unmarshal(data, &manifest); err != nil {
		t.Fatalf("manifest.json: %v", err)
	}
	listed := map[string]bool{}
	for _, e := range manifest {
		if listed[e.File] {
			t.Errorf("manifest lists %q twice", e.File)
		}
		listed[e.File] = true
		if !onDisk[e.File] {
			t.Errorf("manifest lists %q, which is not an article of examples/discourse", e.File)
		}
		if !isoPrefix.MatchString(e.Published) {
			t.Errorf("manifest: %s published %q, want YYYY-MM or YYYY-MM-DD", e.File, e.Published)
		}
	}
	var names []string
	for f := range onDisk {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, f := range names {
		if !listed[f] {
			t.Errorf("manifest does not list %s", f)
		}
		if !inGold[f] {
			t.Errorf("gold annotates nothing in %s", f)
		}
	}

	readme, err := os.ReadFile(filepath.Join(discourseDir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range string(readme) {
		if unicode.Is(unicode.Arabic, r) {
			t.Fatalf("README.md contains Arabic (%q): it is read as an article and must add nothing to the graph", r)
		}
	}
	for _, f := range names {
		if !strings.Contains(string(readme), f) {
			t.Errorf("README.md has no row for %s", f)
		}
	}
}
