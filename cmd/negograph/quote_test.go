package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestBuildQuotesHostileNames builds a folder holding files whose names
// carry a newline and terminal escapes: the lines naming them are quoted
// and hold nothing a terminal would act on.
func TestBuildQuotesHostileNames(t *testing.T) {
	dir := t.TempDir()
	prose := []byte("استضافت العاصمة العمانية مسقط يوم السبت جولة جديدة من المحادثات غير المباشرة بين إيران والولايات المتحدة.\n")
	files := map[string][]byte{
		"good.txt":                          prose,
		"evil\n2025-01-01 INFO fake.txt":    []byte("%PDF-1.7 binary"),
		"\x1b[2J\x1b]0;pwned\a\x1b[31m.txt": []byte("%PDF-1.7 binary"),
		"empty\x1b[1m.jsonl":                nil,
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errs, code := run(t, "build", "--out", filepath.Join(t.TempDir(), "out\x1b[7m"), dir)
	if code != 1 {
		t.Fatalf("status %d\n%s%s", code, out, errs)
	}
	for _, line := range strings.Split(out+errs, "\n") {
		if strings.ContainsFunc(line, func(r rune) bool { return !unicode.IsPrint(r) && r != '\t' }) {
			t.Errorf("raw control characters in %q", line)
		}
	}
	for _, want := range []string{`/evil\n2025-01-01 INFO fake.txt":`, `/\x1b[2J\x1b]0;pwned\a\x1b[31m.txt":`, `/empty\x1b[1m.jsonl": no article text`, `out\x1b[7m/graph.json"`} {
		if !strings.Contains(out+errs, want) {
			t.Errorf("output does not name %s:\n%s%s", want, out, errs)
		}
	}
}
