package main

import (
	"context"
	"os"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/negograph/negograph/internal/neo4jtest"
)

// TestBuildLoadsNeo4jIdempotently builds the examples into the real test
// Neo4j twice: the counts of nodes, relationships and properties stay the
// same, and the meeting chain is there.
func TestBuildLoadsNeo4jIdempotently(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	ctx := context.Background()
	count := func() [3]int64 {
		res, err := neo4j.ExecuteQuery(ctx, driver, `
			MATCH (n) WITH count(n) AS nodes, sum(size(keys(n))) AS nprops
			OPTIONAL MATCH ()-[r]->() RETURN nodes, nprops, count(r) AS rels`,
			nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
		if err != nil {
			t.Fatal(err)
		}
		v := res.Records[0].Values
		return [3]int64{v[0].(int64), v[1].(int64), v[2].(int64)}
	}
	args := []string{"build", "--out", t.TempDir(), "--neo4j-uri", os.Getenv("NEO4J_URI"), "--neo4j-database", db, "../../examples/articles"}
	t.Setenv("NEGOGRAPH_NEO4J_USER", os.Getenv("NEO4J_USER"))
	t.Setenv("NEGOGRAPH_NEO4J_PASSWORD", os.Getenv("NEO4J_PASSWORD"))
	out, errs, code := run(t, args...)
	if code != 0 {
		t.Fatalf("build: status %d\n%s%s", code, out, errs)
	}
	first := count()
	if first[0] == 0 || first[2] == 0 {
		t.Fatalf("nothing loaded: %v\n%s", first, out)
	}
	if out, errs, code = run(t, args...); code != 0 {
		t.Fatalf("second build: status %d\n%s%s", code, out, errs)
	}
	if second := count(); second != first {
		t.Errorf("loading twice changed the graph: %v then %v", first, second)
	}
	res, err := neo4j.ExecuteQuery(ctx, driver,
		`MATCH (:Meeting)-[p:PRECEDED_BY]->(:Meeting) RETURN count(p) AS n`, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Records[0].Values[0].(int64); n == 0 {
		t.Error("no PRECEDED_BY chain in Neo4j")
	}
}
