package graph

import "testing"

func TestDiffSnapshots(t *testing.T) {
	old := Snapshot{
		Nodes: []*Node{{ID: "a", Labels: []string{"Country"}, Props: map[string]any{"name": "A", "n": int64(1)}},
			{ID: "b", Labels: []string{"Venue"}, Props: map[string]any{}}, {ID: "gone", Labels: []string{"Person"}}},
		Relationships: []*Relationship{{ID: "r1", Type: "LOCATED_IN", Start: "b", End: "a", Props: map[string]any{"s": []string{"x"}}},
			{ID: "r2", Type: "CITIZEN_OF", Start: "gone", End: "a"}},
	}
	nw := Snapshot{
		Nodes: []*Node{{ID: "a", Labels: []string{"Country"}, Props: map[string]any{"name": "A2", "n": 1.0}},
			{ID: "b", Labels: []string{"Country"}, Props: map[string]any{}}, {ID: "new", Labels: []string{"Person"}}},
		Relationships: []*Relationship{{ID: "r1", Type: "LOCATED_IN", Start: "b", End: "a", Props: map[string]any{"s": []any{"x"}}},
			{ID: "r3", Type: "CITIZEN_OF", Start: "new", End: "a"}},
	}
	d := DiffSnapshots(old, nw)
	if len(d.AddedNodes) != 1 || d.AddedNodes[0].ID != "new" || len(d.RemovedNodes) != 1 || d.RemovedNodes[0].ID != "gone" {
		t.Errorf("added %v removed %v", d.AddedNodes, d.RemovedNodes)
	}
	if len(d.ChangedNodes) != 2 || d.ChangedNodes[0].New.ID != "a" || len(d.ChangedNodes[0].Props) != 1 ||
		d.ChangedNodes[0].Props[0].Key != "name" || !d.ChangedNodes[1].Relabelled {
		t.Errorf("changed %+v", d.ChangedNodes)
	}
	if len(d.AddedRels) != 1 || len(d.RemovedRels) != 1 || len(d.ChangedRels) != 0 {
		t.Errorf("rels +%v -%v ~%v", d.AddedRels, d.RemovedRels, d.ChangedRels)
	}
	if e := DiffSnapshots(nw, nw); !e.Empty() {
		t.Error("a snapshot differs from itself")
	}
}
