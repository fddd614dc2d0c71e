package neo4jstore

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// expireLock makes the current lease of the database lock expired, as
// when its holder stalled for longer than the ttl.
func expireLock(t *testing.T, l *Loader) {
	t.Helper()
	query(t, context.Background(), l, "MATCH (l:RefreshLock {name: 'refresh'}) SET l.expires_ms = timestamp() - 1", nil)
}

// lockNode reads the lock's owner and token.
func lockNode(t *testing.T, l *Loader) (string, int64) {
	t.Helper()
	recs := query(t, context.Background(), l, "MATCH (l:RefreshLock {name: 'refresh'}) RETURN l.owner AS owner, l.token AS token", nil)
	if len(recs) != 1 {
		t.Fatalf("read the lock: %d nodes", len(recs))
	}
	owner, _ := recs[0]["owner"].(string)
	token, _ := recs[0]["token"].(int64)
	return owner, token
}

// fenceIn runs the lease's fence in a write transaction.
func fenceIn(ctx context.Context, l *Loader, ls *Lease) error {
	s := l.newWriteSession(ctx)
	defer s.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, ls.Fence(ctx, tx)
	})
	return err
}

// TestLockFencingToken: every acquisition gets a larger token; a lease
// that expired and was taken over fails its fence and its release leaves
// the newer lock alone.
func TestLockFencingToken(t *testing.T) {
	l := openLoader(t)
	ctx := context.Background()
	ttl := time.Minute
	a, err := l.AcquireLock(ctx, "owner-a", ttl)
	if err != nil {
		t.Fatal(err)
	}
	if err := fenceIn(ctx, l, a); err != nil {
		t.Fatalf("fence of the holder: %v", err)
	}
	if _, err := l.AcquireLock(ctx, "owner-b", ttl); !errors.Is(err, ErrLocked) {
		t.Fatalf("second acquisition of a live lock: %v", err)
	}
	expireLock(t, l)
	b, err := l.AcquireLock(ctx, "owner-b", ttl)
	if err != nil {
		t.Fatalf("take over an expired lock: %v", err)
	}
	if b.Token() <= a.Token() {
		t.Fatalf("token %d after %d: not monotonic", b.Token(), a.Token())
	}
	if err := fenceIn(ctx, l, a); !errors.Is(err, ErrLockLost) {
		t.Fatalf("fence of the expired lease: %v", err)
	}
	// A late release of the old lease must not drop the live one.
	if err := a.Release(ctx); err != nil {
		t.Fatal(err)
	}
	if owner, tok := lockNode(t, l); owner != "owner-b" || tok != b.Token() {
		t.Fatalf("after the old lease's release the lock is %q/%d, want owner-b/%d", owner, tok, b.Token())
	}
	if err := fenceIn(ctx, l, b); err != nil {
		t.Fatalf("fence of the new holder: %v", err)
	}
	if err := b.Release(ctx); err != nil {
		t.Fatal(err)
	}
	// Released: free, and the token keeps growing.
	c, err := l.AcquireLock(ctx, "owner-c", ttl)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Release(ctx)
	if c.Token() <= b.Token() {
		t.Fatalf("token %d after a release of %d", c.Token(), b.Token())
	}
}

// TestSameHostNameIsNotEnoughForTakeover: a lock held under this host name
// but from another boot or PID namespace (another container or a cloned
// machine with the same name) is not taken over because its PID is not
// alive here.
func TestSameHostNameIsNotEnoughForTakeover(t *testing.T) {
	l := openLoader(t)
	host, _ := os.Hostname()
	for _, ident := range []string{"", "another-boot/pid:[4026531836]", ProcessIdent() + "x"} {
		query(t, context.Background(), l,
			"MERGE (l:RefreshLock {name: 'refresh'}) SET l.owner = 'elsewhere', l.host = $host, l.ident = $ident, "+
				"l.pid = 999999999, l.token = 3, l.acquired_ms = timestamp(), l.expires_ms = timestamp() + 600000",
			map[string]any{"host": host, "ident": ident})
		_, err := l.AcquireLock(context.Background(), "me", time.Minute)
		if !errors.Is(err, ErrLocked) {
			t.Fatalf("ident %q: a live lock of another machine with this host name was taken: %v", ident, err)
		}
	}
}

// TestLockedErrorNamesTheHolder: the error of a held lock wraps ErrLocked
// and says who holds it and what to do.
func TestLockedErrorNamesTheHolder(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want []string
	}{
		{"direct", &LockedError{Owner: "h/1/ab", Host: "h", PID: 1}, []string{"another negograph refresh is running", "owner h/1/ab", "pid 1 on host h", "stop that process"}},
		{"wrapped", errors.Join(errors.New("refresh"), &LockedError{Owner: "o"}), []string{"owner o"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !errors.Is(tc.err, ErrLocked) {
				t.Errorf("%v does not wrap ErrLocked", tc.err)
			}
			for _, w := range tc.want {
				if !strings.Contains(tc.err.Error(), w) {
					t.Errorf("%q lacks %q", tc.err.Error(), w)
				}
			}
		})
	}
}
