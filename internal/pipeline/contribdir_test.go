package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/internal/article"
)

// shardCorpus is the examples plus a folder with a duplicate article, an
// empty file and an article whose analysis fails.
func shardCorpus(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	b, err := os.ReadFile("../../examples/articles/ex03_muscat-2025-04-12.txt")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"copy.txt": b, "empty.txt": nil,
		"crash.txt": []byte("عقدت محادثات بين الولايات المتحدة وإيران في مسقط.\n")} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return []string{"../../examples/articles", "../../examples/discourse", dir}
}

// shardEngine is an Engine on paths whose analysis of crash.txt fails.
func shardEngine(paths []string) *Engine {
	en := &Engine{Sources: Sources{Paths: paths}, Workers: 3, Log: zerolog.Nop()}
	en.Contribute = func(a article.Article) *Contribution {
		if strings.HasSuffix(a.Source, "crash.txt") {
			panic("boom")
		}
		return en.Analyzer().Contribute(a)
	}
	return en
}

func snapshotBytes(t *testing.T, res *Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := res.Graph.Snapshot().EncodeJSON(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func errorList(res *Result) string {
	var s []string
	for _, fe := range res.Skipped {
		s = append(s, "skipped "+fe.Error())
	}
	for _, w := range res.Warnings {
		s = append(s, "warning "+w.Error())
	}
	return strings.Join(s, "\n")
}

// TestShardedBuildIsTheBuild builds the corpus whole and in 1, 3 and 7
// shards, and expects the same snapshot bytes, counts and skipped inputs.
func TestShardedBuildIsTheBuild(t *testing.T) {
	ctx := context.Background()
	paths := shardCorpus(t)
	want, err := shardEngine(paths).Build(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantBytes := snapshotBytes(t, want)
	if want.Duplicates != 1 || !strings.Contains(errorList(want), "crash.txt") || !strings.Contains(errorList(want), "empty.txt") {
		t.Fatalf("the corpus should have a duplicate, an empty file and a failed analysis:\n%s", errorList(want))
	}
	for _, n := range []int{1, 3, 7} {
		t.Run(fmt.Sprintf("N=%d", n), func(t *testing.T) {
			root := t.TempDir()
			var dirs []string
			for i := n - 1; i >= 0; i-- { // any order of folders
				d := filepath.Join(root, fmt.Sprint(i))
				if _, err := shardEngine(paths).BuildShard(ctx, i, n, d); err != nil {
					t.Fatal(err)
				}
				dirs = append(dirs, d)
			}
			got, err := shardEngine(nil).AssembleShards(ctx, dirs)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(snapshotBytes(t, got), wantBytes) {
				t.Error("the assembled snapshot differs from the build's")
			}
			if got.Articles != want.Articles || got.Duplicates != want.Duplicates {
				t.Errorf("articles %d, duplicates %d; build: %d, %d", got.Articles, got.Duplicates, want.Articles, want.Duplicates)
			}
			if g, w := errorList(got), errorList(want); g != w {
				t.Errorf("skipped and warnings:\n%s\nbuild:\n%s", g, w)
			}
		})
	}
}

// TestAssembleShardsRefuses checks the errors of a bad set of folders.
func TestAssembleShardsRefuses(t *testing.T) {
	ctx := context.Background()
	paths := []string{"../../examples/articles"}
	root := t.TempDir()
	shard := func(name string, i, n int, version string) string {
		d := filepath.Join(root, name)
		en := &Engine{Sources: Sources{Paths: paths}, Workers: 2, Log: zerolog.Nop(), ExtractorVersion: version}
		if _, err := en.BuildShard(ctx, i, n, d); err != nil {
			t.Fatal(err)
		}
		return d
	}
	s0, s1, s2 := shard("s0", 0, 3, ""), shard("s1", 1, 3, ""), shard("s2", 2, 3, "")
	old1 := shard("old1", 1, 3, "0.0.1")
	other := shard("other", 1, 2, "")
	damaged := shard("damaged", 1, 3, "")
	if err := os.WriteFile(filepath.Join(damaged, ContribPackFile), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		dirs []string
		want string
	}{
		{"missing shard", []string{s0, s2}, "missing shard(s) 1/3 of 3"},
		{"shard twice", []string{s0, s1, s2, s1}, "shard 1/3 given twice"},
		{"mixed fingerprints", []string{s0, old1, s2}, "(extractor 0.0.1), this negograph's is"},
		{"other shard count", []string{s0, other}, "are not parts of one sharded build"},
		{"not a folder", []string{s0, root}, "is not a contribution folder"},
		{"damaged pack", []string{s0, damaged, s2}, "contributions.gob"},
		{"none", nil, "no contribution folders"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := (&Engine{Log: zerolog.Nop()}).AssembleShards(ctx, tt.dirs)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one with %q", err, tt.want)
			}
		})
	}
}

func TestParseShard(t *testing.T) {
	tests := []struct {
		in        string
		shard, of int
		ok        bool
	}{
		{"0/1", 0, 1, true}, {"6/7", 6, 7, true}, {" 2/3 ", 2, 3, true},
		{"3/3", 0, 0, false}, {"-1/3", 0, 0, false}, {"$(JOB_COMPLETION_INDEX)/3", 0, 0, false},
		{"1", 0, 0, false}, {"0/0", 0, 0, false},
	}
	for _, tt := range tests {
		s, n, err := ParseShard(tt.in)
		if (err == nil) != tt.ok || s != tt.shard || n != tt.of {
			t.Errorf("ParseShard(%q) = %d, %d, %v", tt.in, s, n, err)
		}
	}
}
