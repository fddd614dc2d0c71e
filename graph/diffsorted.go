package graph

import (
	"slices"
	"strings"
)

// diffSorted is DiffSnapshots for two snapshots in the order
// Graph.Snapshot gives them (nodes by id, relationships by type, start and
// end): one merge pass over both, without the maps of every id that
// matching by id builds. ok is false, and d is not to be used, when either
// snapshot is not strictly in that order, or when matching relationships
// by (type, start, end) would pair them otherwise than matching by id (a
// snapshot whose relationship ids are not derived from their ends):
// DiffSnapshots then matches by id. The lists of d are not sorted.
func diffSorted(old, new Snapshot) (d Diff, ok bool) {
	if !nodesSorted(old.Nodes) || !nodesSorted(new.Nodes) || !relsSorted(old.Relationships) || !relsSorted(new.Relationships) {
		return d, false
	}
	on, nn := old.Nodes, new.Nodes
	for len(on) > 0 || len(nn) > 0 {
		switch {
		case len(nn) == 0 || (len(on) > 0 && on[0].ID < nn[0].ID):
			d.RemovedNodes = append(d.RemovedNodes, on[0])
			on = on[1:]
		case len(on) == 0 || nn[0].ID < on[0].ID:
			d.AddedNodes = append(d.AddedNodes, nn[0])
			nn = nn[1:]
		default:
			o, n := on[0], nn[0]
			relabelled := !slices.Equal(o.Labels, n.Labels)
			props := propChanges(o.Props, n.Props)
			if relabelled || len(props) > 0 {
				d.ChangedNodes = append(d.ChangedNodes, NodeChange{Old: o, New: n, Props: props, Relabelled: relabelled})
			}
			on, nn = on[1:], nn[1:]
		}
	}
	or, nr := old.Relationships, new.Relationships
	for len(or) > 0 || len(nr) > 0 {
		c := 0
		switch {
		case len(nr) == 0:
			c = -1
		case len(or) == 0:
			c = 1
		default:
			c = relOrder(or[0], nr[0])
		}
		switch {
		case c < 0:
			d.RemovedRels = append(d.RemovedRels, or[0])
			or = or[1:]
		case c > 0:
			d.AddedRels = append(d.AddedRels, nr[0])
			nr = nr[1:]
		default:
			o, n := or[0], nr[0]
			if o.ID != n.ID {
				return d, false
			}
			if props := propChanges(o.Props, n.Props); len(props) > 0 {
				d.ChangedRels = append(d.ChangedRels, RelChange{Old: o, New: n, Props: props})
			}
			or, nr = or[1:], nr[1:]
		}
	}
	// An id both removed and added would be one relationship to matching
	// by id (its ends differ): leave it to DiffSnapshots.
	if len(d.RemovedRels) > 0 && len(d.AddedRels) > 0 {
		removed := make(map[string]bool, len(d.RemovedRels))
		for _, r := range d.RemovedRels {
			removed[r.ID] = true
		}
		for _, r := range d.AddedRels {
			if removed[r.ID] {
				return d, false
			}
		}
	}
	return d, true
}

// relOrder orders relationships by type, start and end, as Graph.Rels does.
func relOrder(a, b *Relationship) int {
	switch {
	case a.Type != b.Type:
		return strings.Compare(a.Type, b.Type)
	case a.Start != b.Start:
		return strings.Compare(a.Start, b.Start)
	default:
		return strings.Compare(a.End, b.End)
	}
}

// nodesSorted reports whether the nodes' ids strictly increase.
func nodesSorted(ns []*Node) bool {
	for i := 1; i < len(ns); i++ {
		if ns[i-1].ID >= ns[i].ID {
			return false
		}
	}
	return true
}

// relsSorted reports whether the relationships strictly increase by type,
// start and end.
func relsSorted(rs []*Relationship) bool {
	for i := 1; i < len(rs); i++ {
		if relOrder(rs[i-1], rs[i]) >= 0 {
			return false
		}
	}
	return true
}
