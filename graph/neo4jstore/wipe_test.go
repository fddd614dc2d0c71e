package neo4jstore

import "testing"

// TestWipeEmptiesTheDatabase: NodeCount sees every node, negograph's or
// not; Wipe deletes them all, relationships included, and keeps the schema.
func TestWipeEmptiesTheDatabase(t *testing.T) {
	l := openLoader(t)
	ctx := testCtx(t)
	if n, err := l.NodeCount(ctx); err != nil || n != 0 {
		t.Fatalf("NodeCount of an empty database = %d, %v", n, err)
	}
	s := sampleGraph(t).Snapshot()
	if _, err := l.Load(ctx, s); err != nil {
		t.Fatal(err)
	}
	query(t, ctx, l, "CREATE (:AnalystNote {text: 'not negograph'})-[:ABOUT]->(:AnalystNote)", nil)
	n, err := l.NodeCount(ctx)
	if err != nil || n != int64(len(s.Nodes))+2 {
		t.Fatalf("NodeCount = %d, %v; want %d", n, err, len(s.Nodes)+2)
	}
	if err := l.Wipe(ctx); err != nil {
		t.Fatal(err)
	}
	if n, err := l.NodeCount(ctx); err != nil || n != 0 {
		t.Fatalf("NodeCount after Wipe = %d, %v", n, err)
	}
	if c := query(t, ctx, l, "SHOW CONSTRAINTS YIELD name WHERE name = 'person_id' RETURN name", nil); len(c) != 1 {
		t.Errorf("Wipe dropped the schema: %v", c)
	}
}
