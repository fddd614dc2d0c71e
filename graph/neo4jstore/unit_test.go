package neo4jstore

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/negograph/negograph/graph"
)

func TestStorableValue(t *testing.T) {
	when := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		in      any
		want    any
		wantErr string
	}{
		{"string", "مسقط", "مسقط", ""},
		{"int", 3, int64(3), ""},
		{"uint32", uint32(7), int64(7), ""},
		{"float", 0.5, 0.5, ""},
		{"float32", float32(0.5), 0.5, ""},
		{"bool", true, true, ""},
		{"time", when, when, ""},
		{"strings", []string{"a", "b"}, []string{"a", "b"}, ""},
		{"any strings", []any{"a", "b"}, []string{"a", "b"}, ""},
		{"any ints", []any{1, int64(2)}, []int64{1, 2}, ""},
		{"any floats", []any{1.5, 2.0}, []float64{1.5, 2}, ""},
		{"any bools", []any{true, false}, []bool{true, false}, ""},
		{"empty any", []any{}, []string{}, ""},
		{"int slice", []int{4, 5}, []int64{4, 5}, ""},
		{"mixed", []any{"a", 1}, nil, "mixes string and integer"},
		{"mixed numbers", []any{1, 2.5}, nil, "mixes integer and float"},
		{"nested list", []any{[]any{"a"}}, nil, "only scalars"},
		{"map in list", []any{map[string]any{"a": 1}}, nil, "only scalars"},
		{"map", map[string]any{"a": 1}, nil, "cannot be stored"},
		{"null in list", []any{"a", nil}, nil, "null"},
		{"huge uint", uint64(1 << 63), nil, "does not fit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := storableValue(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("storableValue(%#v) error = %v, want one containing %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("storableValue(%#v): %v", tt.in, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("storableValue(%#v) = %#v, want %#v", tt.in, got, tt.want)
			}
		})
	}
}

func TestStorablePropsNamesElementAndProperty(t *testing.T) {
	_, err := storableProps("node", "person:x", map[string]any{"ok": "v", "bad": map[string]any{"k": "v"}})
	if err == nil || !strings.Contains(err.Error(), `node "person:x"`) || !strings.Contains(err.Error(), `property "bad"`) {
		t.Fatalf("error = %v; want it to name the node and the property", err)
	}
	got, err := storableProps("node", "person:x", map[string]any{"id": "person:x", "gone": nil, "name": "X"})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, map[string]any{"name": "X"}) {
		t.Fatalf("got %#v; want id and nil dropped", got)
	}
	if _, err := storableProps("node", "person:x", map[string]any{"id": "other"}); err == nil {
		t.Fatal("a conflicting id property was accepted")
	}
}

func node(id string, labels []string, props map[string]any) *graph.Node {
	return &graph.Node{ID: id, Labels: labels, Props: props}
}

func rel(id, typ, start, end string) *graph.Relationship {
	return &graph.Relationship{ID: id, Type: typ, Start: start, End: end}
}

func TestPrepareRejects(t *testing.T) {
	p := []*graph.Node{node("p", []string{"Person"}, nil), node("m", []string{"Meeting"}, nil)}
	tests := []struct {
		name    string
		s       graph.Snapshot
		wantErr string
	}{
		{"unknown label", graph.Snapshot{Nodes: []*graph.Node{node("x", []string{"Person) DETACH DELETE n //"}, nil)}}, "not in the schema"},
		{"unknown extra label", graph.Snapshot{Nodes: []*graph.Node{node("x", []string{"Person", "Admin"}, nil)}}, `extra label "Admin"`},
		{"no label", graph.Snapshot{Nodes: []*graph.Node{node("x", nil, nil)}}, "no label"},
		{"empty id", graph.Snapshot{Nodes: []*graph.Node{node("", []string{"Person"}, nil)}}, "empty id"},
		{"duplicate id", graph.Snapshot{Nodes: []*graph.Node{p[0], node("p", []string{"Country"}, nil)}}, "twice"},
		{"bad prop", graph.Snapshot{Nodes: []*graph.Node{node("x", []string{"Person"}, map[string]any{"m": []any{"a", 2}})}}, `node "x": property "m"`},
		{"unknown type", graph.Snapshot{Nodes: p, Relationships: []*graph.Relationship{rel("r", "KNOWS`]->() DELETE", "p", "m")}}, "type"},
		{"missing start", graph.Snapshot{Nodes: p, Relationships: []*graph.Relationship{rel("r", "PARTICIPATED_IN", "ghost", "m")}}, `start node "ghost" is missing`},
		{"missing end", graph.Snapshot{Nodes: p, Relationships: []*graph.Relationship{rel("r", "PARTICIPATED_IN", "p", "ghost")}}, `end node "ghost" is missing`},
		{"duplicate rel", graph.Snapshot{Nodes: p, Relationships: []*graph.Relationship{rel("r", "PARTICIPATED_IN", "p", "m"), rel("r", "PARTICIPATED_IN", "p", "m")}}, "twice"},
		{"bad rel prop", graph.Snapshot{Nodes: p, Relationships: []*graph.Relationship{{ID: "r", Type: "PARTICIPATED_IN", Start: "p", End: "m", Props: map[string]any{"x": map[string]any{}}}}}, `relationship "r": property "x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := prepare(tt.s)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("prepare error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestPrepareGroups(t *testing.T) {
	s := graph.Snapshot{
		Nodes: []*graph.Node{
			node("p1", []string{"Person"}, map[string]any{"name": "A"}),
			node("p2", []string{"Person"}, nil),
			node("c1", []string{"Country", "Organization", "Organization"}, nil),
			node("m1", []string{"Meeting"}, nil),
		},
		Relationships: []*graph.Relationship{
			rel("r1", "PARTICIPATED_IN", "p1", "m1"),
			rel("r2", "PARTICIPATED_IN", "p2", "m1"),
			rel("r3", "BETWEEN", "m1", "c1"),
		},
	}
	p, err := prepare(s)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.nodes) != 3 || len(p.nodes[0].rows) != 2 || !reflect.DeepEqual(p.nodes[1].labels, []string{"Country", "Organization"}) {
		t.Fatalf("node groups = %+v", p.nodes)
	}
	if len(p.rels) != 2 || p.rels[0].startLabel != "Person" || p.rels[0].endLabel != "Meeting" || len(p.rels[0].rows) != 2 ||
		p.rels[1].endLabel != "Country" {
		t.Fatalf("relationship groups = %+v", p.rels)
	}
}

func TestQueriesHaveNoValues(t *testing.T) {
	q := nodeQuery([]string{"Country", "Organization"})
	want := "UNWIND $rows AS row MERGE (n:Country {id: row.id}) SET n = row.props, n.id = row.id, n:Organization RETURN count(n) AS merged"
	if q != want {
		t.Errorf("nodeQuery = %q\nwant      %q", q, want)
	}
	q = relQuery("BETWEEN", "Meeting", "Country")
	want = "UNWIND $rows AS row MATCH (a:Meeting {id: row.start}) MATCH (b:Country {id: row.end}) MERGE (a)-[r:BETWEEN {id: row.id}]->(b) SET r = row.props, r.id = row.id RETURN count(r) AS merged"
	if q != want {
		t.Errorf("relQuery = %q\nwant     %q", q, want)
	}
}

func TestNoDriver(t *testing.T) {
	var l Loader
	if _, err := l.Load(context.Background(), graph.Snapshot{}); err == nil || !strings.Contains(err.Error(), "no driver") {
		t.Fatalf("Load without a driver: %v", err)
	}
}

func TestReadPropsAndLabels(t *testing.T) {
	got := readProps(map[string]any{"id": "x", "aliases": []any{"a", "b"}, "n": int64(1), "empty": []any{}})
	want := map[string]any{"aliases": []string{"a", "b"}, "n": int64(1), "empty": []string{}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("readProps = %#v, want %#v", got, want)
	}
	if l := orderLabels([]any{"Zed", "Organization", "Country"}); !reflect.DeepEqual(l, []string{"Country", "Organization", "Zed"}) {
		t.Fatalf("orderLabels = %v", l)
	}
}
