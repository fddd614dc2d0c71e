package graph

import (
	"fmt"
	"io"
	"runtime"
	"testing"
	"time"
)

// countingWriter counts the bytes written to it.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*countingWriter)(nil)

// BenchmarkEncodeJSON encodes a graph shaped like a build's: 2,000
// articles, each mentioning 15 of 500 entities with 3 of its 20 sentences
// of ~150 bytes, and reporting one of 1,000 meetings whose BETWEEN edges
// gather the sentences of every report. It reports the file's size
// (MB/file) and the bytes the same relationships would copy without the
// evidence table (MB/copied-evidence).
func BenchmarkEncodeJSON(b *testing.B) {
	g := New()
	sentence := func(a, i int) string {
		return fmt.Sprintf("جملة رقم %d من المقال %d تروي جولة المحادثات بين الطرفين في العاصمة بوساطة طرف ثالث وبحضور الوفود كاملة.", i, a)
	}
	for e := range 500 {
		g.AddNode(fmt.Sprintf("person:p%03d", e), "Person", map[string]any{"name": fmt.Sprint("شخص ", e), "confidence": 0.9})
	}
	for m := range 1000 {
		g.AddNode(fmt.Sprintf("meeting:m%04d", m), "Meeting", map[string]any{"date": "2025-04", "status": "held"})
	}
	g.AddNode("country:a", "Country", map[string]any{"name": "A"})
	var copied int64
	for a := range 2000 {
		art := fmt.Sprintf("article:%016x", a)
		g.AddNode(art, "Article", map[string]any{"source": fmt.Sprint(a, ".txt")})
		for k := range 15 {
			ev := []string{sentence(a, k), sentence(a, k+1), sentence(a, k+2)}
			g.AddRel("MENTIONS", art, fmt.Sprintf("person:p%03d", (a*7+k)%500), map[string]any{"evidence": ev, "sources": []string{art}, "count": int64(2)})
		}
		m := fmt.Sprintf("meeting:m%04d", a%1000)
		ev := []string{sentence(a, 0), sentence(a, 1)}
		g.AddRel("REPORTS", art, m, map[string]any{"evidence": ev, "sources": []string{art}})
		g.AddRel("BETWEEN", m, "country:a", map[string]any{"evidence": ev, "sources": []string{art}})
	}
	s := g.Snapshot()
	for _, r := range s.Relationships {
		for _, e := range StringsProp(r.Props, EvidenceKey) {
			copied += int64(len(e))
		}
	}
	b.ResetTimer()
	var w countingWriter
	for range b.N {
		w = countingWriter{}
		if err := s.EncodeJSON(&w); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(w.n)
	b.ReportMetric(float64(w.n)/1e6, "MB/file")
	b.ReportMetric(float64(copied)/1e6, "MB/copied-evidence")
}

// BenchmarkRelMemory adds 100,000 relationships shaped like an article's
// MENTIONS (sources, count, confidence, a surface, two evidence sentences
// that exist anyway, two offsets) with AddRelOwned and with AddRelPacked,
// and reports the live heap they hold per relationship (B/rel, after a
// collection, the graph sealed as when it is written) and the time to
// write the graph's snapshot (ns/encoded-rel).
//
//	go test ./graph -run '^$' -bench RelMemory -benchtime 1x
func BenchmarkRelMemory(b *testing.B) {
	const n = 100000
	sentences := make([]string, 1000)
	for i := range sentences {
		sentences[i] = fmt.Sprintf("الجملة رقم %d من نص المقال التي تذكر الشخص بالاسم وتروي اللقاء.", i)
	}
	for _, packed := range []bool{false, true} {
		name := map[bool]string{false: "AddRelOwned", true: "AddRelPacked"}[packed]
		b.Run(name, func(b *testing.B) {
			var held, took float64
			for b.Loop() {
				g := New()
				people := make([]string, 500)
				for i := range people {
					people[i] = fmt.Sprintf("person:p%03d", i)
					g.AddNode(people[i], "Person", nil)
				}
				arts := make([]string, (n+14)/15)
				for i := range arts {
					arts[i] = fmt.Sprintf("article:%016x", i)
					g.AddNode(arts[i], "Article", nil)
				}
				before := heapLive()
				for i := range n {
					a := arts[i/15]
					props := map[string]any{"sources": []string{a}, "count": int64(i % 7), "confidence": 0.5 + float64(i%5)/10,
						"surfaces": []string{"X"}, "evidence": []string{sentences[i%1000], sentences[(i+1)%1000]},
						"offsets": []string{fmt.Sprintf("%d-%d", i%900, i%900+6), "1200-1206"}}
					var err error
					if packed {
						err = g.AddRelPacked("MENTIONS", a, people[(i*7)%500], props)
					} else {
						_, err = g.AddRelOwned("MENTIONS", a, people[(i*7)%500], props)
					}
					if err != nil {
						b.Fatal(err)
					}
				}
				g.Len()
				held = float64(heapLive()-before) / n
				start := time.Now()
				if err := g.EncodeJSON(io.Discard); err != nil {
					b.Fatal(err)
				}
				took = float64(time.Since(start).Nanoseconds()) / n
			}
			b.ReportMetric(held, "B/rel")
			b.ReportMetric(took, "ns/encoded-rel")
		})
	}
}

// heapLive is the heap in use after a collection.
func heapLive() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}
