package bench

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/entities"
)

// TestGrepScanCountsEveryNameOccurrence: the reference scan looks for every
// name and alias as fixed bytes and counts each occurrence, whatever the
// script, in every file under the folders given.
func TestGrepScanCountsEveryNameOccurrence(t *testing.T) {
	known := []entities.Known{
		{ID: "country:aa", Name: "Aland", NameAr: "آلاند", Aliases: []string{"ألاند"}},
		{ID: "city:bb", Name: "Borovia", NameAr: "بوروفيا"},
		{ID: "city:cc", Name: "Borovia", NameAr: ""}, // a name twice is one pattern
	}
	dir := t.TempDir()
	names := filepath.Join(dir, "names.txt")
	n, err := NamesFile(names, known)
	if err != nil {
		t.Fatal(err)
	}
	if n != 5 {
		t.Fatalf("NamesFile wrote %d names, want 5", n)
	}
	corpus := filepath.Join(dir, "corpus")
	files := map[string]string{
		"a/one.txt":  "وصل وفد آلاند إلى بوروفيا، ثم عاد وفد ألاند.\n",
		"a/two.txt":  "The Aland envoy met Borovia's minister.\nNothing here.\n",
		"b/none.txt": "لا اسم هنا.\n",
	}
	for name, text := range files {
		p := filepath.Join(corpus, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		paths []string
		want  int
	}{
		{[]string{corpus}, 5},
		{[]string{filepath.Join(corpus, "a")}, 5},
		{[]string{filepath.Join(corpus, "b")}, 0},
		{[]string{filepath.Join(corpus, "a", "two.txt")}, 2},
	} {
		sc, err := GrepScan(context.Background(), names, tc.paths)
		if tc.want == 0 {
			// grep exits 1 when nothing matches: that is an error here,
			// since a corpus without a name is not a corpus to measure.
			if err == nil {
				t.Errorf("%v: no match and no error", tc.paths)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if sc.Matches != tc.want || sc.Names != 5 || sc.Seconds <= 0 {
			t.Errorf("%v: %+v, want %d matches of 5 names", tc.paths, sc, tc.want)
		}
	}
}

// TestBuildProcessMeasuresTheChild runs a stand-in for negograph that
// checks its arguments and writes a snapshot: the run is timed, its
// memory and CPU come from the child, and the snapshot's size is read.
func TestBuildProcessMeasuresTheChild(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "fake-negograph")
	script := `#!/bin/sh
[ "$1 $2" = "build --out" ] && [ "$4 $5" = "--workers 3" ] && [ "$6" = "--neo4j-uri" ] && [ -z "$7" ] || { echo "bad arguments: $*" >&2; exit 2; }
mkdir -p "$3" && printf '{"nodes": []}' > "$3/graph.json"
`
	if err := os.WriteFile(exe, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	r, err := BuildProcess(context.Background(), exe, out, 3, []string{"corpus-a", "corpus-b"})
	if err != nil {
		t.Fatal(err)
	}
	if r.SnapshotBytes != int64(len(`{"nodes": []}`)) || r.PeakRSSMB <= 0 || r.Seconds <= 0 {
		t.Errorf("run %+v", r)
	}
	_, err = BuildProcess(context.Background(), exe, out, 1, nil)
	if err == nil || !strings.Contains(err.Error(), "bad arguments") {
		t.Errorf("a failing build: error %v, want the child's message", err)
	}
}
