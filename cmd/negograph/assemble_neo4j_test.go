package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/negograph/negograph/internal/neo4jtest"
)

// routingURI turns the test server's bolt:// URI into the neo4j:// URI of
// the same server (bolt+s:// into neo4j+s://): what a cluster or Aura is
// given.
func routingURI(t *testing.T, bolt string) string {
	t.Helper()
	u, err := url.Parse(bolt)
	if err != nil {
		t.Fatal(err)
	}
	switch u.Scheme {
	case "bolt":
		u.Scheme = "neo4j"
	case "bolt+s":
		u.Scheme = "neo4j+s"
	case "bolt+ssc":
		u.Scheme = "neo4j+ssc"
	case "neo4j", "neo4j+s", "neo4j+ssc":
	default:
		t.Fatalf("NEO4J_URI %s: unknown scheme", bolt)
	}
	return u.String()
}

// TestAssembleLoadsThroughRouting assembles sharded contributions and
// loads them through a neo4j:// routing URI: the driver asks the server for
// its routing table (ROUTE), as against a cluster or Aura, and writes to
// the writer it names. The test server advertises its own Bolt address, so
// the table names it; the read back checks that the queries ran there and
// that the graph is the snapshot's.
func TestAssembleLoadsThroughRouting(t *testing.T) {
	_, db := neo4jtest.Open(t)
	uri := routingURI(t, os.Getenv("NEO4J_URI"))
	t.Setenv("NEGOGRAPH_NEO4J_USER", os.Getenv("NEO4J_USER"))
	t.Setenv("NEGOGRAPH_NEO4J_PASSWORD", os.Getenv("NEO4J_PASSWORD"))
	root := t.TempDir()
	args := []string{"assemble"}
	for i := 0; i < 2; i++ {
		d := filepath.Join(root, fmt.Sprint(i))
		if out, errs, code := run(t, "build", "--shard", fmt.Sprintf("%d/2", i), "--contributions", d, "../../examples/articles"); code != 0 {
			t.Fatalf("build --shard: exit %d\n%s%s", code, out, errs)
		}
		args = append(args, d)
	}
	out := filepath.Join(root, "out")
	got, errs, code := run(t, append(args, "--out", out, "--neo4j-uri", uri, "--neo4j-database", db)...)
	if code != 0 || !strings.Contains(got, "neo4j: loaded") || !strings.Contains(got, "neo4j://") {
		t.Fatalf("assemble --neo4j-uri %s: exit %d\n%s%s", uri, code, got, errs)
	}
	b, err := os.ReadFile(filepath.Join(out, "graph.json"))
	if err != nil {
		t.Fatal(err)
	}
	var snap struct {
		Nodes         []json.RawMessage `json:"nodes"`
		Relationships []json.RawMessage `json:"relationships"`
	}
	if err := json.Unmarshal(b, &snap); err != nil {
		t.Fatal(err)
	}

	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(os.Getenv("NEO4J_USER"), os.Getenv("NEO4J_PASSWORD"), ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, d, `MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels`,
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("read through %s: %v", uri, err)
	}
	bolt, _ := url.Parse(os.Getenv("NEO4J_URI"))
	if addr := res.Summary.Server().Address(); addr != bolt.Host {
		t.Errorf("the routing table sent the read to %s, not to the test server %s", addr, bolt.Host)
	}
	v := res.Records[0].Values
	if v[0].(int64) != int64(len(snap.Nodes)) || v[1].(int64) != int64(len(snap.Relationships)) {
		t.Errorf("Neo4j holds %d nodes and %d relationships, graph.json %d and %d", v[0], v[1], len(snap.Nodes), len(snap.Relationships))
	}
}
