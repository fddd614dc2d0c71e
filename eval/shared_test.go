package eval

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// sharedEnv names the environment variable that points the tests at the
// shared folder (gold files and corpora) when it is not ../shared beside the
// repository checkout.
const sharedEnv = "NEGOGRAPH_SHARED"

// sharedDir returns the shared folder: $NEGOGRAPH_SHARED when set, else the
// folder "shared" beside the repository checkout (the parent of the
// directory holding go.mod, found by walking up from the test's working
// directory). When it is missing the test is skipped, unless env CI is
// non-empty: then it fails, as internal/neo4jtest does, because CI must run
// the tests on the real gold.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv(sharedEnv)
	if dir == "" {
		root, err := moduleRoot()
		if err != nil {
			sharedUnavailable(t, err.Error())
		}
		dir = filepath.Join(filepath.Dir(root), "shared")
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		sharedUnavailable(t, "no shared folder at "+dir+" (set "+sharedEnv+")")
	}
	return dir
}

// moduleRoot walks up from the working directory to the folder holding
// go.mod.
func moduleRoot() (string, error) {
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

func sharedUnavailable(t testing.TB, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("eval: CI is set, so tests on the shared gold may not be skipped: %s", why)
	}
	t.Skipf("eval: skipping test on the shared gold: %s", why)
}

// sharedGold loads a gold file of the shared folder's eval/ directory.
func sharedGold(t *testing.T, name string) *Gold {
	t.Helper()
	path := filepath.Join(sharedDir(t), "eval", name)
	g, err := LoadGold(path)
	if errors.Is(err, fs.ErrNotExist) {
		sharedUnavailable(t, path+" not present")
	}
	if err != nil {
		t.Fatalf("LoadGold: %v", err)
	}
	return g
}
