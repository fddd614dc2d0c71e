package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/negograph/negograph/schema"
)

// RefreshState is what the database's one RefreshState node records of
// `negograph refresh`.
type RefreshState struct {
	// Generation is the generation of the pass last committed ("" for none).
	Generation string
	// Pending is the generation of a pass that committed some of its
	// transactions but not its last ("" for none): the database then holds
	// part of that pass.
	Pending string
}

// ReadRefreshState reads the RefreshState node; a database without one
// gives the zero RefreshState.
func (l *Loader) ReadRefreshState(ctx context.Context) (RefreshState, error) {
	var st RefreshState
	if err := l.check(); err != nil {
		return st, err
	}
	res, err := l.execute(ctx,
		"OPTIONAL MATCH (s:"+schema.LabelRefreshState+" {name: $name}) RETURN s.generation AS gen, s.pending AS pending",
		map[string]any{"name": refreshName}, true)
	if err != nil {
		return st, fmt.Errorf("read the last committed pass: %w", err)
	}
	m := res.Records[0].AsMap()
	st.Generation, _ = m["gen"].(string)
	st.Pending, _ = m["pending"].(string)
	return st, nil
}

// MarkPending records in tx that the pass of generation gen is under way
// (RefreshState.Pending). A pass written in several transactions runs it in
// the first (ApplyOptions.Begin), so that the database says it holds part
// of that pass until CommitGeneration clears the mark.
func MarkPending(ctx context.Context, tx neo4j.ManagedTransaction, gen string) error {
	res, err := tx.Run(ctx, "MERGE (s:"+schema.LabelRefreshState+" {name: $name}) SET s.pending = $gen",
		map[string]any{"name": refreshName, "gen": gen})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("mark the pass as in progress: %w", err)
	}
	return nil
}

// Commit is what CommitGeneration records of a pass.
type Commit struct {
	// Generation identifies the committed graph.
	Generation string
	// ExtractorVersion and Fingerprint say how its articles were analysed.
	ExtractorVersion, Fingerprint string
	// Articles is the number of articles in the graph.
	Articles int
}

// CommitGeneration records in tx that the pass c committed — its
// generation, extractor version, fingerprint, number of articles and the
// time — and clears the pending mark. A pass runs it in its last
// transaction (ApplyOptions.Final), so the record commits with the pass's
// last changes or not at all.
func CommitGeneration(ctx context.Context, tx neo4j.ManagedTransaction, c Commit) error {
	res, err := tx.Run(ctx, "MERGE (s:"+schema.LabelRefreshState+" {name: $name}) "+
		"SET s.generation = $gen, s.extractor_version = $version, s.fingerprint = $fp, "+
		"s.articles = $articles, s.committed_at = datetime(), s.pending = null",
		map[string]any{"name": refreshName, "gen": c.Generation, "version": c.ExtractorVersion,
			"fp": c.Fingerprint, "articles": int64(c.Articles)})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("record the pass: %w", err)
	}
	return nil
}
