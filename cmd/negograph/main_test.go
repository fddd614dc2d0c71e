package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/negograph/negograph/graph"
)

// run executes the command tree in-process and returns stdout, stderr and
// the exit status main would use.
func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errw bytes.Buffer
	cmd := newRootCmd(&out, &errw)
	cmd.SetArgs(append([]string{"--log-format", "json", "--log-level", "error"}, args...))
	err := cmd.ExecuteContext(context.Background())
	code := 0
	if err != nil {
		code = 1
		var ee *exitError
		if errors.As(err, &ee) {
			code = ee.code
		}
		errw.WriteString(err.Error())
	}
	return out.String(), errw.String(), code
}

func TestHelpHasExamples(t *testing.T) {
	for _, c := range [][]string{{}, {"build"}, {"schema"}, {"schema", "apply"}, {"schema", "show"}, {"eval"}, {"gazetteer", "check"}, {"explain"}, {"version"}, {"assemble"}} {
		out, _, code := run(t, append(c, "--help")...)
		if code != 0 || !strings.Contains(out, "Examples:") || !strings.Contains(out, "negograph") {
			t.Errorf("negograph %v --help: status %d, no example:\n%s", c, code, out)
		}
	}
}

func TestExplain(t *testing.T) {
	snap := filepath.Join("testdata", "small.json")
	tests := []struct {
		id, want string
		code     int
	}{
		{"meeting:iran-united-states-2024-01", "عقدت محادثات بين الولايات المتحدة وإيران في يناير.", 0},
		{"rel:1", "source: a1.txt (article:a1)", 0},
		{"meeting:iran", "did you mean meeting:iran-united-states-2024-01", 1},
	}
	for _, tt := range tests {
		out, errs, code := run(t, "explain", tt.id, "--snapshot", snap)
		if code != tt.code || !strings.Contains(out+errs, tt.want) {
			t.Errorf("explain %s: status %d\n%s%s", tt.id, code, out, errs)
		}
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	if _, _, code := run(t, "build", "--workers", "many", "x"); code != 2 {
		t.Errorf("bad flag value: status %d, want 2", code)
	}
	if _, _, code := run(t, "build", "--log-level", "loud", "x"); code != 2 {
		t.Errorf("bad log level: status %d, want 2", code)
	}
}

// TestBuildFlagBeatsEnv builds the examples with NEGOGRAPH_OUT set and a
// different --out: the flag wins; a second build gives the same bytes.
func TestBuildFlagBeatsEnv(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("NEGOGRAPH_OUT", filepath.Join(dir, "env"))
	flagOut := filepath.Join(dir, "flag")
	out, errs, code := run(t, "build", "--out", flagOut, "../../examples/articles")
	if code != 0 {
		t.Fatalf("build: status %d\n%s%s", code, out, errs)
	}
	first, err := os.ReadFile(filepath.Join(flagOut, SnapshotFile))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "env")); err == nil {
		t.Error("the environment's out folder was used although --out was given")
	}
	if !strings.Contains(out, "nodes:") || !strings.Contains(out, "Meeting") {
		t.Errorf("summary lacks counts:\n%s", out)
	}
	run(t, "build", "--out", flagOut, "../../examples/articles")
	second, _ := os.ReadFile(filepath.Join(flagOut, SnapshotFile))
	if !bytes.Equal(first, second) {
		t.Error("two builds of the same input differ")
	}
	if _, err := graph.ReadSnapshotFile(filepath.Join(flagOut, SnapshotFile)); err != nil {
		t.Error(err)
	}
}

// TestBuildSkipsBadInputsAndExitsOne mixes the bad example inputs with a
// good article: the graph is written, each bad file named, status 1.
func TestBuildSkipsBadInputsAndExitsOne(t *testing.T) {
	dir := t.TempDir()
	out, errs, code := run(t, "build", "--out", dir, "../../examples/bad-inputs", "../../examples/articles/ex01_muscat-2023-05.txt")
	if code != 1 {
		t.Fatalf("status %d, want 1\n%s%s", code, out, errs)
	}
	for _, name := range []string{"empty.txt", "invalid-utf8.txt", "binary.txt"} {
		if !strings.Contains(out, name) {
			t.Errorf("skipped file %s not named:\n%s", name, out)
		}
	}
	// the folder's README.md is an article too; the three bad files are not
	if !strings.Contains(out, "3 skipped") || !strings.Contains(out, "Meeting") {
		t.Errorf("the good article was not built:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(dir, SnapshotFile)); err != nil {
		t.Errorf("no snapshot written: %v", err)
	}
	dir2 := t.TempDir()
	_, _, code = run(t, "build", "--keep-going=false", "--out", dir2, "../../examples/bad-inputs", "../../examples/articles/ex01_muscat-2023-05.txt")
	if _, err := os.Stat(filepath.Join(dir2, SnapshotFile)); code != 1 || err == nil {
		t.Errorf("--keep-going=false: status %d, snapshot written: %v", code, err == nil)
	}
}

// TestProfiles: --cpuprofile and --memprofile write gzipped pprof files
// for a build, and a profile file that cannot be created is a usage error
// that runs nothing.
func TestProfiles(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "build.cpu"), filepath.Join(dir, "build.mem")
	out := filepath.Join(dir, "out")
	if _, errs, code := run(t, "build", "../../examples/articles", "--out", out, "--cpuprofile", cpu, "--memprofile", mem); code != 0 {
		t.Fatalf("build: status %d: %s", code, errs)
	}
	for _, p := range []string{cpu, mem} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) < 100 || data[0] != 0x1f || data[1] != 0x8b { // pprof files are gzipped protobuf
			t.Errorf("%s: %d bytes, not a pprof profile", p, len(data))
		}
	}
	out2 := filepath.Join(dir, "out2")
	_, errs, code := run(t, "build", "../../examples/articles", "--out", out2, "--cpuprofile", filepath.Join(dir, "no", "such", "dir", "x.cpu"))
	if code != 2 || !strings.Contains(errs, "--cpuprofile") {
		t.Errorf("unwritable profile: status %d, %q", code, errs)
	}
	_, errs, code = run(t, "build", "../../examples/articles", "--out", out2, "--memprofile", filepath.Join(dir, "no", "such", "dir", "x.mem"))
	if code != 2 || !strings.Contains(errs, "--memprofile") {
		t.Errorf("unwritable memory profile: status %d, %q", code, errs)
	}
	if _, err := os.Stat(out2); err == nil {
		t.Errorf("the build ran although its profile could not be written")
	}
	// a subcommand of a command group is profiled too
	gz := filepath.Join(dir, "gazetteer.cpu")
	if _, errs, code := run(t, "gazetteer", "check", "--cpuprofile", gz); code != 0 {
		t.Fatalf("gazetteer check: status %d: %s", code, errs)
	}
	if info, err := os.Stat(gz); err != nil || info.Size() == 0 {
		t.Errorf("gazetteer check wrote no profile: %v", err)
	}
}
