// Package testenv finds what the tests need outside their package: the
// repository checkout and the shared folder of annotated corpora beside it.
package testenv

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// SharedEnv names the environment variable that points the tests at the
// shared folder (gold files and corpora) when it is not ../shared beside
// the repository checkout.
const SharedEnv = "NEGOGRAPH_SHARED"

// RepoRoot walks up from the working directory to the folder holding
// go.mod.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// SharedDir returns the shared folder: $NEGOGRAPH_SHARED when set, else the
// folder "shared" beside the repository checkout. When it is missing the
// test is skipped, unless the environment variable CI is set: CI must run
// the tests on the real corpora, so there the test fails.
func SharedDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv(SharedEnv)
	if dir == "" {
		root, err := RepoRoot()
		if err != nil {
			Unavailable(t, err.Error())
		}
		dir = filepath.Join(filepath.Dir(root), "shared")
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		Unavailable(t, "no shared folder at "+dir+" (set "+SharedEnv+")")
	}
	return dir
}

// Unavailable skips the test for want of the shared corpora, or fails it
// under CI.
func Unavailable(t testing.TB, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("CI is set, so tests on the shared corpora may not be skipped: %s", why)
	}
	t.Skipf("skipping a test on the shared corpora: %s", why)
}

// CopyTree copies the folder src, its subfolders included, into dst, and
// fails the test when it cannot.
func CopyTree(t testing.TB, dst, src string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatalf("copy %s to %s: %v", src, dst, err)
	}
}
