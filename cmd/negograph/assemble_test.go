package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAssembleIsTheBuild builds the examples (folders, a JSON Lines file and
// an unreadable input) once with build, and with build --shard i/N followed
// by assemble for N = 1, 3 and 7: graph.json must be byte-identical, and the
// summary the same.
func TestAssembleIsTheBuild(t *testing.T) {
	extra := t.TempDir()
	if err := os.WriteFile(filepath.Join(extra, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	corpus := []string{"../../examples/articles", "../../examples/discourse", extra}
	whole := t.TempDir()
	wantOut, errs, code := run(t, append([]string{"build", "--out", whole}, corpus...)...)
	if code != 1 || !strings.Contains(wantOut, "empty.txt") {
		t.Fatalf("build: exit %d (want 1: one input skipped)\n%s%s", code, wantOut, errs)
	}
	want, err := os.ReadFile(filepath.Join(whole, "graph.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{1, 3, 7} {
		t.Run(fmt.Sprintf("N=%d", n), func(t *testing.T) {
			root := t.TempDir()
			dirs := []string{"assemble"}
			for i := 0; i < n; i++ {
				d := filepath.Join(root, fmt.Sprint(i))
				args := append([]string{"build", "--shard", fmt.Sprintf("%d/%d", i, n), "--contributions", d}, corpus...)
				if out, errs, code := run(t, args...); code != 0 || !strings.Contains(out, "contributions: ") {
					t.Fatalf("build --shard %d/%d: exit %d\n%s%s", i, n, code, out, errs)
				}
				dirs = append(dirs, d)
			}
			out := filepath.Join(root, "out")
			got, errs, code := run(t, append(dirs, "--out", out)...)
			if code != 1 {
				t.Fatalf("assemble: exit %d (want 1: one input skipped)\n%s%s", code, got, errs)
			}
			if g, w := strings.ReplaceAll(got, out, "OUT"), strings.ReplaceAll(wantOut, whole, "OUT"); g != w {
				t.Errorf("assemble printed\n%s\nbuild printed\n%s", g, w)
			}
			b, err := os.ReadFile(filepath.Join(out, "graph.json"))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b, want) {
				t.Errorf("graph.json of %d shards differs from the build's (%d and %d bytes)", n, len(b), len(want))
			}
		})
	}
}

// TestAssembleErrors checks the command's refusals and usage errors.
func TestAssembleErrors(t *testing.T) {
	root := t.TempDir()
	for i := 0; i < 3; i += 2 {
		d := filepath.Join(root, fmt.Sprint(i))
		if out, errs, code := run(t, "build", "--shard", fmt.Sprintf("%d/3", i), "--contributions", d, "../../examples/articles"); code != 0 {
			t.Fatalf("build --shard: exit %d\n%s%s", code, out, errs)
		}
	}
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"assemble", filepath.Join(root, "0"), filepath.Join(root, "2"), "--out", filepath.Join(root, "out")}, 1, "missing shard(s) 1/3 of 3"},
		{[]string{"build", "--shard", "$(JOB_COMPLETION_INDEX)/3", "--contributions", root, "../../examples/articles"}, 2, "want I/N"},
		{[]string{"build", "--shard", "1/3", "../../examples/articles"}, 2, "--shard needs --contributions"},
		{[]string{"build", "--shard", "1/3", "--contributions", root, "--url", "https://example.com/a"}, 1, "files and folders only"},
		{[]string{"assemble"}, 1, "requires at least 1 arg"},
	}
	for _, tt := range tests {
		out, errs, code := run(t, tt.args...)
		if code != tt.code || !strings.Contains(out+errs, tt.want) {
			t.Errorf("%v: exit %d, want %d with %q\n%s%s", tt.args, code, tt.code, tt.want, out, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "out", "graph.json")); err == nil {
		t.Error("assemble wrote graph.json from an incomplete set of shards")
	}
}
