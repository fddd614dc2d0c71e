package bench

import (
	"context"
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/gazetteer"
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
