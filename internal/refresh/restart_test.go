package refresh

import (
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// ownServer starts a Neo4j of the test's own (tools/neo4j/neo4j.sh on a
// free port, its own store) and returns its driver and a function that
// stops or starts it (keeping the data).
func ownServer(t *testing.T) (neo4j.DriverWithContext, func(string) error) {
	t.Helper()
	if os.Getenv("NEO4J_URI") == "" && os.Getenv("CI") == "" {
		t.Skip("integration test: set NEO4J_URI (make test) to run it")
	}
	script, err := filepath.Abs("../../tools/neo4j/neo4j.sh")
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	ln.Close()
	state := t.TempDir()
	const password = "restart-test-pw"
	ctl := func(action string) error {
		cmd := exec.Command(script, action)
		cmd.Env = append(os.Environ(), "NEO4J_PORT="+port, "NEO4J_STATE_DIR="+state, "NEO4J_PASSWORD="+password,
			"NEO4J_HEAP=512m", "NEO4J_KEEP_DATA=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Logf("neo4j.sh %s: %s", action, out)
		}
		return err
	}
	if err := ctl("up"); err != nil {
		t.Fatalf("start a Neo4j of the test's own: %v", err)
	}
	t.Cleanup(func() { ctl("down") })
	// The driver's own retries stop after a second, so that the pass's
	// backoff is what carries it over the outage.
	driver, err := neo4j.NewDriverWithContext("bolt://127.0.0.1:"+port, neo4j.BasicAuth("neo4j", password, ""),
		func(c *config.Config) { c.MaxTransactionRetryTime = time.Second })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { driver.Close(context.Background()) })
	return driver, ctl
}

// TestNeo4jStoppedMidPassAndRestarted stops the server just before a pass
// writes and starts it again a little later: the pass retries, commits
// once the server is back, and the database equals a full rebuild.
func TestNeo4jStoppedMidPassAndRestarted(t *testing.T) {
	driver, ctl := ownServer(t)
	paths := []string{"../../examples/articles"}
	r := newRefresher(t, driver, "neo4j", paths...)
	restarted := make(chan time.Time, 1)
	r.beforeWrite = func(attempt int) {
		if attempt != 1 {
			return
		}
		if err := ctl("down"); err != nil {
			t.Errorf("stop Neo4j: %v", err)
			return
		}
		go func() {
			time.Sleep(2 * time.Second)
			if err := ctl("up"); err != nil {
				t.Errorf("restart Neo4j: %v", err)
			}
			restarted <- time.Now()
		}()
	}
	rep, err := r.Pass(context.Background())
	if err != nil {
		t.Fatalf("pass across a Neo4j restart: %v", err)
	}
	var back time.Time
	select {
	case back = <-restarted:
	case <-time.After(3 * time.Minute):
		t.Fatal("the server did not come back")
	}
	if rep.Written == 0 {
		t.Fatalf("nothing written: %+v", rep)
	}
	// One try for the lock, then failed writes while the server was down.
	if rep.Attempts < 3 {
		t.Errorf("the write took %d tries in all; expected retries across the outage", rep.Attempts)
	}
	if rep.Duration < time.Since(back)-time.Minute {
		t.Fatal("the pass ended long before the server came back")
	}
	assertEqualsRebuild(t, driver, "neo4j", paths...)
	if gen, err := r.dbGeneration(context.Background()); err != nil || gen != rep.Generation {
		t.Fatalf("the database records generation %q (%v), the pass %q", gen, err, rep.Generation)
	}
	// The next pass finds nothing to do.
	r.beforeWrite = nil
	if rep := pass(t, r); rep.Written != 0 || rep.Analyzed != 0 {
		t.Fatalf("pass after the restart: %+v", rep)
	}
}
