package graph

import (
	"slices"
	"sort"
)

// Diff is what changed between two snapshots of a graph.
type Diff struct {
	AddedNodes, RemovedNodes []*Node
	// ChangedNodes pairs the old and new version of nodes whose labels or
	// properties differ.
	ChangedNodes           []NodeChange
	AddedRels, RemovedRels []*Relationship
	ChangedRels            []RelChange
}

// NodeChange is a node in both snapshots that differs.
type NodeChange struct {
	Old, New *Node
	// Props are the property changes, by key, sorted.
	Props []PropChange
	// Relabelled says the labels differ.
	Relabelled bool
}

// RelChange is a change to one relationship: Old is its version before,
// New after. In a Diff's ChangedRels both are set (a relationship in both
// snapshots whose properties differ) and Props lists the property changes;
// a neo4jstore.Delta also uses it with Old nil (a relationship to write) or
// New nil (one to delete).
type RelChange struct {
	Old, New *Relationship
	Props    []PropChange
}

// PropChange is one property that differs; Old or New is nil when the
// property is absent on that side.
type PropChange struct {
	Key      string
	Old, New any
}

// Empty reports whether the snapshots are the same graph.
func (d *Diff) Empty() bool {
	return len(d.AddedNodes)+len(d.RemovedNodes)+len(d.ChangedNodes)+len(d.AddedRels)+len(d.RemovedRels)+len(d.ChangedRels) == 0
}

// DiffSnapshots compares two snapshots element by element (by id).
// Property values compare as Neo4j stores them: a list read back as []any
// equals the []string it was written from, and numbers compare by value.
// Every list in the result is sorted by id.
//
// Snapshots in the order Graph.Snapshot gives (both sides of a refresh)
// are compared in one merge pass over the two; others through maps by id.
func DiffSnapshots(old, new Snapshot) Diff {
	d, ok := diffSorted(old, new)
	if !ok {
		d = diffByID(old, new)
	}
	byNode := func(l []*Node) { sort.Slice(l, func(i, j int) bool { return l[i].ID < l[j].ID }) }
	byRel := func(l []*Relationship) { sort.Slice(l, func(i, j int) bool { return l[i].ID < l[j].ID }) }
	byNode(d.AddedNodes)
	byNode(d.RemovedNodes)
	byRel(d.AddedRels)
	byRel(d.RemovedRels)
	sort.Slice(d.ChangedNodes, func(i, j int) bool { return d.ChangedNodes[i].New.ID < d.ChangedNodes[j].New.ID })
	sort.Slice(d.ChangedRels, func(i, j int) bool { return d.ChangedRels[i].New.ID < d.ChangedRels[j].New.ID })
	return d
}

// diffByID is DiffSnapshots through maps of the elements by id; the
// lists are not sorted.
func diffByID(old, new Snapshot) Diff {
	var d Diff
	oldNodes := make(map[string]*Node, len(old.Nodes))
	for _, n := range old.Nodes {
		oldNodes[n.ID] = n
	}
	newNodes := make(map[string]bool, len(new.Nodes))
	for _, n := range new.Nodes {
		newNodes[n.ID] = true
		o, ok := oldNodes[n.ID]
		if !ok {
			d.AddedNodes = append(d.AddedNodes, n)
			continue
		}
		relabelled := !slices.Equal(o.Labels, n.Labels)
		props := propChanges(o.Props, n.Props)
		if relabelled || len(props) > 0 {
			d.ChangedNodes = append(d.ChangedNodes, NodeChange{Old: o, New: n, Props: props, Relabelled: relabelled})
		}
	}
	for _, o := range old.Nodes {
		if !newNodes[o.ID] {
			d.RemovedNodes = append(d.RemovedNodes, o)
		}
	}
	oldRels := make(map[string]*Relationship, len(old.Relationships))
	for _, r := range old.Relationships {
		oldRels[r.ID] = r
	}
	newRels := make(map[string]bool, len(new.Relationships))
	for _, r := range new.Relationships {
		newRels[r.ID] = true
		o, ok := oldRels[r.ID]
		if !ok {
			d.AddedRels = append(d.AddedRels, r)
			continue
		}
		if props := propChanges(o.Props, r.Props); len(props) > 0 {
			d.ChangedRels = append(d.ChangedRels, RelChange{Old: o, New: r, Props: props})
		}
	}
	for _, o := range old.Relationships {
		if !newRels[o.ID] {
			d.RemovedRels = append(d.RemovedRels, o)
		}
	}
	return d
}

// propChanges lists the properties that differ, sorted by key.
func propChanges(a, b map[string]any) []PropChange {
	if len(a) == len(b) && SameProps(a, b) {
		return nil
	}
	var out []PropChange
	for k, va := range a {
		vb, ok := b[k]
		if !ok {
			out = append(out, PropChange{Key: k, Old: va})
		} else if !SameValue(va, vb) {
			out = append(out, PropChange{Key: k, Old: va, New: vb})
		}
	}
	for k, vb := range b {
		if _, ok := a[k]; !ok {
			out = append(out, PropChange{Key: k, New: vb})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// SameProps compares two property maps as Neo4j stores them (see
// SameValue).
func SameProps(a, b map[string]any) bool {
	if len(a) != len(b) {
		return false
	}
	for k, va := range a {
		vb, ok := b[k]
		if !ok || !SameValue(va, vb) {
			return false
		}
	}
	return true
}

// SameValue compares two property values: lists element by element
// whatever their Go slice type, numbers by value whatever their Go type.
func SameValue(a, b any) bool {
	switch x := a.(type) {
	case string:
		y, ok := b.(string)
		return ok && x == y
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case []string:
		if y, ok := b.([]string); ok {
			return slices.Equal(x, y)
		}
	}
	if fa, ok := number(a); ok {
		fb, ok := number(b)
		return ok && fa == fb
	}
	la, oka := listOf(a)
	lb, okb := listOf(b)
	if !oka || !okb || len(la) != len(lb) {
		return false
	}
	for i := range la {
		if !SameValue(la[i], lb[i]) {
			return false
		}
	}
	return true
}

func number(v any) (float64, bool) {
	switch n := v.(type) {
	case int:
		return float64(n), true
	case int64:
		return float64(n), true
	case int32:
		return float64(n), true
	case float64:
		return n, true
	case float32:
		return float64(n), true
	}
	return 0, false
}

// listOf returns the elements of any slice property.
func listOf(v any) ([]any, bool) {
	switch l := v.(type) {
	case []any:
		return l, true
	case []string:
		return anys(l), true
	case []int64:
		return anys(l), true
	case []float64:
		return anys(l), true
	case []bool:
		return anys(l), true
	}
	return nil, false
}

func anys[T any](l []T) []any {
	out := make([]any, len(l))
	for i, x := range l {
		out[i] = x
	}
	return out
}
