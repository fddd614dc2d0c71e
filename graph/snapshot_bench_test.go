package graph

import (
	"fmt"
	"io"
	"testing"
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
