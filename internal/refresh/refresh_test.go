package refresh

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/neo4jtest"
	"github.com/negograph/negograph/internal/pipeline"
	"github.com/negograph/negograph/internal/testenv"
)

// newRefresher returns a Refresher over dir with its own state folder.
func newRefresher(t *testing.T, driver neo4j.DriverWithContext, db string, paths ...string) *Refresher {
	t.Helper()
	return &Refresher{
		Sources:  Sources{Paths: paths},
		Loader:   &neo4jstore.Loader{Driver: driver, Database: db},
		Target:   "test",
		StateDir: t.TempDir(),
		Retry:    Backoff{Initial: 100 * time.Millisecond, Max: time.Second, MaxElapsed: 2 * time.Minute},
		Log:      zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel),
	}
}

// assertEqualsRebuild proves that the database holds exactly the graph a
// full build of paths gives.
func assertEqualsRebuild(t *testing.T, driver neo4j.DriverWithContext, db string, paths ...string) graph.Snapshot {
	t.Helper()
	ctx := context.Background()
	res, err := pipeline.Build(ctx, pipeline.Options{Paths: paths, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	want := res.Graph.Snapshot()
	got, err := (&neo4jstore.Loader{Driver: driver, Database: db}).ReadSnapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got = got.Own()
	if len(got.Nodes) != len(want.Nodes) || len(got.Relationships) != len(want.Relationships) {
		t.Fatalf("database has %d nodes and %d relationships, a full rebuild %d and %d",
			len(got.Nodes), len(got.Relationships), len(want.Nodes), len(want.Relationships))
	}
	d, err := delta(got, want)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Empty() {
		var diffs []string
		for _, n := range d.UpsertNodes {
			diffs = append(diffs, "node "+n.ID)
		}
		for _, r := range d.UpsertRels {
			diffs = append(diffs, "rel "+r.New.ID)
		}
		for _, n := range d.DeleteNodes {
			diffs = append(diffs, "extra node "+n.ID)
		}
		for _, r := range d.DeleteRels {
			diffs = append(diffs, "extra rel "+r.Old.ID)
		}
		t.Fatalf("database differs from a full rebuild in %d elements: %s", d.Rows(), strings.Join(diffs[:min(10, len(diffs))], "; "))
	}
	return want
}

func pass(t *testing.T, r *Refresher) *Report {
	t.Helper()
	rep, err := r.Pass(context.Background())
	if err != nil {
		t.Fatalf("pass: %v", err)
	}
	return rep
}

// TestRefreshSequenceEqualsRebuild runs passes over a changing folder —
// first load, nothing changed, one article changed, one added, one deleted,
// an analysis change (what an extractor version bump does), a new process
// with the state folder, and a new process without it — and checks after
// each that the database equals a full rebuild and that a pass analysed and
// wrote only what it had to.
func TestRefreshSequenceEqualsRebuild(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	dir := t.TempDir()
	ex, more := filepath.Join(dir, "ex"), filepath.Join(dir, "more")
	testenv.CopyTree(t, ex, "../../examples/articles")
	testenv.CopyTree(t, more, "../pipeline/testdata/articles")
	paths := []string{ex, more}

	r := newRefresher(t, driver, db, paths...)
	rep := pass(t, r)
	if rep.New != rep.Seen || rep.Analyzed != rep.Seen || rep.Written == 0 {
		t.Fatalf("first pass: %+v", rep)
	}
	full := assertEqualsRebuild(t, driver, db, paths...)
	if rep.Written != len(full.Nodes)+len(full.Relationships) {
		t.Errorf("first pass wrote %d rows for a graph of %d", rep.Written, len(full.Nodes)+len(full.Relationships))
	}

	rep = pass(t, r)
	if rep.Analyzed != 0 || rep.Written != 0 || rep.Unchanged != rep.Seen {
		t.Fatalf("unchanged pass: %+v", rep)
	}

	// One article changed: a meeting's venue moves from Muscat to Doha.
	file := filepath.Join(ex, "ex03_muscat-2025-04-12.txt")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "مسقط") {
		t.Fatal("fixture changed: no مسقط in ex03")
	}
	if err := os.WriteFile(file, []byte(strings.ReplaceAll(string(data), "مسقط", "الدوحة")), 0o644); err != nil {
		t.Fatal(err)
	}
	rep = pass(t, r)
	if rep.Changed != 1 || rep.Analyzed != 1 || rep.New != 0 {
		t.Fatalf("changed pass: %+v", rep)
	}
	if rep.Written == 0 || rep.Written > 60 {
		t.Errorf("changed pass wrote %d rows; expected only the records of one article", rep.Written)
	}
	assertEqualsRebuild(t, driver, db, paths...)

	// A new article.
	extra := "وصل وزير الخارجية الإيراني عباس عراقجي إلى الدوحة يوم 3 مايو 2025 لإجراء جولة جديدة من المحادثات غير المباشرة مع المبعوث الأمريكي ستيف ويتكوف بوساطة قطرية.\n"
	if err := os.WriteFile(filepath.Join(ex, "zz_new.txt"), []byte(extra), 0o644); err != nil {
		t.Fatal(err)
	}
	rep = pass(t, r)
	if rep.New != 1 || rep.Analyzed != 1 {
		t.Fatalf("new-article pass: %+v", rep)
	}
	assertEqualsRebuild(t, driver, db, paths...)

	// A deleted article: the facts only it supported go, shared ones stay.
	if err := os.Remove(filepath.Join(ex, "ex02_muscat-2024-01.txt")); err != nil {
		t.Fatal(err)
	}
	rep = pass(t, r)
	if rep.Deleted != 1 || rep.Analyzed != 0 || rep.Written == 0 {
		t.Fatalf("deleted-article pass: %+v", rep)
	}
	assertEqualsRebuild(t, driver, db, paths...)

	// An extractor version bump re-analyses every article, and the graph
	// is still the full rebuild's.
	r.extractorVersion = "test-next-version"
	r.eng = nil // a new version means a new process
	rep = pass(t, r)
	if rep.Analyzed != rep.Seen || rep.Changed != rep.Seen {
		t.Fatalf("extractor-version pass: %+v", rep)
	}
	assertEqualsRebuild(t, driver, db, paths...)
	r.extractorVersion = ""
	r.eng = nil

	// So does a gazetteer change (the fingerprint covers both).
	gz := filepath.Join(t.TempDir(), "extra.yaml")
	if err := os.WriteFile(gz, []byte("- id: person:test-envoy\n  type: Person\n  name: Test Envoy\n  name_ar: سالم المختبر\n  country: country:oman\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r.GazetteerFiles = []string{gz}
	r.eng = nil // a new gazetteer means a new analyzer, as in a new process
	rep = pass(t, r)
	if rep.Analyzed != rep.Seen || rep.Changed != rep.Seen {
		t.Fatalf("fingerprint-change pass: %+v", rep)
	}
	r.GazetteerFiles = nil
	r.eng = nil
	pass(t, r)
	assertEqualsRebuild(t, driver, db, paths...)

	// A new process with the same state folder analyses nothing.
	r2 := newRefresher(t, driver, db, paths...)
	r2.StateDir = r.StateDir
	if rep = pass(t, r2); rep.Analyzed != 0 || rep.Written != 0 {
		t.Fatalf("new process, same state: %+v", rep)
	}
	// A new process without state reads the graph from Neo4j and finds
	// nothing to change.
	r3 := newRefresher(t, driver, db, paths...)
	if rep = pass(t, r3); rep.Analyzed != rep.Seen || rep.Written != 1 && rep.Written != 0 {
		t.Fatalf("new process, no state: %+v", rep)
	}
	assertEqualsRebuild(t, driver, db, paths...)
}

// TestTwoRefreshesNeverRunAtOnce holds one pass at its write and starts a
// second against the same database: the second waits for the lock (it
// neither runs nor fails while the first holds it), then runs once the
// first is done; with no time left to wait it fails with ErrLocked naming
// the holder.
func TestTwoRefreshesNeverRunAtOnce(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	paths := []string{"../../examples/articles"}
	first := newRefresher(t, driver, db, paths...)
	second := newRefresher(t, driver, db, paths...)
	holding, release := make(chan struct{}), make(chan struct{})
	first.beforeWrite = func(int) {
		close(holding)
		<-release
	}
	var wg sync.WaitGroup
	wg.Add(1)
	var firstErr error
	go func() {
		defer wg.Done()
		_, firstErr = first.Pass(context.Background())
	}()
	<-holding

	// No time to wait: ErrLocked, naming the holder.
	impatient := newRefresher(t, driver, db, paths...)
	impatient.Retry = Backoff{Initial: 50 * time.Millisecond, Max: 100 * time.Millisecond, MaxElapsed: 300 * time.Millisecond}
	_, err := impatient.Pass(context.Background())
	var le *LockedError
	if !errors.Is(err, ErrLocked) || !errors.As(err, &le) || le.PID != int64(os.Getpid()) {
		t.Fatalf("pass while the first runs: %v", err)
	}
	if !strings.Contains(err.Error(), "another negograph refresh is running") {
		t.Errorf("message: %v", err)
	}

	// With time: it waits.
	secondDone := make(chan error, 1)
	go func() {
		_, err := second.Pass(context.Background())
		secondDone <- err
	}()
	select {
	case err := <-secondDone:
		t.Fatalf("the second pass ended (%v) while the first held the lock", err)
	case <-time.After(time.Second):
	}
	close(release)
	wg.Wait()
	if firstErr != nil {
		t.Fatal(firstErr)
	}
	select {
	case err := <-secondDone:
		if err != nil {
			t.Fatalf("second pass after the first: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("the second pass did not run once the first released the lock")
	}
	assertEqualsRebuild(t, driver, db, paths...)
}

// TestStaleLockOfADeadProcessIsTakenOver leaves a lock of a process of this
// machine (host name, boot and PID namespace) that does not exist: the next
// pass takes it over.
func TestStaleLockOfADeadProcessIsTakenOver(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	host, _ := os.Hostname()
	_, err := neo4j.ExecuteQuery(context.Background(), driver,
		"CREATE (:RefreshLock {name: 'refresh', owner: 'dead', host: $host, ident: $ident, pid: 999999999, token: 7, "+
			"acquired_ms: timestamp(), expires_ms: timestamp() + 600000})",
		map[string]any{"host": host, "ident": neo4jstore.ProcessIdent()}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		t.Fatal(err)
	}
	r := newRefresher(t, driver, db, "../../examples/articles")
	r.Retry.MaxElapsed = 5 * time.Second
	pass(t, r)
}

// TestInterruptedPassLeavesNothingHalfDone cancels a pass (as SIGINT does)
// before its write, and another after the first of several transactions
// has committed: the database keeps the previous generation, and the next
// pass completes the graph.
func TestInterruptedPassLeavesNothingHalfDone(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	paths := []string{"../../examples/articles"}
	r := newRefresher(t, driver, db, paths...)

	ctx, cancel := context.WithCancel(context.Background())
	r.beforeWrite = func(int) { cancel() }
	if _, err := r.Pass(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled pass: %v", err)
	}
	if gen, err := r.dbGeneration(context.Background()); err != nil || gen != "" {
		t.Fatalf("after a cancelled pass the database records generation %q (%v)", gen, err)
	}
	r.beforeWrite = nil

	ctx, cancel = context.WithCancel(context.Background())
	r.MaxTxRows = 50
	r.Progress = func(stage string, done, total int) {
		if stage == "write" && done > 0 {
			cancel()
		}
	}
	if _, err := r.Pass(ctx); err == nil {
		t.Fatal("pass cancelled after its first transaction succeeded")
	}
	if gen, _ := r.dbGeneration(context.Background()); gen != "" {
		t.Fatalf("a half-written pass recorded generation %q", gen)
	}
	r.Progress = nil
	rep := pass(t, r)
	if rep.Analyzed != 0 {
		t.Errorf("the analyses of the interrupted pass were not reused: %+v", rep)
	}
	assertEqualsRebuild(t, driver, db, paths...)
}

// TestOtherDataIsNotTouched proves that nodes outside negograph's schema in
// the same database survive passes.
func TestOtherDataIsNotTouched(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	ctx := context.Background()
	if _, err := neo4j.ExecuteQuery(ctx, driver, "CREATE (:AnalystNote {id: 'note-1', text: $t})",
		map[string]any{"t": "ملاحظة"}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db)); err != nil {
		t.Fatal(err)
	}
	r := newRefresher(t, driver, db, "../../examples/articles")
	r.StateDir = t.TempDir()
	pass(t, r)
	res, err := neo4j.ExecuteQuery(ctx, driver, "MATCH (n:AnalystNote) RETURN count(n)", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Records[0].Values[0].(int64); n != 1 {
		t.Fatalf("analyst note count %d", n)
	}
}
