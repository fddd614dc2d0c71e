package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/negograph/negograph/schema"
)

// Node is a graph node. Its ID is stable across runs ("person:brett-mcgurk").
type Node struct {
	ID     string         `json:"id"`
	Labels []string       `json:"labels"`
	Props  map[string]any `json:"properties"`
}

// Label is the node's first (primary) label.
func (n *Node) Label() string {
	if len(n.Labels) == 0 {
		return ""
	}
	return n.Labels[0]
}

// Relationship is a typed, directed relationship between two nodes.
type Relationship struct {
	ID    string         `json:"id"`
	Type  string         `json:"type"`
	Start string         `json:"startNode"`
	End   string         `json:"endNode"`
	Props map[string]any `json:"properties"`
}

// RelID is the stable id of the relationship of type typ from start to end:
// there is at most one relationship of a type between two nodes.
func RelID(typ, start, end string) string {
	sum := sha256.Sum256([]byte(typ + "\x00" + start + "\x00" + end))
	return "rel:" + hex.EncodeToString(sum[:8])
}

// Graph is an in-memory property graph keyed by stable ids. It is not safe
// for concurrent use.
type Graph struct {
	nodes map[string]*Node
	rels  map[string]*Relationship
	// unpacked counts the relationships of rels by type; packed holds the
	// relationships added with AddRelPacked (nil until the first).
	unpacked map[string]int
	packed   *packedRels
}

// New returns an empty graph.
func New() *Graph {
	return &Graph{nodes: map[string]*Node{}, rels: map[string]*Relationship{}, unpacked: map[string]int{}}
}

// Node returns the node with the id, or nil.
func (g *Graph) Node(id string) *Node { return g.nodes[id] }

// Rel returns the relationship with the id, or nil. A packed relationship
// (AddRelPacked) is found by decoding them all in turn: slow, for tests
// and tools, not for a loop.
func (g *Graph) Rel(id string) *Relationship {
	if r, ok := g.rels[id]; ok || g.packed == nil {
		return r
	}
	for i := range g.packed.len() {
		if typ, start, end := g.packed.key(i); RelID(typ, start, end) == id {
			return g.packed.rel(i)
		}
	}
	return nil
}

// AddNode merges a node by id: a new node is stored as given; for an existing
// one, labels are united and properties merged with MergeProps.
func (g *Graph) AddNode(id, label string, props map[string]any) (*Node, error) {
	if !schema.IsLabel(label) {
		return nil, fmt.Errorf("graph: node %s: label %q is not in the schema", id, label)
	}
	n, ok := g.nodes[id]
	if !ok {
		n = &Node{ID: id, Labels: []string{label}, Props: map[string]any{}}
		g.nodes[id] = n
	} else if !containsString(n.Labels, label) {
		n.Labels = append(n.Labels, label)
	}
	MergeProps(n.Props, props)
	return n, nil
}

// AddRel merges a relationship by (type, start, end); both nodes must exist.
func (g *Graph) AddRel(typ, start, end string, props map[string]any) (*Relationship, error) {
	if err := g.checkUnpacked(typ, start, end); err != nil {
		return nil, err
	}
	id := RelID(typ, start, end)
	r, ok := g.rels[id]
	if !ok {
		r = &Relationship{ID: id, Type: typ, Start: start, End: end, Props: map[string]any{}}
		g.rels[id] = r
		g.unpacked[typ]++
	}
	MergeProps(r.Props, props)
	return r, nil
}

// AddRelOwned is AddRel for a caller that hands props over: when the
// relationship is new, props becomes its property map instead of being
// copied into a new one, its nil values removed and its string lists
// sorted and freed of duplicates and empty strings in place (an empty or
// nil list becomes an empty one), which is what MergeProps would have
// stored. The caller must not use props or its lists afterwards. An
// existing relationship merges props as AddRel does.
func (g *Graph) AddRelOwned(typ, start, end string, props map[string]any) (*Relationship, error) {
	if err := g.checkUnpacked(typ, start, end); err != nil {
		return nil, err
	}
	id := RelID(typ, start, end)
	if r, ok := g.rels[id]; ok {
		MergeProps(r.Props, props)
		return r, nil
	}
	if props == nil {
		props = map[string]any{}
	}
	for k, v := range props {
		switch l := v.(type) {
		case nil:
			delete(props, k)
		case []string:
			props[k] = sortedSet(l)
		}
	}
	r := &Relationship{ID: id, Type: typ, Start: start, End: end, Props: props}
	g.rels[id] = r
	g.unpacked[typ]++
	return r, nil
}

// checkRel checks that typ is in the schema and both nodes exist.
func (g *Graph) checkRel(typ, start, end string) error {
	if !schema.IsRelType(typ) {
		return fmt.Errorf("graph: relationship type %q is not in the schema", typ)
	}
	if g.nodes[start] == nil || g.nodes[end] == nil {
		return fmt.Errorf("graph: %s from %s to %s: both nodes must exist", typ, start, end)
	}
	return nil
}

// checkUnpacked is checkRel for AddRel and AddRelOwned, which refuse a
// type the graph holds packed relationships of.
func (g *Graph) checkUnpacked(typ, start, end string) error {
	if err := g.checkRel(typ, start, end); err != nil {
		return err
	}
	if g.packed != nil && g.packed.types[typ] > 0 {
		return fmt.Errorf("graph: %s from %s to %s: the graph holds %s relationships packed", typ, start, end, typ)
	}
	return nil
}

// RemoveNode deletes a node and every relationship that touches it.
func (g *Graph) RemoveNode(id string) {
	delete(g.nodes, id)
	for rid, r := range g.rels {
		if r.Start == id || r.End == id {
			delete(g.rels, rid)
			g.unpacked[r.Type]--
		}
	}
	if g.packed != nil {
		g.packed.removeNode(id)
	}
}

// Nodes returns the nodes sorted by id.
func (g *Graph) Nodes() []*Node {
	out := make([]*Node, 0, len(g.nodes))
	for _, n := range g.nodes {
		out = append(out, n)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Rels returns the relationships sorted by type, start, end. Packed
// relationships (AddRelPacked) are decoded, each into a new Relationship:
// changing one changes nothing in the graph.
func (g *Graph) Rels() []*Relationship {
	order := g.relOrder()
	out := make([]*Relationship, len(order))
	for i, r := range order {
		out[i] = g.relAt(r)
	}
	return out
}

// relRef is a relationship of the graph: an unpacked one, or the index of
// a packed one (rel nil).
type relRef struct {
	rel    *Relationship
	packed int
}

// relAt gives the relationship r refers to, decoding a packed one.
func (g *Graph) relAt(r relRef) *Relationship {
	if r.rel != nil {
		return r.rel
	}
	return g.packed.rel(r.packed)
}

// relOrder lists the relationships sorted by type, start, end: the
// unpacked ones and the packed ones merged, without decoding these.
func (g *Graph) relOrder() []relRef {
	unpacked := make([]*Relationship, 0, len(g.rels))
	for _, r := range g.rels {
		unpacked = append(unpacked, r)
	}
	sort.Slice(unpacked, func(i, j int) bool {
		return compareKey(unpacked[i].Type, unpacked[i].Start, unpacked[i].End, unpacked[j].Type, unpacked[j].Start, unpacked[j].End) < 0
	})
	n := g.packed.len()
	out := make([]relRef, 0, len(unpacked)+n)
	i, j := 0, 0
	for i < len(unpacked) || j < n {
		if j == n {
			out = append(out, relRef{rel: unpacked[i]})
			i++
			continue
		}
		if i < len(unpacked) {
			u := unpacked[i]
			typ, start, end := g.packed.key(j)
			if compareKey(u.Type, u.Start, u.End, typ, start, end) < 0 {
				out = append(out, relRef{rel: u})
				i++
				continue
			}
		}
		out = append(out, relRef{packed: j})
		j++
	}
	return out
}

// compareKey orders relationships by type, start, end.
func compareKey(t1, s1, e1, t2, s2, e2 string) int {
	if c := strings.Compare(t1, t2); c != 0 {
		return c
	}
	if c := strings.Compare(s1, s2); c != 0 {
		return c
	}
	return strings.Compare(e1, e2)
}

// CapEvidence applies CapEvidence with limit to every relationship: the
// unpacked ones it holds now, and the packed ones (those added later too)
// whenever they are decoded.
func (g *Graph) CapEvidence(limit int) {
	for _, r := range g.rels {
		CapEvidence(r.Props, limit)
	}
	if g.packed == nil {
		g.packed = newPackedRels()
	}
	g.packed.capEvidence = limit
}

// NodesByLabel returns the nodes whose primary label is l, sorted by id.
func (g *Graph) NodesByLabel(l string) []*Node {
	var out []*Node
	for _, n := range g.Nodes() {
		if n.Label() == l {
			out = append(out, n)
		}
	}
	return out
}

// Counts gives the number of nodes per primary label and of relationships per type.
func (g *Graph) Counts() (nodes, rels map[string]int) {
	nodes, rels = map[string]int{}, map[string]int{}
	for _, n := range g.nodes {
		nodes[n.Label()]++
	}
	for _, r := range g.rels {
		rels[r.Type]++
	}
	for i := range g.packed.len() {
		typ, _, _ := g.packed.key(i)
		rels[typ]++
	}
	return nodes, rels
}

// Len returns the number of nodes and relationships.
func (g *Graph) Len() (nodes, rels int) { return len(g.nodes), len(g.rels) + g.packed.len() }

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
