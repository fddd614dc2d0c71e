package testenv

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// maxGoFileLines is the most lines a non-test Go file of the module may
// have: past it, split the file by job into files named for what they hold.
const maxGoFileLines = 600

// longGoFilesAllowed lists the non-test Go files (slash paths from the
// repository root) that may still exceed maxGoFileLines, each with the
// reason. Keep it empty: an entry is a debt, not a licence.
var longGoFilesAllowed = map[string]string{}

// TestNoLongGoFiles guards the rule that no non-test Go file of the module
// is over maxGoFileLines lines, so that a newcomer finds any piece by its
// folder and file name. It walks the repository from go.mod's folder,
// skipping .git, testdata folders and the Neo4j build output
// (tools/neo4j/target).
func TestNoLongGoFiles(t *testing.T) {
	root, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	var long []string
	seen := map[string]bool{}
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if d.Name() == ".git" || d.Name() == "testdata" || rel == "tools/neo4j/target" {
				return fs.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(rel, ".go") || strings.HasSuffix(rel, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		n := bytes.Count(data, []byte("\n"))
		if len(data) > 0 && data[len(data)-1] != '\n' {
			n++ // a last line without its line end
		}
		if n <= maxGoFileLines {
			return nil
		}
		if _, ok := longGoFilesAllowed[rel]; ok {
			seen[rel] = true
			return nil
		}
		long = append(long, fmt.Sprintf("%s: %d lines", rel, n))
		return nil
	})
	if err != nil {
		t.Fatalf("walk %s: %v", root, err)
	}
	if len(long) > 0 {
		t.Errorf("%d non-test Go file(s) over %d lines; split each by job into files named for what they hold:\n  %s",
			len(long), maxGoFileLines, strings.Join(long, "\n  "))
	}
	for _, rel := range slices.Sorted(maps.Keys(longGoFilesAllowed)) {
		if !seen[rel] {
			t.Errorf("%s is in longGoFilesAllowed (%s) but is no longer over %d lines or is gone: remove its entry",
				rel, longGoFilesAllowed[rel], maxGoFileLines)
		}
	}
}
