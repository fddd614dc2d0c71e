// Package neo4jtest connects integration tests to the test Neo4j server
// (started by `make neo4j-up` or `make test`, see tools/neo4j/neo4j.sh).
package neo4jtest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// connectTimeout bounds the connectivity check; wipeTimeout bounds emptying
// the database once the lock is held.
const (
	connectTimeout = 20 * time.Second
	wipeTimeout    = 2 * time.Minute
)

// lockFile is the name, inside os.TempDir, of the file Open locks so that
// tests of different packages never use the database at the same time.
const lockFile = "negograph-neo4jtest.lock"

// Open returns a driver connected to the test Neo4j (env NEO4J_URI,
// NEO4J_USER default "neo4j", NEO4J_PASSWORD, NEO4J_DATABASE default
// "neo4j") and the database name.
// When NEO4J_URI is unset or unreachable it calls t.Skip — unless env CI is
// non-empty, then t.Fatal: integration tests must run in CI.
//
// It takes an exclusive cross-process lock (flock on a file in os.TempDir)
// held until t.Cleanup, because `go test ./...` runs packages in parallel
// against one database, then deletes all nodes and relationships (and drops
// nothing else: constraints and indexes stay), and registers driver.Close in
// Cleanup.
func Open(t testing.TB) (neo4j.DriverWithContext, string) {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		unavailable(t, "NEO4J_URI is not set (run `make test`, or `make neo4j-up` and export NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=negograph-test)")
	}
	user := envOr("NEO4J_USER", "neo4j")
	db := envOr("NEO4J_DATABASE", "neo4j")
	driver, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(user, os.Getenv("NEO4J_PASSWORD"), ""))
	if err != nil {
		unavailable(t, fmt.Sprintf("cannot use NEO4J_URI %q: %v", uri, err))
	}
	ctx, cancel := context.WithTimeout(context.Background(), connectTimeout)
	err = driver.VerifyConnectivity(ctx)
	cancel()
	if err != nil {
		_ = driver.Close(context.Background())
		unavailable(t, fmt.Sprintf("Neo4j at %s does not answer as user %q (is it up? `make neo4j-up`; right NEO4J_PASSWORD?): %v", uri, user, err))
	}
	// Cleanups run last-in first-out: the driver closes before the lock is
	// released, so the next holder never sees this test's work in flight.
	lock(t)
	t.Cleanup(func() { _ = driver.Close(context.Background()) })
	if err := wipe(driver, db); err != nil {
		t.Fatalf("neo4jtest: empty database %q at %s: %v", db, uri, err)
	}
	return driver, db
}

// wipe deletes every node and relationship of db in batches, in auto-commit
// transactions (CALL … IN TRANSACTIONS needs them), so large graphs left by
// benchmarks do not blow the transaction memory.
func wipe(driver neo4j.DriverWithContext, db string) error {
	ctx, cancel := context.WithTimeout(context.Background(), wipeTimeout)
	defer cancel()
	session := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	// Relationships first: a node with thousands of them would not fit in
	// one transaction's memory.
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
		"MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS",
	} {
		res, err := session.Run(ctx, q, nil)
		if err != nil {
			return fmt.Errorf("delete everything: %w", err)
		}
		if _, err := res.Consume(ctx); err != nil {
			return fmt.Errorf("delete everything: %w", err)
		}
	}
	return nil
}

func unavailable(t testing.TB, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("neo4jtest: CI is set, so integration tests may not be skipped: %s", why)
	}
	t.Skipf("neo4jtest: skipping integration test: %s", why)
}

// lock takes an exclusive flock on lockFile, held until the test's cleanup.
func lock(t testing.TB) {
	t.Helper()
	path := filepath.Join(os.TempDir(), lockFile)
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		t.Fatalf("neo4jtest: open lock file %s (set TMPDIR to a writable directory): %v", path, err)
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		_ = f.Close()
		t.Fatalf("neo4jtest: lock %s: %v", path, err)
	}
	t.Cleanup(func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		_ = f.Close()
	})
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
