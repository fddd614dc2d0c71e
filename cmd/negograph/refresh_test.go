package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/negograph/negograph/internal/neo4jtest"
)

// neo4jEnv points the command at the test server through the environment,
// as a user would with a secret.
func neo4jEnv(t *testing.T, db string) {
	t.Setenv("NEGOGRAPH_NEO4J_URI", os.Getenv("NEO4J_URI"))
	t.Setenv("NEGOGRAPH_NEO4J_USER", os.Getenv("NEO4J_USER"))
	t.Setenv("NEGOGRAPH_NEO4J_PASSWORD", os.Getenv("NEO4J_PASSWORD"))
	t.Setenv("NEGOGRAPH_NEO4J_DATABASE", db)
}

func countQuery(t *testing.T, driver neo4j.DriverWithContext, db, q string) int64 {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), driver, q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		t.Fatal(err)
	}
	return res.Records[0].Values[0].(int64)
}

// TestRefreshCommand runs `negograph refresh` twice at debug level: the
// first pass loads the examples, the second finds nothing to do, and the
// password appears nowhere in the output or the logs.
func TestRefreshCommand(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	neo4jEnv(t, db)
	state := t.TempDir()
	args := []string{"--log-level", "debug", "refresh", "--state-dir", state, "../../examples/articles"}
	out, errs, code := runLogged(t, args...)
	if code != 0 {
		t.Fatalf("refresh: status %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, "11 articles (11 new") {
		t.Errorf("summary: %s", out)
	}
	if n := countQuery(t, driver, db, "MATCH (m:Meeting) RETURN count(m)"); n == 0 {
		t.Fatal("no meetings loaded")
	}
	out, errs, code = runLogged(t, args...)
	if code != 0 || !strings.Contains(out, "11 unchanged") || !strings.Contains(out, "0 rows written") {
		t.Fatalf("second refresh: status %d\n%s%s", code, out, errs)
	}
	if pw := os.Getenv("NEO4J_PASSWORD"); pw != "" && strings.Contains(out+errs, pw) {
		t.Fatal("the password appears in the output or the logs")
	}
	if !strings.Contains(errs, `"message":"refresh pass done"`) {
		t.Errorf("no summary log line:\n%s", errs)
	}
}

// runLogged is run with the log level left to the arguments.
func runLogged(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	return run(t, append([]string{"--log-level", "info"}, args...)...)
}

// TestRefreshWithoutSources is a usage error.
func TestRefreshWithoutSources(t *testing.T) {
	t.Setenv("NEGOGRAPH_NEO4J_URI", "bolt://127.0.0.1:1")
	_, errs, code := run(t, "refresh", "--state-dir", t.TempDir())
	if code != 2 || !strings.Contains(errs, "no sources") {
		t.Fatalf("status %d: %s", code, errs)
	}
}

// TestKilledRefreshLeavesNothingHalfApplied builds the binary, kills it
// with SIGKILL while it writes a pass (one transaction), and checks that
// the database holds nothing of that pass; the next refresh completes it.
func TestKilledRefreshLeavesNothingHalfApplied(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	neo4jEnv(t, db)
	bin := filepath.Join(t.TempDir(), "negograph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// Enough articles that the write takes a moment.
	corpus := t.TempDir()
	bases, err := filepath.Glob("../../examples/articles/*.txt")
	if err != nil || len(bases) == 0 {
		t.Fatal("no example articles")
	}
	for i := 0; i < 600; i++ {
		data, err := os.ReadFile(bases[i%len(bases)])
		if err != nil {
			t.Fatal(err)
		}
		text := string(data) + fmt.Sprintf("\nكتب المراسل رقم %d هذا التقرير.\n", i)
		if err := os.WriteFile(filepath.Join(corpus, fmt.Sprintf("k%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	state := t.TempDir()
	cmd := exec.Command(bin, "--log-format", "json", "--log-level", "debug", "refresh", "--state-dir", state, corpus)
	cmd.Env = os.Environ()
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		if strings.Contains(sc.Text(), "refresh: writing the changes") {
			time.Sleep(150 * time.Millisecond)
			_ = cmd.Process.Signal(syscall.SIGKILL)
			killed = true
			break
		}
	}
	go io.Copy(io.Discard, stderr)
	_ = cmd.Wait()
	if !killed {
		t.Fatal("the refresh ended before it wrote")
	}
	gen := countQuery(t, driver, db, "OPTIONAL MATCH (s:RefreshState) RETURN count(s)")
	articles := countQuery(t, driver, db, "MATCH (a:Article) RETURN count(a)")
	nodes := countQuery(t, driver, db, "MATCH (n) WHERE NOT n:RefreshLock RETURN count(n)")
	switch {
	case gen == 0 && nodes == 0:
		// killed before the commit: nothing of the pass is there
	case gen == 1 && articles == 600:
		t.Log("the transaction committed before the kill; the pass is whole")
	default:
		t.Fatalf("half-applied pass: RefreshState %d, Article %d, nodes %d", gen, articles, nodes)
	}
	// The next refresh (the killed process's lock is taken over: its pid
	// is gone) completes the graph.
	out, errs, code := run(t, "refresh", "--state-dir", state, corpus)
	if code != 0 {
		t.Fatalf("refresh after the kill: status %d\n%s%s", code, out, errs)
	}
	if n := countQuery(t, driver, db, "MATCH (a:Article) RETURN count(a)"); n != 600 {
		t.Fatalf("%d articles after the second refresh", n)
	}
}

// TestRefreshUnmountedRootExitStatus: a root that disappears between two
// refreshes (an unmounted share) makes `refresh` exit 1 naming it, while
// its articles stay in the graph and the other root is refreshed;
// --allow-mass-retract lets a real mass deletion through.
func TestRefreshUnmountedRootExitStatus(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	neo4jEnv(t, db)
	dir := t.TempDir()
	news, more := filepath.Join(dir, "news"), filepath.Join(dir, "more")
	for _, d := range []string{news, more} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	bases, _ := filepath.Glob("../../examples/articles/*.txt")
	for i, b := range bases {
		data, err := os.ReadFile(b)
		if err != nil {
			t.Fatal(err)
		}
		target := news
		if i%2 == 1 {
			target = more
		}
		if err := os.WriteFile(filepath.Join(target, filepath.Base(b)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	state := t.TempDir()
	args := []string{"refresh", "--state-dir", state, news, more}
	if out, errs, code := runLogged(t, args...); code != 0 {
		t.Fatalf("first refresh: status %d\n%s%s", code, out, errs)
	}
	articles := countQuery(t, driver, db, "MATCH (a:Article) RETURN count(a)")

	if err := os.Rename(news, news+".unmounted"); err != nil {
		t.Fatal(err)
	}
	out, errs, code := runLogged(t, args...)
	if code != 1 || !strings.Contains(out+errs, news) || !strings.Contains(out, "not refreshed") {
		t.Fatalf("refresh with the root gone: status %d\n%s%s", code, out, errs)
	}
	if n := countQuery(t, driver, db, "MATCH (a:Article) RETURN count(a)"); n != articles {
		t.Fatalf("%d articles after the root went, %d before: some were retracted", n, articles)
	}

	// The folder is back but most of it was really deleted.
	if err := os.Rename(news+".unmounted", news); err != nil {
		t.Fatal(err)
	}
	left, _ := filepath.Glob(filepath.Join(news, "*.txt"))
	for _, f := range left[1:] {
		os.Remove(f)
	}
	out, errs, code = runLogged(t, args...)
	if code != 1 || !strings.Contains(out+errs, "would retract") {
		t.Fatalf("mass-retracting refresh: status %d\n%s%s", code, out, errs)
	}
	out, errs, code = runLogged(t, append(args, "--allow-mass-retract")...)
	if code != 0 {
		t.Fatalf("refresh --allow-mass-retract: status %d\n%s%s", code, out, errs)
	}
	if n := countQuery(t, driver, db, "MATCH (a:Article) RETURN count(a)"); n != articles-int64(len(left)-1) {
		t.Fatalf("%d articles after the allowed retraction, want %d", n, articles-int64(len(left)-1))
	}
}
