package neo4jbrowser

import (
	"testing"

	"github.com/negograph/negograph/internal/testenv"
)

// repoRoot returns the checkout's root folder.
func repoRoot(t testing.TB) string {
	t.Helper()
	root, err := testenv.RepoRoot()
	if err != nil {
		t.Fatalf("neo4jbrowser: %v", err)
	}
	return root
}
