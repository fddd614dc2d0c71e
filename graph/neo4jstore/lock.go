package neo4jstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/negograph/negograph/schema"
)

// refreshName is the name of the one RefreshLock node of a database, and
// of its one RefreshState node (state.go).
const refreshName = "refresh"

// ErrLocked is returned when another refresh holds the database's lock.
var ErrLocked = errors.New("another negograph refresh is running against this database")

// ErrLockLost is returned when a pass finds, in a write transaction, that
// the database lock is no longer its own (its lease expired and another
// process took the lock over): the transaction is rolled back.
var ErrLockLost = errors.New("the refresh lock is no longer held by this pass (its lease expired and another negograph took it over)")

// LockedError says who holds the refresh lock of a database; it wraps
// ErrLocked.
type LockedError struct {
	// Owner is the holder's owner string (NewLockOwner); Host its host
	// name.
	Owner, Host string
	// PID is the holder's process id on Host.
	PID int64
	// Since is when the holder took the lock.
	Since time.Time
	// Expires is when the holder's lease ends unless renewed.
	Expires time.Time
	// Token is the holder's fencing token.
	Token int64
	// ident is the holder's machine and process-namespace identity.
	ident string
}

// Error implements error.
func (e *LockedError) Error() string {
	return fmt.Sprintf("%v (owner %s, pid %d on host %s, since %s; its lease runs until %s unless renewed: "+
		"wait for it to finish, or stop that process)", ErrLocked, e.Owner, e.PID, e.Host,
		e.Since.Format(time.RFC3339), e.Expires.Format(time.RFC3339))
}

// Unwrap lets errors.Is(err, ErrLocked) work.
func (e *LockedError) Unwrap() error { return ErrLocked }

// Lease is a held refresh lock (a RefreshLock node). A goroutine renews it
// every ttl/3 until Release; if renewing fails for longer than the ttl, or
// another process took the lock over, Lost is closed and the holder must
// stop. Its token is the fencing token written with the lock: every write
// transaction of the holder checks, just before it commits, that the lock
// still has this owner and token (Fence), so a pass whose lease expired and
// was taken over cannot commit over the newer one.
type Lease struct {
	store Loader // driver and database; copied, never changed
	owner string
	token int64
	ttl   time.Duration
	stop  chan struct{}
	done  chan struct{}
	lost  chan struct{}
	once  sync.Once
}

// NewLockOwner returns a new owner string for AcquireLock: host name,
// process id and a random part, so that two processes, or two holders in
// one process, never share one.
func NewLockOwner() string {
	host, _ := os.Hostname()
	var b [6]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%s/%d/%s", host, os.Getpid(), hex.EncodeToString(b[:]))
}

// ProcessIdent identifies the kernel boot and the PID namespace of this
// process ("" when unknown); AcquireLock records it with the lock. Two
// holders with the same host name but another ident (another machine or
// container with a copied host name, or a reboot) do not share PIDs, so a
// PID that is not alive here says nothing about them.
func ProcessIdent() string {
	boot, err := os.ReadFile("/proc/sys/kernel/random/boot_id")
	if err != nil {
		return ""
	}
	ns, err := os.Readlink("/proc/self/ns/pid")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(boot)) + "/" + ns
}

// lockConstraint keeps MERGE from creating two lock nodes when two
// processes start at the same moment.
const lockConstraint = "CREATE CONSTRAINT refresh_lock_name IF NOT EXISTS FOR (l:" + schema.LabelRefreshLock + ") REQUIRE l.name IS UNIQUE"

// AcquireLock takes the database's refresh lock for owner (NewLockOwner)
// with a lease of ttl, or returns a *LockedError naming the holder. A lock
// whose lease has expired is taken over; so is one whose holder ran on this
// host, in this boot and PID namespace, with a PID that is no longer alive,
// and one held by owner itself (a lease it could not release). Each
// acquisition increments the lock's fencing token. The lease is renewed in
// the background until Release.
func (l *Loader) AcquireLock(ctx context.Context, owner string, ttl time.Duration) (*Lease, error) {
	if err := l.check(); err != nil {
		return nil, err
	}
	host, _ := os.Hostname()
	ident := ProcessIdent()
	if _, err := l.execute(ctx, lockConstraint, nil, false); err != nil && Retryable(err) {
		// Neo4j is unreachable. Other failures (a user without schema
		// rights) leave the lock without its constraint: MERGE alone
		// still serves one process at a time in all but a start race.
		return nil, fmt.Errorf("take the refresh lock: %w", err)
	}
	var token int64
	try := func(stale string) (*LockedError, error) {
		res, err := l.execute(ctx,
			"MERGE (l:"+schema.LabelRefreshLock+" {name: $name}) "+
				"WITH l, (l.owner IS NULL OR l.owner = $owner OR l.owner = $stale OR l.expires_ms < timestamp()) AS free "+
				"FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END | "+
				"SET l.owner = $owner, l.host = $host, l.ident = $ident, l.pid = $pid, l.acquired_ms = timestamp(), "+
				"l.expires_ms = timestamp() + $ttl, l.token = coalesce(l.token, 0) + 1) "+
				"RETURN free, l.owner AS owner, l.host AS host, l.ident AS ident, l.pid AS pid, l.acquired_ms AS since, "+
				"l.expires_ms AS expires, l.token AS token",
			map[string]any{"name": refreshName, "owner": owner, "stale": stale, "host": host, "ident": ident,
				"pid": int64(os.Getpid()), "ttl": ttl.Milliseconds()}, false)
		if err != nil {
			return nil, fmt.Errorf("take the refresh lock: %w", err)
		}
		m := res.Records[0].AsMap()
		if free, _ := m["free"].(bool); free {
			token, _ = m["token"].(int64)
			return nil, nil
		}
		le := &LockedError{}
		le.Owner, _ = m["owner"].(string)
		le.Host, _ = m["host"].(string)
		le.ident, _ = m["ident"].(string)
		le.PID, _ = m["pid"].(int64)
		le.Token, _ = m["token"].(int64)
		if ms, ok := m["since"].(int64); ok {
			le.Since = time.UnixMilli(ms).UTC()
		}
		if ms, ok := m["expires"].(int64); ok {
			le.Expires = time.UnixMilli(ms).UTC()
		}
		return le, nil
	}
	locked, err := try("")
	if err != nil {
		return nil, err
	}
	if locked != nil && deadHere(locked, host, ident) {
		// The holder died on this machine without releasing the lock.
		locked, err = try(locked.Owner)
		if err != nil {
			return nil, err
		}
	}
	if locked != nil {
		return nil, locked
	}
	ls := &Lease{store: *l, owner: owner, token: token, ttl: ttl,
		stop: make(chan struct{}), done: make(chan struct{}), lost: make(chan struct{})}
	go ls.renew(context.WithoutCancel(ctx))
	return ls, nil
}

// deadHere reports whether the holder of a lock is a process of this
// machine (same host name, and same boot and PID namespace: a host name
// alone is shared by containers and cloned machines) that no longer runs.
func deadHere(le *LockedError, host, ident string) bool {
	return le.Host == host && ident != "" && le.ident == ident && le.PID > 0 && !alive(int(le.PID))
}

// alive reports whether a process of this host exists.
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// ours is the condition, on the lock node l, that the lease is this one.
const ours = "l.owner = $owner AND l.token = $token"

// Token is the lease's fencing token: larger for every later acquisition
// of the database's lock.
func (l *Lease) Token() int64 { return l.token }

// Lost is closed when the lease is lost: renewing it failed for longer
// than its ttl, or another process took the lock over. The holder must
// stop; its transactions' Fence fails from then on.
func (l *Lease) Lost() <-chan struct{} { return l.lost }

// params are the query parameters that name the lock and this lease.
func (l *Lease) params() map[string]any {
	return map[string]any{"name": refreshName, "owner": l.owner, "token": l.token, "ttl": l.ttl.Milliseconds()}
}

// renew extends the lease every ttl/3 until Release, closing lost when it
// cannot. ctx carries values only: each renewal has its own timeout.
func (l *Lease) renew(ctx context.Context) {
	defer close(l.done)
	every := l.ttl / 3
	lastOK := time.Now()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-l.stop:
			return
		case <-t.C:
		}
		rctx, cancel := context.WithTimeout(ctx, every)
		res, err := l.store.execute(rctx,
			"MATCH (l:"+schema.LabelRefreshLock+" {name: $name}) WHERE "+ours+" "+
				"SET l.expires_ms = timestamp() + $ttl RETURN count(l) AS n",
			l.params(), false)
		cancel()
		switch {
		case err == nil && res.Records[0].Values[0].(int64) == 1:
			lastOK = time.Now()
		case err == nil:
			// Someone took the lock over (our lease had expired).
			l.once.Do(func() { close(l.lost) })
			return
		case time.Since(lastOK) > l.ttl:
			l.once.Do(func() { close(l.lost) })
			return
		}
	}
}

// Fence checks, inside a write transaction and just before it commits,
// that the lock still has this lease's owner and token, and locks the lock
// node until the commit, so that no other process can take the lock over
// between the check and the commit. It returns an error wrapping
// ErrLockLost otherwise, which must roll the transaction back. It fits
// ApplyOptions.Fence.
func (l *Lease) Fence(ctx context.Context, tx neo4j.ManagedTransaction) error {
	res, err := tx.Run(ctx, "OPTIONAL MATCH (l:"+schema.LabelRefreshLock+" {name: $name}) WHERE "+ours+" "+
		"SET l.fenced_ms = timestamp() RETURN count(l) AS n", l.params())
	if err != nil {
		return fmt.Errorf("check the refresh lock: %w", err)
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return fmt.Errorf("check the refresh lock: %w", err)
	}
	if n, _ := rec.Values[0].(int64); n != 1 {
		return fmt.Errorf("refresh: %w; this pass's transaction was rolled back (token %d)", ErrLockLost, l.token)
	}
	return nil
}

// Release stops renewing and frees the lock if it is still this lease's
// (best effort: an unreleased lock expires after its ttl). It never frees a
// lock that another process took over, however late it runs: it matches
// the owner and the fencing token. The node stays, so that the token keeps
// growing. Call it once.
func (l *Lease) Release(ctx context.Context) error {
	close(l.stop)
	<-l.done
	_, err := l.store.execute(ctx,
		"MATCH (l:"+schema.LabelRefreshLock+" {name: $name}) WHERE "+ours+" "+
			"SET l.owner = null, l.pid = null, l.expires_ms = 0, l.released_ms = timestamp()",
		l.params(), false)
	if err != nil {
		return fmt.Errorf("release the refresh lock (it expires by itself after %s): %w", l.ttl, err)
	}
	return nil
}
