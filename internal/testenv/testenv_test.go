package testenv

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRepoRootHoldsGoMod(t *testing.T) {
	root, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("RepoRoot %s holds no go.mod: %v", root, err)
	}
}

func TestSharedDirFollowsTheVariable(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(SharedEnv, dir)
	if got := SharedDir(t); got != dir {
		t.Fatalf("SharedDir = %q, want %q", got, dir)
	}
}
