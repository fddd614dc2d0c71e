package neo4jstore

import (
	"fmt"
	"strings"
	"testing"

	"github.com/negograph/negograph/graph"
)

// TestDeltaStepsFindEndpointsByLabel: a written relationship's endpoints
// are matched by NewLabels, a deleted one's by OldLabels, and a change
// without its relationship or an endpoint without a schema label is
// refused before anything is written.
func TestDeltaStepsFindEndpointsByLabel(t *testing.T) {
	r := &graph.Relationship{ID: "rel:1", Type: "LOCATED_IN", Start: "b", End: "a", Props: map[string]any{"x": 1}}
	oldLabels := map[string]string{"a": "Country", "b": "Venue"}
	newLabels := map[string]string{"a": "Country", "b": "Organization"}
	tests := []struct {
		name    string
		d       Delta
		want    string // a query of the steps contains it
		wantErr string
	}{
		{"write", Delta{UpsertRels: []graph.RelChange{{New: r}}, OldLabels: oldLabels, NewLabels: newLabels},
			"MATCH (a:Organization {id: row.start}) MATCH (b:Country {id: row.end}) MERGE (a)-[r:LOCATED_IN {id: row.id}]->(b)", ""},
		{"delete", Delta{DeleteRels: []graph.RelChange{{Old: r}}, OldLabels: oldLabels, NewLabels: newLabels},
			"MATCH (a:Venue {id: row.start})-[r:LOCATED_IN {id: row.id}]->(b:Country {id: row.end}) DELETE r", ""},
		{"write without New", Delta{UpsertRels: []graph.RelChange{{Old: r}}, NewLabels: newLabels}, "", "Delta.UpsertRels (New) has no relationship"},
		{"delete without Old", Delta{DeleteRels: []graph.RelChange{{New: r}}, OldLabels: oldLabels}, "", "Delta.DeleteRels (Old) has no relationship"},
		{"endpoint without label", Delta{UpsertRels: []graph.RelChange{{New: r}}, NewLabels: map[string]string{"a": "Country"}},
			"", `endpoint labels "" (b), "Country" (a) in Delta.NewLabels`},
		{"label not in the schema", Delta{DeleteRels: []graph.RelChange{{Old: r}}, OldLabels: map[string]string{"a": "Country", "b": "Note"}},
			"", "not in the schema"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			steps, err := (&Loader{}).deltaSteps(tt.d)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(steps) != 1 || !strings.Contains(steps[0].query, tt.want) || len(steps[0].rows) != 1 {
				t.Fatalf("steps %+v, want one query with %q", steps, tt.want)
			}
		})
	}
}

// TestGroupStepsBoundsRowsAndBytes: transactions are cut by rows and by
// the bytes of the values they carry, in order; a step over either bound
// is a transaction of its own; an empty delta is still one transaction.
func TestGroupStepsBoundsRowsAndBytes(t *testing.T) {
	row := func(text string) any {
		return map[string]any{"id": "x", "props": map[string]any{"evidence": []string{text}}}
	}
	step := func(n int, text string) deltaStep {
		rows := make([]any, n)
		for i := range rows {
			rows[i] = row(text)
		}
		return deltaStep{rows: rows}
	}
	long := strings.Repeat("a", 1000)
	for _, c := range []struct {
		name              string
		steps             []deltaStep
		maxRows, maxBytes int
		want              []int // steps per transaction
	}{
		{"all in one", []deltaStep{step(10, "s"), step(10, "s")}, 100, 1 << 20, []int{2}},
		{"cut by rows", []deltaStep{step(60, "s"), step(60, "s"), step(10, "s")}, 100, 1 << 20, []int{1, 2}},
		{"cut by bytes", []deltaStep{step(10, long), step(10, long), step(10, long)}, 1000, 25000, []int{2, 1}},
		{"a step over the bound", []deltaStep{step(100, long), step(1, "s")}, 1000, 5000, []int{1, 1}},
		{"empty", nil, 100, 100, []int{0}},
	} {
		got := groupSteps(c.steps, c.maxRows, c.maxBytes)
		var sizes []int
		for _, tx := range got {
			sizes = append(sizes, len(tx))
		}
		if fmt.Sprint(sizes) != fmt.Sprint(c.want) {
			t.Errorf("%s: steps per transaction %v, want %v", c.name, sizes, c.want)
		}
	}
}
