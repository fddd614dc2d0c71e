package neo4jtest

import (
	"context"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestOpen proves the test server answers with authentication, accepts
// writes, starts empty and has the Arabic full-text analyzer.
func TestOpen(t *testing.T) {
	driver, db := Open(t)
	ctx := context.Background()
	q := func(cypher string, params map[string]any) *neo4j.EagerResult {
		t.Helper()
		res, err := neo4j.ExecuteQuery(ctx, driver, cypher, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
		if err != nil {
			t.Fatalf("%s: %v", cypher, err)
		}
		return res
	}
	if n := q("MATCH (n) RETURN count(n) AS n", nil).Records[0].Values[0].(int64); n != 0 {
		t.Fatalf("database not empty: %d nodes", n)
	}
	q("CREATE (:Probe {name: $name})", map[string]any{"name": "عراقجي"})
	got := q("MATCH (p:Probe) RETURN p.name", nil).Records[0].Values[0]
	if got != "عراقجي" {
		t.Errorf("read back %v", got)
	}
	found := false
	for _, r := range q("CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN analyzer", nil).Records {
		if r.Values[0] == "arabic" {
			found = true
		}
	}
	if !found {
		t.Error("no arabic full-text analyzer")
	}
}
