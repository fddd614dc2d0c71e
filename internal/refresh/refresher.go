package refresh

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/internal/pipeline"
)

// Defaults of a Refresher's tuning fields.
const (
	DefaultLockTTL = 2 * time.Minute
)

// Refresher runs incremental refresh passes against one Neo4j database. Set
// its fields, then call Pass as often as needed (serve calls it on a
// schedule); between passes it keeps its analyses and the committed graph
// in memory as well as in StateDir. Passes of one Refresher never overlap;
// passes of different processes are kept apart by a lock in the database.
type Refresher struct {
	// Sources are read on every pass.
	Sources Sources
	// Fetcher fetches feeds and pages (needed when Sources has any).
	Fetcher Fetcher
	// Loader writes to the database; its Driver is the caller's.
	Loader *neo4jstore.Loader
	// Target names the database in the state (URI without credentials and
	// database name): a state folder used with another database starts cold.
	Target string
	// StateDir keeps analyses, fetched pages and the committed graph.
	StateDir string
	// GazetteerFiles are the user's gazetteer files.
	GazetteerFiles []string
	// Workers analyse articles (0: one per CPU).
	Workers int
	// MaxFileBytes bounds one input file (0: the source default).
	MaxFileBytes int64
	// MaxTxRows bounds one write transaction (0: neo4jstore.DefaultMaxTxRows).
	MaxTxRows int
	// LockTTL is the lease of the database lock (0: DefaultLockTTL).
	LockTTL time.Duration
	// Reread reads every file even when its size, modification time and
	// manifest entry are the ones of the last pass.
	Reread bool
	// MaxRetractFraction is the largest share of one source's articles a
	// pass may retract (0: DefaultMaxRetractFraction). A source that would
	// lose more, or that cannot be read at all, is kept as it was and the
	// pass returns its *SourceError once the other sources are committed.
	MaxRetractFraction float64
	// AllowMassRetract lifts the MaxRetractFraction bound for this
	// Refresher's passes (after a source really lost most of its articles).
	AllowMassRetract bool
	// Retry paces retries when Neo4j is unreachable or a transaction fails.
	Retry Backoff
	// Progress, when set, is told how far a long stage is.
	Progress func(stage string, done, total int)
	// Log receives warnings and debug lines; the caller logs the Report.
	Log zerolog.Logger

	mu sync.Mutex // one pass at a time
	// owner names this Refresher in the database lock: its next pass
	// takes back at once a lock an earlier pass of its own could not
	// release (Neo4j was down), with a new fencing token.
	owner string
	// eng runs the shared stages and keeps the analyses between passes.
	eng    *pipeline.Engine
	commit *committed
	// beforeWrite, set by tests, runs before each attempt to write.
	beforeWrite func(attempt int)
	// contribute, set by tests, replaces the analysis of one article.
	contribute func(article.Article) *pipeline.Contribution
	// extractorVersion, set by tests, replaces pipeline.ExtractorVersion
	// (an upgrade of the extractor).
	extractorVersion string
}

// committed is the graph the last pass of this process committed.
type committed struct {
	generation string
	snap       graph.Snapshot
}

// Report is what one pass did.
type Report struct {
	// Stats are what reading and analysis did: articles seen, new,
	// changed, unchanged, analysed, deleted, duplicate, failed inputs and
	// held sources.
	pipeline.Stats
	// Nodes and Relationships are the size of the graph after the pass.
	Nodes, Relationships int
	// Written is the number of nodes and relationships written or deleted.
	Written int
	// Transactions is the number of committed write transactions.
	Transactions int
	// Attempts is the number of tries the write took.
	Attempts int
	// Generation identifies the committed graph.
	Generation string
	// Duration is the wall time of the pass; Stages splits it (read,
	// analyse, assemble, compare, write, save).
	Duration time.Duration
	Stages   map[string]time.Duration
}

// stage adds the time since *t0 to a stage and restarts the clock.
func (rep *Report) stage(name string, t0 *time.Time) {
	if rep.Stages == nil {
		rep.Stages = map[string]time.Duration{}
	}
	now := time.Now()
	rep.Stages[name] += now.Sub(*t0)
	*t0 = now
}

// Pass runs one incremental refresh: it reads the sources, analyses only
// new and changed articles, assembles the whole graph from the cached
// analyses (exactly as a full rebuild would), compares it with what the
// database holds and writes only the difference, then records the pass.
func (r *Refresher) Pass(ctx context.Context) (rep *Report, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	start := time.Now()
	rep = &Report{}
	defer func() { rep.Duration = time.Since(start) }()
	if r.Loader == nil || r.Loader.Driver == nil {
		return rep, errors.New("refresh: no Neo4j driver configured (set neo4j.uri)")
	}
	if r.StateDir == "" {
		return rep, errors.New("refresh: no state folder (set refresh.state_dir)")
	}
	st, err := pipeline.OpenState(r.StateDir)
	if err != nil {
		return rep, fmt.Errorf("refresh: %w", err)
	}
	defer st.Close()
	meta, err := st.Meta()
	if err != nil {
		return rep, err
	}
	if n := st.IgnoredJournalBytes(); n > 0 {
		r.Log.Warn().Int64("bytes", n).Str("state_dir", r.StateDir).
			Msg("refresh: the end of the state journal is unreadable (a pass torn by a crash?); the state is that of the pass before, the bytes are kept in state.*.log.torn")
	}
	if meta.Target != r.Target {
		// Another database: what the state says was committed is not there.
		meta.Generation, meta.Articles = "", nil
		r.commit = nil
	}
	eng, err := r.engine(ctx)
	if err != nil {
		return rep, err
	}
	eng.LoadCache(st, meta)
	// A new process re-assembles the graph the state says it committed, on
	// another core while the sources are read and the new graph assembled.
	var stateGraph func() *graph.Snapshot
	if r.commit == nil {
		stateGraph = eng.AssembleState(meta)
	}

	var ls *neo4jstore.Lease
	if r.owner == "" {
		r.owner = neo4jstore.NewLockOwner()
	}
	owner := r.owner
	rep.Attempts, err = r.Retry.do(ctx, r.Log, "take the refresh lock", func(int) error {
		var err error
		ls, err = r.Loader.AcquireLock(ctx, owner, r.lockTTL())
		var le *LockedError
		if errors.As(err, &le) {
			// Another pass runs: wait for it (within the retry budget).
			return &waitError{le}
		}
		return err
	})
	if err != nil {
		return rep, err
	}
	defer func() {
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if rerr := ls.Release(rctx); rerr != nil {
			r.Log.Warn().Err(rerr).Msg("refresh lock not released")
		}
	}()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	go func() {
		select {
		case <-ls.Lost():
			cancel(errors.New("refresh: the database lock was lost (Neo4j unreachable for longer than the lease, or taken over)"))
		case <-ctx.Done():
		}
	}()

	t0 := time.Now()
	col, err := eng.Collect(ctx, st, meta)
	if err != nil {
		return rep, err
	}
	rep.stage("read", &t0)
	col.Report(&rep.Stats)
	for _, se := range rep.Held {
		r.Log.Error().Str("source", se.Source).Int("kept", se.Kept).Err(se.Err).Msg("refresh: source not refreshed; its articles are kept")
	}
	for _, w := range rep.Warnings {
		r.Log.Warn().Err(w).Msg("refresh: input warning")
	}
	for _, fe := range rep.Skipped {
		r.Log.Warn().Str("path", fe.Path).Int("line", fe.Line).Err(fe.Err).Msg("skipped input")
	}
	analysed, err := eng.Analyse(ctx, col, meta, &rep.Stats)
	if err != nil {
		return rep, fmt.Errorf("refresh: %w", err)
	}
	rep.stage("analyse", &t0)
	g, dups, err := eng.Assemble(analysed)
	if err != nil {
		return rep, fmt.Errorf("refresh: %w", err)
	}
	rep.Duplicates = dups
	snap := g.Snapshot()
	rep.Nodes, rep.Relationships = len(snap.Nodes), len(snap.Relationships)
	rep.stage("assemble", &t0)

	gen := newGeneration()
	attempts, err := r.Retry.do(ctx, r.Log, "write the graph to Neo4j", func(attempt int) error {
		if r.beforeWrite != nil {
			r.beforeWrite(attempt)
		}
		dbGen, pending, err := r.dbState(ctx)
		if err != nil {
			return err
		}
		if unknown := col.Unknown(); len(unknown) > 0 && (dbGen != "" || pending != "") {
			return &unknownSourcesError{unknown}
		}
		old, err := r.previous(ctx, meta, dbGen, pending, stateGraph)
		if err != nil {
			return err
		}
		rep.stage("previous", &t0)
		d, err := delta(old, snap)
		if err != nil {
			return fmt.Errorf("refresh: %w", err)
		}
		rep.stage("compare", &t0)
		if d.Empty() && dbGen != "" && dbGen == meta.Generation && pending == "" {
			gen = dbGen // nothing changed: nothing to write
			rep.Written, rep.Transactions = 0, 0
			return nil
		}
		r.Log.Debug().Int("rows", d.Rows()).Msg("refresh: writing the changes")
		progress := func(done, total int) {
			if r.Progress != nil {
				r.Progress("write", done, total)
			}
		}
		ast, err := r.Loader.ApplyDelta(ctx, d, neo4jstore.ApplyOptions{
			MaxTxRows: r.MaxTxRows,
			Progress:  progress,
			Fence:     ls.Fence,
			Begin: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
				// Several transactions: until Final commits, the database
				// holds part of this pass, and says so.
				return neo4jstore.MarkPending(ctx, tx, gen)
			},
			Final: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
				return neo4jstore.CommitGeneration(ctx, tx, neo4jstore.Commit{Generation: gen,
					ExtractorVersion: pipeline.ExtractorVersion, Fingerprint: eng.Fingerprint(), Articles: analysed.Articles()})
			},
		})
		rep.Written += ast.Rows
		rep.Transactions += ast.Transactions
		return err
	})
	rep.Attempts += attempts
	rep.stage("write", &t0)
	if err != nil {
		return rep, err
	}
	rep.Generation = gen
	r.commit = &committed{generation: gen, snap: snap}

	// The database has the pass: remember it. A failure here only costs
	// the next pass a read of the database.
	if err := eng.Save(context.WithoutCancel(ctx), st, meta, col, analysed, gen, r.Target); err != nil {
		r.Log.Warn().Err(err).Msg("refresh: state not saved; the next pass reads the graph from Neo4j")
	}
	rep.stage("save", &t0)
	if len(rep.Held) > 0 {
		errs := make([]error, len(rep.Held))
		for i, se := range rep.Held {
			errs[i] = se
		}
		return rep, fmt.Errorf("refresh: %d source(s) not refreshed (the others are committed): %w", len(rep.Held), errors.Join(errs...))
	}
	return rep, nil
}

// unknownSourcesError stops a pass before it writes: sources cannot be
// read and the state folder does not know their articles, while the
// database holds a graph that may contain them.
type unknownSourcesError struct{ sources []*pipeline.SourceError }

func (e *unknownSourcesError) Error() string {
	errs := make([]error, len(e.sources))
	for i, se := range e.sources {
		errs[i] = se
	}
	return fmt.Sprintf("refresh: nothing written: %v (the state folder has no record of these sources' articles and Neo4j "+
		"holds a graph, so writing could retract them; make the sources readable, or remove them from the sources)", errors.Join(errs...))
}

func (e *unknownSourcesError) Unwrap() []error {
	errs := make([]error, len(e.sources))
	for i, se := range e.sources {
		errs[i] = se
	}
	return errs
}

// engine returns the Engine of this Refresher, made on the first pass (the
// gazetteer is loaded once) and given the Refresher's current settings on
// every pass.
func (r *Refresher) engine(ctx context.Context) (*pipeline.Engine, error) {
	if r.eng == nil {
		r.eng = &pipeline.Engine{ExtractorVersion: r.extractorVersion}
	}
	e := r.eng
	e.Sources, e.Fetcher, e.GazetteerFiles = r.Sources, r.Fetcher, r.GazetteerFiles
	e.Workers, e.MaxFileBytes, e.Reread = r.Workers, r.MaxFileBytes, r.Reread
	e.MaxRetractFraction, e.AllowMassRetract = r.MaxRetractFraction, r.AllowMassRetract
	e.Progress, e.Log, e.Contribute = r.Progress, r.Log, r.contribute
	if err := e.Prepare(ctx); err != nil {
		return nil, fmt.Errorf("refresh: %w", err)
	}
	return e, nil
}

func (r *Refresher) lockTTL() time.Duration {
	if r.LockTTL <= 0 {
		return DefaultLockTTL
	}
	return r.LockTTL
}

// dbGeneration reads the generation the database last committed ("" for
// none).
func (r *Refresher) dbGeneration(ctx context.Context) (string, error) {
	gen, _, err := r.dbState(ctx)
	return gen, err
}

// dbState reads the generation the database last committed ("" for none)
// and the generation of a pass that wrote some of its transactions but not
// its last ("" for none): the database then holds part of that pass.
func (r *Refresher) dbState(ctx context.Context) (gen, pending string, err error) {
	st, err := r.Loader.ReadRefreshState(ctx)
	return st.Generation, st.Pending, err
}

// previous returns the graph the database holds: the one this process
// committed last when its generation is the database's; else, when the
// state folder's pass is the database's and was analysed with the same
// fingerprint, the assembly of that pass's analyses; else what is read
// from the database (negograph's labels and types only). When a pass was
// abandoned half-way (pending), only the database knows what it holds.
func (r *Refresher) previous(ctx context.Context, meta pipeline.StateMeta, dbGen, pending string, stateGraph func() *graph.Snapshot) (graph.Snapshot, error) {
	if pending != "" {
		r.Log.Warn().Str("pass", pending).Msg("refresh: an earlier pass stopped half-way; reading the graph from Neo4j to complete it")
		snap, err := r.Loader.ReadSnapshot(ctx)
		if err != nil {
			return snap, err
		}
		return snap.Own(), nil
	}
	if dbGen != "" && r.commit != nil && r.commit.generation == dbGen {
		return r.commit.snap, nil
	}
	if dbGen != "" && meta.Generation == dbGen && stateGraph != nil {
		if snap := stateGraph(); snap != nil {
			return *snap, nil
		}
	}
	r.Log.Info().Msg("refresh: reading the current graph from Neo4j")
	snap, err := r.Loader.ReadSnapshot(ctx)
	if err != nil {
		return snap, err
	}
	return snap.Own(), nil
}

func newGeneration() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return time.Now().UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}
