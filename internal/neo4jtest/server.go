package neo4jtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/negograph/negograph/internal/testenv"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Server is a Neo4j of a test's own: tools/neo4j/neo4j.sh on a free port
// with its own store folder, which fault-injection tests kill (SIGKILL) and
// restart without disturbing the shared test server other tests use.
type Server struct {
	// URI is the server's bolt:// address.
	URI string
	// User and Password are its credentials.
	User, Password string
	// Port is its Bolt port.
	Port string

	script, state string
}

// serverPassword is the password of every Server.
const serverPassword = "fault-test-pw"

// StartServer starts a Server and stops it in t's cleanup. It needs java,
// and mvn unless the launcher in tools/neo4j/target is built: without them
// it calls t.Skip, unless env CI is non-empty (then t.Fatal: the tests must
// run in CI).
func StartServer(t testing.TB) *Server {
	t.Helper()
	s := newServer(t)
	if err := s.ctl("up"); err != nil {
		t.Fatalf("neo4jtest: start a Neo4j of the test's own on port %s: %v", s.Port, err)
	}
	return s
}

// ImportServer starts a Server whose database is first filled by
// `tools/neo4j/neo4j.sh import csvDir` (neo4j-admin database import of a
// CSV export, then the schema), and stops it in t's cleanup. Like
// StartServer, it skips without java outside CI.
func ImportServer(t testing.TB, csvDir string) *Server {
	t.Helper()
	s := newServer(t)
	if err := s.ctl("import", csvDir); err != nil {
		t.Fatalf("neo4jtest: import %s into a Neo4j of the test's own on port %s: %v", csvDir, s.Port, err)
	}
	return s
}

// newServer prepares a Server on a free port with an empty store folder,
// removed (and the server stopped) in t's cleanup.
func newServer(t testing.TB) *Server {
	t.Helper()
	root, err := testenv.RepoRoot()
	if err != nil {
		t.Fatalf("neo4jtest: %v", err)
	}
	script := filepath.Join(root, "tools", "neo4j", "neo4j.sh")
	if _, err := exec.LookPath("java"); err != nil {
		unavailable(t, "java is not installed (the test Neo4j runs on a JDK 17+)")
	}
	if _, err := os.Stat(filepath.Join(root, "tools", "neo4j", "target", ".built")); err != nil {
		if _, err := exec.LookPath("mvn"); err != nil {
			unavailable(t, "mvn is not installed and tools/neo4j is not built (apt-get install maven)")
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("neo4jtest: find a free port: %v", err)
	}
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	ln.Close()
	state, err := os.MkdirTemp("", "negograph-neo4j-fault-")
	if err != nil {
		t.Fatalf("neo4jtest: %v", err)
	}
	s := &Server{URI: "bolt://127.0.0.1:" + port, User: "neo4j", Password: serverPassword, Port: port,
		script: script, state: state}
	t.Cleanup(func() {
		_ = s.ctl("down")
		_ = os.RemoveAll(state)
	})
	return s
}

// ctl runs neo4j.sh with the server's port, store and password; the store
// is kept across restarts.
func (s *Server) ctl(action string, args ...string) error {
	cmd := exec.Command(s.script, append([]string{action}, args...)...)
	cmd.Env = append(os.Environ(), "NEO4J_PORT="+s.Port, "NEO4J_STATE_DIR="+s.state, "NEO4J_PASSWORD="+s.Password,
		"NEO4J_HEAP=512m", "NEO4J_PAGECACHE=64m", "NEO4J_KEEP_DATA=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("neo4j.sh %s: %w\n%s", action, err, out)
	}
	return nil
}

// Start starts the server again after Kill, on the same port and store
// (Neo4j recovers the store from its transaction log).
func (s *Server) Start(t testing.TB) {
	t.Helper()
	if err := s.ctl("up"); err != nil {
		t.Fatalf("neo4jtest: restart: %v", err)
	}
}

// Kill kills the server with SIGKILL, as a crash or the OOM killer would,
// and waits until the process is gone.
func (s *Server) Kill(t testing.TB) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(s.state, "neo4j.pid"))
	if err != nil {
		t.Fatalf("neo4jtest: read the server's pid: %v", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		t.Fatalf("neo4jtest: pid file: %v", err)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil && !errors.Is(err, syscall.ESRCH) {
		t.Fatalf("neo4jtest: kill -9 %d: %v", pid, err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for syscall.Kill(pid, 0) == nil {
		if time.Now().After(deadline) {
			t.Fatalf("neo4jtest: pid %d still alive 30 s after SIGKILL", pid)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Driver returns a driver of the server, closed in t's cleanup. Its own
// retries stop after a second, so that the code under test handles
// outages itself.
func (s *Server) Driver(t testing.TB) neo4j.DriverWithContext {
	t.Helper()
	d, err := neo4j.NewDriverWithContext(s.URI, neo4j.BasicAuth(s.User, s.Password, ""),
		func(c *config.Config) { c.MaxTransactionRetryTime = time.Second })
	if err != nil {
		t.Fatalf("neo4jtest: %v", err)
	}
	t.Cleanup(func() { _ = d.Close(context.Background()) })
	return d
}

// Wipe deletes every node and relationship of the server's database.
func (s *Server) Wipe(t testing.TB, d neo4j.DriverWithContext) {
	t.Helper()
	if err := wipe(d, "neo4j"); err != nil {
		t.Fatalf("neo4jtest: empty the fault server: %v", err)
	}
}
