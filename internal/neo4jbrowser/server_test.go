package neo4jbrowser

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/pipeline"
)

// serverPassword is the password of the test's server.
const serverPassword = "browser-test-pw"

// server is a Neo4j with Neo4j Browser of the test's own, as `make browse`
// starts it, holding the graph of examples/articles.
type server struct {
	// Browser is the Browser's URL, http://127.0.0.1:PORT/browser/.
	Browser string
	// BoltPort is the server's Bolt port.
	BoltPort int
	// Driver is a driver of the server, closed when the test ends.
	Driver neo4j.DriverWithContext
}

// startServer starts tools/neo4j/neo4j.sh with HTTP on free ports and a
// store in a temporary folder, stops it when the test ends, and loads the
// graph of examples/articles. Without java, or without mvn when the launcher
// is not built, it skips the test, unless CI is set.
func startServer(t *testing.T) *server {
	t.Helper()
	root := repoRoot(t)
	if _, err := exec.LookPath("java"); err != nil {
		unavailable(t, "java is not installed (Neo4j runs on a JDK 17+, 2025.x and later on 21+)")
	}
	if _, err := exec.LookPath("mvn"); err != nil {
		unavailable(t, "mvn is not installed (apt-get install maven): it builds tools/neo4j")
	}
	bolt, http := freePort(t), freePort(t)
	state := t.TempDir()
	script := filepath.Join(root, "tools", "neo4j", "neo4j.sh")
	ctl := func(action string) error {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, script, action)
		cmd.Env = append(os.Environ(), "NEO4J_PORT="+strconv.Itoa(bolt), "NEO4J_HTTP_PORT="+strconv.Itoa(http),
			"NEO4J_STATE_DIR="+state, "NEO4J_PASSWORD="+serverPassword, "NEO4J_HEAP=768m", "NEO4J_PAGECACHE=128m")
		out, err := cmd.CombinedOutput()
		if err != nil {
			return fmt.Errorf("neo4j.sh %s: %w\n%s", action, err, out)
		}
		t.Logf("neo4j.sh %s: %s", action, out)
		return nil
	}
	t.Cleanup(func() {
		if err := ctl("down"); err != nil {
			t.Error(err)
		}
	})
	if err := ctl("up"); err != nil {
		t.Fatalf("start Neo4j with Neo4j Browser on ports %d (Bolt) and %d (HTTP): %v", bolt, http, err)
	}
	driver, err := neo4j.NewDriverWithContext(fmt.Sprintf("bolt://127.0.0.1:%d", bolt), neo4j.BasicAuth("neo4j", serverPassword, ""))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = driver.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	v, err := neo4j.ExecuteQuery(ctx, driver, "CALL dbms.components() YIELD versions RETURN versions[0] AS version", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("system"))
	if err != nil || len(v.Records) == 0 {
		t.Fatalf("ask the server its version: %v", err)
	}
	version, _ := v.Records[0].Get("version")
	t.Logf("Neo4j %v with Neo4j Browser on %s", version, fmt.Sprintf("http://127.0.0.1:%d/browser/", http))
	res, err := pipeline.Build(ctx, pipeline.Options{Paths: []string{filepath.Join(root, "examples", "articles")}, Log: zerolog.Nop()})
	if err != nil {
		t.Fatalf("build examples/articles: %v", err)
	}
	if len(res.Skipped) != 0 {
		t.Fatalf("example articles skipped: %v", res.Skipped)
	}
	l := &neo4jstore.Loader{Driver: driver, Database: "neo4j", Log: zerolog.Nop()}
	if _, err := l.Load(ctx, res.Graph.Snapshot()); err != nil {
		t.Fatalf("load the example graph: %v", err)
	}
	return &server{Browser: fmt.Sprintf("http://127.0.0.1:%d/browser/", http), BoltPort: bolt, Driver: driver}
}

// freePort returns a TCP port that was free on 127.0.0.1 a moment ago.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("find a free port: %v", err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// unavailable skips the test, or fails it under CI, where the browser tests
// must run.
func unavailable(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("CI is set, so the Neo4j Browser tests may not be skipped: %s", why)
	}
	t.Skip(why)
}
