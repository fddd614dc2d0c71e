package pipeline

import (
	"context"
	"fmt"
	"path"
	"runtime"
	"strings"
	"sync"

	"github.com/rs/zerolog"
	"golang.org/x/sync/errgroup"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/internal/source"
)

// Engine runs the stages every command shares — sources → articles
// (Collect) → analysis (Analyse, one pool and one cache keyed by content
// hash and extractor fingerprint) → assemble (Assemble) — and keeps the
// incremental state between runs (Save). A build is a run with no previous
// state (Build); a refresh runs the same stages against the state of its
// last committed pass and then writes the difference to Neo4j. Set the
// fields, then call the stages; the gazetteer is loaded once per Engine.
type Engine struct {
	// Sources are what is read: files and folders, pages, URL lists and
	// feeds.
	Sources Sources
	// Fetcher fetches pages and feeds (needed when Sources has any).
	Fetcher Fetcher
	// GazetteerFiles are the user's gazetteer files added to the shipped
	// one.
	GazetteerFiles []string
	// Workers read and analyse articles (0: one per CPU).
	Workers int
	// MaxFileBytes bounds one input file (0: the source default).
	MaxFileBytes int64
	// Reread reads every file even when its size, modification time and
	// manifest entry are the ones of the last run.
	Reread bool
	// MaxRetractFraction is the largest share of one source's articles a
	// run may drop compared with the state's last run (0:
	// DefaultMaxRetractFraction); a source that would lose more, or that
	// cannot be read at all, is held as it was (see SourceError).
	MaxRetractFraction float64
	// AllowMassRetract lifts the MaxRetractFraction bound.
	AllowMassRetract bool
	// Progress, when set, is told how far a long stage is ("read",
	// "analyse", then the caller's own stages); total is 0 when unknown.
	// It is called from one goroutine at a time. A build analyses while
	// it reads, and reports "read" only.
	Progress func(stage string, done, total int)
	// Log receives warnings and debug lines.
	Log zerolog.Logger
	// Contribute, when set, replaces the analysis of one article (tests
	// use it to make an analysis fail).
	Contribute func(article.Article) *Contribution
	// ExtractorVersion, when set, replaces the package's ExtractorVersion
	// in the fingerprint (tests use it to simulate an upgrade).
	ExtractorVersion string
	// Spill says whether Build writes the mention lists and the meeting
	// facts' evidence of its analyses to a temporary folder while it
	// reads, and reads them back when it emits the rounds and adds the
	// MENTIONS (spill.go, spill_evidence.go, docs/SCALE.md): by default
	// (SpillAuto) those of the articles after the first SpillAfter.
	Spill SpillMode
	// SpillDir is the folder the spill's temporary folder is made in (""
	// for the OS temp dir); the temporary folder is removed at the end.
	SpillDir string

	an    *Analyzer
	fp    string
	cache map[string]*Contribution
	// spillAfter, when above zero, replaces SpillAfter (tests).
	spillAfter int
}

// Stats are what the read and analysis stages of one run did.
type Stats struct {
	// Seen is the number of articles read from the sources.
	Seen int
	// New, Changed and Unchanged split Seen by comparison with the state's
	// last run; Analyzed is how many were analysed (the others came from
	// the cache).
	New, Changed, Unchanged, Analyzed int
	// Deleted counts the articles of the last run that are gone.
	Deleted int
	// Duplicates counts articles whose content another article has.
	Duplicates int
	// Failed counts the inputs that could not be read or analysed.
	Failed int
	// Held are the sources that were not read afresh (unreadable, or they
	// would have lost too many articles): their articles were kept.
	Held []*SourceError
	// Skipped and Warnings describe failed inputs and ignored metadata or
	// fetch errors with a fallback.
	Skipped  []*source.FileError
	Warnings []error
}

// Analysed is the outcome of the analysis stage: every article's
// analysis, in assembly order.
type Analysed struct {
	// Contributions are the analyses, in the order the articles were read.
	Contributions []*Contribution
	entries       []articleEntry
	// index[i] is the position in the Collected of Contributions[i] (an
	// article whose analysis failed is left out).
	index []int
}

// Prepare loads the gazetteer and computes the fingerprint of the
// analyses, once per Engine.
func (en *Engine) Prepare(ctx context.Context) error {
	return en.ensureAnalyzer(ctx)
}

// Fingerprint is the fingerprint of this Engine's analyses (extractor
// version and gazetteer); "" before Prepare.
func (en *Engine) Fingerprint() string { return en.fp }

// Assemble merges the analyses into one graph, as a build of the same
// articles would; duplicates counts the articles whose content was
// already there.
func (en *Engine) Assemble(an *Analysed) (g *graph.Graph, duplicates int, err error) {
	return en.an.Assemble(an.Contributions)
}

// Build runs every stage with no previous state: it reads the sources,
// analyses each article (once per distinct content) and assembles the
// graph. Inputs that cannot be read are in Result.Skipped; a source that
// cannot be read at all is one of them.
func (en *Engine) Build(ctx context.Context) (*Result, error) {
	if err := en.Prepare(ctx); err != nil {
		return nil, err
	}
	meta := StateMeta{}
	// The articles are analysed while they are read, and their texts
	// dropped: a build holds the analyses, not the corpus.
	stream := en.newStream(ctx)
	var sp *spill
	switch en.Spill {
	case SpillOn:
		sp = newSpill(en.SpillDir)
	case SpillAuto:
		sp, stream.spillFrom = newSpill(en.SpillDir), SpillAfter
		if en.spillAfter > 0 {
			stream.spillFrom = en.spillAfter
		}
	}
	stream.spill = sp
	defer func() {
		if err := sp.remove(); err != nil {
			en.Log.Warn().Err(err).Msg("build: spilling the analyses' mention lists and facts' evidence to disk (what could not be written was held in memory)")
		}
	}()
	col, err := en.collect(ctx, nil, meta, stream)
	if err != nil {
		return nil, err
	}
	var st Stats
	col.Report(&st)
	st.Skipped = append(st.Skipped, col.rootErrs...)
	an, err := en.Analyse(ctx, col, meta, &st)
	if err != nil {
		return nil, err
	}
	// The analyses of a build are its own (no cache holds them): the
	// builder uses them up instead of copying.
	g, dups, err := en.an.assembleSpilled(ctx, an.Contributions, true, sp)
	if err != nil {
		return nil, err
	}
	if n, size, ev := sp.written(); n > 0 || ev > 0 {
		en.Log.Debug().Int("analyses", n).Int64("bytes", size).Int64("evidence_bytes", ev).Msg("build: mention lists and facts' evidence spilled to disk and read back")
	}
	return &Result{Graph: g, Articles: len(an.Contributions) - dups, Duplicates: dups, Skipped: st.Skipped,
		Warnings: st.Warnings}, nil
}

// Report copies what reading gave into st: skipped inputs, warnings, and
// the held and unknown sources.
func (c *Collected) Report(st *Stats) {
	st.Skipped = append(st.Skipped, c.skipped...)
	st.Warnings = append(st.Warnings, c.warnings...)
	st.Failed += len(c.skipped)
	st.Held = append(st.Held, c.held...)
	st.Held = append(st.Held, c.unknown...)
}

// Len is the number of articles read.
func (c *Collected) Len() int { return len(c.articles) }

// TextBytes is the size of the articles' texts, in bytes.
func (c *Collected) TextBytes() int {
	n := 0
	for _, a := range c.articles {
		n += len(a.Text)
	}
	return n
}

// Unknown are the sources that cannot be read and of which the state
// knows nothing (a lost state folder, or a first run).
func (c *Collected) Unknown() []*SourceError { return c.unknown }

// Articles is the number of articles in the analysis.
func (a *Analysed) Articles() int { return len(a.entries) }

// ensureAnalyzer loads the gazetteer once per Refresher.
func (en *Engine) ensureAnalyzer(ctx context.Context) error {
	if en.an != nil {
		return nil
	}
	gz, err := gazetteer.Default(ctx, en.GazetteerFiles...)
	if err != nil {
		return fmt.Errorf("load gazetteer: %w", err)
	}
	known := gz.Known()
	en.an = NewAnalyzer(known)
	version := en.ExtractorVersion
	if version == "" {
		version = ExtractorVersion
	}
	en.fp = FingerprintFor(version, known)
	en.cache = map[string]*Contribution{}
	return nil
}

// Analyse is the analysis stage: it returns every collected article's
// analysis in order, analysing on a pool of workers those that are not in
// the cache (keyed by content hash and fingerprint) and counting into rep.
// meta is the state of the last run (zero for a build): an article whose
// analysis fails keeps its previous analysis when there is one, else it
// is left out, and is named in rep.Skipped either way.
func (en *Engine) Analyse(ctx context.Context, col *Collected, meta StateMeta, rep *Stats) (*Analysed, error) {
	arts, keys := col.articles, col.keys
	prev := make(map[string]string, len(meta.Articles))
	for _, e := range meta.Articles {
		prev[e.Source] = e.Key
	}
	rep.Seen = len(arts)
	entries := make([]articleEntry, len(arts))
	contribs := make([]*Contribution, len(arts))
	var todo []int
	current := map[string]bool{}
	for i, a := range arts {
		key := keys[i]
		if key == "" {
			key = InputKey(en.fp, a)
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
		if c, ok := en.cache[key]; ok {
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
	var mu sync.Mutex
	done := 0
	crashed := make([]error, len(arts))
	contribute := en.Contribute
	if contribute == nil {
		contribute = en.an.Contribute
	}
	if col.stream != nil {
		col.stream.wait()
	}
	var g errgroup.Group
	g.SetLimit(en.workers())
	for _, i := range todo {
		if ctx.Err() != nil {
			break
		}
		if p, ok := col.stream.analysed(entries[i].Key); ok {
			contribs[i], crashed[i] = p.c, p.err // analysed while read
			continue
		}
		g.Go(func() error {
			contribs[i], crashed[i] = safeContribute(contribute, arts[i])
			mu.Lock()
			done++
			if en.Progress != nil {
				en.Progress("analyse", done, len(todo))
			}
			mu.Unlock()
			return nil
		})
	}
	_ = g.Wait() // the workers return no error: failures are per article
	// The analyses made while reading are now in contribs: the stream
	// lets go of them, so that an assembly that uses them up frees them.
	col.stream.release()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("interrupted while analysing: %w", context.Cause(ctx))
	}
	// An article whose analysis crashed is an error for that article: it
	// keeps its previous analysis when there is one (nothing of it is
	// retracted), else it is left out of this pass; it is analysed again
	// next pass.
	keep := make([]bool, len(arts))
	for i := range keep {
		keep[i] = true
	}
	failed := 0
	for _, i := range todo {
		if crashed[i] == nil {
			if col.stream == nil { // a build (streamed) keeps no cache: its analyses are freed once assembled
				en.cache[entries[i].Key] = contribs[i]
			}
			continue
		}
		fe := &source.FileError{Path: arts[i].Source, Err: crashed[i]}
		if old, ok := en.cache[prev[arts[i].Source]]; ok {
			contribs[i], entries[i].Key = old, prev[arts[i].Source]
			fe.Err = fmt.Errorf("%w; its previous analysis is kept", crashed[i])
		} else {
			keep[i] = false
			fe.Err = fmt.Errorf("%w; the article is left out of this pass", crashed[i])
		}
		rep.Skipped = append(rep.Skipped, fe)
		rep.Failed++
		failed++
		en.Log.Error().Str("article", arts[i].Source).Err(crashed[i]).Msg("analysis failed")
	}
	index := make([]int, len(arts))
	for i := range index {
		index[i] = i
	}
	if failed > 0 {
		n := 0
		for i := range arts {
			if keep[i] {
				contribs[n], entries[n], index[n] = contribs[i], entries[i], i
				n++
			}
		}
		contribs, entries, index = contribs[:n], entries[:n], index[:n]
	}
	return &Analysed{Contributions: contribs, entries: entries, index: index}, nil
}

// safeContribute analyses one article, turning a panic of the analysis
// into an error that names the article, so that one bad article cannot
// stop a long-running serve.
func safeContribute(contribute func(article.Article) *Contribution, a article.Article) (c *Contribution, err error) {
	defer func() {
		if p := recover(); p != nil {
			c, err = nil, fmt.Errorf("analysis of article %q failed (internal error, please report it with the article): %v%s", a.Source, p, panicSite())
		}
	}()
	return contribute(a), nil
}

// panicSite returns " at DIR/FILE:LINE" for the frame that panicked,
// called from the deferred function that recovered: the first frame of the
// panicking goroutine's stack outside the runtime, or "" when none is found.
func panicSite() string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(3, pcs) // skip Callers, panicSite and the deferred function
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if f.Function != "" && !strings.HasPrefix(f.Function, "runtime.") {
			file := path.Join(path.Base(path.Dir(f.File)), path.Base(f.File))
			return fmt.Sprintf(" at %s:%d", file, f.Line)
		}
		if !more {
			return ""
		}
	}
}

// AssembleState starts assembling the graph of the state folder's last
// pass when every analysis of
// that pass is at hand with the same fingerprint; the channel gives the
// graph, or nil when it cannot be made. It returns nil when there is
// nothing to assemble; the function it returns waits for the result and can
// be called again.
func (en *Engine) AssembleState(meta StateMeta) func() *graph.Snapshot {
	if meta.Generation == "" || meta.Fingerprint != en.fp {
		return nil
	}
	old := make([]*Contribution, 0, len(meta.Articles))
	for _, e := range meta.Articles {
		c, ok := en.cache[e.Key]
		if !ok {
			return nil
		}
		old = append(old, c)
	}
	out := make(chan *graph.Snapshot, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				en.Log.Error().Interface("panic", p).Msg("refresh: assembling the state's graph failed; the graph is read from Neo4j")
				out <- nil
			}
		}()
		g, _, err := en.an.Assemble(old)
		if err != nil {
			out <- nil
			return
		}
		snap := g.Snapshot()
		out <- &snap
	}()
	return sync.OnceValue(func() *graph.Snapshot { return <-out })
}

// LoadCache reads into memory the analyses of the state folder that this
// process does not hold yet (a new process: the first pass).
func (en *Engine) LoadCache(st *State, meta StateMeta) {
	need := map[string]bool{}
	for key, pack := range meta.Packs {
		if _, ok := en.cache[key]; !ok {
			need[pack] = true
		}
	}
	for pack := range need {
		list, err := st.loadPack(pack)
		if err != nil {
			en.Log.Warn().Err(err).Msg("refresh: cached analyses unreadable; they are made again")
			continue
		}
		for _, k := range list {
			if meta.Packs[k.Key] == pack {
				en.cache[k.Key] = k.Contribution
			}
		}
	}
}

// maxPacks is the number of pack files beyond which save compacts them.
const maxPacks = 16

// Save records a committed pass in the state folder: the analyses made in
// this pass go to a new pack (all live ones to one pack when there are too
// many packs or too many dead analyses in them), then the state's meta (a
// record appended to its journal, or a new state.json).
func (en *Engine) Save(ctx context.Context, st *State, meta StateMeta, col *Collected, an *Analysed, gen, target string) error {
	contribs, entries := an.Contributions, an.entries
	live := make(map[string]*Contribution, len(entries))
	for i, e := range entries {
		live[e.Key] = contribs[i]
	}
	packs := map[string]string{}
	var fresh []Keyed
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
		fresh = append(fresh, Keyed{Key: e.Key, Contribution: live[e.Key]})
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
				fresh = append(fresh, Keyed{Key: e.Key, Contribution: live[e.Key]})
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
	m := StateMeta{Version: stateVersion, Generation: gen, Target: target, Fingerprint: en.fp,
		Articles: entries, Web: col.web, Packs: packs, Files: col.files}
	if err := st.commitMeta(ctx, m); err != nil {
		return err
	}
	// Forget analyses no article uses any more, in memory and on disk.
	for k := range en.cache {
		if _, ok := live[k]; !ok {
			delete(en.cache, k)
		}
	}
	keep := map[string]bool{}
	for _, p := range packs {
		keep[p] = true
	}
	return st.removePacks(keep)
}

// workers is the number of goroutines that read and analyse articles.
func (en *Engine) workers() int {
	if en.Workers > 0 {
		return en.Workers
	}
	return runtime.NumCPU()
}

// Analyzer is the Engine's analyser (nil before Prepare).
func (en *Engine) Analyzer() *Analyzer { return en.an }
