package refresh

import (
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/neo4jstore"
)

// delta computes the changes that turn the graph old (what the database
// holds) into the graph new (what a full rebuild gives), from
// graph.DiffSnapshots. A node that changes labels is deleted and written
// again, and so are its relationships (DETACH DELETE removes them);
// relationships of deleted nodes go with them.
func delta(old, new graph.Snapshot) (neo4jstore.Delta, error) {
	d := neo4jstore.Delta{OldLabels: labels(old), NewLabels: labels(new)}
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
	return d, nil
}

// labels maps node ids to their primary labels.
func labels(s graph.Snapshot) map[string]string {
	out := make(map[string]string, len(s.Nodes))
	for _, n := range s.Nodes {
		if len(n.Labels) > 0 {
			out[n.ID] = n.Labels[0]
		}
	}
	return out
}
