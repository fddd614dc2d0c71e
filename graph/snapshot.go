package graph

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/negograph/negograph/schema"
	"golang.org/x/sync/errgroup"
)

// Snapshot is the JSON form of a graph, the contract of docs/SNAPSHOT.md:
// the shape of Neo4j HTTP API "graph" results.
type Snapshot struct {
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
		if list, ok := v.([]any); ok {
			strs := make([]string, 0, len(list))
			allStrings := true
			for _, x := range list {
				s, ok := x.(string)
				if !ok {
					allStrings = false
					break
				}
				strs = append(strs, s)
			}
			if allStrings {
				out[k] = strs
				continue
			}
		}
		out[k] = v
	}
	return out
}

// EncodeJSON writes the snapshot as indented JSON. The same graph always
// gives the same bytes: nodes and relationships are sorted and map keys are
// sorted by encoding/json.
//
// It encodes runs of elements on every CPU and writes them in order, so
// memory does not grow with the size of the file (the bytes are those of
// one encoding/json Encoder with indent " " over the whole snapshot).
func (s Snapshot) EncodeJSON(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	workers := runtime.GOMAXPROCS(0)
	bufs := make([]bytes.Buffer, workers)
	list := func(name string, n int, elem func(i int) any, last bool) error {
		bw.WriteString(" \"" + name + "\": ")
		if n == 0 {
			bw.WriteString("[]")
		} else {
			bw.WriteString("[\n")
			// Rounds of one run per worker, each written once all are done.
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
					bw.Write(bufs[k].Bytes())
				}
			}
			bw.WriteString(" ]")
		}
		if !last {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
		return nil
	}
	bw.WriteString("{\n")
	if s.Nodes == nil && s.Relationships == nil {
		// encoding/json writes nil slices as null
		bw.WriteString(" \"nodes\": null,\n \"relationships\": null\n}\n")
		return bw.Flush()
	}
	if s.Nodes == nil {
		bw.WriteString(" \"nodes\": null,\n")
	} else if err := list("nodes", len(s.Nodes), func(i int) any { return s.Nodes[i] }, false); err != nil {
		return err
	}
	if s.Relationships == nil {
		bw.WriteString(" \"relationships\": null\n")
	} else if err := list("relationships", len(s.Relationships), func(i int) any { return s.Relationships[i] }, true); err != nil {
		return err
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// encodeRun is the number of elements one goroutine of EncodeJSON encodes
// at a time.
const encodeRun = 512

// encodeElems writes the elements from to to (of n) as lines of the
// snapshot's lists.
func encodeElems(out *bytes.Buffer, from, to, n int, elem func(i int) any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", " ")
	for i := from; i < to; i++ {
		buf.Reset()
		if err := enc.Encode(elem(i)); err != nil {
			return fmt.Errorf("graph: encode snapshot: %w", err)
		}
		out.WriteString("  ")
		out.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		if i < n-1 {
			out.WriteString(",")
		}
		out.WriteString("\n")
	}
	return nil
}

// ReadSnapshotFile reads a JSON snapshot from path.
func ReadSnapshotFile(path string) (Snapshot, error) {
	var s Snapshot
	data, err := os.ReadFile(path)
	if err != nil {
		return s, fmt.Errorf("graph: read snapshot: %w", err)
	}
	if err := json.Unmarshal(data, &s); err != nil {
		return s, fmt.Errorf("graph: snapshot %s is not valid JSON: %w", path, err)
	}
	return s, nil
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
