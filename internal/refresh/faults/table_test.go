package faults

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestReliabilityTable checks README.md's Reliability table: every row
// names at least one test, and every test named exists (a top-level
// func TestX, and for TestX/Sub a t.Run("Sub" in the same file).
func TestReliabilityTable(t *testing.T) {
	data, err := os.ReadFile("../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	start := strings.Index(readme, "\n## Reliability\n")
	if start < 0 {
		t.Fatal("README.md has no \"## Reliability\" section")
	}
	section := readme[start+1:]
	if end := strings.Index(section[3:], "\n## "); end >= 0 {
		section = section[:end+3]
	}
	// Every test file of the repository, by test function.
	files := map[string]string{} // "TestX" → file text
	err = filepath.WalkDir("../../..", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "tools" || d.Name() == ".neo4j") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range regexp.MustCompile(`(?m)^func (Test\w+)\(`).FindAllStringSubmatch(string(src), -1) {
			files[m[1]] = string(src)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	named := regexp.MustCompile("`(Test[\\w/]+)`")
	rows := 0
	for _, line := range strings.Split(section, "\n") {
		if !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| Fault ") {
			continue
		}
		rows++
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		if len(cells) != 4 {
			t.Errorf("row with %d cells, want 4 (fault, what happens, what you do, test): %s", len(cells), line)
			continue
		}
		tests := named.FindAllStringSubmatch(cells[3], -1)
		if len(tests) == 0 {
			t.Errorf("row %q names no test", cells[0])
		}
		for _, m := range tests {
			parts := strings.Split(m[1], "/")
			src, ok := files[parts[0]]
			if !ok {
				t.Errorf("row %q: no func %s in any _test.go file", cells[0], parts[0])
				continue
			}
			for _, sub := range parts[1:] {
				if !strings.Contains(src, `t.Run("`+sub+`"`) {
					t.Errorf("row %q: %s has no subtest %q", cells[0], parts[0], sub)
				}
			}
		}
	}
	if rows < 5 {
		t.Fatalf("the Reliability table has %d rows", rows)
	}
}
