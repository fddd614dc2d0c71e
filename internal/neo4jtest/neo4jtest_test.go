package neo4jtest

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestOpen proves the test server answers with authentication, starts
// empty, accepts writes and reads them back, and indexes Arabic text with the
// `arabic` full-text analyzer.
func TestOpen(t *testing.T) {
	driver, db := Open(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	q := func(cypher string, params map[string]any) *neo4j.EagerResult {
		t.Helper()
		res, err := neo4j.ExecuteQuery(ctx, driver, cypher, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
		if err != nil {
			t.Fatalf("%s: %v", cypher, err)
		}
		return res
	}

	if got := q("RETURN 1 AS one", nil).Records[0].Values[0]; got != int64(1) {
		t.Fatalf("RETURN 1 gave %v", got)
	}
	if n := q("MATCH (n) RETURN count(n) AS n", nil).Records[0].Values[0].(int64); n != 0 {
		t.Fatalf("Open left %d nodes in the database", n)
	}

	const name = "عباس عراقجي"
	q("CREATE (:NeoTestProbe {name: $name, text: $text})", map[string]any{
		"name": name,
		"text": "التقى وزير الخارجية الإيراني عباس عراقجي بنظيره العماني في مسقط",
	})
	if got := q("MATCH (p:NeoTestProbe) RETURN p.name", nil).Records[0].Values[0]; got != name {
		t.Errorf("read back %q, want %q", got, name)
	}

	q("CREATE FULLTEXT INDEX neotest_probe_text IF NOT EXISTS FOR (p:NeoTestProbe) ON EACH [p.text] "+
		"OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}", nil)
	q("CALL db.awaitIndexes(60)", nil)
	cfg := q("SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'neotest_probe_text' RETURN options", nil)
	if len(cfg.Records) != 1 {
		t.Fatal("full-text index neotest_probe_text not listed")
	}
	analyzer := cfg.Records[0].Values[0].(map[string]any)["indexConfig"].(map[string]any)["fulltext.analyzer"]
	if analyzer != "arabic" {
		t.Errorf("index analyzer %v, want arabic", analyzer)
	}
	// "خارجية" is not in the text as such: the Arabic analyzer strips the
	// article of "الخارجية" and normalizes ة, which the standard analyzer
	// would not.
	for _, term := range []string{"عراقجي", "مسقط", "خارجية"} {
		hits := q("CALL db.index.fulltext.queryNodes('neotest_probe_text', $term) YIELD node RETURN node.name", map[string]any{"term": term})
		if len(hits.Records) != 1 {
			t.Errorf("full-text query %q: %d hits, want 1", term, len(hits.Records))
		}
	}
	q("DROP INDEX neotest_probe_text", nil)
}

// TestAuthEnabled proves the server refuses a wrong password.
func TestAuthEnabled(t *testing.T) {
	Open(t) // skips without a server, and holds the lock
	driver, err := neo4j.NewDriverWithContext(os.Getenv("NEO4J_URI"), neo4j.BasicAuth(envOr("NEO4J_USER", "neo4j"), "not-the-password", ""))
	if err != nil {
		t.Fatal(err)
	}
	defer driver.Close(context.Background())
	err = driver.VerifyConnectivity(context.Background())
	var neoErr *neo4j.Neo4jError
	if !errors.As(err, &neoErr) || neoErr.Code != "Neo.ClientError.Security.Unauthorized" {
		t.Fatalf("wrong password: got %v, want Neo.ClientError.Security.Unauthorized", err)
	}
}
