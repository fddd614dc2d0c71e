package bench

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/benchcorpus"
	"github.com/negograph/negograph/internal/neo4jtest"
)

// TestMeasure runs the whole benchmark on a small generated corpus against
// the real Neo4j: every figure is there and the three loads wrote the
// graph (the last, LOAD CSV, is what the database holds at the end).
func TestMeasure(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	ctx := context.Background()
	gz, err := gazetteer.Default(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := benchcorpus.Generate(ctx, dir, benchcorpus.Options{Articles: 120, Seed: 3, Known: gz.Known()}); err != nil {
		t.Fatal(err)
	}
	ex, g, err := MeasureExtraction(ctx, []string{dir}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if ex.Articles != 120 || ex.OneCoreMBps <= 0 || ex.BuildMBps <= 0 || ex.PeakRSSMB <= 0 || ex.Nodes == 0 {
		t.Fatalf("extraction %+v", ex)
	}
	loads, err := MeasureLoads(ctx, driver, db, g.Snapshot(), 500, 2, 100, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	// two writers, one writer, one row per transaction (a sample), LOAD CSV
	if len(loads) != 4 || !strings.Contains(loads[0].Method, "2 at once") || !strings.Contains(loads[1].Method, "1 at once") {
		t.Fatalf("loads %+v", loads)
	}
	n, r := g.Len()
	for i, l := range loads {
		if l.RowsPerSecond <= 0 || (i != 2 && (l.Nodes != n || l.Relationships != r)) {
			t.Errorf("load %d: %+v (graph %d nodes, %d relationships)", i, l, n, r)
		}
	}
}

// TestPrepareDatabase: a database with data is refused and left as it is
// unless wipe is set, which empties it; MeasureLoads refuses it too.
func TestPrepareDatabase(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	ctx := context.Background()
	count := func() int64 {
		t.Helper()
		res, err := neo4j.ExecuteQuery(ctx, driver, "MATCH (n) RETURN count(n)", nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(db))
		if err != nil {
			t.Fatal(err)
		}
		return res.Records[0].Values[0].(int64)
	}
	if err := PrepareDatabase(ctx, driver, db, false); err != nil {
		t.Fatalf("empty database: %v", err)
	}
	if _, err := neo4j.ExecuteQuery(ctx, driver, "CREATE (:AnalystNote {text: $t})-[:ABOUT]->(:Person {id: 'person:x'})",
		map[string]any{"t": "keep me"}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db)); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		run  func() error
	}{
		{"PrepareDatabase without wipe", func() error { return PrepareDatabase(ctx, driver, db, false) }},
		{"MeasureLoads", func() error {
			_, err := MeasureLoads(ctx, driver, db, graph.Snapshot{}, 10, 1, 1, t.TempDir())
			return err
		}},
	} {
		err := tc.run()
		if !errors.Is(err, ErrNotEmpty) || !strings.Contains(err.Error(), "holds 2 node(s)") {
			t.Errorf("%s on a database with data: %v", tc.name, err)
		}
		if n := count(); n != 2 {
			t.Fatalf("%s left %d nodes of 2", tc.name, n)
		}
	}
	if err := PrepareDatabase(ctx, driver, db, true); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 0 {
		t.Fatalf("wipe left %d nodes", n)
	}
}
