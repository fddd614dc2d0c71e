package refresh

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph/neo4jstore"
)

// Backoff paces the retries of a pass when Neo4j is unreachable or a
// transaction fails: waits start at Initial and double up to Max, with
// jitter, until MaxElapsed has passed since the first try.
type Backoff struct {
	// Initial is the first wait (0: 500 ms).
	Initial time.Duration
	// Max caps one wait (0: 30 s).
	Max time.Duration
	// MaxElapsed gives up after this long (0: 10 minutes).
	MaxElapsed time.Duration
}

func (b Backoff) withDefaults() Backoff {
	if b.Initial <= 0 {
		b.Initial = 500 * time.Millisecond
	}
	if b.Max <= 0 {
		b.Max = 30 * time.Second
	}
	if b.MaxElapsed <= 0 {
		b.MaxElapsed = 10 * time.Minute
	}
	return b
}

// do runs fn until it succeeds, fails with an error that retrying cannot
// fix, ctx ends or MaxElapsed has passed. It returns the number of tries.
func (b Backoff) do(ctx context.Context, log zerolog.Logger, what string, fn func(attempt int) error) (int, error) {
	b = b.withDefaults()
	start := time.Now()
	wait := b.Initial
	for attempt := 1; ; attempt++ {
		err := fn(attempt)
		if err == nil {
			return attempt, nil
		}
		if ctx.Err() != nil {
			return attempt, fmt.Errorf("refresh: %s: stopped: %w", what, context.Cause(ctx))
		}
		if !retryable(err) {
			return attempt, err
		}
		if time.Since(start)+wait > b.MaxElapsed {
			return attempt, fmt.Errorf("refresh: %s: gave up after %d tries in %s (refresh.retry_for is %s; "+
				"nothing of this pass is recorded as done, the next pass takes it up): %w", what, attempt,
				time.Since(start).Round(time.Second), b.MaxElapsed, err)
		}
		// Full jitter in [wait/2, wait).
		d := wait/2 + time.Duration(rand.Int64N(int64(wait/2)+1))
		var we *waitError
		if errors.As(err, &we) {
			log.Info().Str("holder", we.Owner).Time("lease_until", we.Expires).Dur("retry_in", d).
				Msg("refresh: waiting for the refresh lock, which another negograph holds")
		} else {
			log.Warn().Err(err).Int("attempt", attempt).Dur("retry_in", d).Msgf("refresh: %s failed, retrying", what)
		}
		select {
		case <-ctx.Done():
			return attempt, fmt.Errorf("refresh: %s: stopped: %w", what, context.Cause(ctx))
		case <-time.After(d):
		}
		wait = min(wait*2, b.Max)
	}
}

// retryable reports whether err is a failure of the connection or a
// transient database error, which a later try may not meet.
func retryable(err error) bool {
	var le *LockedError
	var we *waitError
	var us *unknownSourcesError
	switch {
	case errors.As(err, &we):
		return true
	case errors.As(err, &le), errors.Is(err, ErrLockLost), errors.As(err, &us):
		return false
	}
	return neo4jstore.Retryable(err)
}

// waitError is a lock held by another pass while this one waits for it:
// retried, and once the wait is over it is the LockedError.
type waitError struct{ *LockedError }

// Unwrap gives the LockedError.
func (e *waitError) Unwrap() error { return e.LockedError }
