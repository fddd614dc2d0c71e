package graph

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"

	"github.com/negograph/negograph/schema"
	"golang.org/x/sync/errgroup"
)

// SnapshotVersion is the version of the snapshot format EncodeJSON writes
// (docs/SNAPSHOT.md §1). Version 1, the indented file with evidence
// sentences copied on every relationship and no "version" key, is still
// read.
const SnapshotVersion = 2

// Property keys of a relationship's evidence. In memory and in every
// consumer a relationship's evidence is the list of sentences under
// EvidenceKey; in a version 2 file the sentences are written once, in the
// top-level "evidence" table, and a relationship holds their indexes under
// EvidenceRefsKey.
const (
	EvidenceKey     = "evidence"
	EvidenceRefsKey = "evidence_refs"
)

// Snapshot is the JSON form of a graph, the contract of docs/SNAPSHOT.md:
// the shape of Neo4j HTTP API "graph" results.
type Snapshot struct {
	Nodes         []*Node         `json:"nodes"`
	Relationships []*Relationship `json:"relationships"`
}

// snapshotFile is the top-level object of a snapshot file.
type snapshotFile struct {
	Version       int             `json:"version"`
	Evidence      []string        `json:"evidence"`
	Nodes         []*Node         `json:"nodes"`
	Relationships []*Relationship `json:"relationships"`
}

// Snapshot returns the graph's nodes and relationships in their stable order.
func (g *Graph) Snapshot() Snapshot {
	s := Snapshot{Nodes: g.Nodes(), Relationships: g.Rels()}
	if s.Nodes == nil {
		s.Nodes = []*Node{}
	}
	if s.Relationships == nil {
		s.Relationships = []*Relationship{}
	}
	return s
}

// FromSnapshot rebuilds a graph from a snapshot. Labels and types outside the
// schema are an error.
func FromSnapshot(s Snapshot) (*Graph, error) {
	g := New()
	for _, n := range s.Nodes {
		if len(n.Labels) == 0 {
			return nil, fmt.Errorf("graph: snapshot node %s has no label", n.ID)
		}
		for _, l := range n.Labels {
			if _, err := g.AddNode(n.ID, l, nil); err != nil {
				return nil, err
			}
		}
		g.nodes[n.ID].Props = normalizeJSONProps(n.Props)
	}
	for _, r := range s.Relationships {
		rel, err := g.AddRel(r.Type, r.Start, r.End, nil)
		if err != nil {
			return nil, err
		}
		rel.Props = normalizeJSONProps(r.Props)
	}
	return g, nil
}

// normalizeJSONProps turns []any of strings (as decoded from JSON) back into
// []string so that merging works on snapshots read from disk.
func normalizeJSONProps(p map[string]any) map[string]any {
	out := make(map[string]any, len(p))
	for k, v := range p {
		if strs, ok := stringList(v); ok {
			out[k] = strs
			continue
		}
		out[k] = v
	}
	return out
}

// stringList gives a list of strings ([]string, or []any holding only
// strings as decoded from JSON) as []string.
func stringList(v any) ([]string, bool) {
	switch l := v.(type) {
	case []string:
		return l, true
	case []any:
		strs := make([]string, 0, len(l))
		for _, x := range l {
			s, ok := x.(string)
			if !ok {
				return nil, false
			}
			strs = append(strs, s)
		}
		return strs, true
	}
	return nil, false
}

// EncodeJSON writes the snapshot in the format of docs/SNAPSHOT.md
// (version SnapshotVersion): the evidence sentences of the relationships
// once each, in byte order, in a top-level table that relationships refer
// to by index; then one node or relationship per line. The same graph
// always gives the same bytes: nodes and relationships are sorted and map
// keys are sorted by encoding/json.
//
// It streams: elements are encoded in runs on every CPU and written in
// order to a buffered writer, so memory does not grow with the size of the
// file.
func (s Snapshot) EncodeJSON(w io.Writer) error {
	return encodeSnapshot(w, s.Nodes, len(s.Relationships), func(i int) *Relationship { return s.Relationships[i] })
}

// EncodeJSON writes the graph's snapshot, the same bytes as
// g.Snapshot().EncodeJSON, without making the snapshot: packed
// relationships (AddRelPacked) are decoded one at a time as they are
// written (twice: once for the evidence table), never all at once.
func (g *Graph) EncodeJSON(w io.Writer) error {
	order := g.relOrder()
	return encodeSnapshot(w, g.Nodes(), len(order), func(i int) *Relationship { return g.relAt(order[i]) })
}

// encodeSnapshot writes nodes and the n relationships rel gives (sorted,
// rel safe for concurrent use) as EncodeJSON does.
func encodeSnapshot(w io.Writer, nodes []*Node, n int, rel func(i int) *Relationship) error {
	table, index := evidenceTable(n, rel)
	bw := bufio.NewWriterSize(w, 1<<16)
	fmt.Fprintf(bw, "{\"version\":%d,\n", SnapshotVersion)
	steps := []struct {
		name string
		n    int
		elem func(i int) any
	}{
		{"evidence", len(table), func(i int) any { return table[i] }},
		{"nodes", len(nodes), func(i int) any { return nodes[i] }},
		{"relationships", n, func(i int) any { return withEvidenceRefs(rel(i), index) }},
	}
	for k, st := range steps {
		bw.WriteString("\"" + st.name + "\":[")
		if err := encodeList(bw, st.n, st.elem); err != nil {
			return err
		}
		if k < len(steps)-1 {
			bw.WriteString("],\n")
		}
	}
	bw.WriteString("]}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("graph: write snapshot: %w", err)
	}
	return nil
}

// evidenceTable is the sorted set of the evidence sentences of the n
// relationships rel gives, and the index of each in it. One map gathers
// the sentences and then gives their indexes: a snapshot of 100,000
// articles has a million sentences, and the table is made while the
// whole graph is held.
func evidenceTable(n int, rel func(i int) *Relationship) ([]string, map[string]int) {
	index := map[string]int{}
	for i := range n {
		ev, ok := stringList(rel(i).Props[EvidenceKey])
		if !ok {
			continue
		}
		for _, e := range ev {
			index[e] = 0
		}
	}
	out := make([]string, 0, len(index))
	for e := range index {
		out = append(out, e)
	}
	sort.Strings(out)
	for i, e := range out {
		index[e] = i
	}
	return out, index
}

// withEvidenceRefs is r as written to a file: its evidence sentences
// replaced by their indexes in the evidence table. A relationship without
// a list of strings under EvidenceKey is written as it is.
func withEvidenceRefs(r *Relationship, index map[string]int) *Relationship {
	ev, ok := stringList(r.Props[EvidenceKey])
	if !ok {
		return r
	}
	refs := make([]int, len(ev))
	for i, e := range ev {
		refs[i] = index[e]
	}
	props := make(map[string]any, len(r.Props))
	for k, v := range r.Props {
		props[k] = v
	}
	delete(props, EvidenceKey)
	props[EvidenceRefsKey] = refs
	out := *r
	out.Props = props
	return &out
}

// encodeList writes n elements, one per line, each line but the last
// ending with a comma. Runs of encodeRun elements are encoded by one
// goroutine per CPU and written in order.
func encodeList(bw *bufio.Writer, n int, elem func(i int) any) error {
	if n == 0 {
		return nil
	}
	bw.WriteString("\n")
	workers := runtime.GOMAXPROCS(0)
	bufs := make([]bytes.Buffer, workers)
	for round := 0; round < n; round += workers * encodeRun {
		var g errgroup.Group
		for k := range workers {
			from := round + k*encodeRun
			to := min(from+encodeRun, n)
			bufs[k].Reset()
			if from >= to {
				continue
			}
			g.Go(func() error { return encodeElems(&bufs[k], from, to, n, elem) })
		}
		if err := g.Wait(); err != nil {
			return err
		}
		for k := range workers {
			if _, err := bw.Write(bufs[k].Bytes()); err != nil {
				return fmt.Errorf("graph: write snapshot: %w", err) // a full disk: stop, do not encode the rest
			}
		}
	}
	return nil
}

// encodeRun is the number of elements one goroutine of EncodeJSON encodes
// at a time.
const encodeRun = 512

// encodeElems writes the elements from to to (of n) as lines of a list of
// the snapshot.
func encodeElems(out *bytes.Buffer, from, to, n int, elem func(i int) any) error {
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for i := from; i < to; i++ {
		if err := enc.Encode(elem(i)); err != nil {
			return fmt.Errorf("graph: encode snapshot: %w", err)
		}
		if i < n-1 {
			// Encode ends the value with a newline; the comma goes before it.
			out.Truncate(out.Len() - 1)
			out.WriteString(",\n")
		}
	}
	return nil
}

// ReadSnapshotFile reads a JSON snapshot from path: the current format,
// whose relationships get their evidence sentences back from the table,
// or version 1. It reads the file as a stream (ReadSnapshot), never whole,
// and reads a gzip-compressed file (graph.json.gz) as well.
func ReadSnapshotFile(path string) (Snapshot, error) {
	f, err := os.Open(path)
	if err != nil {
		return Snapshot{}, fmt.Errorf("graph: read snapshot: %w", err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	var r io.Reader = br
	if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return Snapshot{}, fmt.Errorf("graph: snapshot %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	s, err := ReadSnapshot(r)
	if err != nil {
		return Snapshot{}, fmt.Errorf("graph: snapshot %s: %w", path, err)
	}
	return s, nil
}

// DecodeSnapshot reads a snapshot from its JSON bytes (ReadSnapshot).
func DecodeSnapshot(data []byte) (Snapshot, error) {
	return ReadSnapshot(bytes.NewReader(data))
}

// ReadSnapshot reads a snapshot of either version from r, one element at a
// time. Relationships of a version 2 file get their evidence sentences
// under EvidenceKey, as []string (one string per sentence, shared by the
// relationships that cite it), in place of their EvidenceRefsKey indexes.
// Top-level keys it does not know are skipped.
func ReadSnapshot(r io.Reader) (Snapshot, error) {
	dec := json.NewDecoder(r)
	if err := expectDelim(dec, '{'); err != nil {
		return Snapshot{}, err
	}
	var (
		f        snapshotFile
		versions bool
	)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return Snapshot{}, fmt.Errorf("not valid JSON: %w", err)
		}
		var err2 error
		switch key, _ := tok.(string); key {
		case "version":
			versions = true
			err2 = dec.Decode(&f.Version)
		case "evidence":
			f.Evidence, err2 = decodeList[string](dec)
		case "nodes":
			f.Nodes, err2 = decodeList[*Node](dec)
		case "relationships":
			f.Relationships, err2 = decodeList[*Relationship](dec)
		default:
			var skip json.RawMessage
			err2 = dec.Decode(&skip)
		}
		if err2 != nil {
			return Snapshot{}, fmt.Errorf("not valid JSON: %w", err2)
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return Snapshot{}, err
	}
	if tok, err := dec.Token(); err != io.EOF {
		return Snapshot{}, fmt.Errorf("not a snapshot: %v after its closing brace (%v)", tok, err)
	}
	for i, n := range f.Nodes {
		if n == nil {
			return Snapshot{}, fmt.Errorf("not a snapshot: nodes[%d] is null", i)
		}
	}
	for i, r := range f.Relationships {
		if r == nil {
			return Snapshot{}, fmt.Errorf("not a snapshot: relationships[%d] is null", i)
		}
	}
	if versions && f.Version > SnapshotVersion {
		return Snapshot{}, fmt.Errorf("format version %d is newer than this program reads (%d)", f.Version, SnapshotVersion)
	}
	s := Snapshot{Nodes: f.Nodes, Relationships: f.Relationships}
	if f.Version < 2 {
		return s, nil
	}
	for _, r := range s.Relationships {
		if err := resolveEvidence(r, f.Evidence); err != nil {
			return Snapshot{}, err
		}
	}
	return s, nil
}

// expectDelim reads the next token of dec, which must be d.
func expectDelim(dec *json.Decoder, d json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return fmt.Errorf("not valid JSON: %w", err)
	}
	if tok != d {
		return fmt.Errorf("not a snapshot: %v where %v was expected", tok, d)
	}
	return nil
}

// decodeList reads a JSON list (or null) element by element.
func decodeList[T any](dec *json.Decoder) ([]T, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if tok == nil {
		return nil, nil
	}
	if tok != json.Delim('[') {
		return nil, fmt.Errorf("%v where a list was expected", tok)
	}
	out := []T{}
	for dec.More() {
		var x T
		if err := dec.Decode(&x); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	_, err = dec.Token() // ']'
	return out, err
}

// resolveEvidence replaces r's EvidenceRefsKey indexes by the sentences
// of table under EvidenceKey.
func resolveEvidence(r *Relationship, table []string) error {
	v, ok := r.Props[EvidenceRefsKey]
	if !ok {
		return nil
	}
	refs, ok := v.([]any)
	if !ok {
		return fmt.Errorf("relationship %s: %s is not a list", r.ID, EvidenceRefsKey)
	}
	ev := make([]string, len(refs))
	for i, x := range refs {
		n, ok := x.(float64)
		if !ok || n != float64(int(n)) || n < 0 || int(n) >= len(table) {
			return fmt.Errorf("relationship %s: evidence reference %v is not an index of the evidence table (%d sentences)", r.ID, x, len(table))
		}
		ev[i] = table[int(n)]
	}
	delete(r.Props, EvidenceRefsKey)
	r.Props[EvidenceKey] = ev
	return nil
}

// Own keeps the nodes whose primary label is in the schema and the
// relationships of schema types between them: negograph's part of a
// database that may hold other data.
func (s Snapshot) Own() Snapshot {
	out := Snapshot{Nodes: []*Node{}, Relationships: []*Relationship{}}
	keep := map[string]bool{}
	for _, n := range s.Nodes {
		if len(n.Labels) > 0 && schema.IsLabel(n.Labels[0]) {
			keep[n.ID] = true
			out.Nodes = append(out.Nodes, n)
		}
	}
	for _, rel := range s.Relationships {
		if schema.IsRelType(rel.Type) && keep[rel.Start] && keep[rel.End] {
			out.Relationships = append(out.Relationships, rel)
		}
	}
	return out
}
