package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/negograph/negograph/internal/neo4jtest"
)

// TestExportPicturesFromNeo4j builds the examples into the test Neo4j and
// exports the chain view, its SVG and an as-of snapshot live from it.
func TestExportPicturesFromNeo4j(t *testing.T) {
	_, db := neo4jtest.Open(t)
	t.Setenv("NEGOGRAPH_NEO4J_USER", os.Getenv("NEO4J_USER"))
	t.Setenv("NEGOGRAPH_NEO4J_PASSWORD", os.Getenv("NEO4J_PASSWORD"))
	neo := []string{"--neo4j-uri", os.Getenv("NEO4J_URI"), "--neo4j-database", db}
	if out, errs, code := run(t, append([]string{"build", "--out", t.TempDir(), "../../examples/articles"}, neo...)...); code != 0 {
		t.Fatalf("build: %d\n%s%s", code, out, errs)
	}
	dir := t.TempDir()
	for _, tc := range []struct {
		format, file string
		args         []string
		has, hasNo   string
	}{
		{"html", "chain.html", nil, `"id":"meeting:iran-united-states-2024-01-muscat"`, ""},
		{"svg", "chain.svg", []string{"--channel", "iran,united-states"}, `data-id="meeting:iran-united-states-2024-01-muscat"`, "meeting:iran-saudi-arabia"},
		{"json", "asof.json", []string{"--as-of", "2025-04-20"}, `Iran – United States, 2025-04-26, Muscat (planned)`, `"published":"2025-04-27"`},
	} {
		out := filepath.Join(dir, tc.file)
		if o, errs, code := run(t, append(append([]string{"export", "--format", tc.format, "--out", out}, tc.args...), neo...)...); code != 0 {
			t.Fatalf("export %s: %d\n%s%s", tc.format, code, o, errs)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), tc.has) || tc.hasNo != "" && strings.Contains(string(data), tc.hasNo) {
			t.Errorf("%s export from Neo4j: want %q and not %q", tc.format, tc.has, tc.hasNo)
		}
	}
}
