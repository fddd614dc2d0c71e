package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/negograph/negograph/internal/neo4jtest"
)

// TestServeCommand runs `negograph serve` in-process on a free port: after
// its first pass /readyz answers 200 and /metrics counts the articles; a
// cancelled context (what SIGTERM does) makes it return cleanly.
func TestServeCommand(t *testing.T) {
	_, db := neo4jtest.Open(t)
	neo4jEnv(t, db)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errw strings.Builder
	cmd := newRootCmd(&out, &errw)
	cmd.SetArgs([]string{"--log-format", "json", "serve", "--addr", addr, "--interval", "1h",
		"--state-dir", t.TempDir(), "../../examples/articles"})
	done := make(chan error, 1)
	go func() { done <- cmd.ExecuteContext(ctx) }()
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		code, _ := get("/readyz")
		if code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz never became 200; log:\n%s", errw.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	if code, body := get("/healthz"); code != 200 || !strings.Contains(body, "ok") {
		t.Errorf("/healthz %d %q", code, body)
	}
	_, metrics := get("/metrics")
	if !strings.Contains(metrics, "negograph_articles_seen_total 11") || !strings.Contains(metrics, `negograph_refresh_passes_total{result="success"} 1`) {
		t.Errorf("/metrics:\n%s", metrics)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop")
	}
}
