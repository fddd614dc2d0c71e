package neo4jstore

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// cypherClause is a piece of Cypher query text that only this package
// may hold.
type cypherClause struct {
	name string
	re   *regexp.Regexp
}

// cypherClauses are the clause texts the ownership check looks for in
// string literals. They need the clause's syntax (a pattern, a brace, a
// parameter), so that prose such as "batched UNWIND … MERGE" in help text
// is not taken for a query.
func cypherClauses() []cypherClause {
	return []cypherClause{
		{"MATCH (", regexp.MustCompile(`\bMATCH \(`)},
		{"MERGE (", regexp.MustCompile(`\bMERGE \(`)},
		{"CREATE (", regexp.MustCompile(`\bCREATE \(`)},
		{"CREATE CONSTRAINT/INDEX", regexp.MustCompile(`\bCREATE (?:CONSTRAINT|(?:RANGE |TEXT |POINT |FULLTEXT |VECTOR |LOOKUP )?INDEX)\b`)},
		{"DROP CONSTRAINT/INDEX", regexp.MustCompile(`\bDROP (?:CONSTRAINT|INDEX)\b`)},
		{"DETACH DELETE", regexp.MustCompile(`\bDETACH DELETE\b`)},
		{"CALL {", regexp.MustCompile(`\bCALL (?:\([^)]*\) )?\{`)},
		{"CALL procedure", regexp.MustCompile(`\bCALL (?:db|dbms|apoc|gds)\.`)},
		{"IN TRANSACTIONS", regexp.MustCompile(`\bIN TRANSACTIONS\b`)},
		{"UNWIND $", regexp.MustCompile(`\bUNWIND \$`)},
		{"LOAD CSV … FROM", regexp.MustCompile(`\bLOAD CSV (?:WITH HEADERS )?FROM\b`)},
		{"SHOW CONSTRAINTS/INDEXES", regexp.MustCompile(`\bSHOW (?:\w+ )?(?:CONSTRAINTS|INDEXES)\b`)},
	}
}

// cypherIn returns the names of the clauses found in s.
func cypherIn(s string) []string {
	var out []string
	for _, c := range cypherClauses() {
		if c.re.MatchString(s) {
			out = append(out, c.name)
		}
	}
	return out
}

// TestCypherClauseDetection checks the detector on query text that must be
// found and on prose that must not.
func TestCypherClauseDetection(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"MATCH (n) RETURN n", true},
		{"OPTIONAL MATCH (s:RefreshState {name: $name}) RETURN s.generation AS gen", true},
		{"MERGE (l:RefreshLock {name: $name}) ", true},
		{"CREATE (:AnalystNote {id: 'x'})", true},
		{"CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE", true},
		{"CREATE FULLTEXT INDEX %s IF NOT EXISTS", true},
		{"CREATE INDEX %s_%s IF NOT EXISTS FOR (n:%s) ON (n.%s)", true},
		{"UNWIND $rows AS row MATCH (n:", true},
		{"MATCH (n) DETACH DELETE n", true},
		{"CALL { WITH row MERGE", true},
		{"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS", true},
		{"CALL db.index.fulltext.queryNodes($index, $q) YIELD node", true},
		{"CALL db.awaitIndexes()", true},
		{"LOAD CSV WITH HEADERS FROM $url AS row", true},
		{"SHOW FULLTEXT INDEXES YIELD name", true},
		{"DROP CONSTRAINT person_id", true},
		// Prose and help text that names Cypher without being a query.
		{"schema and loads the graph with batched UNWIND … MERGE transactions", false},
		{"rows per UNWIND batch", false},
		{"batched UNWIND MERGE, %d rows per transaction, %d at once", false},
		{"LOAD CSV of the CSV export, %d rows per transaction", false},
		{"a match (the text) was found; merge (them)", false},
		{"Create the constraints and indexes in Neo4j (idempotent)", false},
		{"the graph is created (in an empty database)", false},
	}
	for _, tt := range tests {
		if got := len(cypherIn(tt.text)) > 0; got != tt.want {
			t.Errorf("cypherIn(%q) = %v, want Cypher found: %v", tt.text, cypherIn(tt.text), tt.want)
		}
	}
}

// ownedPaths are the paths, relative to the module root, allowed to hold
// Cypher query text; a path ending in "/" is a folder. Test files
// (_test.go) may hold it anywhere.
func ownedPaths() []struct{ path, why string } {
	return []struct{ path, why string }{
		{"graph/neo4jstore/", "the one package that owns Neo4j"},
		{"graph/export/cypherscript.go", "writes a .cypher file for a user to run, not queries negograph runs"},
		{"internal/neo4jtest/", "test helpers that prepare the test database"},
	}
}

// TestOnlyNeo4jstoreHoldsCypher fails when a non-test Go file outside the
// owned paths has Cypher clause text in a string literal: queries belong
// in graph/neo4jstore, behind a method of Loader.
func TestOnlyNeo4jstoreHoldsCypher(t *testing.T) {
	root := moduleRoot(t)
	owned := func(rel string) bool {
		for _, o := range ownedPaths() {
			if rel == o.path || (strings.HasSuffix(o.path, "/") && strings.HasPrefix(rel, o.path)) {
				return true
			}
		}
		return false
	}
	scanned := 0
	sawCmd, sawOwned := false, false
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel := filepath.ToSlash(strings.TrimPrefix(p, root+string(filepath.Separator)))
		if d.IsDir() {
			if p != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "vendor" ||
				rel == "tools/neo4j/target") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		if owned(rel) {
			sawOwned = true
			return nil
		}
		scanned++
		sawCmd = sawCmd || rel == "cmd/negograph/main.go"
		for _, f := range cypherLiterals(t, p) {
			t.Errorf("%s:%d: Cypher (%s) in %.120q: move the query into graph/neo4jstore (a Loader method or a function taking the transaction)",
				rel, f.line, strings.Join(f.clauses, ", "), f.text)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if scanned < 50 || !sawCmd || !sawOwned {
		t.Fatalf("walked %d Go files from %s (cmd/negograph/main.go seen: %v, an owned file seen: %v): the walk missed the tree",
			scanned, root, sawCmd, sawOwned)
	}
}

// TestOwnershipCheckSeesThisPackage proves the scan finds the queries of
// this package's own files, which only the owned-path rule lets through.
func TestOwnershipCheckSeesThisPackage(t *testing.T) {
	for _, file := range []string{"loader.go", "lock.go", "state.go", "schema.go", "wipe.go", "search.go"} {
		if len(cypherLiterals(t, file)) == 0 {
			t.Errorf("no Cypher found in %s: the detector misses query text", file)
		}
	}
}

// cypherLiteral is a string literal holding Cypher clause text.
type cypherLiteral struct {
	line    int
	text    string
	clauses []string
}

// cypherLiterals parses a Go file and returns its string literals that hold
// Cypher clause text.
func cypherLiterals(t *testing.T, path string) []cypherLiteral {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	var out []cypherLiteral
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return true
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil {
			t.Errorf("%s: unquote %s: %v", fset.Position(lit.Pos()), lit.Value, err)
			return true
		}
		if c := cypherIn(s); len(c) > 0 {
			out = append(out, cypherLiteral{line: fset.Position(lit.Pos()).Line, text: s, clauses: c})
		}
		return true
	})
	return out
}

// moduleRoot is the folder of go.mod above the test's working directory.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's folder")
		}
		dir = parent
	}
}
