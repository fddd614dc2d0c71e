package main

import (
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/negograph/negograph/internal/neo4jtest"
)

// TestSchemaNeverPrintsPassword runs schema apply with passwords in URIs
// of every shape: no output or error shows them.
func TestSchemaNeverPrintsPassword(t *testing.T) {
	tests := []struct {
		name, uri string
	}{
		{"unparsable", "bolt://neo4j:hunter22%zz@127.0.0.1:1"},
		{"unreachable", "neo4j://neo4j:hunter22@127.0.0.1:1"},
		{"unreachable neo4j+s", "neo4j+s://neo4j:hunter22@127.0.0.1:1"},
		{"query", "bolt://127.0.0.1:1?password=hunter22"},
		{"bad scheme", "http://neo4j:hunter22@127.0.0.1:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := run(t, "schema", "apply", "--neo4j-uri", tt.uri)
			if code == 0 {
				t.Errorf("status 0 against %s", tt.uri)
			}
			if strings.Contains(out+errs, "hunter22") {
				t.Errorf("password printed:\n%s%s", out, errs)
			}
		})
	}
}

// TestSchemaApplyRedactsURI applies the schema to the test Neo4j through a
// URI carrying a password in its user information (the driver takes the
// password from neo4j.password and ignores it): the line printed on success
// hides it.
func TestSchemaApplyRedactsURI(t *testing.T) {
	_, db := neo4jtest.Open(t)
	u, err := url.Parse(os.Getenv("NEO4J_URI"))
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.UserPassword("neo4j", "hunter22")
	t.Setenv("NEGOGRAPH_NEO4J_USER", os.Getenv("NEO4J_USER"))
	t.Setenv("NEGOGRAPH_NEO4J_PASSWORD", os.Getenv("NEO4J_PASSWORD"))
	out, errs, code := run(t, "schema", "apply", "--neo4j-uri", u.String(), "--neo4j-database", db)
	if code != 0 {
		t.Fatalf("schema apply: status %d\n%s%s", code, out, errs)
	}
	if strings.Contains(out+errs, "hunter22") || !strings.Contains(out, "neo4j:xxxxx@") {
		t.Errorf("schema apply printed:\n%s%s", out, errs)
	}
}
