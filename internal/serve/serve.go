// Package serve runs refresh passes on a schedule until stopped, and
// exposes the process's health, readiness and Prometheus metrics over HTTP,
// with the chain view of the graph read live from Neo4j at /chain: what
// `negograph serve` does.
package serve

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"runtime/debug"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"

	"github.com/negograph/negograph/internal/refresh"
)

// Passer runs one refresh pass; *refresh.Refresher is the implementation.
type Passer interface {
	Pass(ctx context.Context) (*refresh.Report, error)
}

// Schedule says when the next pass starts; cron schedules and Every
// implement it.
type Schedule interface {
	Next(after time.Time) time.Time
}

// Every is a fixed interval between the starts of passes.
type Every time.Duration

// Next implements Schedule.
func (e Every) Next(after time.Time) time.Time { return after.Add(time.Duration(e)) }

// Server runs passes and serves /healthz, /readyz, /metrics and the chain
// view /chain.
type Server struct {
	// Passer runs the passes.
	Passer Passer
	// Schedule times the passes after the first, which starts at once.
	Schedule Schedule
	// Addr is the HTTP listen address ("127.0.0.1:9464"); empty: no HTTP.
	Addr string
	// Check tells whether the database answers, for /readyz.
	Check func(ctx context.Context) error
	// Log receives one summary line per pass.
	Log zerolog.Logger
	// Graph reads the graph for the chain view at /chain; nil: no view.
	Graph GraphReader

	metrics *metrics
	mu      sync.Mutex
	lastErr error
	lastOK  time.Time
	passes  int
}

// Handler returns the HTTP handler of the server's endpoints.
func (s *Server) Handler() http.Handler {
	s.init()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", s.ready)
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /chain", s.chain)
	return mux
}

func (s *Server) init() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.metrics == nil {
		s.metrics = newMetrics()
	}
}

// ready answers 200 once a pass has succeeded, the last pass did not fail
// and the database answers; 503 with the reason otherwise.
func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	s.mu.Lock()
	lastOK, lastErr := s.lastOK, s.lastErr
	s.mu.Unlock()
	var reason string
	switch {
	case lastOK.IsZero() && lastErr == nil:
		reason = "the first refresh pass has not finished yet"
	case lastErr != nil:
		reason = "the last refresh pass failed: " + lastErr.Error()
	}
	if reason == "" && s.Check != nil {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		if err := s.Check(ctx); err != nil {
			reason = "Neo4j does not answer: " + err.Error()
		}
	}
	if reason != "" {
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintln(w, "not ready:", reason)
		return
	}
	fmt.Fprintf(w, "ready; last successful pass %s\n", lastOK.UTC().Format(time.RFC3339))
}

// Run serves HTTP and runs passes until ctx ends; then it lets the current
// pass roll back its open transaction (its context is ctx), shuts the HTTP
// server down and returns nil. It returns an error when the listen
// address cannot be used or the schedule gives no next pass (checked
// before the first pass, and after each).
func (s *Server) Run(ctx context.Context) error {
	s.init()
	if s.Schedule == nil {
		return errors.New("serve: no schedule (set refresh.interval or refresh.schedule)")
	}
	if _, err := nextAfter(s.Schedule, time.Now()); err != nil {
		return err
	}
	var srv *http.Server
	httpDone := make(chan error, 1)
	if s.Addr != "" {
		ln, err := net.Listen("tcp", s.Addr)
		if err != nil {
			return fmt.Errorf("serve: listen on %s (set serve.addr to a free address): %w", s.Addr, err)
		}
		srv = &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second}
		s.Log.Info().Str("addr", ln.Addr().String()).Msg("serving /healthz, /readyz, /metrics and /chain")
		go func() { httpDone <- srv.Serve(ln) }()
	}
	var runErr error
	for {
		s.RunPass(ctx)
		next, err := nextAfter(s.Schedule, time.Now())
		if err != nil {
			runErr = err
			break
		}
		s.Log.Info().Time("next", next).Msg("next refresh pass scheduled")
		select {
		case <-ctx.Done():
		case <-time.After(time.Until(next)):
			continue
		}
		break
	}
	s.Log.Info().Msg("stopping")
	if srv != nil {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil {
			return fmt.Errorf("serve: shut the HTTP server down: %w", err)
		}
		if err := <-httpDone; err != nil && !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("serve: %w", err)
		}
	}
	return runErr
}

// RunPass runs one pass, records it in the metrics and logs its summary.
func (s *Server) RunPass(ctx context.Context) (*refresh.Report, error) {
	s.init()
	rep, err := safePass(ctx, s.Passer)
	if rep == nil {
		rep = &refresh.Report{}
	}
	s.metrics.observe(rep, err)
	s.mu.Lock()
	s.passes++
	if err == nil {
		s.lastOK, s.lastErr = time.Now(), nil
	} else if ctx.Err() == nil {
		s.lastErr = err
	}
	s.mu.Unlock()
	LogReport(s.Log, rep, err)
	return rep, err
}

// safePass runs one pass, turning a panic on the pass's goroutine into a
// failed pass: serve runs for months and must outlive one bad input. (The
// refresh's worker pools recover their own panics.)
func safePass(ctx context.Context, p Passer) (rep *refresh.Report, err error) {
	defer func() {
		if v := recover(); v != nil {
			rep, err = nil, fmt.Errorf("serve: the refresh pass crashed (internal error, please report it): %v\n%s", v, debug.Stack())
		}
	}()
	return p.Pass(ctx)
}

// LogReport writes the one summary line of a pass.
func LogReport(log zerolog.Logger, rep *refresh.Report, err error) {
	ev := log.Info()
	msg := "refresh pass done"
	if err != nil {
		ev, msg = log.Error().Err(err), "refresh pass failed"
	}
	ev.Int("seen", rep.Seen).Int("new", rep.New).Int("changed", rep.Changed).Int("unchanged", rep.Unchanged).
		Int("deleted", rep.Deleted).Int("analysed", rep.Analyzed).Int("failed", rep.Failed).
		Int("written", rep.Written).Int("transactions", rep.Transactions).Int("attempts", rep.Attempts).
		Int("nodes", rep.Nodes).Int("relationships", rep.Relationships).Str("generation", rep.Generation).
		Dur("took", rep.Duration).Msg(msg)
}
