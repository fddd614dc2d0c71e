package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/negograph/negograph/internal/neo4jtest"
)

// TestSearchCommand loads the examples into Neo4j and finds names whatever
// their spelling or diacritics.
func TestSearchCommand(t *testing.T) {
	_, db := neo4jtest.Open(t)
	neo4jEnv(t, db)
	if o, errs, code := run(t, "build", "--out", t.TempDir(), "../../examples/articles"); code != 0 {
		t.Fatalf("build: %s%s", o, errs)
	}
	// Export live from Neo4j: the same graph as the build's snapshot.
	live := filepath.Join(t.TempDir(), "live.json")
	if o, errs, code := run(t, "export", "--format", "json", "--out", live); code != 0 {
		t.Fatalf("live export: %s%s", o, errs)
	}
	if out, errs, code := run(t, "diff", buildExamples(t), live); code != 0 ||
		!strings.HasPrefix(out, "nodes: 0 added, 0 removed, 0 changed; relationships: 0 added, 0 removed, 0 changed") {
		t.Errorf("live export differs from the snapshot (%d %s):\n%.1500s", code, errs, out)
	}
	for _, tc := range []struct{ q, want string }{
		{"عراقجي", "person:abbas-araghchi"},
		{"عَبَّاس عِرَاقْجِي", "person:abbas-araghchi"},
		{"ماكغورك", "person:brett-mcgurk"},
		{"ماكقورك", "person:brett-mcgurk"},
		{"Witkof", "person:steve-witkoff"},
		{"مسقط", "venue:muscat"},
		// Operators in the text are words: no query injection ("*:*"
		// would match every node).
		{`عراقجي" OR *:*`, "no match"},
	} {
		out, errs, code := run(t, "search", "--limit", "3", tc.q)
		if code != 0 {
			t.Fatalf("search %q: %d %s", tc.q, code, errs)
		}
		first, _, _ := strings.Cut(out, "\n")
		if !strings.Contains(first, tc.want) {
			t.Errorf("search %q: first hit %q, want %s\n%s", tc.q, first, tc.want, out)
		}
	}
}
