package refresh

import (
	"context"
	"errors"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/negograph/negograph/internal/pipeline"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"
)

// TestRetryable classifies wrapped driver errors.
func TestRetryable(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{fmt.Errorf("read: %w", &neo4j.ConnectivityError{Inner: errors.New("refused")}), true},
		{fmt.Errorf("write: %w", &neo4j.TransactionExecutionLimit{Cause: "timeout"}), true},
		{fmt.Errorf("x: %w", &neo4j.Neo4jError{Code: "Neo.TransientError.General.DatabaseUnavailable"}), true},
		{fmt.Errorf("x: %w", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized"}), false},
		{fmt.Errorf("x: %w", &LockedError{Owner: "o"}), false},
		{errors.New("neo4j: relationship \"r\": type \"X\" is not in the schema"), false},
		// A lock held by another pass is waited for; a lost one is final.
		{&waitError{&LockedError{Owner: "o"}}, true},
		{fmt.Errorf("apply: %w", ErrLockLost), false},
		// An unreadable source wraps an errno, which is a net.Error.
		{&unknownSourcesError{[]*pipeline.SourceError{{Source: "/news", Err: fmt.Errorf("%w: %w", pipeline.ErrSourceUnavailable, syscall.ENOENT)}}}, false},
	} {
		if got := retryable(tc.err); got != tc.want {
			t.Errorf("retryable(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}

// TestBackoffGivesUpAndStops: a retryable error is retried until
// MaxElapsed, a permanent one is not, and a cancelled context stops it.
func TestBackoffGivesUpAndStops(t *testing.T) {
	b := Backoff{Initial: 5 * time.Millisecond, Max: 10 * time.Millisecond, MaxElapsed: 100 * time.Millisecond}
	transient := &neo4j.ConnectivityError{Inner: errors.New("refused")}
	n, err := b.do(context.Background(), zerolog.Nop(), "test", func(int) error { return transient })
	if n < 3 || err == nil || !errors.As(err, new(*neo4j.ConnectivityError)) {
		t.Errorf("transient: %d tries, %v", n, err)
	}
	n, err = b.do(context.Background(), zerolog.Nop(), "test", func(int) error { return errors.New("permanent") })
	if n != 1 || err == nil {
		t.Errorf("permanent: %d tries, %v", n, err)
	}
	n, err = b.do(context.Background(), zerolog.Nop(), "test", func(a int) error {
		if a < 3 {
			return transient
		}
		return nil
	})
	if n != 3 || err != nil {
		t.Errorf("recovering: %d tries, %v", n, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := b.do(ctx, zerolog.Nop(), "test", func(int) error { return transient }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
