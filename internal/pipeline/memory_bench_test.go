package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/internal/benchcorpus"
)

// BenchmarkBuildMemory builds a generated corpus (negograph corpus) of
// 1,000 and 4,000 articles and reports, per article, the peak live heap of
// the build (what the garbage collector found in use at its busiest;
// peak RSS is about twice it with GOGC=100), the live heap of the graph
// it returns, and the time. Memory bounded by the graph: the two stay
// close, and neither grows per article with the corpus. Each size is
// built with the analyses' mention lists held in memory (spill=off) and
// spilled to disk (spill=on, see spill.go).
//
//	go test ./internal/pipeline -run '^$' -bench BuildMemory -benchtime 1x
func BenchmarkBuildMemory(b *testing.B) {
	ctx := context.Background()
	gz, err := gazetteer.Default(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 4000} {
		dir := b.TempDir()
		if _, err := benchcorpus.Generate(ctx, dir, benchcorpus.Options{Articles: n, Seed: 1, Known: gz.Known()}); err != nil {
			b.Fatal(err)
		}
		for _, spill := range []struct {
			name string
			mode SpillMode
		}{{"off", SpillOff}, {"on", SpillOn}} {
			b.Run(fmt.Sprintf("%d/spill=%s", n, spill.name), func(b *testing.B) {
				buildMemory(ctx, b, dir, n, spill.mode)
			})
		}
	}
}

// buildMemory is one sub-benchmark of BenchmarkBuildMemory: the n
// articles under dir built with the spill mode given.
func buildMemory(ctx context.Context, b *testing.B, dir string, n int, mode SpillMode) {
	var peak, held uint64
	var took time.Duration
	for b.Loop() {
		en := &Engine{Sources: Sources{Paths: []string{dir}}, Spill: mode, SpillDir: b.TempDir(), Log: zerolog.Nop()}
		if err := en.Prepare(ctx); err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		base := liveHeap()
		stop := watchLiveHeap()
		start := time.Now()
		res, err := en.Build(ctx)
		took += time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		peak = max(peak, stop()-base)
		runtime.GC()
		held = liveHeap() - base
		runtime.KeepAlive(res)
	}
	b.ReportMetric(float64(peak)/float64(n), "peak-live-B/article")
	b.ReportMetric(float64(held)/float64(n), "graph-B/article")
	b.ReportMetric(float64(took.Nanoseconds())/float64(n)/float64(b.N), "ns/article")
}

// liveHeap is the heap the last garbage collection found in use.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// watchLiveHeap polls the live heap until the function it returns is
// called, which gives the largest value seen.
func watchLiveHeap() func() uint64 {
	var mu sync.Mutex
	peak := liveHeap()
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				v := liveHeap()
				mu.Lock()
				peak = max(peak, v)
				mu.Unlock()
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		mu.Lock()
		defer mu.Unlock()
		return max(peak, liveHeap())
	}
}
