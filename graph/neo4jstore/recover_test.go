package neo4jstore

import (
	"context"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestSafeBatchTurnsAPanicIntoAnError: a batch that panics on a writer
// goroutine is that batch's error, naming it, instead of a crash.
func TestSafeBatchTurnsAPanicIntoAnError(t *testing.T) {
	one := func(context.Context, neo4j.SessionWithContext, batch) error { panic("boom") }
	err := safeBatch(context.Background(), one, nil, batch{what: "Person nodes 1-1000"})
	if err == nil || !strings.Contains(err.Error(), "Person nodes 1-1000") || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("got %v", err)
	}
}
