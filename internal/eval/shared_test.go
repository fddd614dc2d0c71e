package eval

import (
	"errors"
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/negograph/negograph/internal/testenv"
)

// sharedGold loads a gold file of the shared folder's eval/ directory
// (testenv.SharedDir: skipped when absent outside CI).
func sharedGold(t *testing.T, name string) *Gold {
	t.Helper()
	path := filepath.Join(testenv.SharedDir(t), "eval", name)
	g, err := LoadGold(path)
	if errors.Is(err, fs.ErrNotExist) {
		testenv.Unavailable(t, path+" not present")
	}
	if err != nil {
		t.Fatalf("LoadGold: %v", err)
	}
	return g
}
