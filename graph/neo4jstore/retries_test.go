package neo4jstore

import (
	"context"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestRunBatchesCountsRetries: a batch whose transaction fails with a
// transient error (a deadlock between writers) is run again by the driver,
// and Stats counts each run again, on one writer or several.
func TestRunBatchesCountsRetries(t *testing.T) {
	l := openLoader(t)
	ctx := testCtx(t)
	for _, tc := range []struct {
		name     string
		writers  int
		failures []int // transient failures of each batch before it commits
		want     int
	}{
		{"no conflict", 1, []int{0, 0, 0}, 0},
		{"one deadlock, one writer", 1, []int{0, 1, 0}, 1},
		{"deadlocks on two writers", 2, []int{2, 0, 1, 0}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var bs []batch
			for i, fail := range tc.failures {
				left := fail
				bs = append(bs, batch{what: "test batch", nodes: 1, run: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
					if _, err := tx.Run(ctx, "RETURN $i", map[string]any{"i": i}); err != nil {
						return err
					}
					if left > 0 {
						left--
						return &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "test deadlock"}
					}
					return nil
				}})
			}
			sessions := make([]neo4j.SessionWithContext, tc.writers)
			for i := range sessions {
				sessions[i] = l.newWriteSession(ctx)
				defer sessions[i].Close(ctx)
			}
			var st Stats
			if err := l.runBatches(ctx, sessions, bs, &st); err != nil {
				t.Fatal(err)
			}
			if st.Retries != tc.want || st.Batches != len(tc.failures) || st.Nodes != len(tc.failures) {
				t.Errorf("stats %+v, want %d retries of %d batches", st, tc.want, len(tc.failures))
			}
		})
	}
}
