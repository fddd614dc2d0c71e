package refresh

import (
	"reflect"
	"testing"

	"github.com/negograph/negograph/graph"
)

// TestSameProps compares values as Neo4j gives them back.
func TestSameProps(t *testing.T) {
	for _, tc := range []struct {
		a, b map[string]any
		want bool
	}{
		{map[string]any{"s": []string{"a", "b"}}, map[string]any{"s": []any{"a", "b"}}, true},
		{map[string]any{"s": []string{"a", "b"}}, map[string]any{"s": []any{"b", "a"}}, false},
		{map[string]any{"n": int64(3)}, map[string]any{"n": 3.0}, true},
		{map[string]any{"n": int64(3)}, map[string]any{"n": "3"}, false},
		{map[string]any{"c": 0.9}, map[string]any{"c": 0.9, "x": true}, false},
		{map[string]any{"e": []string{}}, map[string]any{"e": []any{}}, true},
		{map[string]any{"b": true}, map[string]any{"b": false}, false},
		{map[string]any{}, nil, true},
	} {
		if got := graph.SameProps(tc.a, tc.b); got != tc.want {
			t.Errorf("SameProps(%v, %v) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestDelta covers added, changed, relabelled and removed elements.
func TestDelta(t *testing.T) {
	n := func(id, label string, props map[string]any) *graph.Node {
		return &graph.Node{ID: id, Labels: []string{label}, Props: props}
	}
	r := func(typ, s, e string) *graph.Relationship {
		return &graph.Relationship{ID: graph.RelID(typ, s, e), Type: typ, Start: s, End: e, Props: map[string]any{}}
	}
	old := graph.Snapshot{
		Nodes: []*graph.Node{n("a", "Country", map[string]any{"name": "A"}), n("b", "Venue", nil), n("c", "Person", nil), n("gone", "Person", nil)},
		Relationships: []*graph.Relationship{r("LOCATED_IN", "b", "a"), r("CITIZEN_OF", "c", "a"),
			r("CITIZEN_OF", "gone", "a")},
	}
	nw := graph.Snapshot{
		Nodes:         []*graph.Node{n("a", "Country", map[string]any{"name": "A2"}), n("b", "Country", nil), n("c", "Person", nil), n("new", "Venue", nil)},
		Relationships: []*graph.Relationship{r("LOCATED_IN", "new", "a"), r("CITIZEN_OF", "c", "b")},
	}
	d, err := delta(old, nw)
	if err != nil {
		t.Fatal(err)
	}
	ids := func(nodes []*graph.Node) (out []string) {
		for _, x := range nodes {
			out = append(out, x.ID)
		}
		return
	}
	if got := ids(d.UpsertNodes); len(got) != 3 { // a changed, b relabelled, new
		t.Errorf("upserted nodes %v", got)
	}
	if got := ids(d.DeleteNodes); len(got) != 2 { // b (old label), gone
		t.Errorf("deleted nodes %v", got)
	}
	if len(d.UpsertRels) != 2 {
		t.Errorf("upserted rels %d", len(d.UpsertRels))
	}
	// CITIZEN_OF c→a is deleted explicitly; b's and gone's go with DETACH DELETE.
	if len(d.DeleteRels) != 1 || d.DeleteRels[0].Old.ID != graph.RelID("CITIZEN_OF", "c", "a") {
		t.Errorf("deleted rels %+v", d.DeleteRels)
	}
	if d2, _ := delta(nw, nw); !d2.Empty() {
		t.Errorf("a graph differs from itself: %d", d2.Rows())
	}
}

// TestDeltaLabelsOfEndpointsOnly checks that a delta carries the labels of
// the endpoints of the relationships it writes or deletes, and only those,
// whether the snapshots' nodes are in id order (looked up by binary
// search) or not (through a map).
func TestDeltaLabelsOfEndpointsOnly(t *testing.T) {
	n := func(id, label string) *graph.Node { return &graph.Node{ID: id, Labels: []string{label}} }
	r := func(typ, s, e string) *graph.Relationship {
		return &graph.Relationship{ID: graph.RelID(typ, s, e), Type: typ, Start: s, End: e, Props: map[string]any{}}
	}
	sorted := graph.Snapshot{
		Nodes:         []*graph.Node{n("a", "Country"), n("b", "Venue"), n("c", "Person"), n("d", "Person"), n("e", "Country")},
		Relationships: []*graph.Relationship{r("CITIZEN_OF", "c", "a"), r("LOCATED_IN", "b", "a")},
	}
	changed := graph.Snapshot{
		Nodes:         sorted.Nodes,
		Relationships: []*graph.Relationship{r("CITIZEN_OF", "d", "e"), r("LOCATED_IN", "b", "a")},
	}
	reversed := func(s graph.Snapshot) graph.Snapshot {
		out := graph.Snapshot{Relationships: s.Relationships}
		for i := len(s.Nodes) - 1; i >= 0; i-- {
			out.Nodes = append(out.Nodes, s.Nodes[i])
		}
		return out
	}
	tests := []struct {
		name          string
		old, new      graph.Snapshot
		wantOld       map[string]string
		wantNew       map[string]string
		wantRelChange int
	}{
		{"sorted", sorted, changed, map[string]string{"c": "Person", "a": "Country"}, map[string]string{"d": "Person", "e": "Country"}, 2},
		{"unsorted", reversed(sorted), reversed(changed), map[string]string{"c": "Person", "a": "Country"}, map[string]string{"d": "Person", "e": "Country"}, 2},
		{"nothing changed", sorted, sorted, map[string]string{}, map[string]string{}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := delta(tc.old, tc.new)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.DeleteRels)+len(d.UpsertRels) != tc.wantRelChange {
				t.Errorf("%d relationship changes, want %d", len(d.DeleteRels)+len(d.UpsertRels), tc.wantRelChange)
			}
			if !reflect.DeepEqual(d.OldLabels, tc.wantOld) || !reflect.DeepEqual(d.NewLabels, tc.wantNew) {
				t.Errorf("labels old %v new %v, want %v %v", d.OldLabels, d.NewLabels, tc.wantOld, tc.wantNew)
			}
		})
	}
}
