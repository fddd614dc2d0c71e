package refresh

import (
	"sort"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/neo4jstore"
)

// delta computes the changes that turn the graph old (what the database
// holds) into the graph new (what a full rebuild gives), from
// graph.DiffSnapshots. A node that changes labels is deleted and written
// again, and so are its relationships (DETACH DELETE removes them);
// relationships of deleted nodes go with them.
func delta(old, new graph.Snapshot) (neo4jstore.Delta, error) {
	d := neo4jstore.Delta{}
	diff := graph.DiffSnapshots(old, new)
	relabelled := map[string]bool{}
	for _, c := range diff.ChangedNodes {
		if c.Relabelled {
			relabelled[c.New.ID] = true
			d.DeleteNodes = append(d.DeleteNodes, c.Old)
		}
		d.UpsertNodes = append(d.UpsertNodes, c.New)
	}
	d.UpsertNodes = append(d.UpsertNodes, diff.AddedNodes...)
	d.DeleteNodes = append(d.DeleteNodes, diff.RemovedNodes...)
	gone := map[string]bool{}
	for _, n := range diff.RemovedNodes {
		gone[n.ID] = true
	}
	for _, r := range diff.AddedRels {
		d.UpsertRels = append(d.UpsertRels, graph.RelChange{New: r})
	}
	d.UpsertRels = append(d.UpsertRels, diff.ChangedRels...)
	if len(relabelled) > 0 {
		changed := map[string]bool{}
		for _, r := range diff.AddedRels {
			changed[r.ID] = true
		}
		for _, c := range diff.ChangedRels {
			changed[c.New.ID] = true
		}
		for _, r := range new.Relationships {
			if !changed[r.ID] && (relabelled[r.Start] || relabelled[r.End]) {
				d.UpsertRels = append(d.UpsertRels, graph.RelChange{New: r})
			}
		}
	}
	for _, r := range diff.RemovedRels {
		if gone[r.Start] || gone[r.End] || relabelled[r.Start] || relabelled[r.End] {
			continue
		}
		d.DeleteRels = append(d.DeleteRels, graph.RelChange{Old: r})
	}
	// Only the endpoints of the relationships written or deleted need
	// their labels: looked up, not a map of every node of both graphs.
	d.OldLabels, d.NewLabels = map[string]string{}, map[string]string{}
	oldLabel, newLabel := labelOf(old.Nodes), labelOf(new.Nodes)
	for _, c := range d.DeleteRels {
		d.OldLabels[c.Old.Start], d.OldLabels[c.Old.End] = oldLabel(c.Old.Start), oldLabel(c.Old.End)
	}
	for _, c := range d.UpsertRels {
		d.NewLabels[c.New.Start], d.NewLabels[c.New.End] = newLabel(c.New.Start), newLabel(c.New.End)
	}
	return d, nil
}

// labelOf returns a lookup of nodes' primary labels by id ("" for an
// unknown id): a binary search when the nodes are sorted by id (as
// graph.Snapshot gives them), else a map made on the first lookup.
func labelOf(nodes []*graph.Node) func(id string) string {
	sorted := true
	for i := 1; i < len(nodes) && sorted; i++ {
		sorted = nodes[i-1].ID < nodes[i].ID
	}
	if sorted {
		return func(id string) string {
			i := sort.Search(len(nodes), func(i int) bool { return nodes[i].ID >= id })
			if i < len(nodes) && nodes[i].ID == id && len(nodes[i].Labels) > 0 {
				return nodes[i].Labels[0]
			}
			return ""
		}
	}
	var byID map[string]string
	return func(id string) string {
		if byID == nil {
			byID = labels(nodes)
		}
		return byID[id]
	}
}

// labels maps node ids to their primary labels.
func labels(nodes []*graph.Node) map[string]string {
	out := make(map[string]string, len(nodes))
	for _, n := range nodes {
		if len(n.Labels) > 0 {
			out[n.ID] = n.Labels[0]
		}
	}
	return out
}
