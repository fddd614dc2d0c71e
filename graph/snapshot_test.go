package graph

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// bigGraph has enough elements for EncodeJSON to split them into several
// runs per worker, and evidence sentences shared between relationships.
func bigGraph(t *testing.T) *Graph {
	t.Helper()
	g := New()
	for i := range 5000 {
		id := fmt.Sprintf("n%05d", i)
		if _, err := g.AddNode(id, "Person", map[string]any{"name": fmt.Sprint("شخص ", i), "i": int64(i), "l": []string{"x", id}}); err != nil {
			t.Fatal(err)
		}
		if i > 0 {
			ev := []string{fmt.Sprintf("جملة %d", i%37), fmt.Sprintf("sentence <%d> & more", i%11)}
			if _, err := g.AddRel("PARTICIPATED_IN", id, "n00000", map[string]any{"c": float64(i) / 7, EvidenceKey: ev}); err != nil {
				t.Fatal(err)
			}
		}
	}
	return g
}

// normalized is a snapshot whose lists of strings are []string, as
// FromSnapshot gives them, for comparing a snapshot with one read back.
func normalized(s Snapshot) Snapshot {
	out := Snapshot{Nodes: []*Node{}, Relationships: []*Relationship{}}
	for _, n := range s.Nodes {
		c := *n
		c.Props = normalizeJSONProps(n.Props)
		for k, v := range c.Props {
			if i, ok := v.(int64); ok {
				c.Props[k] = float64(i)
			}
		}
		out.Nodes = append(out.Nodes, &c)
	}
	for _, r := range s.Relationships {
		c := *r
		c.Props = normalizeJSONProps(r.Props)
		for k, v := range c.Props {
			if i, ok := v.(int64); ok {
				c.Props[k] = float64(i)
			}
		}
		out.Relationships = append(out.Relationships, &c)
	}
	return out
}

// TestSnapshotRoundTrip: what EncodeJSON writes, DecodeSnapshot reads back
// as the same snapshot, evidence sentences included; the bytes do not
// depend on the number of CPUs.
func TestSnapshotRoundTrip(t *testing.T) {
	empty := New().Snapshot()
	tests := []struct {
		name string
		s    Snapshot
	}{
		{"sample", sample(t).Snapshot()},
		{"big", bigGraph(t).Snapshot()},
		{"empty", empty},
		{"nil", Snapshot{}},
		{"empty evidence", Snapshot{Nodes: []*Node{{ID: "a", Labels: []string{"Country"}, Props: map[string]any{}}},
			Relationships: []*Relationship{{ID: "r", Type: "LOCATED_IN", Start: "a", End: "a", Props: map[string]any{EvidenceKey: []string{}}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var one, many bytes.Buffer
			prev := runtime.GOMAXPROCS(1)
			err := tt.s.EncodeJSON(&one)
			runtime.GOMAXPROCS(4)
			err2 := tt.s.EncodeJSON(&many)
			runtime.GOMAXPROCS(prev)
			if err != nil || err2 != nil {
				t.Fatal(err, err2)
			}
			if !bytes.Equal(one.Bytes(), many.Bytes()) {
				t.Fatal("the bytes depend on the number of CPUs")
			}
			got, err := DecodeSnapshot(one.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			if want := normalized(tt.s); !reflect.DeepEqual(normalized(got), want) {
				t.Errorf("read back:\n%v\nwant\n%v", normalized(got), want)
			}
		})
	}
}

// TestSnapshotStoresEvidenceOnce: a sentence shared by many relationships
// is written once, and every relationship refers to it by index.
func TestSnapshotStoresEvidenceOnce(t *testing.T) {
	var buf bytes.Buffer
	if err := bigGraph(t).Snapshot().EncodeJSON(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, sentence := range []string{`"جملة 5"`, `"sentence <3> & more"`} {
		if n := strings.Count(out, sentence); n != 1 {
			t.Errorf("%s written %d times, want once", sentence, n)
		}
	}
	if n := strings.Count(out, `"`+EvidenceRefsKey+`":[`); n != 4999 {
		t.Errorf("%d relationships refer to the table, want 4999", n)
	}
	if n := strings.Count(out, `"`+EvidenceKey+`":[`); n != 1 {
		t.Errorf("%q written %d times, want once: the table, never on a relationship", EvidenceKey, n)
	}
	// one element per line: the version, 48 sentences, 5000 nodes, 4999
	// relationships, and a line to open and one to close each list
	if n := strings.Count(out, "\n"); n != 1+48+5000+4999+3*2 {
		t.Errorf("%d lines", n)
	}
}

// TestReadSnapshotVersions reads a version 1 file (sentences on every
// relationship) and refuses a newer version or a reference outside the
// table; each file also gzipped.
func TestReadSnapshotVersions(t *testing.T) {
	tests := []struct {
		name, file string
		evidence   []string
		err        string
	}{
		{"version 1", `{"nodes": [{"id": "a", "labels": ["Country"], "properties": {}}],
 "relationships": [{"id": "r", "type": "LOCATED_IN", "startNode": "a", "endNode": "a", "properties": {"evidence": ["s1", "s2"]}}]}`,
			[]string{"s1", "s2"}, ""},
		{"version 2", `{"version":2,"evidence":["s1","s2","s3"],"nodes":[{"id":"a","labels":["Country"],"properties":{}}],
"relationships":[{"id":"r","type":"LOCATED_IN","startNode":"a","endNode":"a","properties":{"evidence_refs":[0,2]}}]}`,
			[]string{"s1", "s3"}, ""},
		{"unknown keys skipped, table after the relationships", `{"version":2,"nodes":[{"id":"a","labels":["Country"],"properties":{}}],"extra":{"x":[1,{"y":2}]},
"relationships":[{"id":"r","type":"LOCATED_IN","startNode":"a","endNode":"a","properties":{"evidence_refs":[1]}}],"evidence":["s1","s2"]}`,
			[]string{"s2"}, ""},
		{"not an object", `[1,2]`, nil, "not a snapshot"},
		{"cut short", `{"version":2,"evidence":["s1"],"nodes":[{"id":"a"`, nil, "not valid JSON"},
		{"newer", `{"version":3,"nodes":[],"relationships":[]}`, nil, "newer"},
		{"bad reference", `{"version":2,"evidence":["s1"],"nodes":[],"relationships":[{"id":"r","properties":{"evidence_refs":[1]}}]}`, nil, "not an index"},
		{"not an integer", `{"version":2,"evidence":["s1"],"nodes":[],"relationships":[{"id":"r","properties":{"evidence_refs":[0.5]}}]}`, nil, "not an index"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "graph.json")
			if err := os.WriteFile(path, []byte(tt.file), 0o600); err != nil {
				t.Fatal(err)
			}
			readAs(t, path, tt.evidence, tt.err)
			// the same file gzipped
			var z bytes.Buffer
			zw := gzip.NewWriter(&z)
			zw.Write([]byte(tt.file))
			if err := zw.Close(); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path+".gz", z.Bytes(), 0o600); err != nil {
				t.Fatal(err)
			}
			readAs(t, path+".gz", tt.evidence, tt.err)
		})
	}
}

// readAs reads the snapshot at path and checks the evidence of its first
// relationship, or the error.
func readAs(t *testing.T, path string, evidence []string, wantErr string) {
	t.Helper()
	s, err := ReadSnapshotFile(path)
	if wantErr != "" {
		if err == nil || !strings.Contains(err.Error(), wantErr) {
			t.Fatalf("%s: err = %v, want %q", path, err, wantErr)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if got := StringsProp(s.Relationships[0].Props, EvidenceKey); !reflect.DeepEqual(got, evidence) {
		t.Errorf("%s: evidence = %v, want %v", path, got, evidence)
	}
	if _, ok := s.Relationships[0].Props[EvidenceRefsKey]; ok {
		t.Errorf("%s: the references were kept", path)
	}
}

// writeSizes records the size of every write.
type writeSizes struct{ sizes []int }

func (w *writeSizes) Write(p []byte) (int, error) {
	w.sizes = append(w.sizes, len(p))
	return len(p), nil
}

// TestEncodeJSONStreams: the file reaches its writer in pieces as it is
// encoded, none of them more than a run of elements, never as one buffer.
func TestEncodeJSONStreams(t *testing.T) {
	var w writeSizes
	if err := bigGraph(t).Snapshot().EncodeJSON(&w); err != nil {
		t.Fatal(err)
	}
	total, largest := 0, 0
	for _, n := range w.sizes {
		total += n
		largest = max(largest, n)
	}
	if len(w.sizes) < 10 || largest > total/8 {
		t.Errorf("%d writes, the largest %d bytes of %d", len(w.sizes), largest, total)
	}
}

// FuzzReadSnapshot: a snapshot file is input like any other; whatever its
// bytes, reading it and building the graph from it return an error or a
// graph, never a panic.
func FuzzReadSnapshot(f *testing.F) {
	for _, s := range []string{
		`{"version":2,"evidence":["a"],"nodes":[{"id":"n","labels":["Person"],"properties":{}}],"relationships":[]}`,
		`{"version":2,"evidence":[],"nodes":[],"relationships":[null]}`,
		`{"nodes":[null]}`,
		`{"nodes":[],"relationships":[{"id":"r","type":"MENTIONS","startNode":"a","endNode":"b","properties":{"evidence_refs":[0]}}],"version":2}`,
		`{} trailing`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeSnapshot(data)
		if err != nil {
			return
		}
		_, _ = FromSnapshot(s)
	})
}

// TestReadSnapshotRejects: null elements and bytes after the closing brace
// are errors that name the problem, not a panic or a silent success.
func TestReadSnapshotRejects(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"version":2,"evidence":[],"nodes":[],"relationships":[null]}`, "relationships[0] is null"},
		{`{"nodes":[null]}`, "nodes[0] is null"},
		{`{"nodes":[]} {"nodes":[]}`, "after its closing brace"},
	} {
		_, err := DecodeSnapshot([]byte(c.in))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.in, err, c.want)
		}
	}
}

// TestEvidenceTableIndexes checks that the evidence table holds each
// sentence of the relationships once, in byte order, and that the index
// gives each sentence its place in it.
func TestEvidenceTableIndexes(t *testing.T) {
	rels := []*Relationship{
		{Props: map[string]any{EvidenceKey: []string{"ج", "b", "a"}}},
		{Props: map[string]any{"confidence": 0.5}},
		{Props: map[string]any{EvidenceKey: []any{"b", "ج", "c"}}},
	}
	table, index := evidenceTable(len(rels), func(i int) *Relationship { return rels[i] })
	if want := []string{"a", "b", "c", "ج"}; !slices.Equal(table, want) {
		t.Fatalf("table %q, want %q", table, want)
	}
	if len(index) != len(table) {
		t.Errorf("index of %d sentences, table of %d", len(index), len(table))
	}
	for i, e := range table {
		if index[e] != i {
			t.Errorf("index[%q] = %d, want %d", e, index[e], i)
		}
	}
}
