package neo4jstore

import (
	"context"
	"fmt"

	"github.com/negograph/negograph/schema"
)

// EntityHit is one node found by SearchEntities.
type EntityHit struct {
	// ID is the node's id and Label its first label.
	ID, Label string
	// Name and NameAr are its name and Arabic name ("" when absent).
	Name, NameAr string
	// Score is the full-text score; higher is better.
	Score float64
}

// SearchEntities looks lucene up in the full-text index
// schema.FulltextIndexName (entity names, name_ar and aliases with the
// Arabic analyzer) and returns at most limit hits, best first. lucene is a
// Lucene query: escape user text before (operators in it are obeyed).
func (l *Loader) SearchEntities(ctx context.Context, lucene string, limit int) ([]EntityHit, error) {
	if err := l.check(); err != nil {
		return nil, err
	}
	res, err := l.execute(ctx,
		"CALL db.index.fulltext.queryNodes($index, $q, {limit: $limit}) YIELD node, score "+
			"RETURN node.id AS id, labels(node)[0] AS label, node.name AS name, node.name_ar AS name_ar, score",
		map[string]any{"index": schema.FulltextIndexName, "q": lucene, "limit": int64(limit)}, true)
	if err != nil {
		return nil, fmt.Errorf("neo4j: full-text search in index %s (applied by `negograph schema apply` or build): %w",
			schema.FulltextIndexName, err)
	}
	hits := make([]EntityHit, 0, len(res.Records))
	for _, rec := range res.Records {
		m := rec.AsMap()
		var h EntityHit
		h.ID, _ = m["id"].(string)
		h.Label, _ = m["label"].(string)
		h.Name, _ = m["name"].(string)
		h.NameAr, _ = m["name_ar"].(string)
		h.Score, _ = m["score"].(float64)
		hits = append(hits, h)
	}
	return hits, nil
}
