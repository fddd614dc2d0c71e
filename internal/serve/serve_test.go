package serve

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/internal/pipeline"
	"github.com/negograph/negograph/internal/refresh"
)

// fakePasser returns scripted results.
type fakePasser struct {
	mu      sync.Mutex
	calls   int
	results []error
}

func (f *fakePasser) Pass(ctx context.Context) (*refresh.Report, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var err error
	if f.calls < len(f.results) {
		err = f.results[f.calls]
	}
	f.calls++
	return &refresh.Report{Stats: pipeline.Stats{Seen: 10, New: 2, Unchanged: 8, Analyzed: 2, Failed: 1}, Written: 7,
		Nodes: 100, Relationships: 300, Duration: 20 * time.Millisecond}, err
}

func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	body, _ := io.ReadAll(rec.Result().Body)
	return rec.Code, string(body)
}

// TestEndpoints follows /readyz and /metrics through a failed pass, a
// successful one and a database that stops answering.
func TestEndpoints(t *testing.T) {
	var dbErr error
	p := &fakePasser{results: []error{errors.New("neo4j down"), nil}}
	s := &Server{Passer: p, Schedule: Every(time.Hour), Log: zerolog.Nop(),
		Check: func(context.Context) error { return dbErr }}
	h := s.Handler()

	if code, _ := get(t, h, "/healthz"); code != 200 {
		t.Fatalf("/healthz %d", code)
	}
	if code, body := get(t, h, "/readyz"); code != 503 || !strings.Contains(body, "first refresh pass") {
		t.Fatalf("/readyz before any pass: %d %q", code, body)
	}
	s.RunPass(context.Background())
	if code, body := get(t, h, "/readyz"); code != 503 || !strings.Contains(body, "neo4j down") {
		t.Fatalf("/readyz after a failed pass: %d %q", code, body)
	}
	s.RunPass(context.Background())
	if code, body := get(t, h, "/readyz"); code != 200 {
		t.Fatalf("/readyz after a good pass: %d %q", code, body)
	}
	dbErr = errors.New("connection refused")
	if code, body := get(t, h, "/readyz"); code != 503 || !strings.Contains(body, "connection refused") {
		t.Fatalf("/readyz with the database gone: %d %q", code, body)
	}

	_, metrics := get(t, h, "/metrics")
	for _, want := range []string{
		"negograph_articles_seen_total 20",
		"negograph_articles_processed_total 4",
		"negograph_articles_skipped_total 16",
		"negograph_articles_failed_total 2",
		`negograph_refresh_passes_total{result="failure"} 1`,
		`negograph_refresh_passes_total{result="success"} 1`,
		"negograph_refresh_pass_duration_seconds_count 2",
		"negograph_graph_nodes 100",
		"negograph_refresh_last_success_timestamp_seconds ",
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}

// TestRunStopsOnCancel runs the loop with a short interval over a real
// listener and stops it: it returns nil, after at least two passes, and the
// address is free again.
func TestRunStopsOnCancel(t *testing.T) {
	p := &fakePasser{}
	s := &Server{Passer: p, Schedule: Every(20 * time.Millisecond), Addr: "127.0.0.1:0", Log: zerolog.Nop()}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	deadline := time.Now().Add(5 * time.Second)
	for {
		p.mu.Lock()
		n := p.calls
		p.mu.Unlock()
		if n >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("fewer than two passes in 5 s")
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}

// TestParseSchedule covers intervals, cron expressions and errors.
func TestParseSchedule(t *testing.T) {
	base := time.Date(2025, 4, 12, 10, 7, 0, 0, time.Local)
	for _, tc := range []struct {
		interval time.Duration
		expr     string
		next     time.Time
		err      bool
	}{
		{interval: 15 * time.Minute, next: base.Add(15 * time.Minute)},
		{expr: "*/15 * * * *", next: time.Date(2025, 4, 12, 10, 15, 0, 0, time.Local)},
		{expr: "@hourly", next: time.Date(2025, 4, 12, 11, 0, 0, 0, time.Local)},
		{interval: time.Minute, expr: "0 6 * * *", next: time.Date(2025, 4, 13, 6, 0, 0, 0, time.Local)},
		{expr: "every day", err: true},
		{interval: 0, err: true},
		// Never fires: serve would loop without pause.
		{expr: "0 0 30 2 *", err: true},
		{expr: "0 0 31 4 *", err: true},
		{interval: time.Minute, expr: "0 0 30 2 *", err: true},
		// robfig/cron panics on these; found by FuzzParseSchedule.
		{expr: "TZ=", err: true},
		{expr: "CRON_TZ=", err: true},
	} {
		s, err := ParseSchedule(tc.interval, tc.expr)
		if tc.err {
			if err == nil {
				t.Errorf("%v %q: no error", tc.interval, tc.expr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%v %q: %v", tc.interval, tc.expr, err)
		}
		if got := s.Next(base); !got.Equal(tc.next) {
			t.Errorf("%v %q: next %s, want %s", tc.interval, tc.expr, got, tc.next)
		}
	}
}

// neverSchedule is a Schedule without a next time.
type neverSchedule struct{}

func (neverSchedule) Next(time.Time) time.Time { return time.Time{} }

// TestRunRefusesAScheduleThatNeverFires: Run fails at start, before any
// pass, instead of looping.
func TestRunRefusesAScheduleThatNeverFires(t *testing.T) {
	for _, tc := range []struct {
		name  string
		sched Schedule
	}{
		{"zero time", neverSchedule{}},
		{"not in the future", Every(0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &fakePasser{}
			s := &Server{Passer: p, Schedule: tc.sched, Log: zerolog.Nop()}
			done := make(chan error, 1)
			go func() { done <- s.Run(context.Background()) }()
			select {
			case err := <-done:
				if err == nil || !strings.Contains(err.Error(), "no next pass") {
					t.Fatalf("Run: %v", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Run did not return: it loops on a schedule that never fires")
			}
			p.mu.Lock()
			defer p.mu.Unlock()
			if p.calls != 0 {
				t.Errorf("%d passes ran", p.calls)
			}
		})
	}
}

// FuzzParseSchedule: any expression either fails to parse or gives a next
// pass in the future.
func FuzzParseSchedule(f *testing.F) {
	for _, s := range []string{"*/15 * * * *", "@hourly", "0 0 30 2 *", "0 6 * * 1-5", "@every 5m", "0 0 29 2 *", "TZ=UTC 0 0 * * *"} {
		f.Add(s)
	}
	now := time.Date(2025, 4, 12, 10, 7, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, expr string) {
		if expr == "" {
			return
		}
		s, err := ParseSchedule(time.Minute, expr)
		if err != nil {
			return
		}
		if next := s.Next(now); next.IsZero() || !next.After(now) {
			// Parsed relative to time.Now; from now it must fire too.
			if n2 := s.Next(time.Now()); n2.IsZero() || !n2.After(time.Now()) {
				t.Fatalf("%q accepted but gives no next pass (%s)", expr, n2)
			}
		}
	})
}

// panicPasser panics on its first pass and succeeds afterwards.
type panicPasser struct{ fakePasser }

func (p *panicPasser) Pass(ctx context.Context) (*refresh.Report, error) {
	p.mu.Lock()
	first := p.calls == 0
	p.mu.Unlock()
	if first {
		p.mu.Lock()
		p.calls++
		p.mu.Unlock()
		panic("bad article")
	}
	return p.fakePasser.Pass(ctx)
}

// TestAPanickingPassDoesNotStopServe: a pass that panics is a failed pass
// (readiness says so), and the next one runs.
func TestAPanickingPassDoesNotStopServe(t *testing.T) {
	p := &panicPasser{}
	s := &Server{Passer: p, Schedule: Every(time.Hour), Log: zerolog.Nop()}
	if _, err := s.RunPass(context.Background()); err == nil || !strings.Contains(err.Error(), "bad article") {
		t.Fatalf("first pass: %v", err)
	}
	if code, body := get(t, s.Handler(), "/readyz"); code != 503 || !strings.Contains(body, "crashed") {
		t.Fatalf("/readyz after the crash: %d %s", code, body)
	}
	if _, err := s.RunPass(context.Background()); err != nil {
		t.Fatalf("second pass: %v", err)
	}
}

// TestListenError names the address.
func TestListenError(t *testing.T) {
	s := &Server{Passer: &fakePasser{}, Schedule: Every(time.Hour), Addr: "256.0.0.1:1", Log: zerolog.Nop()}
	if err := s.Run(context.Background()); err == nil || !strings.Contains(err.Error(), "serve.addr") {
		t.Fatalf("got %v", err)
	}
}
