package refresh

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

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

// lockNode reads the lock's owner and token.
func lockNode(t *testing.T, driver neo4j.DriverWithContext, db string) (string, int64) {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), driver,
		"MATCH (l:RefreshLock {name: 'refresh'}) RETURN l.owner AS owner, l.token AS token", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil || len(res.Records) != 1 {
		t.Fatalf("read the lock: %v (%d nodes)", err, len(res.Records))
	}
	owner, _ := res.Records[0].AsMap()["owner"].(string)
	token, _ := res.Records[0].AsMap()["token"].(int64)
	return owner, token
}

// fenceIn runs the lease's fence in a write transaction.
func fenceIn(ctx context.Context, driver neo4j.DriverWithContext, db string, l *lease) error {
	s := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db})
	defer s.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, l.fence(ctx, tx)
	})
	return err
}

// TestLockFencingToken: every acquisition gets a larger token; a lease
// that expired and was taken over fails its fence and its release leaves
// the newer lock alone.
func TestLockFencingToken(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	ctx := context.Background()
	ttl := time.Minute
	a, err := acquireLock(ctx, driver, db, "owner-a", ttl)
	if err != nil {
		t.Fatal(err)
	}
	if err := fenceIn(ctx, driver, db, a); err != nil {
		t.Fatalf("fence of the holder: %v", err)
	}
	if _, err := acquireLock(ctx, driver, db, "owner-b", ttl); !errors.Is(err, ErrLocked) {
		t.Fatalf("second acquisition of a live lock: %v", err)
	}
	expireLock(t, driver, db)
	b, err := acquireLock(ctx, driver, db, "owner-b", ttl)
	if err != nil {
		t.Fatalf("take over an expired lock: %v", err)
	}
	if b.token <= a.token {
		t.Fatalf("token %d after %d: not monotonic", b.token, a.token)
	}
	if err := fenceIn(ctx, driver, db, a); !errors.Is(err, ErrLockLost) {
		t.Fatalf("fence of the expired lease: %v", err)
	}
	// A late release of the old lease must not drop the live one.
	if err := a.release(ctx); err != nil {
		t.Fatal(err)
	}
	if owner, tok := lockNode(t, driver, db); owner != "owner-b" || tok != b.token {
		t.Fatalf("after the old lease's release the lock is %q/%d, want owner-b/%d", owner, tok, b.token)
	}
	if err := fenceIn(ctx, driver, db, b); err != nil {
		t.Fatalf("fence of the new holder: %v", err)
	}
	if err := b.release(ctx); err != nil {
		t.Fatal(err)
	}
	// Released: free, and the token keeps growing.
	c, err := acquireLock(ctx, driver, db, "owner-c", ttl)
	if err != nil {
		t.Fatal(err)
	}
	defer c.release(ctx)
	if c.token <= b.token {
		t.Fatalf("token %d after a release of %d", c.token, b.token)
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
			var newer *lease
			r.beforeWrite = func(int) {
				expireLock(t, driver, db)
				var err error
				if newer, err = acquireLock(context.Background(), driver, db, "newer", time.Minute); err != nil {
					t.Errorf("take over: %v", err)
				}
			}
			_, err := r.Pass(context.Background())
			if !errors.Is(err, ErrLockLost) {
				t.Fatalf("pass whose lock was taken over: %v", err)
			}
			if newer != nil {
				newer.release(context.Background())
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

// TestSameHostNameIsNotEnoughForTakeover: a lock held under this host name
// but from another boot or PID namespace (another container or a cloned
// machine with the same name) is not taken over because its PID is not
// alive here.
func TestSameHostNameIsNotEnoughForTakeover(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	host, _ := os.Hostname()
	for _, ident := range []string{"", "another-boot/pid:[4026531836]", processIdent() + "x"} {
		if _, err := neo4j.ExecuteQuery(context.Background(), driver,
			"MERGE (l:RefreshLock {name: 'refresh'}) SET l.owner = 'elsewhere', l.host = $host, l.ident = $ident, "+
				"l.pid = 999999999, l.token = 3, l.acquired_ms = timestamp(), l.expires_ms = timestamp() + 600000",
			map[string]any{"host": host, "ident": ident}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db)); err != nil {
			t.Fatal(err)
		}
		_, err := acquireLock(context.Background(), driver, db, "me", time.Minute)
		if !errors.Is(err, ErrLocked) {
			t.Fatalf("ident %q: a live lock of another machine with this host name was taken: %v", ident, err)
		}
	}
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
