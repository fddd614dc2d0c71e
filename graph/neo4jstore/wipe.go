package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// wipeRows is the number of deletions per transaction of Wipe.
const wipeRows = 10000

// NodeCount returns the number of nodes in the database, whatever their
// labels (negograph's, the refresh's bookkeeping nodes, anyone else's).
// Zero means the database holds no data at all.
func (l *Loader) NodeCount(ctx context.Context) (int64, error) {
	if err := l.check(); err != nil {
		return 0, err
	}
	res, err := l.execute(ctx, "MATCH (n) RETURN count(n) AS n", nil, true)
	if err != nil {
		return 0, fmt.Errorf("neo4j: count the nodes of %s: %w", l.databaseName(), err)
	}
	n, _, err := neo4j.GetRecordValue[int64](res.Records[0], "n")
	if err != nil {
		return 0, fmt.Errorf("neo4j: count the nodes of %s: %w", l.databaseName(), err)
	}
	return n, nil
}

// Wipe deletes every node and relationship of the database — negograph's
// and anyone else's — in transactions of 10,000 rows, relationships first
// (a node with thousands of relationships would not fit in one
// transaction's memory). Constraints and indexes stay. It is meant for
// scratch databases only (`negograph bench --wipe`). An interrupted Wipe
// leaves part of the data; running it again finishes it.
func (l *Loader) Wipe(ctx context.Context) (err error) {
	if err := l.check(); err != nil {
		return err
	}
	// CALL … IN TRANSACTIONS needs an auto-commit transaction: session.Run.
	session := l.newWriteSession(ctx)
	defer func() {
		if cerr := session.Close(ctx); cerr != nil && err == nil {
			err = fmt.Errorf("neo4j: close write session: %w", cerr)
		}
	}()
	for _, q := range []struct{ query, what string }{
		{"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF $rows ROWS", "relationships"},
		{"MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF $rows ROWS", "nodes"},
	} {
		res, err := session.Run(ctx, q.query, map[string]any{"rows": int64(wipeRows)})
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("neo4j: delete every %s of %s (run again to finish): %w", q.what, l.databaseName(), err)
		}
	}
	return nil
}

// databaseName names the database in messages.
func (l *Loader) databaseName() string {
	if l.Database == "" {
		return "the default database"
	}
	return fmt.Sprintf("database %q", l.Database)
}
