package source

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/negograph/negograph/internal/article"
)

// hugeParagraph is one paragraph of Arabic news prose with some markup
// characters, about 400 bytes.
const hugeParagraph = "استضافت العاصمة العمانية مسقط يوم السبت جولة جديدة من المحادثات غير المباشرة بين إيران والولايات المتحدة، " +
	"بوساطة وزير الخارجية العماني بدر البوسعيدي، وقال المتحدث إن الأجواء كانت بنّاءة. The talks resumed in Muscat.  "

// writeHuge writes one file of about size bytes of the given kind.
func writeHuge(tb testing.TB, dir, kind string, size int) string {
	tb.Helper()
	var b strings.Builder
	b.Grow(size + 4096)
	switch kind {
	case "txt":
		b.WriteString("عنوان الخبر\n")
		for b.Len() < size {
			b.WriteString(hugeParagraph)
			b.WriteString("\r\n\n")
		}
	case "md":
		b.WriteString("---\ntitle: عنوان\noutlet: وكالة\n---\n# عنوان الخبر\n\n")
		for b.Len() < size {
			b.WriteString("**" + hugeParagraph + "** [رابط](https://a.test/x)\n\n")
		}
	case "html":
		b.WriteString("<html lang=ar><head><title>عنوان</title></head><body><nav>رياضة</nav><article><h1>عنوان الخبر</h1>")
		for b.Len() < size {
			b.WriteString("<p>" + hugeParagraph + "</p>\n")
		}
		b.WriteString("</article></body></html>")
	case "jsonl":
		var text strings.Builder
		for text.Len() < size {
			text.WriteString(hugeParagraph + "\n")
		}
		rec, _ := json.Marshal(map[string]string{"id": "1", "title": "عنوان", "text": text.String()})
		b.Write(rec)
		b.WriteByte('\n')
	}
	p := filepath.Join(dir, "huge."+kind)
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

// walkAllocs reads one file and returns the bytes allocated per byte of
// input, and the peak of heap objects (live or not yet collected) above
// what was there before, per byte of input.
func walkAllocs(tb testing.TB, path string) (allocPerByte, peakPerByte float64, art article.Article) {
	tb.Helper()
	info, err := os.Stat(path)
	if err != nil {
		tb.Fatal(err)
	}
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	heap := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	var before, after runtime.MemStats
	runtime.GC()
	base := heap()
	peak := base
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(100 * time.Microsecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				peak = max(peak, heap())
			}
		}
	}()
	runtime.ReadMemStats(&before)
	err = Walk(context.Background(), []string{path}, Options{MaxBytes: -1},
		func(a article.Article) error { art = a; return nil },
		func(fe *FileError) { tb.Errorf("skipped: %v", fe) })
	runtime.ReadMemStats(&after)
	close(stop)
	<-done
	if err != nil {
		tb.Fatal(err)
	}
	size := float64(info.Size())
	return float64(after.TotalAlloc-before.TotalAlloc) / size, float64(peak-base) / size, art
}

// BenchmarkHugeFile reads one 32 MiB file of each kind and reports the
// bytes allocated per input byte (allocB/inB: every copy made, whatever the
// garbage collector reclaims in between) and the peak of the heap above
// where it started, per input byte (peakB/inB).
//
//	go test -run '^$' -bench HugeFile -benchtime 3x ./source/
func BenchmarkHugeFile(b *testing.B) {
	dir := b.TempDir()
	for _, kind := range []string{"txt", "md", "html", "jsonl"} {
		p := writeHuge(b, dir, kind, 32<<20)
		b.Run(kind, func(b *testing.B) {
			info, _ := os.Stat(p)
			b.SetBytes(info.Size())
			var per, peak float64
			for range b.N {
				v, pk, _ := walkAllocs(b, p)
				per += v
				peak = max(peak, pk)
			}
			b.ReportMetric(per/float64(b.N), "allocB/inB")
			b.ReportMetric(peak, "peakB/inB")
		})
	}
}

// TestHugeFileMemoryBounded holds the reading of one large file of each
// kind to a few times its size in allocations.
func TestHugeFileMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 4 MiB files")
	}
	limits := map[string]float64{"txt": 13, "md": 14, "html": 16, "jsonl": 15} // before: 17.9, 22.6, 22.6, 22.4
	dir := t.TempDir()
	for _, kind := range []string{"txt", "md", "html", "jsonl"} {
		t.Run(kind, func(t *testing.T) {
			p := writeHuge(t, dir, kind, 4<<20)
			per, _, a := walkAllocs(t, p)
			if !strings.Contains(a.Text, "بوساطة وزير الخارجية العماني") {
				t.Fatalf("text not read: %.200q", a.Text)
			}
			t.Logf("%s: %.1f bytes allocated per input byte", kind, per)
			if per > limits[kind] {
				t.Errorf("%s: %.1f bytes allocated per input byte, limit %v", kind, per, limits[kind])
			}
		})
	}
}
