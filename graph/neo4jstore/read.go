package neo4jstore

import (
	"context"
	"fmt"
	"sort"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/schema"
)

// ReadSnapshot reads every node and relationship that has an id property
// back in the snapshot shape, nodes and relationships sorted by id. Node
// labels come back in schema order (Neo4j does not keep the order labels
// were added in), then any non-schema labels sorted. Properties are
// normalised as Load stores them: integers are int64, floats float64, lists
// typed slices ([]string, []int64, []float64, []bool); "id" is not repeated
// among the properties.
func (l *Loader) ReadSnapshot(ctx context.Context) (graph.Snapshot, error) {
	s := graph.Snapshot{Nodes: []*graph.Node{}, Relationships: []*graph.Relationship{}}
	if err := l.check(); err != nil {
		return s, err
	}
	res, err := l.execute(ctx,
		"MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id, labels(n) AS labels, properties(n) AS props",
		nil, true)
	if err != nil {
		return s, fmt.Errorf("neo4j: read nodes: %w", err)
	}
	for _, rec := range res.Records {
		m := rec.AsMap()
		id, ok := m["id"].(string)
		if !ok {
			return s, fmt.Errorf("neo4j: read nodes: a node has non-string id %v (%T); negograph ids are strings", m["id"], m["id"])
		}
		props, _ := m["props"].(map[string]any)
		s.Nodes = append(s.Nodes, &graph.Node{ID: id, Labels: orderLabels(m["labels"]), Props: readProps(props)})
	}
	res, err = l.execute(ctx,
		"MATCH (a)-[r]->(b) WHERE r.id IS NOT NULL RETURN r.id AS id, type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props",
		nil, true)
	if err != nil {
		return s, fmt.Errorf("neo4j: read relationships: %w", err)
	}
	for _, rec := range res.Records {
		m := rec.AsMap()
		id, ok := m["id"].(string)
		if !ok {
			return s, fmt.Errorf("neo4j: read relationships: a relationship has non-string id %v (%T)", m["id"], m["id"])
		}
		typ, _ := m["type"].(string)
		start, _ := m["start"].(string)
		end, _ := m["end"].(string)
		props, _ := m["props"].(map[string]any)
		s.Relationships = append(s.Relationships, &graph.Relationship{ID: id, Type: typ, Start: start, End: end, Props: readProps(props)})
	}
	// Cypher orders strings by UTF-16 code units; sort again in Go's byte order.
	sort.Slice(s.Nodes, func(i, j int) bool { return s.Nodes[i].ID < s.Nodes[j].ID })
	sort.Slice(s.Relationships, func(i, j int) bool { return s.Relationships[i].ID < s.Relationships[j].ID })
	return s, nil
}

// orderLabels returns the labels of a read node: schema labels in schema
// order, then any others sorted.
func orderLabels(v any) []string {
	raw, _ := v.([]any)
	have := map[string]bool{}
	for _, x := range raw {
		if s, ok := x.(string); ok {
			have[s] = true
		}
	}
	out := make([]string, 0, len(have))
	for _, l := range schema.Labels() {
		if have[l] {
			out = append(out, l)
			delete(have, l)
		}
	}
	rest := make([]string, 0, len(have))
	for l := range have {
		rest = append(rest, l)
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// Counts returns the number of nodes per label (a node with two labels
// counts under both) and of relationships per type, over the whole database.
// Labels and types with no elements are absent.
func (l *Loader) Counts(ctx context.Context) (nodes map[string]int, rels map[string]int, err error) {
	if err := l.check(); err != nil {
		return nil, nil, err
	}
	nodes, rels = map[string]int{}, map[string]int{}
	res, err := l.execute(ctx, "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS c", nil, true)
	if err != nil {
		return nil, nil, fmt.Errorf("neo4j: count nodes: %w", err)
	}
	for _, rec := range res.Records {
		m := rec.AsMap()
		label, _ := m["label"].(string)
		c, _ := m["c"].(int64)
		nodes[label] = int(c)
	}
	res, err = l.execute(ctx, "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS c", nil, true)
	if err != nil {
		return nil, nil, fmt.Errorf("neo4j: count relationships: %w", err)
	}
	for _, rec := range res.Records {
		m := rec.AsMap()
		typ, _ := m["type"].(string)
		c, _ := m["c"].(int64)
		rels[typ] = int(c)
	}
	return nodes, rels, nil
}
