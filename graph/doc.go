// Package graph holds negograph's in-memory property graph: nodes with labels
// and properties, typed relationships with properties, merging by stable ids,
// and the JSON snapshot form (docs/SNAPSHOT.md).
package graph
