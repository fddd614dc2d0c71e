package neo4jstore

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/schema"
)

// DefaultMaxTxRows bounds the rows a Delta writes in one transaction when
// ApplyOptions.MaxTxRows is zero.
const DefaultMaxTxRows = 50000

// DefaultMaxTxBytes bounds the property bytes a Delta writes in one
// transaction when ApplyOptions.MaxTxBytes is zero. Neo4j holds a
// transaction's state in memory, several times the size of what it
// writes: 50,000 rows of relationships with their evidence went past the
// 520 MiB transaction memory of a server with the default 768 MB heap.
const DefaultMaxTxBytes = 8 << 20

// Delta is a change to a graph already in Neo4j: nodes and relationships to
// write (created, or their properties replaced) and to delete. A node whose
// labels change is deleted and written again.
type Delta struct {
	// UpsertNodes are written with their labels and properties.
	UpsertNodes []*graph.Node
	// UpsertRels are written: the New relationship of each change (Old,
	// the version the database holds, is nil for a new one and not used).
	UpsertRels []graph.RelChange
	// DeleteRels are deleted: the Old relationship of each change (New is
	// nil). Relationships of DeleteNodes go with their nodes.
	DeleteRels []graph.RelChange
	// DeleteNodes are deleted with their relationships (DETACH DELETE).
	DeleteNodes []*graph.Node
	// OldLabels and NewLabels give nodes' primary labels by id, as the
	// database holds them and after the change: the queries find the
	// endpoints of DeleteRels by OldLabels and those of UpsertRels by
	// NewLabels. Every endpoint must be in the map it is looked up in.
	OldLabels, NewLabels map[string]string
}

// Rows is the number of elements the delta writes or deletes.
func (d *Delta) Rows() int {
	return len(d.UpsertNodes) + len(d.UpsertRels) + len(d.DeleteRels) + len(d.DeleteNodes)
}

// Empty reports whether the delta changes nothing.
func (d *Delta) Empty() bool { return d.Rows() == 0 }

// ApplyOptions tune ApplyDelta.
type ApplyOptions struct {
	// MaxTxRows is the most rows written in one transaction
	// (DefaultMaxTxRows if <= 0), and MaxTxBytes the most bytes of their
	// properties (DefaultMaxTxBytes if <= 0). A delta within both is
	// applied atomically.
	MaxTxRows  int
	MaxTxBytes int
	// Final runs in the last transaction, after every change of the delta;
	// the refresh records there what it has committed.
	Final func(ctx context.Context, tx neo4j.ManagedTransaction) error
	// Begin, when the delta needs more than one transaction, runs at the
	// start of the first one: the refresh marks there that a pass is in
	// progress, so that a pass abandoned half-way is noticed and completed
	// by the next (Final clears the mark).
	Begin func(ctx context.Context, tx neo4j.ManagedTransaction) error
	// Fence runs at the end of every transaction, just before it commits
	// (before Final in the last); an error rolls the transaction back. The
	// refresh checks there that its lock is still its own.
	Fence func(ctx context.Context, tx neo4j.ManagedTransaction) error
	// Progress, when set, is told the rows written so far after each batch.
	Progress func(done, total int)
}

// ApplyStats counts what ApplyDelta wrote.
type ApplyStats struct {
	// Transactions is the number of committed write transactions.
	Transactions int
	// Rows is the number of elements written or deleted.
	Rows int
}

// deltaStep is one query over a batch of rows.
type deltaStep struct {
	query string
	rows  []any
	what  string
}

// ApplyDelta writes a delta. When it has at most MaxTxRows rows and
// MaxTxBytes bytes it is one transaction: all of it is committed, with
// opts.Final, or none of it.
// Larger deltas are written in several transactions (deletions first, then
// nodes, then relationships) and opts.Final runs in the last one, so a pass
// that stops half-way has not recorded itself as done; writing the same
// delta again completes it, as every step is idempotent (MERGE on id, SET
// of all properties, DELETE of what exists). Everything is validated before
// anything is written. Cancelling ctx rolls the open transaction back.
func (l *Loader) ApplyDelta(ctx context.Context, d Delta, opts ApplyOptions) (st ApplyStats, err error) {
	if err := l.check(); err != nil {
		return st, err
	}
	steps, err := l.deltaSteps(d)
	if err != nil {
		return st, err
	}
	txs := groupSteps(steps, opts.MaxTxRows, opts.MaxTxBytes)
	session := l.newWriteSession(ctx)
	defer func() {
		if cerr := session.Close(ctx); cerr != nil && err == nil {
			err = fmt.Errorf("neo4j: close write session: %w", cerr)
		}
	}()
	total := d.Rows()
	done := 0
	for i, tx := range txs {
		last := i == len(txs)-1
		t0 := time.Now()
		rows := 0
		_, err := neo4j.ExecuteWrite(ctx, session, func(t neo4j.ManagedTransaction) (struct{}, error) {
			rows = 0
			if i == 0 && len(txs) > 1 && opts.Begin != nil {
				if err := opts.Begin(ctx, t); err != nil {
					return struct{}{}, err
				}
			}
			for _, s := range tx {
				res, err := t.Run(ctx, s.query, map[string]any{"rows": s.rows})
				if err != nil {
					return struct{}{}, fmt.Errorf("%s: %w", s.what, err)
				}
				if _, err := res.Consume(ctx); err != nil {
					return struct{}{}, fmt.Errorf("%s: %w", s.what, err)
				}
				rows += len(s.rows)
			}
			if opts.Fence != nil {
				if err := opts.Fence(ctx, t); err != nil {
					return struct{}{}, err
				}
			}
			if last && opts.Final != nil {
				return struct{}{}, opts.Final(ctx, t)
			}
			return struct{}{}, nil
		})
		if err != nil {
			return st, fmt.Errorf("neo4j: apply changes, transaction %d of %d (%d of %d rows committed before it): %w",
				i+1, len(txs), done, total, err)
		}
		done += rows
		st.Transactions++
		st.Rows = done
		if opts.Progress != nil {
			opts.Progress(done, total)
		}
		l.Log.Debug().Int("transaction", i+1).Int("of", len(txs)).Int("rows", rows).
			Dur("took", time.Since(t0)).Msg("neo4j: changes committed")
	}
	return st, nil
}

// groupSteps groups the steps, in order, into transactions of at most
// maxRows rows and maxBytes bytes of values (the defaults when <= 0); a
// step larger than either is a transaction of its own. There is always at
// least one transaction, so that Final runs.
func groupSteps(steps []deltaStep, maxRows, maxBytes int) [][]deltaStep {
	if maxRows <= 0 {
		maxRows = DefaultMaxTxRows
	}
	if maxBytes <= 0 {
		maxBytes = DefaultMaxTxBytes
	}
	var txs [][]deltaStep
	var cur []deltaStep
	n, b := 0, 0
	for _, s := range steps {
		sb := 0
		for _, r := range s.rows {
			sb += valueBytes(r)
		}
		if (n+len(s.rows) > maxRows || b+sb > maxBytes) && len(cur) > 0 {
			txs = append(txs, cur)
			cur, n, b = nil, 0, 0
		}
		cur = append(cur, s)
		n += len(s.rows)
		b += sb
	}
	if len(cur) > 0 || len(txs) == 0 {
		txs = append(txs, cur)
	}
	return txs
}

// valueBytes estimates the bytes a query parameter value carries: its
// strings, and 8 for any other scalar.
func valueBytes(v any) int {
	switch x := v.(type) {
	case string:
		return len(x)
	case []string:
		n := 0
		for _, s := range x {
			n += len(s)
		}
		return n
	case []any:
		n := 0
		for _, e := range x {
			n += valueBytes(e)
		}
		return n
	case map[string]any:
		n := 0
		for k, e := range x {
			n += len(k) + valueBytes(e)
		}
		return n
	default:
		return 8
	}
}

// deltaSteps validates a delta and turns it into batched queries: deletions
// of relationships, then of nodes, then node upserts, then relationship
// upserts, each grouped by label or type so that only schema identifiers
// reach the query text.
func (l *Loader) deltaSteps(d Delta) ([]deltaStep, error) {
	size := l.batchSize()
	var steps []deltaStep
	add := func(query, what string, rows []any) {
		for lo := 0; lo < len(rows); lo += size {
			steps = append(steps, deltaStep{query: query, rows: rows[lo:min(lo+size, len(rows))], what: what})
		}
	}
	// checkRel validates the relationship of a change in the list named
	// list and gives the primary labels of its endpoints from labels
	// (the field named which).
	checkRel := func(r *graph.Relationship, list string, labels map[string]string, which string) (startLabel, endLabel string, err error) {
		if r == nil || r.ID == "" {
			return "", "", fmt.Errorf("neo4j: a change in Delta.%s has no relationship with an id", list)
		}
		if !schema.IsRelType(r.Type) {
			return "", "", fmt.Errorf("neo4j: relationship %q: type %q is not in the schema", r.ID, r.Type)
		}
		startLabel, endLabel = labels[r.Start], labels[r.End]
		if !schema.IsLabel(startLabel) || !schema.IsLabel(endLabel) {
			return "", "", fmt.Errorf("neo4j: relationship %q: endpoint labels %q (%s), %q (%s) in Delta.%s are not in the schema",
				r.ID, startLabel, r.Start, endLabel, r.End, which)
		}
		return startLabel, endLabel, nil
	}
	// relGroups groups the Old (deleted) or New (written) relationships of
	// changes by type and endpoint labels.
	relGroups := func(list []graph.RelChange, upsert bool) ([]string, map[string][]any, error) {
		groups := map[string][]any{}
		var keys []string
		for _, c := range list {
			r, list, labels, which := c.Old, "DeleteRels (Old)", d.OldLabels, "OldLabels"
			if upsert {
				r, list, labels, which = c.New, "UpsertRels (New)", d.NewLabels, "NewLabels"
			}
			sl, el, err := checkRel(r, list, labels, which)
			if err != nil {
				return nil, nil, err
			}
			row := map[string]any{"id": r.ID, "start": r.Start, "end": r.End}
			if upsert {
				props, err := storableProps("relationship", r.ID, r.Props)
				if err != nil {
					return nil, nil, fmt.Errorf("neo4j: %w", err)
				}
				row["props"] = props
			}
			k := r.Type + "\x00" + sl + "\x00" + el
			if _, ok := groups[k]; !ok {
				keys = append(keys, k)
			}
			groups[k] = append(groups[k], row)
		}
		sort.Strings(keys)
		return keys, groups, nil
	}
	nodeGroups := func(list []*graph.Node, withProps bool) ([]string, map[string][]any, error) {
		groups := map[string][]any{}
		var keys []string
		for _, n := range list {
			if n == nil || n.ID == "" || len(n.Labels) == 0 {
				return nil, nil, fmt.Errorf("neo4j: delta node without id or label")
			}
			labels := []string{n.Labels[0]}
			for _, x := range n.Labels[1:] {
				if !containsString(labels, x) {
					labels = append(labels, x)
				}
			}
			sort.Strings(labels[1:])
			for _, x := range labels {
				if !schema.IsLabel(x) {
					return nil, nil, fmt.Errorf("neo4j: node %q: label %q is not in the schema", n.ID, x)
				}
			}
			row := map[string]any{"id": n.ID}
			if withProps {
				props, err := storableProps("node", n.ID, n.Props)
				if err != nil {
					return nil, nil, fmt.Errorf("neo4j: %w", err)
				}
				row["props"] = props
			}
			k := strings.Join(labels, ":")
			if !withProps {
				k = labels[0] // deleting needs the primary label only
			}
			if _, ok := groups[k]; !ok {
				keys = append(keys, k)
			}
			groups[k] = append(groups[k], row)
		}
		sort.Strings(keys)
		return keys, groups, nil
	}

	keys, groups, err := relGroups(d.DeleteRels, false)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		p := strings.Split(k, "\x00")
		add("UNWIND $rows AS row MATCH (a:"+p[1]+" {id: row.start})-[r:"+p[0]+" {id: row.id}]->(b:"+p[2]+" {id: row.end}) DELETE r",
			"delete "+p[0]+" relationships", groups[k])
	}
	keys, groups, err = nodeGroups(d.DeleteNodes, false)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		add("UNWIND $rows AS row MATCH (n:"+k+" {id: row.id}) DETACH DELETE n", "delete "+k+" nodes", groups[k])
	}
	keys, groups, err = nodeGroups(d.UpsertNodes, true)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		add(nodeQuery(strings.Split(k, ":")), "write "+k+" nodes", groups[k])
	}
	keys, groups, err = relGroups(d.UpsertRels, true)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		p := strings.Split(k, "\x00")
		add(relQuery(p[0], p[1], p[2]), "write "+p[0]+" relationships", groups[k])
	}
	return steps, nil
}
