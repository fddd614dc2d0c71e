package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/negograph/negograph/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite the golden snapshots under testdata/golden")

// TestSnapshotGolden builds our examples and the seeds through the build
// command and compares graph.json byte for byte with the golden files: a
// change of structure (moving code between packages, sharing stages between
// commands) must not change a single byte of what users get. Our own
// articles are kept as whole snapshots; the seeds are third-party text, so
// only the SHA-256 of their snapshot is kept. After a deliberate change of
// the extractor, rerun with -update and review the diff.
func TestSnapshotGolden(t *testing.T) {
	tests := []struct {
		name   string
		corpus func(t *testing.T) string
		hashed bool
	}{
		{"examples-articles", func(*testing.T) string { return "../../examples/articles" }, false},
		{"examples-discourse", func(*testing.T) string { return "../../examples/discourse" }, false},
		{"examples-english", func(*testing.T) string { return "../../examples/english" }, false},
		{"seeds", func(t *testing.T) string { return filepath.Join(testenv.SharedDir(t), "corpus", "seeds") }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if out, errs, code := run(t, "build", "--out", dir, tt.corpus(t)); code != 0 {
				t.Fatalf("build: exit %d\n%s%s", code, out, errs)
			}
			got, err := os.ReadFile(filepath.Join(dir, "graph.json"))
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", tt.name+".graph.json")
			if tt.hashed {
				sum := sha256.Sum256(got)
				got = []byte(hex.EncodeToString(sum[:]) + "\n")
				golden = filepath.Join("testdata", "golden", tt.name+".graph.json.sha256")
			}
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestSnapshotGolden -update to write it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("snapshot of %s differs from %s (%d bytes, want %d); if the change is meant, rerun with -update and review the diff",
					tt.name, golden, len(got), len(want))
			}
		})
	}
}
