package neo4jstore

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph"
)

// BenchmarkLoadSnapshot loads a real snapshot (NEGOGRAPH_BENCH_SNAPSHOT, a
// graph.json of `negograph build`; skipped without it) into the emptied
// test database, comparing in one run the load as it was (every node
// merged, relationships' endpoints found by id: "bykey") with the load
// of today (nodes created in an empty database, endpoints found by the
// element ids the node batches return: "elementid"), each with one and two
// writers, and with the properties dropped but the ids ("ids-only"), which
// tells how much of the time is the properties' (evidence sentences above
// all). NEGOGRAPH_BENCH_VARIANTS picks some (comma-separated names as
// printed, without the -batch suffix). A first load, not reported, warms
// the server up (JIT, store files) so that the first variant does not pay
// for it. Each run starts from an empty database (the deletion is not
// timed). Beside rows/s it reports the CPU seconds per load of the
// benchmark process (the client: preparing rows, encoding them for Bolt)
// and, when NEGOGRAPH_BENCH_SERVER_PID names the Neo4j process (the pid
// file of tools/neo4j), of the server: on a machine shared with other
// work they vary far less than the wall time. Run it with -benchtime 1x on
// a big graph:
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
	noEvidence := graph.Snapshot{Nodes: s.Nodes}
	for _, r := range s.Relationships {
		c := *r
		c.Props = make(map[string]any, len(r.Props))
		for k, v := range r.Props {
			if k != graph.EvidenceKey {
				c.Props[k] = v
			}
		}
		noEvidence.Relationships = append(noEvidence.Relationships, &c)
	}
	l := openLoader(b)
	l.Log = zerolog.Nop()
	want := map[string]bool{}
	for _, v := range strings.Split(os.Getenv("NEGOGRAPH_BENCH_VARIANTS"), ",") {
		if v != "" {
			want[v] = true
		}
	}
	ctx := context.Background()
	serverPID := os.Getenv("NEGOGRAPH_BENCH_SERVER_PID")
	var clientCPU, serverCPU float64
	load := func(b *testing.B, lw *Loader, snap graph.Snapshot) Stats {
		if err := lw.Wipe(ctx); err != nil {
			b.Fatal(err)
		}
		c0, s0 := selfCPU(b), processCPU(b, serverPID)
		b.StartTimer()
		st, err := lw.Load(ctx, snap)
		b.StopTimer()
		clientCPU += selfCPU(b) - c0
		serverCPU += processCPU(b, serverPID) - s0
		if err != nil {
			b.Fatal(err)
		}
		if st.Nodes != len(snap.Nodes) || st.Relationships != len(snap.Relationships) {
			b.Fatalf("stats %+v for %d nodes and %d relationships", st, len(snap.Nodes), len(snap.Relationships))
		}
		return st
	}
	warm := *l
	b.Run("warmup", func(b *testing.B) {
		b.StopTimer()
		load(b, &warm, s)
	})
	for _, tc := range []struct {
		name    string
		byKey   bool
		writers int
		snap    graph.Snapshot
	}{
		{"elementid-writers1", false, 1, s},
		{"bykey-writers1", true, 1, s},
		{"elementid-writers2", false, 2, s},
		{"bykey-writers2", true, 2, s},
		{"elementid-writers2-no-evidence", false, 2, noEvidence},
		{"elementid-writers2-ids-only", false, 2, idsOnly},
	} {
		if len(want) > 0 && !want[tc.name] {
			continue
		}
		b.Run(fmt.Sprintf("%s-batch%d", tc.name, l.batchSize()), func(b *testing.B) {
			lw := *l
			lw.Writers, lw.byKey = tc.writers, tc.byKey
			retries := 0
			clientCPU, serverCPU = 0, 0
			b.StopTimer()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				retries += load(b, &lw, tc.snap).Retries
			}
			rows := len(tc.snap.Nodes) + len(tc.snap.Relationships)
			b.ReportMetric(float64(b.N*rows)/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric(float64(retries)/float64(b.N), "retries/op")
			b.ReportMetric(clientCPU/float64(b.N), "client-cpu-s/op")
			if serverPID != "" {
				b.ReportMetric(serverCPU/float64(b.N), "server-cpu-s/op")
			}
		})
	}
}

// selfCPU is the user + system CPU seconds of this process so far.
func selfCPU(b *testing.B) float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// processCPU is the user + system CPU seconds of process pid so far, from
// /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s); 0 when pid
// is "".
func processCPU(b *testing.B, pid string) float64 {
	if pid == "" {
		return 0
	}
	data, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		b.Fatal(err)
	}
	// The command name (field 2) may hold spaces: count from after it.
	f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+1:]))
	utime, err1 := strconv.ParseFloat(f[11], 64)
	stime, err2 := strconv.ParseFloat(f[12], 64)
	if err1 != nil || err2 != nil {
		b.Fatalf("/proc/%s/stat: %v %v", pid, err1, err2)
	}
	return (utime + stime) / 100
}
