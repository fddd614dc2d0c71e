package refresh

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/internal/pipeline"
	"github.com/negograph/negograph/internal/source"
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
	owner  string
	an     *pipeline.Analyzer
	fp     string
	cache  map[string]*pipeline.Contribution
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
	// Seen is the number of articles read from the sources.
	Seen int
	// New, Changed and Unchanged split Seen by comparison with the last
	// pass; Analyzed is how many were analysed (New and Changed, unless a
	// cached analysis was found).
	New, Changed, Unchanged, Analyzed int
	// Deleted counts the articles of the last pass that are gone.
	Deleted int
	// Duplicates counts articles whose content another article has.
	Duplicates int
	// Failed counts the inputs that could not be read.
	Failed int
	// Held are the sources that were not refreshed (unreadable, or they
	// would have lost too many articles): their articles were kept.
	Held []*SourceError
	// Skipped and Warnings describe failed inputs and ignored metadata or
	// fetch errors with a fallback.
	Skipped  []*source.FileError
	Warnings []error
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
	st, err := openStore(r.StateDir)
	if err != nil {
		return rep, err
	}
	defer st.close()
	meta, err := st.loadMeta()
	if err != nil {
		return rep, err
	}
	if meta.Target != r.Target {
		// Another database: what the state says was committed is not there.
		meta.Generation, meta.Articles = "", nil
		r.commit = nil
	}
	if err := r.ensureAnalyzer(ctx); err != nil {
		return rep, err
	}
	r.loadPacks(st, meta)
	// A new process re-assembles the graph the state says it committed, on
	// another core while the sources are read and the new graph assembled.
	stateGraph := r.assembleState(meta)

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
	prevFiles := meta.Files
	if r.Reread {
		prevFiles = nil
	}
	col, err := r.collect(ctx, st, prevFiles, meta)
	if err != nil {
		return rep, err
	}
	rep.stage("read", &t0)
	rep.Skipped, rep.Warnings, rep.Failed = col.skipped, col.warnings, len(col.skipped)
	rep.Held = append(col.held, col.unknown...)
	for _, se := range rep.Held {
		r.Log.Error().Str("source", se.Source).Int("kept", se.Kept).Err(se.Err).Msg("refresh: source not refreshed; its articles are kept")
	}
	for _, w := range col.warnings {
		r.Log.Warn().Err(w).Msg("refresh: input warning")
	}
	for _, fe := range col.skipped {
		r.Log.Warn().Str("path", fe.Path).Int("line", fe.Line).Err(fe.Err).Msg("skipped input")
	}
	contribs, entries, err := r.analyses(ctx, col.articles, col.keys, meta, rep)
	if err != nil {
		return rep, err
	}
	rep.stage("analyse", &t0)
	g, dups, err := r.an.Assemble(contribs)
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
		if len(col.unknown) > 0 && (dbGen != "" || pending != "") {
			return &unknownSourcesError{col.unknown}
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
					ExtractorVersion: pipeline.ExtractorVersion, Fingerprint: r.fp, Articles: len(entries)})
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
	if err := r.save(context.WithoutCancel(ctx), st, meta, col, contribs, entries, gen); err != nil {
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
type unknownSourcesError struct{ sources []*SourceError }

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

func (r *Refresher) lockTTL() time.Duration {
	if r.LockTTL <= 0 {
		return DefaultLockTTL
	}
	return r.LockTTL
}

// ensureAnalyzer loads the gazetteer once per Refresher.
func (r *Refresher) ensureAnalyzer(ctx context.Context) error {
	if r.an != nil {
		return nil
	}
	gz, err := gazetteer.Default(ctx, r.GazetteerFiles...)
	if err != nil {
		return fmt.Errorf("load gazetteer: %w", err)
	}
	known := gz.Known()
	r.an = pipeline.NewAnalyzer(known)
	version := r.extractorVersion
	if version == "" {
		version = pipeline.ExtractorVersion
	}
	r.fp = pipeline.FingerprintFor(version, known)
	r.cache = map[string]*pipeline.Contribution{}
	return nil
}

// analyses returns every article's analysis in order, analysing on a pool
// of workers those that are neither in memory nor in the state folder.
func (r *Refresher) analyses(ctx context.Context, arts []article.Article, keys []string, meta stateMeta, rep *Report) ([]*pipeline.Contribution, []articleEntry, error) {
	prev := make(map[string]string, len(meta.Articles))
	for _, e := range meta.Articles {
		prev[e.Source] = e.Key
	}
	rep.Seen = len(arts)
	entries := make([]articleEntry, len(arts))
	contribs := make([]*pipeline.Contribution, len(arts))
	var todo []int
	current := map[string]bool{}
	for i, a := range arts {
		key := keys[i]
		if key == "" {
			key = pipeline.InputKey(r.fp, a)
		}
		entries[i] = articleEntry{Source: a.Source, Key: key}
		current[a.Source] = true
		switch old, ok := prev[a.Source]; {
		case !ok:
			rep.New++
		case old != key:
			rep.Changed++
		default:
			rep.Unchanged++
		}
		if c, ok := r.cache[key]; ok {
			contribs[i] = c
			continue
		}
		todo = append(todo, i)
	}
	for src := range prev {
		if !current[src] {
			rep.Deleted++
		}
	}
	rep.Analyzed = len(todo)
	workers := r.workers()
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	crashed := make([]error, len(arts))
	contribute := r.contribute
	if contribute == nil {
		contribute = r.an.Contribute
	}
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				contribs[i], crashed[i] = safeContribute(contribute, arts[i])
				mu.Lock()
				done++
				if r.Progress != nil {
					r.Progress("analyse", done, len(todo))
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for _, i := range todo {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, fmt.Errorf("refresh interrupted while analysing: %w", context.Cause(ctx))
	}
	// An article whose analysis crashed is an error for that article: it
	// keeps its previous analysis when there is one (nothing of it is
	// retracted), else it is left out of this pass; it is analysed again
	// next pass.
	keep := make([]bool, len(arts))
	for i := range keep {
		keep[i] = true
	}
	for _, i := range todo {
		if crashed[i] == nil {
			r.cache[entries[i].Key] = contribs[i]
			continue
		}
		fe := &source.FileError{Path: arts[i].Source, Err: crashed[i]}
		if old, ok := r.cache[prev[arts[i].Source]]; ok {
			contribs[i], entries[i].Key = old, prev[arts[i].Source]
			fe.Err = fmt.Errorf("%w; its previous analysis is kept", crashed[i])
		} else {
			keep[i] = false
			fe.Err = fmt.Errorf("%w; the article is left out of this pass", crashed[i])
		}
		rep.Skipped = append(rep.Skipped, fe)
		rep.Failed++
		r.Log.Error().Str("article", arts[i].Source).Err(crashed[i]).Msg("refresh: analysis failed")
	}
	if rep.Failed > 0 {
		n := 0
		for i := range arts {
			if keep[i] {
				contribs[n], entries[n] = contribs[i], entries[i]
				n++
			}
		}
		contribs, entries = contribs[:n], entries[:n]
	}
	return contribs, entries, nil
}

// safeContribute analyses one article, turning a panic of the analysis
// into an error that names the article, so that one bad article cannot
// stop a long-running serve.
func safeContribute(contribute func(article.Article) *pipeline.Contribution, a article.Article) (c *pipeline.Contribution, err error) {
	defer func() {
		if p := recover(); p != nil {
			c, err = nil, fmt.Errorf("analysis of article %q failed (internal error, please report it): %v", a.Source, p)
		}
	}()
	return contribute(a), nil
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
func (r *Refresher) previous(ctx context.Context, meta stateMeta, dbGen, pending string, stateGraph func() *graph.Snapshot) (graph.Snapshot, error) {
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

// assembleState starts assembling the graph of the state folder's last
// pass when this process did not commit one itself and every analysis of
// that pass is at hand with the same fingerprint; the channel gives the
// graph, or nil when it cannot be made. It returns nil when there is
// nothing to assemble; the function it returns waits for the result and can
// be called again.
func (r *Refresher) assembleState(meta stateMeta) func() *graph.Snapshot {
	if r.commit != nil || meta.Generation == "" || meta.Fingerprint != r.fp {
		return nil
	}
	old := make([]*pipeline.Contribution, 0, len(meta.Articles))
	for _, e := range meta.Articles {
		c, ok := r.cache[e.Key]
		if !ok {
			return nil
		}
		old = append(old, c)
	}
	out := make(chan *graph.Snapshot, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				r.Log.Error().Interface("panic", p).Msg("refresh: assembling the state's graph failed; the graph is read from Neo4j")
				out <- nil
			}
		}()
		g, _, err := r.an.Assemble(old)
		if err != nil {
			out <- nil
			return
		}
		snap := g.Snapshot()
		out <- &snap
	}()
	return sync.OnceValue(func() *graph.Snapshot { return <-out })
}

// loadPacks reads into memory the analyses of the state folder that this
// process does not hold yet (a new process: the first pass).
func (r *Refresher) loadPacks(st *store, meta stateMeta) {
	need := map[string]bool{}
	for key, pack := range meta.Packs {
		if _, ok := r.cache[key]; !ok {
			need[pack] = true
		}
	}
	for pack := range need {
		list, err := st.loadPack(pack)
		if err != nil {
			r.Log.Warn().Err(err).Msg("refresh: cached analyses unreadable; they are made again")
			continue
		}
		for _, k := range list {
			if meta.Packs[k.Key] == pack {
				r.cache[k.Key] = k.Contribution
			}
		}
	}
}

// maxPacks is the number of pack files beyond which save compacts them.
const maxPacks = 16

// save records a committed pass in the state folder: the analyses made in
// this pass go to a new pack (all live ones to one pack when there are too
// many packs or too many dead analyses in them), then state.json.
func (r *Refresher) save(ctx context.Context, st *store, meta stateMeta, col *collected, contribs []*pipeline.Contribution,
	entries []articleEntry, gen string) error {
	live := make(map[string]*pipeline.Contribution, len(entries))
	for i, e := range entries {
		live[e.Key] = contribs[i]
	}
	packs := map[string]string{}
	var fresh []pipeline.Keyed
	liveIn := map[string]int{}
	for _, e := range entries {
		if _, done := packs[e.Key]; done {
			continue
		}
		if p, ok := meta.Packs[e.Key]; ok {
			packs[e.Key] = p
			liveIn[p]++
			continue
		}
		packs[e.Key] = ""
		fresh = append(fresh, pipeline.Keyed{Key: e.Key, Contribution: live[e.Key]})
	}
	total := map[string]int{}
	for _, p := range meta.Packs {
		total[p]++
	}
	dead := 0
	for p, n := range total {
		dead += n - liveIn[p]
	}
	name := "pack-" + gen + ".gob"
	if len(total)+1 > maxPacks || dead > len(packs)/2 {
		// Compact: every live analysis in one new pack.
		fresh = fresh[:0]
		for _, e := range entries {
			if packs[e.Key] != name {
				packs[e.Key] = name
				fresh = append(fresh, pipeline.Keyed{Key: e.Key, Contribution: live[e.Key]})
			}
		}
	} else {
		for _, k := range fresh {
			packs[k.Key] = name
		}
	}
	if len(fresh) > 0 {
		if err := st.savePack(ctx, name, fresh); err != nil {
			return err
		}
	}
	for url, a := range col.fetched {
		if err := st.saveWeb(ctx, col.web[url].File, a); err != nil {
			return err
		}
	}
	for url, e := range meta.Web {
		if _, ok := col.web[url]; !ok {
			if err := st.removeWeb(e.File); err != nil {
				return err
			}
		}
	}
	m := stateMeta{Version: stateVersion, Generation: gen, Target: r.Target, Fingerprint: r.fp,
		Articles: entries, Web: col.web, Packs: packs, Files: col.files}
	if err := st.saveMeta(ctx, m); err != nil {
		return err
	}
	// Forget analyses no article uses any more, in memory and on disk.
	for k := range r.cache {
		if _, ok := live[k]; !ok {
			delete(r.cache, k)
		}
	}
	keep := map[string]bool{}
	for _, p := range packs {
		keep[p] = true
	}
	return st.removePacks(keep)
}

func newGeneration() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return time.Now().UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

// workers is the number of goroutines that read and analyse articles.
func (r *Refresher) workers() int {
	if r.Workers > 0 {
		return r.Workers
	}
	return runtime.NumCPU()
}
