package refresh

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/neo4jtest"
	"github.com/negograph/negograph/internal/testenv"
)

// expireLock makes the current lease of the database lock expired, as
// when its holder stalled for longer than the ttl.
func expireLock(t *testing.T, driver neo4j.DriverWithContext, db string) {
	t.Helper()
	if _, err := neo4j.ExecuteQuery(context.Background(), driver,
		"MATCH (l:RefreshLock {name: 'refresh'}) SET l.expires_ms = timestamp() - 1", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db)); err != nil {
		t.Fatal(err)
	}
}

// TestExpiredPassCannotCommitOverANewerOne: a pass whose lease expired and
// was taken over while it computed fails with ErrLockLost, and the
// database keeps what the newer holder has.
func TestExpiredPassCannotCommitOverANewerOne(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	for _, tc := range []struct {
		name      string
		maxTxRows int
	}{
		{"one transaction", 0},
		{"several transactions", 50},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRefresher(t, driver, db, "../../examples/articles")
			r.MaxTxRows = tc.maxTxRows
			var newer *neo4jstore.Lease
			r.beforeWrite = func(int) {
				expireLock(t, driver, db)
				var err error
				if newer, err = r.Loader.AcquireLock(context.Background(), "newer", time.Minute); err != nil {
					t.Errorf("take over: %v", err)
				}
			}
			_, err := r.Pass(context.Background())
			if !errors.Is(err, ErrLockLost) {
				t.Fatalf("pass whose lock was taken over: %v", err)
			}
			if newer != nil {
				newer.Release(context.Background())
			}
			if gen, err := r.dbGeneration(context.Background()); err != nil || gen != "" {
				t.Fatalf("the stale pass committed generation %q (%v)", gen, err)
			}
			if n := countNodes(t, driver, db, "Article"); n != 0 {
				t.Fatalf("the stale pass wrote %d articles", n)
			}
		})
	}
}

// countNodes counts the nodes of a label.
func countNodes(t *testing.T, driver neo4j.DriverWithContext, db, label string) int64 {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), driver, "MATCH (n:"+label+") RETURN count(n)", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		t.Fatal(err)
	}
	return res.Records[0].Values[0].(int64)
}

// TestAbandonedMultiTransactionPassIsCompleted: a pass that committed some
// of its transactions and stopped leaves the database marked; the next
// pass, whatever its sources now are, reads what the database really holds
// and leaves exactly a full rebuild's graph (no orphaned partial writes).
func TestAbandonedMultiTransactionPassIsCompleted(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	dir := filepath.Join(t.TempDir(), "news")
	testenv.CopyTree(t, dir, "../../examples/articles")
	r := newRefresher(t, driver, db, dir)
	pass(t, r)

	// New articles, written in several transactions; stopped after the first.
	testenv.CopyTree(t, dir, "../pipeline/testdata/articles")
	ctx, cancel := context.WithCancel(context.Background())
	r.MaxTxRows = 20
	r.Progress = func(stage string, done, total int) {
		if stage == "write" && done > 0 {
			cancel()
		}
	}
	if _, err := r.Pass(ctx); err == nil {
		t.Fatal("the pass was not interrupted")
	}
	r.Progress = nil
	gen, pending, err := r.dbState(context.Background())
	if err != nil || pending == "" || gen == pending {
		t.Fatalf("after the interrupted pass: generation %q, pending %q (%v)", gen, pending, err)
	}

	// The new articles are removed again before the next pass: what the
	// interrupted pass wrote of them must go.
	entries, err := os.ReadDir("../pipeline/testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		os.RemoveAll(filepath.Join(dir, e.Name()))
	}
	pass(t, r)
	assertEqualsRebuild(t, driver, db, dir)
	if _, pending, _ := r.dbState(context.Background()); pending != "" {
		t.Fatalf("the completing pass left pending %q", pending)
	}
}
