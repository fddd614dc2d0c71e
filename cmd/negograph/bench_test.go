package main

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/negograph/negograph/internal/neo4jtest"
)

// TestBenchRefusesADatabaseWithData: without --wipe, bench stops before
// measuring anything when the database holds data, says how to go on, and
// leaves the data alone; with --wipe it empties the database and loads.
func TestBenchRefusesADatabaseWithData(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	ctx := context.Background()
	count := func(label string) int64 {
		t.Helper()
		res, err := neo4j.ExecuteQuery(ctx, driver, "MATCH (n) WHERE $label IN labels(n) RETURN count(n)",
			map[string]any{"label": label}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
		if err != nil {
			t.Fatal(err)
		}
		return res.Records[0].Values[0].(int64)
	}
	if _, err := neo4j.ExecuteQuery(ctx, driver, "CREATE (:AnalystNote {text: 'keep me'})", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db)); err != nil {
		t.Fatal(err)
	}
	t.Setenv("NEGOGRAPH_NEO4J_USER", os.Getenv("NEO4J_USER"))
	t.Setenv("NEGOGRAPH_NEO4J_PASSWORD", os.Getenv("NEO4J_PASSWORD"))
	args := []string{"bench", "--articles", "20", "--sample", "20", "--neo4j-uri", os.Getenv("NEO4J_URI"), "--neo4j-database", db}
	out, errs, code := run(t, args...)
	if code != 2 || !strings.Contains(errs, "holds 1 node(s)") || !strings.Contains(errs, "--wipe") || strings.Contains(out, "extraction") {
		t.Fatalf("bench on a database with data: status %d\n%s%s", code, out, errs)
	}
	if n := count("AnalystNote"); n != 1 {
		t.Fatalf("the refused bench left %d of 1 nodes", n)
	}
	out, errs, code = run(t, append(args, "--wipe")...)
	if code != 0 || !strings.Contains(out, "LOAD CSV") {
		t.Fatalf("bench --wipe: status %d\n%s%s", code, out, errs)
	}
	if n := count("AnalystNote"); n != 0 {
		t.Errorf("bench --wipe left %d AnalystNote nodes", n)
	}
	if n := count("Article"); n == 0 {
		t.Error("bench --wipe did not leave its last load")
	}
}

// TestBenchCurveSizes: --curve takes positive multiples of the generator's
// folder size only (each size is a prefix of one corpus), and says so
// before generating anything.
func TestBenchCurveSizes(t *testing.T) {
	for _, sizes := range []string{"750", "1000,250", "0", "-500"} {
		out, errs, code := run(t, "bench", "--curve", sizes)
		if code != 2 || !strings.Contains(errs, "multiple of 500") || out != "" {
			t.Errorf("--curve %s: status %d\n%s%s", sizes, code, out, errs)
		}
	}
}
