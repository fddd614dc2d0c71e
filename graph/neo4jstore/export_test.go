package neo4jstore

import (
	"context"
	"testing"

	"github.com/negograph/negograph/graph"
)

// This file gives the external tests (package neo4jstore_test, which may
// import graph/export: graph/export imports this package for
// SchemaStatements) the helpers of the internal integration tests.

// OpenLoader returns a Loader on an empty test database, or skips.
func OpenLoader(t testing.TB) *Loader {
	t.Helper()
	return openLoader(t)
}

// Context is a context that ends with the test (two minutes at most).
func Context(t testing.TB) context.Context { return testCtx(t) }

// SampleGraph is a small graph with every label and several property kinds.
func SampleGraph(t testing.TB) *graph.Graph {
	t.Helper()
	return sampleGraph(t)
}

// Expected is s as ReadSnapshot gives it back.
func Expected(t testing.TB, s graph.Snapshot) graph.Snapshot {
	t.Helper()
	return expected(t, s)
}

// DiffSnapshots fails the test when got and want differ.
func DiffSnapshots(t testing.TB, got, want graph.Snapshot) {
	t.Helper()
	diffSnapshots(t, got, want)
}
