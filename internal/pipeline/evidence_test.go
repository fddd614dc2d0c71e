package pipeline

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/schema"
)

// TestEvidenceCappedAndStoredOnce: five articles report one round, each
// with a sentence they share and one of its own. The round's BETWEEN
// edges keep maxEvidence sentences and the number there were; the shared
// sentence, evidence of many relationships, is written once in the
// snapshot, and reading the snapshot back gives every relationship its
// sentences.
func TestEvidenceCappedAndStoredOnce(t *testing.T) {
	const shared = "عقدت محادثات غير مباشرة بين الولايات المتحدة وإيران في مسقط يوم 12 أبريل 2025 بوساطة عمانية."
	dir := t.TempDir()
	for i, word := range []string{"بناءة", "إيجابية", "مفيدة", "جادة", "صريحة"} {
		text := shared + "\nووصف مسؤول إيراني المحادثات التي جرت بين إيران والولايات المتحدة في مسقط بأنها " + word + ".\n"
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := build(t, dir)
	between := 0
	for _, r := range res.Graph.Rels() {
		ev := graph.StringsProp(r.Props, graph.EvidenceKey)
		if len(ev) > maxEvidence {
			t.Errorf("%s %s -> %s keeps %d sentences", r.Type, r.Start, r.End, len(ev))
		}
		if r.Type != schema.RelBetween {
			continue
		}
		between++
		if n, _ := r.Props[graph.EvidenceCountKey].(int64); n != 6 || len(ev) != maxEvidence {
			t.Errorf("BETWEEN -> %s: %d sentences kept, evidence_count %v; want %d and 6", r.End, len(ev), r.Props[graph.EvidenceCountKey], maxEvidence)
		}
	}
	if between != 2 {
		t.Fatalf("%d BETWEEN edges, want 2", between)
	}
	snap := res.Graph.Snapshot()
	var buf bytes.Buffer
	if err := snap.EncodeJSON(&buf); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), shared); n != 1 {
		t.Errorf("the shared sentence is written %d times, want once", n)
	}
	back, err := graph.DecodeSnapshot(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range snap.Relationships {
		want := graph.StringsProp(r.Props, graph.EvidenceKey)
		if got := graph.StringsProp(back.Relationships[i].Props, graph.EvidenceKey); !reflect.DeepEqual(got, want) {
			t.Errorf("%s read back with evidence %q, want %q", r.ID, got, want)
		}
	}
}
