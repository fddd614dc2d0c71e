package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestDiffCommand compares two snapshots.
func TestDiffCommand(t *testing.T) {
	snap := buildExamples(t)
	dir := t.TempDir()
	filtered := filepath.Join(dir, "f.json")
	if o, errs, code := run(t, "export", "--format", "json", "--out", filtered, "--from", snap, "--labels", "Meeting,Country"); code != 0 {
		t.Fatalf("export: %s%s", o, errs)
	}
	out, errs, code := run(t, "diff", snap, filtered)
	if code != 0 {
		t.Fatalf("diff: %d %s", code, errs)
	}
	if !strings.Contains(out, "removed") || !strings.Contains(out, "- node person:abbas-araghchi (Person Abbas Araghchi)") {
		t.Errorf("diff output:\n%.2000s", out)
	}
	out, _, _ = run(t, "diff", snap, snap)
	if !strings.HasPrefix(out, "nodes: 0 added, 0 removed, 0 changed; relationships: 0 added, 0 removed, 0 changed") {
		t.Errorf("self diff: %s", out)
	}
}
