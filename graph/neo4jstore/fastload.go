package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// constraintFailed is the code of Neo4j's error for a write that breaks a
// uniqueness constraint (a CREATE of an id another writer created first).
const constraintFailed = "Neo.ClientError.Schema.ConstraintValidationFailed"

// elementIDs maps the ids of the nodes a Load wrote to their element ids
// (elementId(n)), as the node batches return them, so that relationship
// batches find their endpoints by element id instead of by an index seek
// on the id property. Safe for concurrent use by the writers.
type elementIDs struct {
	mu  sync.Mutex
	ids map[string]string
}

func newElementIDs(n int) *elementIDs { return &elementIDs{ids: make(map[string]string, n)} }

func (e *elementIDs) set(id, eid string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.ids[id] = eid
}

// get is the element id of node id ("" when no node batch returned it).
func (e *elementIDs) get(id string) string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.ids[id]
}

// nodeWriteQuery writes one label set and returns each row's id with the
// element id of its node. With create the nodes are created (the database
// holds no node of the primary label); else merged on id.
func nodeWriteQuery(labels []string, create bool) string {
	var q string
	if create {
		q = "UNWIND $rows AS row CREATE (n:" + strings.Join(labels, ":") + ") SET n = row.props, n.id = row.id"
	} else {
		q = "UNWIND $rows AS row MERGE (n:" + labels[0] + " {id: row.id}) SET n = row.props, n.id = row.id"
		if len(labels) > 1 {
			q += ", n:" + strings.Join(labels[1:], ":")
		}
	}
	return q + " RETURN row.id AS id, elementId(n) AS eid"
}

// relByElementQuery writes one (type, start label, end label) with the
// endpoints found by element id (row.a, row.b); created when create is
// set (no relationship of the type in the database), else merged on id.
func relByElementQuery(typ, startLabel, endLabel string, create bool) string {
	q := "UNWIND $rows AS row MATCH (a:" + startLabel + ") WHERE elementId(a) = row.a " +
		"MATCH (b:" + endLabel + ") WHERE elementId(b) = row.b "
	if create {
		q += "CREATE (a)-[r:" + typ + "]->(b)"
	} else {
		q += "MERGE (a)-[r:" + typ + " {id: row.id}]->(b)"
	}
	return q + " SET r = row.props, r.id = row.id RETURN count(r) AS merged"
}

// freshLabels reports, for each primary label of the node groups, whether
// the database holds no node of it: those nodes are created, not merged.
func (l *Loader) freshLabels(ctx context.Context, p *prepared) (map[string]bool, error) {
	fresh := map[string]bool{}
	for _, g := range p.nodes {
		label := g.labels[0]
		if _, seen := fresh[label]; seen {
			continue
		}
		res, err := l.execute(ctx, "MATCH (n:"+label+") RETURN count(n) AS c", nil, true)
		if err != nil {
			return nil, fmt.Errorf("neo4j: count %s nodes: %w", label, err)
		}
		c, _, err := neo4j.GetRecordValue[int64](res.Records[0], "c")
		if err != nil {
			return nil, fmt.Errorf("neo4j: count %s nodes: %w", label, err)
		}
		fresh[label] = c == 0
	}
	return fresh, nil
}

// nodeWriteBatches cuts a node group into batches that record the element
// id of every node in eids. A batch of CREATE that meets a node another
// writer created meanwhile (a constraint violation) is rolled back and
// run again as MERGE (its fallback).
func (l *Loader) nodeWriteBatches(g *nodeGroup, create bool, eids *elementIDs) []batch {
	size := l.batchSize()
	what := strings.Join(g.labels, ":") + " nodes"
	mk := func(query string, rows []any, name string) batch {
		return batch{
			what:  name,
			nodes: len(rows),
			run: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
				res, err := tx.Run(ctx, query, map[string]any{"rows": rows})
				if err != nil {
					return err
				}
				recs, err := res.Collect(ctx)
				if err != nil {
					return err
				}
				if len(recs) != len(rows) {
					return fmt.Errorf("wrote %d nodes for %d rows: a node batch must hold each id once (is the snapshot's node list deduplicated?)", len(recs), len(rows))
				}
				for _, rec := range recs {
					id, _, err := neo4j.GetRecordValue[string](rec, "id")
					if err != nil {
						return err
					}
					eid, _, err := neo4j.GetRecordValue[string](rec, "eid")
					if err != nil {
						return err
					}
					eids.set(id, eid)
				}
				return nil
			},
		}
	}
	var out []batch
	for b, lo := 1, 0; lo < len(g.rows); b, lo = b+1, lo+size {
		rows := g.rows[lo:min(lo+size, len(g.rows))]
		name := fmt.Sprintf("%s batch %d (rows %d-%d of %d)", what, b, lo+1, lo+len(rows), len(g.rows))
		bt := mk(nodeWriteQuery(g.labels, create), rows, name)
		if create {
			fb := mk(nodeWriteQuery(g.labels, false), rows, name)
			bt.fallback = &fb
		}
		out = append(out, bt)
	}
	return out
}

// relElementBatches cuts a relationship group into batches whose
// endpoints are found by element id. The rows are ordered by start node
// and a batch never ends inside one start node's rows, so that batches run
// by different writers share no start node (whose lock a relationship
// write takes). A batch in which some endpoint is gone is rolled back with
// a *MissingNodeError, as relBatches does.
func (l *Loader) relElementBatches(g *relGroup, eids *elementIDs) []batch {
	size := l.batchSize()
	// The rows with their start node read once; a group in snapshot order
	// (by type, start and end) is already ordered by start node.
	type relRow struct {
		start string
		m     map[string]any
	}
	rows := make([]relRow, len(g.rows))
	for i, r := range g.rows {
		m := r.(map[string]any)
		rows[i] = relRow{m["start"].(string), m}
	}
	byStart := func(i, j int) bool { return rows[i].start < rows[j].start }
	if !sort.SliceIsSorted(rows, byStart) {
		sort.SliceStable(rows, byStart)
	}
	query := relByElementQuery(g.typ, g.startLabel, g.endLabel, g.create)
	check := missingQuery(g.startLabel, g.endLabel)
	what := fmt.Sprintf("%s relationships (%s->%s)", g.typ, g.startLabel, g.endLabel)
	var out []batch
	for b, lo := 1, 0; lo < len(rows); b++ {
		hi := min(lo+size, len(rows))
		for hi < len(rows) && rows[hi].start == rows[hi-1].start {
			hi++
		}
		byKey := make([]any, hi-lo)
		send := make([]any, hi-lo)
		for i, r := range rows[lo:hi] {
			byKey[i] = r.m
			send[i] = map[string]any{"id": r.m["id"], "a": eids.get(r.start), "b": eids.get(r.m["end"].(string)), "props": r.m["props"]}
		}
		out = append(out, batch{
			what: fmt.Sprintf("%s batch %d (rows %d-%d of %d)", what, b, lo+1, hi, len(rows)),
			rels: len(send),
			sent: send,
			run: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
				merged, err := runCount(ctx, tx, query, send)
				if err != nil || merged == int64(len(send)) {
					return err
				}
				return missingError(ctx, tx, check, byKey, merged)
			},
		})
		lo = hi
	}
	return out
}

// isConstraintViolation reports whether err is Neo4j's refusal of a write
// that breaks a uniqueness constraint.
func isConstraintViolation(err error) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && ne.Code == constraintFailed
}
