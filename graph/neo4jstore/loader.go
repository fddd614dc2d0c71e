package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"
	"golang.org/x/sync/errgroup"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/schema"
)

// DefaultBatchSize is the number of rows per UNWIND batch when
// Loader.BatchSize is zero or negative.
const DefaultBatchSize = 1000

// Loader writes graphs into Neo4j with batched UNWIND … MERGE in managed
// write transactions (the driver retries transient failures). A Loader holds
// no state between calls; it is safe for concurrent use when its fields are
// not changed, though concurrent loads of overlapping graphs may conflict.
type Loader struct {
	// Driver is the shared driver; the Loader never closes it.
	Driver neo4j.DriverWithContext
	// Database names the database on every call; "" means the server default.
	Database string
	// BatchSize is the number of rows per transaction; DefaultBatchSize if <= 0.
	BatchSize int
	// Writers is the number of write transactions Load runs at once, each
	// on its own session; 1 if <= 0. The server's CPUs bound what more
	// writers gain; batches that touch the same nodes may wait for each
	// other's locks (a deadlock is retried by the driver).
	Writers int
	// Log receives one debug line per batch and a summary per load.
	Log zerolog.Logger
	// Progress, when set, is told the rows Load has written so far, after
	// each batch, out of the rows of the current step (nodes, then
	// relationships).
	Progress func(done, total int)

	// byKey, set by tests and benchmarks, writes as loads did before
	// element ids: every node merged, relationships' endpoints found by an
	// index seek on id.
	byKey bool
}

// Stats counts what a Load sent to Neo4j: rows merged and transactions run.
type Stats struct {
	// Nodes is the number of nodes merged.
	Nodes int
	// Relationships is the number of relationships merged.
	Relationships int
	// Batches is the number of write transactions (node and relationship batches).
	Batches int
	// Retries is the number of times a batch's transaction was run again
	// after a transient failure (a deadlock between writers, a lock wait
	// that timed out, a leader change): the measure of writers getting in
	// each other's way.
	Retries int
}

func (l *Loader) batchSize() int {
	if l.BatchSize <= 0 {
		return DefaultBatchSize
	}
	return l.BatchSize
}

func (l *Loader) writers() int {
	return max(l.Writers, 1)
}

func (l *Loader) check() error {
	if l == nil || l.Driver == nil {
		return errors.New("neo4j: loader has no driver; set Loader.Driver to a driver from neo4j.NewDriverWithContext")
	}
	return nil
}

// execute runs one query in its own managed transaction (neo4j.ExecuteQuery,
// retried by the driver), routed to readers when read is set.
func (l *Loader) execute(ctx context.Context, query string, params map[string]any, read bool) (*neo4j.EagerResult, error) {
	opts := []neo4j.ExecuteQueryConfigurationOption{neo4j.ExecuteQueryWithDatabase(l.Database)}
	if read {
		opts = append(opts, neo4j.ExecuteQueryWithReadersRouting())
	} else {
		opts = append(opts, neo4j.ExecuteQueryWithWritersRouting())
	}
	return neo4j.ExecuteQuery(ctx, l.Driver, query, params, neo4j.EagerResultTransformer, opts...)
}

// ApplySchema runs SchemaStatements() (constraints, range indexes and the
// full-text index, all IF NOT EXISTS) and then waits with
// CALL db.awaitIndexes() until every index is online.
func (l *Loader) ApplySchema(ctx context.Context) error {
	if err := l.check(); err != nil {
		return err
	}
	for _, stmt := range SchemaStatements() {
		if _, err := l.execute(ctx, stmt, nil, false); err != nil {
			return fmt.Errorf("neo4j: apply schema statement %q: %w", stmt, err)
		}
	}
	if _, err := l.execute(ctx, "CALL db.awaitIndexes()", nil, false); err != nil {
		return fmt.Errorf("neo4j: wait for indexes to come online (CALL db.awaitIndexes()): %w", err)
	}
	return nil
}

// nodeGroup is the nodes sharing one label list, written by one query shape.
type nodeGroup struct {
	labels []string // primary label first, then valid extra labels
	rows   []any
}

// relGroup is the relationships sharing (type, start label, end label).
type relGroup struct {
	typ, startLabel, endLabel string
	rows                      []any
	create                    bool // no relationship of the type exists yet
}

// prepared is a validated snapshot, ready to write.
type prepared struct {
	nodes []*nodeGroup
	rels  []*relGroup
}

// prepare validates the whole snapshot before anything is written: labels
// and types in the schema, unique ids, storable properties, and endpoints
// present among the snapshot's nodes.
func prepare(s graph.Snapshot) (*prepared, error) {
	p := &prepared{}
	primary := make(map[string]string, len(s.Nodes))
	nodeGroups := map[string]*nodeGroup{}
	for i, n := range s.Nodes {
		if n == nil {
			return nil, fmt.Errorf("neo4j: snapshot node %d is nil", i)
		}
		if n.ID == "" {
			return nil, fmt.Errorf("neo4j: snapshot node %d has an empty id", i)
		}
		if _, dup := primary[n.ID]; dup {
			return nil, fmt.Errorf("neo4j: node id %q appears twice in the snapshot", n.ID)
		}
		if len(n.Labels) == 0 {
			return nil, fmt.Errorf("neo4j: node %q has no label", n.ID)
		}
		if !schema.IsLabel(n.Labels[0]) {
			return nil, fmt.Errorf("neo4j: node %q: label %q is not in the schema (known: %s)",
				n.ID, n.Labels[0], strings.Join(schema.Labels(), ", "))
		}
		labels := []string{n.Labels[0]}
		for _, extra := range n.Labels[1:] {
			if !schema.IsLabel(extra) {
				return nil, fmt.Errorf("neo4j: node %q: extra label %q is not in the schema (known: %s)",
					n.ID, extra, strings.Join(schema.Labels(), ", "))
			}
			if !containsString(labels, extra) {
				labels = append(labels, extra)
			}
		}
		sort.Strings(labels[1:]) // one query shape per label set
		props, err := storableProps("node", n.ID, n.Props)
		if err != nil {
			return nil, fmt.Errorf("neo4j: %w", err)
		}
		primary[n.ID] = labels[0]
		key := strings.Join(labels, ":")
		g := nodeGroups[key]
		if g == nil {
			g = &nodeGroup{labels: labels}
			nodeGroups[key] = g
			p.nodes = append(p.nodes, g)
		}
		g.rows = append(g.rows, map[string]any{"id": n.ID, "props": props})
	}
	relGroups := map[string]*relGroup{}
	seenRel := make(map[string]bool, len(s.Relationships))
	for i, r := range s.Relationships {
		if r == nil {
			return nil, fmt.Errorf("neo4j: snapshot relationship %d is nil", i)
		}
		if r.ID == "" {
			return nil, fmt.Errorf("neo4j: snapshot relationship %d (%s from %q to %q) has an empty id", i, r.Type, r.Start, r.End)
		}
		if seenRel[r.ID] {
			return nil, fmt.Errorf("neo4j: relationship id %q appears twice in the snapshot", r.ID)
		}
		seenRel[r.ID] = true
		if !schema.IsRelType(r.Type) {
			return nil, fmt.Errorf("neo4j: relationship %q: type %q is not in the schema (known: %s)",
				r.ID, r.Type, strings.Join(schema.RelTypes(), ", "))
		}
		sl, ok := primary[r.Start]
		if !ok {
			return nil, fmt.Errorf("neo4j: relationship %q (%s): start node %q is missing from the snapshot", r.ID, r.Type, r.Start)
		}
		el, ok := primary[r.End]
		if !ok {
			return nil, fmt.Errorf("neo4j: relationship %q (%s): end node %q is missing from the snapshot", r.ID, r.Type, r.End)
		}
		props, err := storableProps("relationship", r.ID, r.Props)
		if err != nil {
			return nil, fmt.Errorf("neo4j: %w", err)
		}
		key := r.Type + "\x00" + sl + "\x00" + el
		g := relGroups[key]
		if g == nil {
			g = &relGroup{typ: r.Type, startLabel: sl, endLabel: el}
			relGroups[key] = g
			p.rels = append(p.rels, g)
		}
		g.rows = append(g.rows, map[string]any{"id": r.ID, "start": r.Start, "end": r.End, "props": props})
	}
	return p, nil
}

// nodeQuery is the MERGE for one label set; labels must be schema labels.
func nodeQuery(labels []string) string {
	q := "UNWIND $rows AS row MERGE (n:" + labels[0] + " {id: row.id}) SET n = row.props, n.id = row.id"
	if len(labels) > 1 {
		q += ", n:" + strings.Join(labels[1:], ":")
	}
	return q + " RETURN count(n) AS merged"
}

// relQuery is the MERGE for one (type, start label, end label); all three
// must be in the schema.
func relQuery(typ, startLabel, endLabel string) string {
	return "UNWIND $rows AS row MATCH (a:" + startLabel + " {id: row.start}) MATCH (b:" + endLabel + " {id: row.end}) " +
		"MERGE (a)-[r:" + typ + " {id: row.id}]->(b) SET r = row.props, r.id = row.id RETURN count(r) AS merged"
}

// createRelQuery is the CREATE for one (type, start label, end label),
// used when the database has no relationship of the type yet: nothing to
// merge with, so no existence check per row.
func createRelQuery(typ, startLabel, endLabel string) string {
	return "UNWIND $rows AS row MATCH (a:" + startLabel + " {id: row.start}) MATCH (b:" + endLabel + " {id: row.end}) " +
		"CREATE (a)-[r:" + typ + "]->(b) SET r = row.props, r.id = row.id RETURN count(r) AS merged"
}

// missingQuery finds the rows of a relationship batch whose endpoints are absent.
func missingQuery(startLabel, endLabel string) string {
	return "UNWIND $rows AS row OPTIONAL MATCH (a:" + startLabel + " {id: row.start}) " +
		"OPTIONAL MATCH (b:" + endLabel + " {id: row.end}) WITH row, a, b WHERE a IS NULL OR b IS NULL " +
		"RETURN row.id AS id, row.start AS start, row.end AS end, a IS NULL AS noStart, b IS NULL AS noEnd LIMIT 5"
}

// Load applies the schema, then merges the snapshot's nodes (grouped by
// label) and relationships (grouped by type, start label and end label) in
// batches of BatchSize rows, one managed write transaction per batch,
// Writers at a time; every node is written before any relationship.
//
// Nodes of a label the database holds none of are created instead of
// merged (a first load; a batch that meets an id another writer created
// meanwhile is run again as a merge). Every node batch returns the element
// ids of its nodes, and the relationship batches find their endpoints by
// element id rather than by an index seek on id; relationships of a type
// the database holds none of are created, the others merged on id. A
// relationship group is ordered by start node and a batch never splits a
// start node's relationships, so concurrent writers share no start node.
//
// The whole snapshot is validated before anything is written: an unknown
// label or type, a duplicate id, a property Neo4j cannot store, or a
// relationship whose endpoint is not among the snapshot's nodes is an error
// and nothing is written. A failing batch is rolled back, but earlier batches
// stay committed; loading again is safe, as every write is a MERGE on id that
// replaces the element's properties. Stats reports what was written up to an
// error.
func (l *Loader) Load(ctx context.Context, s graph.Snapshot) (st Stats, err error) {
	if err := l.check(); err != nil {
		return st, err
	}
	p, err := prepare(s)
	if err != nil {
		return st, err
	}
	if err := l.ApplySchema(ctx); err != nil {
		return st, err
	}
	start := time.Now()
	sessions := make([]neo4j.SessionWithContext, l.writers())
	for i := range sessions {
		sessions[i] = l.newWriteSession(ctx)
	}
	defer func() {
		for _, s := range sessions {
			if cerr := s.Close(ctx); cerr != nil && err == nil {
				err = fmt.Errorf("neo4j: close write session: %w", cerr)
			}
		}
	}()

	// Labels with no node in the database yet are created, not merged (a
	// first load), and every node's element id is kept for the
	// relationships.
	var eids *elementIDs
	freshLabel := map[string]bool{}
	if !l.byKey {
		eids = newElementIDs(len(s.Nodes))
		if freshLabel, err = l.freshLabels(ctx, p); err != nil {
			return st, err
		}
	}
	var nodes []batch
	for _, g := range p.nodes {
		if eids == nil {
			nodes = append(nodes, l.nodeBatches(g)...)
		} else {
			nodes = append(nodes, l.nodeWriteBatches(g, freshLabel[g.labels[0]], eids)...)
		}
	}
	if err := l.runBatches(ctx, sessions, nodes, &st); err != nil {
		return st, err
	}
	// Types with no relationship in the database yet are created, not
	// merged (a first load): decided before any is written.
	fresh := map[string]bool{}
	for _, g := range p.rels {
		if _, seen := fresh[g.typ]; seen {
			continue
		}
		res, err := l.execute(ctx, "MATCH ()-[r:"+g.typ+"]->() RETURN count(r) > 0 AS any LIMIT 1", nil, true)
		if err != nil {
			return st, fmt.Errorf("neo4j: count %s relationships: %w", g.typ, err)
		}
		any, _ := res.Records[0].AsMap()["any"].(bool)
		fresh[g.typ] = !any
	}
	var rels []batch
	for _, g := range p.rels {
		g.create = fresh[g.typ]
		if eids == nil {
			rels = append(rels, l.relBatches(g)...)
		} else {
			rels = append(rels, l.relElementBatches(g, eids)...)
		}
	}
	if err := l.runBatches(ctx, sessions, rels, &st); err != nil {
		return st, err
	}
	l.Log.Info().Int("nodes", st.Nodes).Int("relationships", st.Relationships).Int("batches", st.Batches).
		Int("retries", st.Retries).Dur("took", time.Since(start)).Str("database", l.Database).Msg("neo4j: graph loaded")
	return st, nil
}

// batch is one write transaction of a load.
type batch struct {
	what        string // for errors and logs: "Person nodes batch 3 (rows 2001-3000 of 4000)"
	nodes, rels int    // rows written when it commits
	sent        []any  // the rows it sends (set by relElementBatches)
	run         func(ctx context.Context, tx neo4j.ManagedTransaction) error
	// fallback, when set, runs instead when run breaks a uniqueness
	// constraint (a CREATE meeting an id another writer wrote meanwhile).
	fallback *batch
}

// nodeBatches cuts a node group into batches of MERGE.
func (l *Loader) nodeBatches(g *nodeGroup) []batch {
	size := l.batchSize()
	query := nodeQuery(g.labels)
	what := strings.Join(g.labels, ":") + " nodes"
	var out []batch
	for b, lo := 1, 0; lo < len(g.rows); b, lo = b+1, lo+size {
		rows := g.rows[lo:min(lo+size, len(g.rows))]
		out = append(out, batch{
			what:  fmt.Sprintf("%s batch %d (rows %d-%d of %d)", what, b, lo+1, lo+len(rows), len(g.rows)),
			nodes: len(rows),
			run: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
				merged, err := runCount(ctx, tx, query, rows)
				if err == nil && merged != int64(len(rows)) {
					err = fmt.Errorf("merged %d nodes for %d rows", merged, len(rows))
				}
				return err
			},
		})
	}
	return out
}

// relBatches cuts a relationship group into batches of MERGE (CREATE for
// a type new to the database). A batch in which some endpoint is not in
// the database is rolled back with a *MissingNodeError.
func (l *Loader) relBatches(g *relGroup) []batch {
	size := l.batchSize()
	query := relQuery(g.typ, g.startLabel, g.endLabel)
	if g.create {
		query = createRelQuery(g.typ, g.startLabel, g.endLabel)
	}
	check := missingQuery(g.startLabel, g.endLabel)
	what := fmt.Sprintf("%s relationships (%s->%s)", g.typ, g.startLabel, g.endLabel)
	var out []batch
	for b, lo := 1, 0; lo < len(g.rows); b, lo = b+1, lo+size {
		rows := g.rows[lo:min(lo+size, len(g.rows))]
		out = append(out, batch{
			what: fmt.Sprintf("%s batch %d (rows %d-%d of %d)", what, b, lo+1, lo+len(rows), len(g.rows)),
			rels: len(rows),
			run: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
				merged, err := runCount(ctx, tx, query, rows)
				if err != nil || merged == int64(len(rows)) {
					return err
				}
				// Some endpoint is not in the database: name it and roll the batch back.
				return missingError(ctx, tx, check, rows, merged)
			},
		})
	}
	return out
}

// writeRels merges one relationship group batch by batch, adding to st.
func (l *Loader) writeRels(ctx context.Context, session neo4j.SessionWithContext, g *relGroup, st *Stats) error {
	return l.runBatches(ctx, []neo4j.SessionWithContext{session}, l.relBatches(g), st)
}

// runBatches runs the batches, each in its own managed write transaction,
// on as many goroutines as there are sessions (one session each), adding
// what committed to st. With one session they run in order and the first
// failure stops the rest; with several, the first failure cancels the
// batches still running or not started and is returned. A batch cancelled
// while its commit was under way may have committed without being counted
// in st; loading again is safe, as every write is keyed by id.
func (l *Loader) runBatches(ctx context.Context, sessions []neo4j.SessionWithContext, bs []batch, st *Stats) error {
	var mu sync.Mutex // guards st and written
	retried := func(n int) {
		mu.Lock()
		defer mu.Unlock()
		st.Retries += n
	}
	one := func(ctx context.Context, s neo4j.SessionWithContext, b batch) error {
		t0 := time.Now()
		runs := 0
		_, err := neo4j.ExecuteWrite(ctx, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
			runs++
			return struct{}{}, b.run(ctx, tx)
		})
		if err != nil && b.fallback != nil && isConstraintViolation(err) {
			l.Log.Debug().Str("batch", b.what).Msg("neo4j: nodes written meanwhile by another writer; merging instead")
			_, err = neo4j.ExecuteWrite(ctx, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
				runs++
				return struct{}{}, b.fallback.run(ctx, tx)
			})
		}
		if runs > 1 { // counted whether the batch finally committed or not
			retried(runs - 1)
		}
		if err != nil {
			return fmt.Errorf("neo4j: load %s: %w", b.what, err)
		}
		l.Log.Debug().Str("batch", b.what).Dur("took", time.Since(t0)).Msg("neo4j: loaded batch")
		return nil
	}
	total, written := 0, 0 // rows of this step
	for _, b := range bs {
		total += b.nodes + b.rels
	}
	done := func(b batch) {
		mu.Lock()
		defer mu.Unlock()
		st.Nodes, st.Relationships, st.Batches = st.Nodes+b.nodes, st.Relationships+b.rels, st.Batches+1
		written += b.nodes + b.rels
		if l.Progress != nil {
			l.Progress(written, total)
		}
	}
	// Each write runs on a session of its own (sessions are not safe for
	// concurrent use): the pool of sessions bounds the writes at once.
	free := make(chan neo4j.SessionWithContext, len(sessions))
	for _, s := range sessions {
		free <- s
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(len(sessions))
	fed := 0
	for _, b := range bs {
		if gctx.Err() != nil {
			break
		}
		fed++
		g.Go(func() error {
			s := <-free
			defer func() { free <- s }()
			if err := safeBatch(gctx, one, s, b); err != nil {
				return err
			}
			done(b)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	if fed < len(bs) {
		return fmt.Errorf("neo4j: load interrupted: %w", context.Cause(ctx))
	}
	return nil
}

// newWriteSession opens a write session that shares ExecuteQuery's bookmark
// manager, so later ExecuteQuery reads see the writes.
func (l *Loader) newWriteSession(ctx context.Context) neo4j.SessionWithContext {
	return l.Driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    l.Database,
		AccessMode:      neo4j.AccessModeWrite,
		BookmarkManager: l.Driver.ExecuteQueryBookmarkManager(),
	})
}

// runCount runs a query returning one "merged" count.
func runCount(ctx context.Context, tx neo4j.ManagedTransaction, query string, rows []any) (int64, error) {
	res, err := tx.Run(ctx, query, map[string]any{"rows": rows})
	if err != nil {
		return 0, err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return 0, err
	}
	n, _, err := neo4j.GetRecordValue[int64](rec, "merged")
	return n, err
}

// missingError describes the relationships of a batch whose endpoints are
// not in the database.
func missingError(ctx context.Context, tx neo4j.ManagedTransaction, query string, rows []any, merged int64) error {
	res, err := tx.Run(ctx, query, map[string]any{"rows": rows})
	if err != nil {
		return fmt.Errorf("merged %d of %d relationships, and finding the missing endpoints failed: %w", merged, len(rows), err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return fmt.Errorf("merged %d of %d relationships, and finding the missing endpoints failed: %w", merged, len(rows), err)
	}
	var parts []string
	for _, rec := range recs {
		m := rec.AsMap()
		var which []string
		if b, _ := m["noStart"].(bool); b {
			which = append(which, fmt.Sprintf("start node %q", m["start"]))
		}
		if b, _ := m["noEnd"].(bool); b {
			which = append(which, fmt.Sprintf("end node %q", m["end"]))
		}
		parts = append(parts, fmt.Sprintf("relationship %q: %s not in the database", m["id"], strings.Join(which, " and ")))
	}
	return &MissingNodeError{Merged: int(merged), Rows: len(rows), Details: parts}
}

// MissingNodeError reports relationships that could not be merged because a
// start or end node is not in the database (for example, deleted while the
// load ran). The batch that hit it is rolled back.
type MissingNodeError struct {
	// Merged and Rows are the relationships merged and sent in the batch.
	Merged, Rows int
	// Details names up to five relationships and their missing endpoints.
	Details []string
}

// Error implements error.
func (e *MissingNodeError) Error() string {
	return fmt.Sprintf("only %d of %d relationships found both endpoints: %s",
		e.Merged, e.Rows, strings.Join(e.Details, "; "))
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// safeBatch runs one batch on a writer goroutine, turning a panic into the
// batch's error (naming it) instead of a crash of the process.
func safeBatch(ctx context.Context, one func(context.Context, neo4j.SessionWithContext, batch) error,
	s neo4j.SessionWithContext, b batch) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("neo4j: load %s: internal error, please report it: %v", b.what, p)
		}
	}()
	return one(ctx, s, b)
}
