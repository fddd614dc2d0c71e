package neo4jstore

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/negograph/negograph/graph"
)

func TestRelElementBatchesKeepStartNodesTogether(t *testing.T) {
	// rows gives the start node of each relationship, in snapshot order.
	tests := []struct {
		name      string
		batchSize int
		starts    []string
		want      [][]string // start nodes of the rows of each batch
	}{
		{"one per start", 2, []string{"a", "b", "c", "d"}, [][]string{{"a", "b"}, {"c", "d"}}},
		{"a start across a cut", 2, []string{"a", "b", "b", "c"}, [][]string{{"a", "b", "b"}, {"c"}}},
		{"unordered rows are ordered", 2, []string{"b", "a", "b", "a"}, [][]string{{"a", "a"}, {"b", "b"}}},
		{"a start larger than a batch", 2, []string{"a", "a", "a", "b"}, [][]string{{"a", "a", "a"}, {"b"}}},
		{"last row alone", 3, []string{"a", "b", "c", "d"}, [][]string{{"a", "b", "c"}, {"d"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := &Loader{BatchSize: tc.batchSize}
			g := &relGroup{typ: "PARTICIPATED_IN", startLabel: "Person", endLabel: "Meeting"}
			eids := newElementIDs(0)
			for i, s := range tc.starts {
				g.rows = append(g.rows, map[string]any{"id": fmt.Sprintf("r%d", i), "start": s, "end": "m", "props": map[string]any{}})
				eids.set(s, "eid-"+s)
			}
			eids.set("m", "eid-m")
			bs := l.relElementBatches(g, eids)
			total := 0
			for _, b := range bs {
				total += b.rels
			}
			if total != len(tc.starts) || len(bs) != len(tc.want) {
				t.Fatalf("%d batches of %d rows, want %d batches of %d", len(bs), total, len(tc.want), len(tc.starts))
			}
			// The rows each batch sends, read back through its description.
			lo := 0
			for i, b := range bs {
				if !strings.Contains(b.what, fmt.Sprintf("rows %d-%d of %d", lo+1, lo+b.rels, len(tc.starts))) {
					t.Errorf("batch %d is %q, want rows %d-%d", i, b.what, lo+1, lo+b.rels)
				}
				var starts []string
				for _, r := range b.sent {
					starts = append(starts, strings.TrimPrefix(r.(map[string]any)["a"].(string), "eid-"))
				}
				if strings.Join(starts, ",") != strings.Join(tc.want[i], ",") {
					t.Errorf("batch %d starts at %v, want %v", i, starts, tc.want[i])
				}
				lo += b.rels
			}
		})
	}
}

func TestElementIDLoadWritesWhatByKeyWrites(t *testing.T) {
	l := openLoader(t)
	ctx := testCtx(t)
	snap := sampleGraph(t).Snapshot()
	var got [2]graph.Snapshot
	for i, byKey := range []bool{true, false} {
		if err := l.Wipe(ctx); err != nil {
			t.Fatal(err)
		}
		lw := *l
		lw.byKey, lw.Writers, lw.BatchSize = byKey, 2, 2
		if _, err := lw.Load(ctx, snap); err != nil {
			t.Fatalf("byKey=%v: %v", byKey, err)
		}
		s, err := l.ReadSnapshot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got[i] = s
		diffSnapshots(t, s, expected(t, snap))
	}
	diffSnapshots(t, got[1], got[0])
}

func TestCreateMeetingAnotherWritersNodeMerges(t *testing.T) {
	l := openLoader(t)
	ctx := testCtx(t)
	// Another writer created person:b after Load found no Person.
	if _, err := l.Load(ctx, graph.Snapshot{Nodes: []*graph.Node{{ID: "person:b", Labels: []string{"Person"}, Props: map[string]any{"name": "old"}}}}); err != nil {
		t.Fatal(err)
	}
	g := &nodeGroup{labels: []string{"Person"}, rows: []any{
		map[string]any{"id": "person:a", "props": map[string]any{"name": "A"}},
		map[string]any{"id": "person:b", "props": map[string]any{"name": "B"}},
	}}
	eids := newElementIDs(2)
	session := l.newWriteSession(ctx)
	defer session.Close(ctx)
	var st Stats
	if err := l.runBatches(ctx, []neo4j.SessionWithContext{session}, l.nodeWriteBatches(g, true, eids), &st); err != nil {
		t.Fatalf("a CREATE meeting an existing id: %v", err)
	}
	if st.Nodes != 2 || st.Retries != 1 {
		t.Errorf("stats %+v, want 2 nodes and 1 retry (the merge)", st)
	}
	rows := query(t, ctx, l, "MATCH (n:Person) RETURN n.id AS id, n.name AS name, elementId(n) AS eid ORDER BY id", nil)
	if len(rows) != 2 || rows[0]["name"] != "A" || rows[1]["name"] != "B" {
		t.Fatalf("persons %v, want person:a A and person:b B, once each", rows)
	}
	for _, r := range rows {
		if e := eids.get(r["id"].(string)); e != r["eid"] {
			t.Errorf("element id of %v recorded as %q", r["id"], e)
		}
	}
}

func TestElementIDBatchWithDeletedEndpointRollsBack(t *testing.T) {
	l := openLoader(t)
	ctx := testCtx(t)
	if _, err := l.Load(ctx, graph.Snapshot{Nodes: []*graph.Node{
		{ID: "person:a", Labels: []string{"Person"}}, {ID: "meeting:1", Labels: []string{"Meeting"}}, {ID: "meeting:gone", Labels: []string{"Meeting"}}}}); err != nil {
		t.Fatal(err)
	}
	eids := newElementIDs(3)
	for _, r := range query(t, ctx, l, "MATCH (n) RETURN n.id AS id, elementId(n) AS eid", nil) {
		eids.set(r["id"].(string), r["eid"].(string))
	}
	query(t, ctx, l, "MATCH (n:Meeting {id: 'meeting:gone'}) DELETE n", nil)
	g := &relGroup{typ: "PARTICIPATED_IN", startLabel: "Person", endLabel: "Meeting", create: true, rows: []any{
		map[string]any{"id": "rel:ok", "start": "person:a", "end": "meeting:1", "props": map[string]any{}},
		map[string]any{"id": "rel:bad", "start": "person:a", "end": "meeting:gone", "props": map[string]any{}},
	}}
	session := l.newWriteSession(ctx)
	defer session.Close(ctx)
	var st Stats
	err := l.runBatches(ctx, []neo4j.SessionWithContext{session}, l.relElementBatches(g, eids), &st)
	var missing *MissingNodeError
	if !errors.As(err, &missing) || !strings.Contains(err.Error(), `"meeting:gone"`) || !strings.Contains(err.Error(), `"rel:bad"`) {
		t.Fatalf("error = %v, want a *MissingNodeError naming rel:bad and meeting:gone", err)
	}
	if _, rels, err := l.Counts(ctx); err != nil || len(rels) != 0 {
		t.Errorf("the failed batch was not rolled back: %v %v", rels, err)
	}
}

// TestCreateBatchesFallBackToMerge: without a server, a node batch of
// CREATE carries a MERGE batch of the same rows to run instead when it
// breaks a uniqueness constraint, a MERGE batch carries none, and only the
// constraint error code (wrapped or not) calls for it.
func TestCreateBatchesFallBackToMerge(t *testing.T) {
	l := &Loader{BatchSize: 2}
	g := &nodeGroup{labels: []string{"Country"}, rows: []any{map[string]any{"id": "a"}, map[string]any{"id": "b"}, map[string]any{"id": "c"}}}
	created := l.nodeWriteBatches(g, true, newElementIDs(3))
	if len(created) != 2 {
		t.Fatalf("%d batches for 3 rows of 2, want 2", len(created))
	}
	for _, b := range created {
		if b.fallback == nil || b.fallback.nodes != b.nodes || b.fallback.what != b.what {
			t.Fatalf("batch %q: fallback %+v, want a MERGE batch of the same rows", b.what, b.fallback)
		}
	}
	for _, b := range l.nodeWriteBatches(g, false, newElementIDs(3)) {
		if b.fallback != nil {
			t.Fatalf("a MERGE batch %q has a fallback", b.what)
		}
	}
	if q := nodeWriteQuery([]string{"Country"}, true); !strings.Contains(q, "CREATE (n:Country)") {
		t.Errorf("create query %q", q)
	}
	if q := nodeWriteQuery([]string{"Country"}, false); !strings.Contains(q, "MERGE (n:Country {id: row.id})") {
		t.Errorf("merge query %q", q)
	}
	violation := &neo4j.Neo4jError{Code: constraintFailed}
	for _, tt := range []struct {
		err  error
		want bool
	}{
		{violation, true},
		{fmt.Errorf("write batch: %w", violation), true},
		{&neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected"}, false},
		{errors.New("connection reset"), false},
	} {
		if got := isConstraintViolation(tt.err); got != tt.want {
			t.Errorf("isConstraintViolation(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}
