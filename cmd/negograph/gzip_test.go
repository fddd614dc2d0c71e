package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/negograph/negograph/graph"
)

// TestBuildGzip: build --gzip writes OUT/graph.json.gz (gzip-compressed,
// the same graph as the plain snapshot) and removes the graph.json an
// earlier build left; explain finds it without --snapshot and export reads
// it with --from; a later plain build removes the .gz in turn, so no stale
// snapshot stays; NEGOGRAPH_SNAPSHOT_GZIP (snapshot.gzip) asks the same.
func TestBuildGzip(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	text := "عقدت الولايات المتحدة وإيران جولة محادثات غير مباشرة في مسقط يوم 12 أبريل 2025 بوساطة عمانية.\n"
	if err := os.WriteFile(filepath.Join(in, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	plain, gz := filepath.Join(out, SnapshotFile), filepath.Join(out, SnapshotGzipFile)

	if _, errs, code := run(t, "build", in, "--out", out); code != 0 {
		t.Fatalf("build: %d %s", code, errs)
	}
	want, err := graph.ReadSnapshotFile(plain)
	if err != nil {
		t.Fatal(err)
	}
	if _, errs, code := run(t, "build", in, "--out", out, "--gzip"); code != 0 {
		t.Fatalf("build --gzip: %d %s", code, errs)
	}
	raw, err := os.ReadFile(gz)
	if err != nil || !bytes.HasPrefix(raw, []byte{0x1f, 0x8b}) {
		t.Fatalf("graph.json.gz: %v, not gzip (%d bytes)", err, len(raw))
	}
	if fileExists(plain) {
		t.Error("the earlier graph.json is still there beside graph.json.gz")
	}
	got, err := graph.ReadSnapshotFile(gz)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := want.EncodeJSON(&a); err != nil {
		t.Fatal(err)
	}
	if err := got.EncodeJSON(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the gzip snapshot does not hold the same graph as the plain one")
	}
	if o, errs, code := run(t, "explain", "country:oman", "--out", out); code != 0 || !strings.Contains(o, "country:oman") {
		t.Errorf("explain without --snapshot: %d %s%s", code, o, errs)
	}
	exported := filepath.Join(dir, "copy.json")
	if _, errs, code := run(t, "export", "--format", "json", "--from", gz, "--out", exported); code != 0 || !fileExists(exported) {
		t.Errorf("export --from graph.json.gz: %d %s", code, errs)
	}
	if _, errs, code := run(t, "build", in, "--out", out); code != 0 {
		t.Fatalf("build: %d %s", code, errs)
	}
	if fileExists(gz) || !fileExists(plain) {
		t.Error("a plain build must leave graph.json alone, without the earlier graph.json.gz")
	}
	t.Setenv("NEGOGRAPH_SNAPSHOT_GZIP", "true")
	if _, errs, code := run(t, "build", in, "--out", out); code != 0 {
		t.Fatalf("build: %d %s", code, errs)
	}
	if !fileExists(gz) || fileExists(plain) {
		t.Error("NEGOGRAPH_SNAPSHOT_GZIP=true must write graph.json.gz in place of graph.json")
	}
}
