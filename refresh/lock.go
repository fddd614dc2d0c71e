package refresh

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/negograph/negograph/schema"
)

// lockName is the name of the one RefreshLock node of a database.
const lockName = "refresh"

// ErrLocked is returned when another refresh holds the database's lock.
var ErrLocked = errors.New("another negograph refresh is running against this database")

// LockedError says who holds the lock.
type LockedError struct {
	Owner, Host string
	PID         int64
	Since       time.Time
	Expires     time.Time
}

// Error implements error.
func (e *LockedError) Error() string {
	return fmt.Sprintf("%v (owner %s, pid %d on host %s, since %s; its lease runs until %s unless renewed: "+
		"wait for it to finish, or stop that process)", ErrLocked, e.Owner, e.PID, e.Host,
		e.Since.Format(time.RFC3339), e.Expires.Format(time.RFC3339))
}

// Unwrap lets errors.Is(err, ErrLocked) work.
func (e *LockedError) Unwrap() error { return ErrLocked }

// lease is a held database lock. A goroutine renews it every ttl/3 until
// release; if renewing fails for longer than the ttl, lost is closed and the
// pass must stop.
type lease struct {
	driver neo4j.DriverWithContext
	db     string
	owner  string
	ttl    time.Duration
	stop   chan struct{}
	done   chan struct{}
	lost   chan struct{}
	once   sync.Once
}

func newOwner() string {
	host, _ := os.Hostname()
	var b [6]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%s/%d/%s", host, os.Getpid(), hex.EncodeToString(b[:]))
}

// acquireLock takes the database's refresh lock for owner, or returns a
// *LockedError. A lock whose lease has expired, or that a process of this
// host that is no longer alive holds, is taken over.
func acquireLock(ctx context.Context, driver neo4j.DriverWithContext, db, owner string, ttl time.Duration) (*lease, error) {
	host, _ := os.Hostname()
	try := func(stale string) (*LockedError, error) {
		res, err := neo4j.ExecuteQuery(ctx, driver,
			"MERGE (l:"+schema.LabelRefreshLock+" {name: $name}) "+
				"WITH l, (l.owner IS NULL OR l.owner = $owner OR l.owner = $stale OR l.expires_ms < timestamp()) AS free "+
				"FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END | "+
				"SET l.owner = $owner, l.host = $host, l.pid = $pid, l.acquired_ms = timestamp(), l.expires_ms = timestamp() + $ttl) "+
				"RETURN free, l.owner AS owner, l.host AS host, l.pid AS pid, l.acquired_ms AS since, l.expires_ms AS expires",
			map[string]any{"name": lockName, "owner": owner, "stale": stale, "host": host, "pid": int64(os.Getpid()),
				"ttl": ttl.Milliseconds()},
			neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db), neo4j.ExecuteQueryWithWritersRouting())
		if err != nil {
			return nil, fmt.Errorf("take the refresh lock: %w", err)
		}
		m := res.Records[0].AsMap()
		if free, _ := m["free"].(bool); free {
			return nil, nil
		}
		le := &LockedError{}
		le.Owner, _ = m["owner"].(string)
		le.Host, _ = m["host"].(string)
		le.PID, _ = m["pid"].(int64)
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
	if locked != nil && locked.Host == host && locked.PID > 0 && !alive(int(locked.PID)) {
		// The holder died on this host without releasing the lock.
		locked, err = try(locked.Owner)
		if err != nil {
			return nil, err
		}
	}
	if locked != nil {
		return nil, locked
	}
	l := &lease{driver: driver, db: db, owner: owner, ttl: ttl,
		stop: make(chan struct{}), done: make(chan struct{}), lost: make(chan struct{})}
	go l.renew()
	return l, nil
}

// alive reports whether a process of this host exists.
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

func (l *lease) renew() {
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
		ctx, cancel := context.WithTimeout(context.Background(), every)
		res, err := neo4j.ExecuteQuery(ctx, l.driver,
			"MATCH (l:"+schema.LabelRefreshLock+" {name: $name}) WHERE l.owner = $owner "+
				"SET l.expires_ms = timestamp() + $ttl RETURN count(l) AS n",
			map[string]any{"name": lockName, "owner": l.owner, "ttl": l.ttl.Milliseconds()},
			neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(l.db), neo4j.ExecuteQueryWithWritersRouting())
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

// release stops renewing and frees the lock (best effort: an unreleased
// lock expires after its ttl).
func (l *lease) release(ctx context.Context) error {
	close(l.stop)
	<-l.done
	_, err := neo4j.ExecuteQuery(ctx, l.driver,
		"MATCH (l:"+schema.LabelRefreshLock+" {name: $name}) WHERE l.owner = $owner DELETE l",
		map[string]any{"name": lockName, "owner": l.owner},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(l.db), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil {
		return fmt.Errorf("release the refresh lock (it expires by itself after %s): %w", l.ttl, err)
	}
	return nil
}
