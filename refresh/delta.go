package refresh

import (
	"fmt"
	"slices"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/neo4jload"
)

// delta computes the changes that turn the graph old (what the database
// holds) into the graph new (what a full rebuild gives).
func delta(old, new graph.Snapshot) (neo4jload.Delta, error) {
	var d neo4jload.Delta
	oldNodes := make(map[string]*graph.Node, len(old.Nodes))
	for _, n := range old.Nodes {
		oldNodes[n.ID] = n
	}
	newNodes := make(map[string]*graph.Node, len(new.Nodes))
	for _, n := range new.Nodes {
		newNodes[n.ID] = n
	}
	// A node that changes labels is deleted and written again; its
	// relationships are deleted with it and must be written again too.
	relabelled := map[string]bool{}
	for _, n := range new.Nodes {
		o, ok := oldNodes[n.ID]
		switch {
		case !ok:
			d.UpsertNodes = append(d.UpsertNodes, n)
		case !slices.Equal(o.Labels, n.Labels):
			relabelled[n.ID] = true
			d.DeleteNodes = append(d.DeleteNodes, o)
			d.UpsertNodes = append(d.UpsertNodes, n)
		default:
			same, err := sameProps(o.Props, n.Props)
			if err != nil {
				return d, fmt.Errorf("compare node %s: %w", n.ID, err)
			}
			if !same {
				d.UpsertNodes = append(d.UpsertNodes, n)
			}
		}
	}
	for _, o := range old.Nodes {
		if _, ok := newNodes[o.ID]; !ok {
			d.DeleteNodes = append(d.DeleteNodes, o)
		}
	}
	label := func(nodes map[string]*graph.Node, id string) string {
		if n := nodes[id]; n != nil && len(n.Labels) > 0 {
			return n.Labels[0]
		}
		return ""
	}
	oldRels := make(map[string]*graph.Relationship, len(old.Relationships))
	for _, r := range old.Relationships {
		oldRels[r.ID] = r
	}
	newRels := make(map[string]bool, len(new.Relationships))
	for _, r := range new.Relationships {
		newRels[r.ID] = true
		change := neo4jload.RelChange{Rel: r, StartLabel: label(newNodes, r.Start), EndLabel: label(newNodes, r.End)}
		o, ok := oldRels[r.ID]
		if !ok || relabelled[r.Start] || relabelled[r.End] || o.Type != r.Type || o.Start != r.Start || o.End != r.End {
			if ok && !relabelled[r.Start] && !relabelled[r.End] {
				d.DeleteRels = append(d.DeleteRels, neo4jload.RelChange{Rel: o,
					StartLabel: label(oldNodes, o.Start), EndLabel: label(oldNodes, o.End)})
			}
			d.UpsertRels = append(d.UpsertRels, change)
			continue
		}
		same, err := sameProps(o.Props, r.Props)
		if err != nil {
			return d, fmt.Errorf("compare relationship %s: %w", r.ID, err)
		}
		if !same {
			d.UpsertRels = append(d.UpsertRels, change)
		}
	}
	for _, o := range old.Relationships {
		if newRels[o.ID] {
			continue
		}
		// Relationships of deleted nodes go with them (DETACH DELETE).
		if _, ok := newNodes[o.Start]; !ok || relabelled[o.Start] {
			continue
		}
		if _, ok := newNodes[o.End]; !ok || relabelled[o.End] {
			continue
		}
		d.DeleteRels = append(d.DeleteRels, neo4jload.RelChange{Rel: o,
			StartLabel: label(oldNodes, o.Start), EndLabel: label(oldNodes, o.End)})
	}
	return d, nil
}

func sameProps(a, b map[string]any) (bool, error) { return graph.SameProps(a, b), nil }
