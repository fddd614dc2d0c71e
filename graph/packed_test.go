package graph

import (
	"bytes"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// packedAdd is one relationship added to a graph in a packed-graph test.
type packedAdd struct {
	typ, start, end string
	props           map[string]any
}

// packedGraphs builds two graphs of the same nodes and relationships: one
// with every relationship in the map (AddRel), and one with those of type
// packedType added with AddRelPacked. Props are cloned for each graph.
func packedGraphs(t *testing.T, adds []packedAdd, packedType string) (plain, packed *Graph) {
	t.Helper()
	plain, packed = New(), New()
	for _, g := range []*Graph{plain, packed} {
		for _, id := range []string{"article:a", "article:b", "person:x", "person:y", "meeting:m"} {
			label := map[string]string{"article": "Article", "person": "Person", "meeting": "Meeting"}[strings.Split(id, ":")[0]]
			if _, err := g.AddNode(id, label, map[string]any{"name": id}); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, a := range adds {
		if _, err := plain.AddRel(a.typ, a.start, a.end, cloneProps(a.props)); err != nil {
			t.Fatal(err)
		}
		var err error
		if a.typ == packedType {
			err = packed.AddRelPacked(a.typ, a.start, a.end, cloneProps(a.props))
		} else {
			_, err = packed.AddRel(a.typ, a.start, a.end, cloneProps(a.props))
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return plain, packed
}

func cloneProps(p map[string]any) map[string]any {
	out := make(map[string]any, len(p))
	for k, v := range p {
		if l, ok := v.([]string); ok && l != nil {
			v = append([]string{}, l...)
		}
		out[k] = v
	}
	return out
}

func encoded(t *testing.T, encode func(w *bytes.Buffer) error) string {
	t.Helper()
	var buf bytes.Buffer
	if err := encode(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestPackedRelsAsUnpacked checks that relationships added packed give the
// same graph as AddRel: the same snapshot bytes (through Snapshot and
// through the graph's own streaming EncodeJSON), the same counts, and the
// same relationship by id; merged as AddRel merges, capped when asked.
func TestPackedRelsAsUnpacked(t *testing.T) {
	long := "جملة طويلة بما يكفي لتدخل جدول النصوص مرة واحدة فقط."
	tests := []struct {
		name string
		adds []packedAdd
		cap  int
	}{
		{"one relationship of each kind", []packedAdd{
			{"MENTIONS", "article:a", "person:x", map[string]any{"sources": []string{"article:a"}, "count": int64(2),
				"surfaces": []string{"X", "Ex"}, "evidence": []string{long, "short one."}, "offsets": []string{"9-10", "10-12"}, "confidence": 0.85}},
			{"REPORTS", "article:a", "meeting:m", map[string]any{"sources": []string{"article:a"}, "evidence": []string{long}}},
		}, 0},
		{"same ends twice: merged as AddRel merges", []packedAdd{
			{"MENTIONS", "article:b", "person:y", map[string]any{"count": int64(3), "confidence": 0.9, "surfaces": []string{"Y"}, "basis": "first"}},
			{"MENTIONS", "article:a", "person:y", map[string]any{"count": int64(1), "confidence": 0.5}},
			{"MENTIONS", "article:b", "person:y", map[string]any{"count": int64(1), "confidence": 0.7, "surfaces": []string{"Why", "Y"}, "basis": "second"}},
		}, 0},
		{"empty, nil and unsorted lists; nil values; every value type", []packedAdd{
			{"MENTIONS", "article:a", "person:y", map[string]any{"surfaces": []string{}, "evidence": []string(nil), "offsets": []string{"3-4", "", "1-2", "3-4"},
				"gone": nil, "known": true, "unknown": false, "n": 7, "m": int64(-40000), "x": -0.25, "name": strings.Repeat("ب", 40)}},
		}, 0},
		{"evidence capped after the merge", []packedAdd{
			{"MENTIONS", "article:a", "person:x", map[string]any{"evidence": []string{"c sentence", long}}},
			{"MENTIONS", "article:a", "person:x", map[string]any{"evidence": []string{"a sentence", "b"}}},
			{"MENTIONS", "article:b", "person:x", map[string]any{"evidence": []string{"one"}}},
			{"BETWEEN", "meeting:m", "person:x", map[string]any{"evidence": []string{"z", "y", "x"}}},
		}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			plain, packed := packedGraphs(t, tc.adds, "MENTIONS")
			if tc.cap > 0 {
				for _, r := range plain.Rels() {
					CapEvidence(r.Props, tc.cap)
				}
				packed.CapEvidence(tc.cap)
				// a graph capped before its packed relationships come caps them too
				early, _ := packedGraphs(t, nil, "")
				early.CapEvidence(tc.cap)
				for _, a := range tc.adds {
					if a.typ == "MENTIONS" {
						if err := early.AddRelPacked(a.typ, a.start, a.end, cloneProps(a.props)); err != nil {
							t.Fatal(err)
						}
					}
				}
				for _, r := range early.Rels() {
					if want := plain.Rel(r.ID); !reflect.DeepEqual(r, want) {
						t.Errorf("capped before added: %+v, want %+v", r, want)
					}
				}
			}
			want := encoded(t, func(w *bytes.Buffer) error { return plain.Snapshot().EncodeJSON(w) })
			if got := encoded(t, func(w *bytes.Buffer) error { return packed.Snapshot().EncodeJSON(w) }); got != want {
				t.Errorf("packed Snapshot:\n%s\nwant\n%s", got, want)
			}
			if got := encoded(t, func(w *bytes.Buffer) error { return packed.EncodeJSON(w) }); got != want {
				t.Errorf("packed EncodeJSON:\n%s\nwant\n%s", got, want)
			}
			if got := encoded(t, func(w *bytes.Buffer) error { return plain.EncodeJSON(w) }); got != want {
				t.Errorf("plain EncodeJSON:\n%s\nwant\n%s", got, want)
			}
			pn, pr := plain.Len()
			qn, qr := packed.Len()
			if pn != qn || pr != qr {
				t.Errorf("Len: packed %d, %d; plain %d, %d", qn, qr, pn, pr)
			}
			_, pc := plain.Counts()
			_, qc := packed.Counts()
			if !reflect.DeepEqual(pc, qc) {
				t.Errorf("Counts: packed %v, plain %v", qc, pc)
			}
			for _, r := range plain.Rels() {
				if got := packed.Rel(r.ID); !reflect.DeepEqual(got, r) {
					t.Errorf("Rel(%s): %+v, want %+v", r.ID, got, r)
				}
			}
			if packed.Rel("rel:none") != nil {
				t.Error("Rel of an unknown id: want nil")
			}
		})
	}
}

// TestPackedRelsRefuse checks what AddRelPacked refuses, and that a type is
// either packed or not.
func TestPackedRelsRefuse(t *testing.T) {
	tests := []struct {
		name, want string
		add        func(g *Graph) error
	}{
		{"type outside the schema", "not in the schema", func(g *Graph) error {
			return g.AddRelPacked("LIKES", "article:a", "person:x", nil)
		}},
		{"missing node", "both nodes must exist", func(g *Graph) error {
			return g.AddRelPacked("MENTIONS", "article:a", "person:nobody", nil)
		}},
		{"value that cannot be packed", "property when: a []int cannot be packed", func(g *Graph) error {
			return g.AddRelPacked("MENTIONS", "article:a", "person:x", map[string]any{"when": []int{1}})
		}},
		{"packed type added unpacked", "holds MENTIONS relationships packed", func(g *Graph) error {
			if err := g.AddRelPacked("MENTIONS", "article:a", "person:x", nil); err != nil {
				return err
			}
			_, err := g.AddRel("MENTIONS", "article:b", "person:x", nil)
			return err
		}},
		{"packed type added owned", "holds MENTIONS relationships packed", func(g *Graph) error {
			if err := g.AddRelPacked("MENTIONS", "article:a", "person:x", nil); err != nil {
				return err
			}
			_, err := g.AddRelOwned("MENTIONS", "article:b", "person:x", nil)
			return err
		}},
		{"unpacked type added packed", "holds REPORTS relationships unpacked", func(g *Graph) error {
			if _, err := g.AddRel("REPORTS", "article:a", "meeting:m", nil); err != nil {
				return err
			}
			return g.AddRelPacked("REPORTS", "article:b", "meeting:m", nil)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := packedGraphs(t, nil, "")
			err := tc.add(g)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one with %q", err, tc.want)
			}
		})
	}
}

// TestRemoveNodeDropsPackedRels checks that removing a node removes the
// packed relationships that touch it, and only those.
func TestRemoveNodeDropsPackedRels(t *testing.T) {
	adds := []packedAdd{
		{"MENTIONS", "article:a", "person:x", map[string]any{"count": int64(1)}},
		{"MENTIONS", "article:b", "person:x", map[string]any{"count": int64(2)}},
		{"MENTIONS", "article:b", "person:y", map[string]any{"count": int64(3)}},
		{"REPORTS", "article:a", "meeting:m", nil},
	}
	plain, packed := packedGraphs(t, adds, "MENTIONS")
	packed.Len() // sealed before the removal: it must seal again
	for _, g := range []*Graph{plain, packed} {
		g.RemoveNode("article:b")
	}
	want := encoded(t, func(w *bytes.Buffer) error { return plain.EncodeJSON(w) })
	if got := encoded(t, func(w *bytes.Buffer) error { return packed.EncodeJSON(w) }); got != want {
		t.Errorf("after RemoveNode:\n%s\nwant\n%s", got, want)
	}
	if n := packed.Packed("MENTIONS"); n != 1 {
		t.Errorf("Packed(MENTIONS) = %d after the removal, want 1", n)
	}
}

// TestPackedRelsHoldNoObjectsEach is the memory property of AddRelPacked,
// structurally: the graph holds no heap object per packed relationship (no
// Relationship, map, boxed value or list: records sit in a few chunks, long
// strings in a table), where AddRel holds a dozen. Counted as live heap
// objects after a collection, for 20,000 relationships shaped like an
// article's MENTIONS whose long strings (names, sentences) exist anyway.
func TestPackedRelsHoldNoObjectsEach(t *testing.T) {
	const n = 20000
	sentences := make([]string, 100)
	for i := range sentences {
		sentences[i] = fmt.Sprintf("الجملة رقم %d من نص المقال التي تذكر الشخص بالاسم.", i)
	}
	tests := []struct {
		name      string
		packed    bool
		maxPerRel float64
		minPerRel float64
	}{
		{"AddRelPacked", true, 0.1, 0},
		{"AddRel", false, 1e9, 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := New()
			g.AddNode("person:x", "Person", nil)
			arts := make([]string, n)
			for i := range arts {
				arts[i] = fmt.Sprintf("article:%016x", i)
				g.AddNode(arts[i], "Article", nil)
			}
			before := heapObjects()
			for i, a := range arts {
				props := map[string]any{"sources": []string{a}, "count": int64(i % 7), "confidence": 0.5 + float64(i%5)/10,
					"surfaces": []string{"X"}, "evidence": []string{sentences[i%100], sentences[(i+1)%100]},
					"offsets": []string{fmt.Sprintf("%d-%d", i%900, i%900+6), "1200-1206"}}
				var err error
				if tc.packed {
					err = g.AddRelPacked("MENTIONS", a, "person:x", props)
				} else {
					_, err = g.AddRelOwned("MENTIONS", a, "person:x", props)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			g.Len() // packed: sealed, as when written
			perRel := float64(int64(heapObjects())-int64(before)) / n
			runtime.KeepAlive(g)
			if perRel > tc.maxPerRel || perRel < tc.minPerRel {
				t.Errorf("%.2f live heap objects per relationship, want %g to %g", perRel, tc.minPerRel, tc.maxPerRel)
			}
		})
	}
}

// heapObjects is the number of live heap objects after a collection.
func heapObjects() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapObjects
}
