package faults

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/neo4jtest"
	"github.com/negograph/negograph/internal/pipeline"
	"github.com/negograph/negograph/internal/refresh"
	"github.com/negograph/negograph/internal/testenv"
)

// bulkCorpus writes n variants of the example .txt articles into dir.
func bulkCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	bases, err := filepath.Glob("../../../examples/articles/*.txt")
	if err != nil || len(bases) == 0 {
		t.Fatal("no example articles")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		data, err := os.ReadFile(bases[i%len(bases)])
		if err != nil {
			t.Fatal(err)
		}
		text := string(data) + fmt.Sprintf("\nكتب المراسل رقم %d هذا التقرير.\n", i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("k%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// assertCleanBuild proves that the database holds exactly the graph a full
// build of paths gives, and no pass is left pending.
func assertCleanBuild(t *testing.T, driver neo4j.DriverWithContext, paths ...string) {
	t.Helper()
	ctx := context.Background()
	res, err := pipeline.Build(ctx, pipeline.Options{Paths: paths, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	want := res.Graph.Snapshot()
	got, err := (&neo4jstore.Loader{Driver: driver, Database: "neo4j"}).ReadSnapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d := graph.DiffSnapshots(got.Own(), want)
	if !d.Empty() {
		t.Fatalf("the database differs from a clean build: %d nodes added, %d removed, %d changed; %d relationships added, %d removed, %d changed",
			len(d.AddedNodes), len(d.RemovedNodes), len(d.ChangedNodes), len(d.AddedRels), len(d.RemovedRels), len(d.ChangedRels))
	}
	if gen, pending := dbState(t, driver); gen == "" || pending != "" {
		t.Fatalf("RefreshState: generation %q, pending %q", gen, pending)
	}
}

// dbState reads the RefreshState node.
func dbState(t *testing.T, driver neo4j.DriverWithContext) (gen, pending string) {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), driver,
		"OPTIONAL MATCH (s:RefreshState) RETURN s.generation AS gen, s.pending AS pending", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("neo4j"))
	if err != nil {
		t.Fatalf("read RefreshState: %v", err)
	}
	m := res.Records[0].AsMap()
	gen, _ = m["gen"].(string)
	pending, _ = m["pending"].(string)
	return gen, pending
}

// count runs a count query.
func count(t *testing.T, driver neo4j.DriverWithContext, q string) int64 {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), driver, q, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase("neo4j"))
	if err != nil {
		t.Fatal(err)
	}
	return res.Records[0].Values[0].(int64)
}

// stateGeneration reads the generation recorded in a state folder
// (state.json and its journal), as the next pass would.
func stateGeneration(t *testing.T, dir string) string {
	t.Helper()
	st, err := pipeline.OpenState(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	m, err := st.Meta()
	if err != nil {
		t.Fatal(err)
	}
	return m.Generation
}

// negograph is the command built once for the subtests that run it.
type negograph struct {
	bin string
	env []string
}

func buildNegograph(t *testing.T, srv *neo4jtest.Server) *negograph {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "negograph")
	cmd := exec.Command("go", "build", "-o", bin, "../../../cmd/negograph")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	env := append(os.Environ(), "NEGOGRAPH_NEO4J_URI="+srv.URI, "NEGOGRAPH_NEO4J_USER="+srv.User,
		"NEGOGRAPH_NEO4J_PASSWORD="+srv.Password, "NEGOGRAPH_NEO4J_DATABASE=neo4j")
	return &negograph{bin: bin, env: env}
}

// command returns the command running negograph with args.
func (n *negograph) command(args ...string) *exec.Cmd {
	cmd := exec.Command(n.bin, args...)
	cmd.Env = n.env
	return cmd
}

// run runs negograph to its end.
func (n *negograph) run(t *testing.T, args ...string) (string, int) {
	t.Helper()
	out, err := n.command(args...).CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return string(out), code
}

// freeAddr is a free 127.0.0.1 address.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestFaults runs the fault-injection rows of README.md's Reliability
// table against one Neo4j of its own, which some rows kill and restart.
func TestFaults(t *testing.T) {
	srv := neo4jtest.StartServer(t)
	driver := srv.Driver(t)
	ng := buildNegograph(t, srv)

	t.Run("SourceUnmountedBetweenPasses", func(t *testing.T) {
		srv.Wipe(t, driver)
		dir := t.TempDir()
		news, more := filepath.Join(dir, "news"), filepath.Join(dir, "more")
		testenv.CopyTree(t, news, "../../../examples/articles")
		testenv.CopyTree(t, more, "../../pipeline/testdata/articles")
		state := t.TempDir()
		args := []string{"refresh", "--state-dir", state, news, more}
		if out, code := ng.run(t, args...); code != 0 {
			t.Fatalf("first refresh: status %d\n%s", code, out)
		}
		articles := count(t, driver, "MATCH (a:Article) RETURN count(a)")
		gen, _ := dbState(t, driver)
		// Unmounted: the mount point is there, empty.
		if err := os.Rename(news, news+".real"); err != nil {
			t.Fatal(err)
		}
		if err := os.Mkdir(news, 0o755); err != nil {
			t.Fatal(err)
		}
		out, code := ng.run(t, args...)
		if code != 1 || !strings.Contains(out, news) || !strings.Contains(out, "not refreshed") {
			t.Fatalf("refresh with the source unmounted: status %d\n%s", code, out)
		}
		if n := count(t, driver, "MATCH (a:Article) RETURN count(a)"); n != articles {
			t.Fatalf("%d articles with the source unmounted, %d before", n, articles)
		}
		if g, _ := dbState(t, driver); g != gen {
			// Only the other source's (unchanged) articles were written:
			// nothing changed, so the generation stays.
			t.Logf("generation %s → %s", gen, g)
		}
		os.Remove(news)
		if err := os.Rename(news+".real", news); err != nil {
			t.Fatal(err)
		}
		if out, code := ng.run(t, args...); code != 0 {
			t.Fatalf("refresh with the source back: status %d\n%s", code, out)
		}
		assertCleanBuild(t, driver, news, more)
	})

	t.Run("NegographKilledMidPass", func(t *testing.T) {
		srv.Wipe(t, driver)
		dir := t.TempDir()
		news := filepath.Join(dir, "news")
		testenv.CopyTree(t, news, "../../../examples/articles")
		state := t.TempDir()
		args := []string{"refresh", "--state-dir", state, news}
		if out, code := ng.run(t, args...); code != 0 {
			t.Fatalf("first refresh: status %d\n%s", code, out)
		}
		gen, _ := dbState(t, driver)
		// A larger change, written 10 rows a transaction; killed once
		// the database says a pass is under way.
		bulkCorpus(t, filepath.Join(news, "bulk"), 60)
		cmd := ng.command(append(args, "--max-tx-rows", "10")...)
		cmd.Env = append(cmd.Env, "NEGOGRAPH_NEO4J_BATCH_SIZE=5")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		killed := false
		deadline := time.Now().Add(2 * time.Minute)
	poll:
		for time.Now().Before(deadline) {
			select {
			case <-exited:
				break poll
			default:
			}
			if _, pending := dbState(t, driver); pending != "" {
				_ = cmd.Process.Signal(syscall.SIGKILL)
				killed = true
				<-exited
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		if !killed {
			t.Fatal("the refresh ended before it was seen writing")
		}
		g, pending := dbState(t, driver)
		if g != gen || pending == "" || stateGeneration(t, state) != gen {
			t.Fatalf("after the kill: database generation %q (was %q), pending %q, state %q", g, gen, pending, stateGeneration(t, state))
		}
		// The next refresh takes the dead process's lock over and
		// completes the graph.
		out, code := ng.run(t, args...)
		if code != 0 {
			t.Fatalf("refresh after the kill: status %d\n%s", code, out)
		}
		assertCleanBuild(t, driver, news)
	})

	t.Run("TwoServesOneDatabase", func(t *testing.T) {
		srv.Wipe(t, driver)
		news := filepath.Join(t.TempDir(), "news")
		bulkCorpus(t, news, 150)
		type proc struct {
			cmd  *exec.Cmd
			addr string
			log  *strings.Builder
			mu   *sync.Mutex
			done chan struct{}
		}
		start := func() *proc {
			p := &proc{addr: freeAddr(t), log: &strings.Builder{}, mu: &sync.Mutex{}, done: make(chan struct{})}
			p.cmd = ng.command("--log-format", "json", "serve", "--state-dir", t.TempDir(), "--interval", "1h",
				"--addr", p.addr, news)
			stderr, err := p.cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := p.cmd.Start(); err != nil {
				t.Fatal(err)
			}
			go func() {
				defer close(p.done)
				sc := bufio.NewScanner(stderr)
				for sc.Scan() {
					p.mu.Lock()
					p.log.WriteString(sc.Text() + "\n")
					p.mu.Unlock()
				}
			}()
			t.Cleanup(func() {
				_ = p.cmd.Process.Signal(syscall.SIGTERM)
				_ = p.cmd.Wait()
			})
			return p
		}
		ready := func(p *proc) bool {
			resp, err := http.Get("http://" + p.addr + "/readyz")
			if err != nil {
				return false
			}
			defer resp.Body.Close()
			io.Copy(io.Discard, resp.Body)
			return resp.StatusCode == 200
		}
		first := start()
		// The second starts once the first holds the lock.
		deadline := time.Now().Add(time.Minute)
		for count(t, driver, "OPTIONAL MATCH (l:RefreshLock) WHERE l.owner IS NOT NULL RETURN count(l)") == 0 {
			if time.Now().After(deadline) {
				t.Fatal("the first serve never took the lock")
			}
			time.Sleep(20 * time.Millisecond)
		}
		second := start()
		deadline = time.Now().Add(3 * time.Minute)
		for !(ready(first) && ready(second)) {
			if time.Now().After(deadline) {
				first.mu.Lock()
				second.mu.Lock()
				t.Fatalf("not both ready:\nfirst:\n%s\nsecond:\n%s", first.log, second.log)
			}
			time.Sleep(100 * time.Millisecond)
		}
		second.mu.Lock()
		waited := strings.Contains(second.log.String(), "waiting for the refresh lock")
		secondLog := second.log.String()
		second.mu.Unlock()
		if !waited {
			t.Fatalf("the second serve did not wait for the lock:\n%s", secondLog)
		}
		if strings.Contains(secondLog, `"level":"error"`) {
			t.Fatalf("the second serve logged an error:\n%s", secondLog)
		}
		assertCleanBuild(t, driver, news)
	})

	t.Run("Neo4jKilledMidPass", func(t *testing.T) {
		srv.Wipe(t, driver)
		dir := t.TempDir()
		news := filepath.Join(dir, "news")
		testenv.CopyTree(t, news, "../../../examples/articles")
		r := &refresh.Refresher{
			Sources:  refresh.Sources{Paths: []string{news}},
			Loader:   &neo4jstore.Loader{Driver: driver, Database: "neo4j"},
			Target:   "fault",
			StateDir: t.TempDir(),
			LockTTL:  10 * time.Second,
			Retry:    refresh.Backoff{Initial: 100 * time.Millisecond, Max: 500 * time.Millisecond, MaxElapsed: 3 * time.Second},
			Log:      zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.ErrorLevel),
		}
		rep, err := r.Pass(context.Background())
		if err != nil {
			t.Fatalf("first pass: %v", err)
		}
		gen := rep.Generation

		// A change written in many transactions; Neo4j is killed after
		// the first commits, and stays down longer than retry_for.
		bulkCorpus(t, filepath.Join(news, "bulk"), 40)
		r.MaxTxRows, r.Loader.BatchSize = 10, 5
		killed := false
		r.Progress = func(stage string, done, total int) {
			if stage == "write" && done > 0 && !killed {
				killed = true
				srv.Kill(t)
			}
		}
		t0 := time.Now()
		_, err = r.Pass(context.Background())
		if !killed {
			t.Fatal("the pass wrote in one transaction")
		}
		if err == nil || !strings.Contains(err.Error(), "gave up after") {
			t.Fatalf("pass with Neo4j killed: %v", err)
		}
		if took := time.Since(t0); took > time.Minute {
			t.Errorf("the pass took %s to give up with retry_for 3s", took)
		}
		if g := stateGeneration(t, r.StateDir); g != gen {
			t.Fatalf("the failed pass recorded generation %q in the state folder", g)
		}

		t.Run("UnreachableLongerThanRetryFor", func(t *testing.T) {
			// A pass from the start while Neo4j is down.
			fresh := &refresh.Refresher{Sources: r.Sources, Loader: r.Loader, Target: "fault",
				StateDir: t.TempDir(), Retry: r.Retry, Log: r.Log}
			rep, err := fresh.Pass(context.Background())
			if err == nil || !strings.Contains(err.Error(), "gave up after") || !strings.Contains(err.Error(), "refresh lock") {
				t.Fatalf("pass with Neo4j unreachable: %v", err)
			}
			if rep.Generation != "" {
				t.Fatalf("a failed pass reports generation %q", rep.Generation)
			}
			if _, err := os.Stat(filepath.Join(fresh.StateDir, "state.json")); err == nil {
				t.Fatal("a failed pass wrote its state")
			}
		})

		srv.Start(t)
		r.Progress, r.MaxTxRows, r.Loader.BatchSize = nil, 0, 0
		if g, pending := dbState(t, driver); g != gen || pending == "" {
			t.Fatalf("after the restart: generation %q (want %q), pending %q", g, gen, pending)
		}
		rep, err = r.Pass(context.Background())
		if err != nil {
			t.Fatalf("pass after the restart: %v", err)
		}
		if stateGeneration(t, r.StateDir) != rep.Generation {
			t.Fatal("the state folder does not record the completing pass")
		}
		assertCleanBuild(t, driver, news)
	})
}
