package main

import (
	"context"
	"math"
	"runtime/debug"
	"runtime/metrics"
	"time"

	"github.com/rs/zerolog"
)

// applyMemoryLimit gives the Go runtime the build's soft memory limit
// (memory_limit, --memory-limit; docs/SCALE.md) unless the user set
// GOMEMLIMIT, which the runtime read at start and which wins. A limit of 0
// sets none. The limit is soft: the collector runs more often as the heap
// nears it, and lets the heap grow past it rather than spend more than
// about half the CPU. It returns the limit it set (0: it set none, the
// limit is GOMEMLIMIT's or none).
func applyMemoryLimit(limit int64, getenv func(string) string, log zerolog.Logger) int64 {
	if env := getenv("GOMEMLIMIT"); env != "" {
		log.Debug().Str("GOMEMLIMIT", env).Int64("bytes", debug.SetMemoryLimit(-1)).
			Msg("memory limit: GOMEMLIMIT is set, memory_limit is not applied")
		return 0
	}
	if limit <= 0 {
		debug.SetMemoryLimit(math.MaxInt64)
		return 0
	}
	debug.SetMemoryLimit(limit)
	log.Debug().Int64("bytes", limit).Msg("memory limit: the Go runtime's soft limit is memory_limit")
	return limit
}

// limitHeadroom is the least room the memory limit leaves above the live
// heap, as a fraction of it: 1/4, so that the limit never makes the
// collector run more often than GOGC=25 would.
const limitHeadroom = 4

// raisedLimit returns the memory limit to set when the live heap is live:
// limit, or live plus a quarter when that is more (a limit never goes
// below the live heap: the collector would run without end).
func raisedLimit(limit, live int64) int64 {
	if live <= 0 || limit <= 0 {
		return limit
	}
	if need := live + live/limitHeadroom; need > limit {
		return need
	}
	return limit
}

// guardMemoryLimit keeps the memory limit set by applyMemoryLimit above the
// live heap (raisedLimit): a corpus larger than the limit was chosen for
// then costs the memory it needs instead of a collector that runs without
// end. It checks the live heap the last collection marked every interval
// until ctx is done or stop is called; limit 0 (none set) starts nothing.
func guardMemoryLimit(ctx context.Context, limit int64, every time.Duration, log zerolog.Logger) (stop func()) {
	if limit <= 0 {
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindUint64 {
				return
			}
			live := int64(min(sample[0].Value.Uint64(), math.MaxInt64))
			if next := raisedLimit(limit, live); next != limit {
				debug.SetMemoryLimit(next)
				log.Info().Int64("live_bytes", live).Int64("limit_bytes", next).
					Msg("memory limit raised above the live heap (memory_limit is below what this corpus holds)")
				limit = next
			}
		}
	}()
	return func() { cancel(); <-done }
}
