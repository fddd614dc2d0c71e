package neo4jstore_test

import (
	"testing"

	"github.com/negograph/negograph/graph/export"
	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/neo4jtest"
	"github.com/negograph/negograph/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestAdminImportGivesTheSameGraph: the first load of a big archive
// through neo4j-admin database import — `negograph export --format csv`
// (RFC 4180 quoting, the default) and `tools/neo4j/neo4j.sh import DIR` on
// a Neo4j of the test's own — gives back the snapshot, hostile text
// included, as the batched loader does, with the schema applied.
func TestAdminImportGivesTheSameGraph(t *testing.T) {
	s := comparisonGraph(t)
	want := neo4jstore.Expected(t, s)
	dir := t.TempDir()
	if _, err := export.WriteCSV(neo4jstore.Context(t), dir, s, export.QuoteRFC4180); err != nil {
		t.Fatal(err)
	}
	srv := neo4jtest.ImportServer(t, dir)
	ctx := neo4jstore.Context(t) // after the server's start, which may take minutes on a busy machine
	l := &neo4jstore.Loader{Driver: srv.Driver(t), Database: "neo4j"}
	got, err := l.ReadSnapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	neo4jstore.DiffSnapshots(t, got, want)
	// The schema was applied after the import: one uniqueness constraint on
	// the id of every label.
	res, err := neo4j.ExecuteQuery(ctx, l.Driver, "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties[0] AS property",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("neo4j"))
	if err != nil {
		t.Fatal(err)
	}
	unique := map[string]bool{}
	for _, r := range res.Records {
		m := r.AsMap()
		if m["property"] == "id" {
			unique[m["label"].(string)] = true
		}
	}
	for _, label := range schema.Labels() {
		if !unique[label] {
			t.Errorf("no uniqueness constraint on %s.id after the import (constraints: %v)", label, unique)
		}
	}
}
