package neo4jstore

import (
	"context"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestRefreshStateRoundTrip: an empty database has no state; a pending
// mark is read back; a commit records the generation and clears the mark;
// a transaction that fails after the mark leaves nothing.
func TestRefreshStateRoundTrip(t *testing.T) {
	l := openLoader(t)
	ctx := testCtx(t)
	write := func(fn func(tx neo4j.ManagedTransaction) error) error {
		s := l.newWriteSession(ctx)
		defer s.Close(ctx)
		_, err := neo4j.ExecuteWrite(ctx, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
			return struct{}{}, fn(tx)
		})
		return err
	}
	steps := []struct {
		name  string
		write func(tx neo4j.ManagedTransaction) error
		fails bool // the write transaction fails and rolls back
		want  RefreshState
	}{
		{"empty database", nil, false, RefreshState{}},
		{"pending", func(tx neo4j.ManagedTransaction) error { return MarkPending(ctx, tx, "g1") }, false, RefreshState{Pending: "g1"}},
		{"committed", func(tx neo4j.ManagedTransaction) error {
			return CommitGeneration(ctx, tx, Commit{Generation: "g1", ExtractorVersion: "v", Fingerprint: "fp", Articles: 3})
		}, false, RefreshState{Generation: "g1"}},
		{"rolled back", func(tx neo4j.ManagedTransaction) error {
			if err := MarkPending(ctx, tx, "g2"); err != nil {
				return err
			}
			return context.Canceled // not retried: the transaction rolls back
		}, true, RefreshState{Generation: "g1"}},
	}
	for _, st := range steps {
		if st.write != nil {
			if err := write(st.write); (err != nil) != st.fails {
				t.Fatalf("%s: write error %v, want one: %v", st.name, err, st.fails)
			}
		}
		got, err := l.ReadRefreshState(ctx)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if got != st.want {
			t.Errorf("%s: state %+v, want %+v", st.name, got, st.want)
		}
	}
	rec := query(t, ctx, l, "MATCH (s:RefreshState) RETURN s.articles AS articles, s.fingerprint AS fp, count(*) AS n", nil)
	if len(rec) != 1 || rec[0]["articles"] != int64(3) || rec[0]["fp"] != "fp" || rec[0]["n"] != int64(1) {
		t.Errorf("RefreshState node %v", rec)
	}
}
