package neo4jstore

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph"
)

// BenchmarkLoadSnapshot loads a real snapshot (NEGOGRAPH_BENCH_SNAPSHOT, a
// graph.json of `negograph build`; skipped without it) into the emptied
// test database with one and two writers, and with two writers once more
// with every property dropped but the ids, which tells how much of the
// load's time is the properties' (evidence sentences above all) and how
// much the shape of the queries. Each run starts from an empty database
// (the deletion is not timed). Run it with -benchtime 1x on a big graph:
//
//	negograph corpus --articles 10000 --out c10k && negograph build c10k --out g10k
//	NEGOGRAPH_BENCH_SNAPSHOT=$PWD/g10k/graph.json NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=negograph-test \
//	  go test ./graph/neo4jstore -run '^$' -bench LoadSnapshot -benchtime 1x -timeout 30m
func BenchmarkLoadSnapshot(b *testing.B) {
	path := os.Getenv("NEGOGRAPH_BENCH_SNAPSHOT")
	if path == "" {
		b.Skip("NEGOGRAPH_BENCH_SNAPSHOT names no graph.json to load")
	}
	s, err := graph.ReadSnapshotFile(path)
	if err != nil {
		b.Fatal(err)
	}
	idsOnly := graph.Snapshot{}
	for _, n := range s.Nodes {
		c := *n
		c.Props = nil
		idsOnly.Nodes = append(idsOnly.Nodes, &c)
	}
	for _, r := range s.Relationships {
		c := *r
		c.Props = nil
		idsOnly.Relationships = append(idsOnly.Relationships, &c)
	}
	l := openLoader(b)
	l.Log = zerolog.Nop()
	for _, tc := range []struct {
		name    string
		writers int
		snap    graph.Snapshot
	}{
		{"writers1", 1, s},
		{"writers2", 2, s},
		{"writers2-ids-only", 2, idsOnly},
	} {
		b.Run(fmt.Sprintf("%s-batch%d", tc.name, DefaultBatchSize), func(b *testing.B) {
			ctx := context.Background()
			lw := *l
			lw.Writers = tc.writers
			retries := 0
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				if err := lw.Wipe(ctx); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				st, err := lw.Load(ctx, tc.snap)
				if err != nil {
					b.Fatal(err)
				}
				if st.Nodes != len(tc.snap.Nodes) || st.Relationships != len(tc.snap.Relationships) {
					b.Fatalf("stats %+v for %d nodes and %d relationships", st, len(tc.snap.Nodes), len(tc.snap.Relationships))
				}
				retries += st.Retries
			}
			rows := len(tc.snap.Nodes) + len(tc.snap.Relationships)
			b.ReportMetric(float64(b.N*rows)/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric(float64(retries)/float64(b.N), "retries/op")
		})
	}
}
