package main

import (
	"context"
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// TestBuildSetsMemoryLimit checks that build gives the Go runtime the soft
// memory limit of --memory-limit, of memory_limit in the environment, and
// DefaultMemoryLimit otherwise; none with off; and that it leaves the
// limit alone when GOMEMLIMIT is set.
func TestBuildSetsMemoryLimit(t *testing.T) {
	prev := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(prev) })
	t.Setenv("GOMEMLIMIT", "")
	build := func(args ...string) int64 {
		t.Helper()
		debug.SetMemoryLimit(math.MaxInt64)
		args = append(append([]string{"build", "--out", t.TempDir()}, args...), "../../examples/articles")
		if out, errs, code := run(t, args...); code != 0 {
			t.Fatalf("build: status %d\n%s%s", code, out, errs)
		}
		return debug.SetMemoryLimit(-1)
	}
	if got := build(); got != 1750<<20 {
		t.Errorf("default: limit %d, want 1750 MiB (%d)", got, 1750<<20)
	}
	if got := build("--memory-limit", "1234MiB"); got != 1234<<20 {
		t.Errorf("--memory-limit 1234MiB: limit %d, want %d", got, 1234<<20)
	}
	if got := build("--memory-limit", "off"); got != math.MaxInt64 {
		t.Errorf("--memory-limit off: limit %d, want none", got)
	}
	t.Setenv("NEGOGRAPH_MEMORY_LIMIT", "3GB")
	if got := build(); got != 3e9 {
		t.Errorf("NEGOGRAPH_MEMORY_LIMIT=3GB: limit %d, want %d", got, int64(3e9))
	}
	if got := build("--memory-limit", "1234MiB"); got != 1234<<20 {
		t.Errorf("the flag does not beat the environment: limit %d, want %d", got, 1234<<20)
	}
	// GOMEMLIMIT was read by the runtime at start and wins: build leaves
	// the limit as it found it
	t.Setenv("GOMEMLIMIT", "999MiB")
	if got := build("--memory-limit", "1234MiB"); got != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT set: limit %d, want the one in force before (none)", got)
	}
}

// TestBuildRejectsBadMemoryLimit checks that a memory limit that is not a
// size is a usage error naming the key.
func TestBuildRejectsBadMemoryLimit(t *testing.T) {
	_, errs, code := run(t, "build", "--out", t.TempDir(), "--memory-limit", "lots", "../../examples/articles")
	if code == 0 {
		t.Fatal("build with --memory-limit lots succeeded")
	}
	if !strings.Contains(errs, "memory_limit") {
		t.Errorf("the error does not name memory_limit: %s", errs)
	}
}

func TestRaisedLimit(t *testing.T) {
	for _, c := range []struct{ limit, live, want int64 }{
		{1000, 0, 1000},   // no collection yet
		{1000, 700, 1000}, // room enough
		{1000, 800, 1000}, // exactly a quarter of the live heap above it
		{1000, 801, 1001},
		{1000, 2000, 2500}, // a corpus larger than the limit was chosen for
		{0, 2000, 0},       // no limit set
	} {
		if got := raisedLimit(c.limit, c.live); got != c.want {
			t.Errorf("raisedLimit(%d, %d) = %d, want %d", c.limit, c.live, got, c.want)
		}
	}
}

// TestGuardRaisesTheLimitAboveTheLiveHeap sets a limit far below the test
// process's live heap and checks that the guard raises it above it, and
// that it starts nothing when no limit was set.
func TestGuardRaisesTheLimitAboveTheLiveHeap(t *testing.T) {
	prev := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(prev) })
	keep := make([]byte, 8<<20) // 8 MiB live at least
	runtime.GC()
	debug.SetMemoryLimit(math.MaxInt64)
	none := guardMemoryLimit(context.Background(), 0, time.Millisecond, zerolog.Nop())
	time.Sleep(20 * time.Millisecond)
	none()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("no limit set: the guard set %d", got)
	}
	const low = 1 << 20
	debug.SetMemoryLimit(low)
	stop := guardMemoryLimit(context.Background(), low, time.Millisecond, zerolog.Nop())
	deadline := time.Now().Add(10 * time.Second)
	for debug.SetMemoryLimit(-1) == low && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	stop()
	if got := debug.SetMemoryLimit(-1); got < 10<<20 {
		t.Errorf("limit %d with %d bytes live, want it above the live heap", got, len(keep))
	}
	runtime.KeepAlive(keep)
}
