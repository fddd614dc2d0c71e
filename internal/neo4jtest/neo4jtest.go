// Package neo4jtest connects integration tests to the test Neo4j server
// (started by `make neo4j-up` or `make test`).
package neo4jtest

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Open returns a driver connected to the test Neo4j (environment NEO4J_URI,
// NEO4J_USER default "neo4j", NEO4J_PASSWORD, NEO4J_DATABASE default
// "neo4j") and the database name. When NEO4J_URI is unset or the server
// does not answer it skips the test — unless CI is set, then the test
// fails: integration tests must run in CI.
//
// Open holds an exclusive cross-process lock until the test ends, because
// `go test ./...` runs packages in parallel against one database, and it
// deletes every node and relationship so that each test starts empty.
// Constraints and indexes are left in place.
func Open(t testing.TB) (neo4j.DriverWithContext, string) {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		unavailable(t, "NEO4J_URI is not set (run `make test`, or `make neo4j-up` and export NEO4J_URI)")
	}
	user := envOr("NEO4J_USER", "neo4j")
	db := envOr("NEO4J_DATABASE", "neo4j")
	driver, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(user, os.Getenv("NEO4J_PASSWORD"), ""))
	if err != nil {
		unavailable(t, "bad NEO4J_URI "+uri+": "+err.Error())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(context.Background())
		unavailable(t, "Neo4j at "+uri+" does not answer: "+err.Error())
	}
	lock(t)
	t.Cleanup(func() { driver.Close(context.Background()) })
	if _, err := neo4j.ExecuteQuery(ctx, driver, "MATCH (n) DETACH DELETE n", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db)); err != nil {
		t.Fatalf("neo4jtest: empty the test database: %v", err)
	}
	return driver, db
}

func unavailable(t testing.TB, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("neo4jtest: integration tests must run under CI: %s", why)
	}
	t.Skipf("neo4jtest: skipping integration test: %s", why)
}

// lock takes an exclusive flock held until the test's cleanup.
func lock(t testing.TB) {
	t.Helper()
	path := filepath.Join(os.TempDir(), "negograph-neo4jtest.lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		t.Fatalf("neo4jtest: open lock %s: %v", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		t.Fatalf("neo4jtest: lock %s: %v", path, err)
	}
	t.Cleanup(func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	})
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
