// Package bench measures negograph on a corpus: extraction speed per core
// and on all cores with peak memory, and Neo4j load speed for the batched
// loader, a one-row-per-transaction loader and LOAD CSV of the CSV export,
// side by side on the same server. `negograph bench` prints its results.
package bench

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/export"
	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/pipeline"
)

// Extraction is the speed of the analysis.
type Extraction struct {
	Articles int     `json:"articles"`
	MB       float64 `json:"text_mb"`
	// OneCore is the analysis alone (texts already read) on one goroutine.
	OneCoreSeconds    float64 `json:"one_core_seconds"`
	OneCoreMBps       float64 `json:"one_core_mb_per_s"`
	OneCoreArticlesps float64 `json:"one_core_articles_per_s"`
	// AllCores is the analysis alone on Workers goroutines.
	AllCoresSeconds     float64 `json:"all_cores_seconds"`
	AllCoresMBps        float64 `json:"all_cores_mb_per_s"`
	AllCoresArticlesps  float64 `json:"all_cores_articles_per_s"`
	BuildSeconds        float64 `json:"build_seconds"`
	BuildMBps           float64 `json:"build_mb_per_s"`
	BuildArticlesps     float64 `json:"build_articles_per_s"`
	Workers             int     `json:"workers"`
	Nodes               int     `json:"nodes"`
	Relationships       int     `json:"relationships"`
	PeakRSSMB           float64 `json:"peak_rss_mb"`
	HeapAfterBuildMB    float64 `json:"heap_after_build_mb"`
	PerCoreAllCoresMBps float64 `json:"build_mb_per_s_per_core"`
}

// MeasureExtraction reads the corpus, analyses every article on one
// goroutine and then on workers goroutines (0: one per CPU), then runs the
// whole build (read, analyse, merge) with that many workers and returns
// the figures and the graph.
func MeasureExtraction(ctx context.Context, paths []string, workers int) (Extraction, *graph.Graph, error) {
	var ex Extraction
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	// The stages of the build, one at a time: read once, then analyse the
	// same articles on one worker and on all, each Engine with an empty
	// cache (its gazetteer loaded before the clock starts).
	engine := func(n int) (*pipeline.Engine, error) {
		e := &pipeline.Engine{Sources: pipeline.Sources{Paths: paths}, Workers: n, Log: zerolog.Nop()}
		return e, e.Prepare(ctx)
	}
	reader, err := engine(workers)
	if err != nil {
		return ex, nil, err
	}
	col, err := reader.Collect(ctx, nil, pipeline.StateMeta{})
	if err != nil {
		return ex, nil, err
	}
	ex.Articles, ex.MB = col.Len(), float64(col.TextBytes())/1e6
	one, err := engine(1)
	if err != nil {
		return ex, nil, err
	}
	t0 := time.Now()
	if _, err := one.Analyse(ctx, col, pipeline.StateMeta{}, &pipeline.Stats{}); err != nil {
		return ex, nil, err
	}
	d := time.Since(t0).Seconds()
	ex.OneCoreSeconds, ex.OneCoreMBps, ex.OneCoreArticlesps = d, ex.MB/d, float64(ex.Articles)/d
	one = nil

	ex.Workers = workers
	all, err := engine(workers)
	if err != nil {
		return ex, nil, err
	}
	t0 = time.Now()
	if _, err := all.Analyse(ctx, col, pipeline.StateMeta{}, &pipeline.Stats{}); err != nil {
		return ex, nil, err
	}
	d = time.Since(t0).Seconds()
	ex.AllCoresSeconds, ex.AllCoresMBps, ex.AllCoresArticlesps = d, ex.MB/d, float64(ex.Articles)/d
	all, col = nil, nil
	runtime.GC()

	t0 = time.Now()
	res, err := pipeline.Build(ctx, pipeline.Options{Paths: paths, Workers: workers, Log: zerolog.Nop()})
	if err != nil {
		return ex, nil, err
	}
	d = time.Since(t0).Seconds()
	ex.BuildSeconds, ex.BuildMBps, ex.BuildArticlesps = d, ex.MB/d, float64(res.Articles)/d
	ex.PerCoreAllCoresMBps = ex.BuildMBps / float64(min(workers, runtime.NumCPU()))
	ex.Nodes, ex.Relationships = res.Graph.Len()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	ex.HeapAfterBuildMB = float64(ms.HeapInuse) / 1e6
	ex.PeakRSSMB = PeakRSSMB()
	return ex, res.Graph, nil
}

// PeakRSSMB is the process's peak resident memory in MB (getrusage).
func PeakRSSMB() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) * 1024 / 1e6 // Linux reports KiB
}

// Load is the speed of one way of loading.
type Load struct {
	Method        string  `json:"method"`
	Nodes         int     `json:"nodes"`
	Relationships int     `json:"relationships"`
	Seconds       float64 `json:"seconds"`
	RowsPerSecond float64 `json:"rows_per_s"`
	RelsPerSecond float64 `json:"relationships_per_s"`
	Note          string  `json:"note,omitempty"`
}

// ErrNotEmpty is returned when the database bench would load into already
// holds data: its loads start from an empty database, so it would have to
// delete that data.
var ErrNotEmpty = errors.New("the database is not empty")

// PrepareDatabase checks that the database bench loads into is empty. When
// it is not, it deletes everything in it if wipe is set, and otherwise
// returns an error wrapping ErrNotEmpty that says how many nodes it holds.
// Call it before MeasureLoads (and before the long extraction measure, so
// that a wrong database is refused at once).
func PrepareDatabase(ctx context.Context, driver neo4j.DriverWithContext, db string, wipe bool) error {
	l := &neo4jstore.Loader{Driver: driver, Database: db, Log: zerolog.Nop()}
	n, err := l.NodeCount(ctx)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if n == 0 {
		return nil
	}
	if !wipe {
		return fmt.Errorf("bench: %w: database %q holds %d node(s), and bench would delete them", ErrNotEmpty, db, n)
	}
	if err := l.Wipe(ctx); err != nil {
		return fmt.Errorf("bench: empty the database: %w", err)
	}
	return nil
}

// Sample is a connected part of s: relationships in order with their end
// nodes, until it has n nodes.
func Sample(s graph.Snapshot, n int) graph.Snapshot {
	out := graph.Snapshot{Nodes: []*graph.Node{}, Relationships: []*graph.Relationship{}}
	byID := make(map[string]*graph.Node, len(s.Nodes))
	for _, x := range s.Nodes {
		byID[x.ID] = x
	}
	keep := map[string]bool{}
	for _, r := range s.Relationships {
		if len(keep) >= n && !(keep[r.Start] && keep[r.End]) {
			continue
		}
		for _, id := range []string{r.Start, r.End} {
			if !keep[id] {
				keep[id] = true
				out.Nodes = append(out.Nodes, byID[id])
			}
		}
		out.Relationships = append(out.Relationships, r)
	}
	return out
}

// serveCSV writes the CSV export of s into dir, quoted for LOAD CSV on a
// server with the default settings, and serves it on loopback.
func serveCSV(ctx context.Context, dir string, s graph.Snapshot) ([]neo4jstore.CSVSource, func(), error) {
	files, err := export.WriteCSV(ctx, dir, s, export.QuoteBackslash)
	if err != nil {
		return nil, nil, err
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	var srcs []neo4jstore.CSVSource
	for _, f := range files {
		srcs = append(srcs, neo4jstore.CSVSource{URL: srv.URL + "/" + filepath.Base(f.Path), Header: f.Header,
			Label: f.Label, Type: f.Type, StartLabel: f.StartLabel, EndLabel: f.EndLabel})
	}
	return srcs, srv.Close, nil
}

func rate(method string, nodes, rels int, d time.Duration, note string) Load {
	sec := d.Seconds()
	return Load{Method: method, Nodes: nodes, Relationships: rels, Seconds: sec,
		RowsPerSecond: float64(nodes+rels) / sec, RelsPerSecond: float64(rels) / sec, Note: note}
}

// MeasureLoads loads s into an empty database three ways — the batched
// loader (batch rows per transaction, writers transactions at once, and
// also one at a time when writers > 1), the same loader with one row per
// transaction on a sample of sampleNodes nodes, and LOAD CSV of the CSV
// export served on loopback — each after deleting what the one before
// loaded and applying the schema, and returns their speeds. The database
// must be empty when it starts (PrepareDatabase); otherwise it returns an
// error wrapping ErrNotEmpty and touches nothing. The graph of the last
// load stays in the database.
func MeasureLoads(ctx context.Context, driver neo4j.DriverWithContext, db string, s graph.Snapshot, batch, writers, sampleNodes int, tmp string) ([]Load, error) {
	var out []Load
	if err := PrepareDatabase(ctx, driver, db, false); err != nil {
		return nil, err
	}
	l := &neo4jstore.Loader{Driver: driver, Database: db, BatchSize: batch, Writers: writers, Log: zerolog.Nop()}
	prep := func() error {
		// The database held nothing before MeasureLoads: all of it is
		// what the previous load wrote.
		if err := l.Wipe(ctx); err != nil {
			return fmt.Errorf("bench: delete the previous load: %w", err)
		}
		return l.ApplySchema(ctx)
	}
	sample := Sample(s, sampleNodes)
	// Warm the server up (query plans, JIT) with each method on the
	// sample, so that the first method measured is not the one that pays.
	dir := filepath.Join(tmp, "csv")
	srcs, stop, err := serveCSV(ctx, dir+"-warm", sample)
	if err != nil {
		return nil, err
	}
	for _, warm := range []func() error{
		func() error { _, err := l.Load(ctx, sample); return err },
		func() error { _, err := l.LoadCSV(ctx, srcs, export.ArrayDelimiter); return err },
	} {
		if err := prep(); err != nil {
			stop()
			return nil, err
		}
		if err := warm(); err != nil {
			stop()
			return nil, fmt.Errorf("bench: warm-up: %w", err)
		}
	}
	stop()

	loaders := []*neo4jstore.Loader{l}
	if writers > 1 {
		serial := *l
		serial.Writers = 1
		loaders = append(loaders, &serial)
	}
	for _, bl := range loaders {
		if err := prep(); err != nil {
			return nil, err
		}
		t0 := time.Now()
		st, err := bl.Load(ctx, s)
		if err != nil {
			return nil, fmt.Errorf("bench: batched load: %w", err)
		}
		out = append(out, rate(fmt.Sprintf("batched UNWIND MERGE, %d rows per transaction, %d at once", bl.BatchSize, max(bl.Writers, 1)),
			st.Nodes, st.Relationships, time.Since(t0), ""))
	}

	if err := prep(); err != nil {
		return nil, err
	}
	one := &neo4jstore.Loader{Driver: driver, Database: db, BatchSize: 1, Log: zerolog.Nop()}
	t0 := time.Now()
	st, err := one.Load(ctx, sample)
	if err != nil {
		return nil, fmt.Errorf("bench: one-row load: %w", err)
	}
	note := ""
	if len(sample.Nodes) < len(s.Nodes) {
		note = fmt.Sprintf("on a sample of %d nodes and %d relationships", len(sample.Nodes), len(sample.Relationships))
	}
	out = append(out, rate("one row per transaction (same queries)", st.Nodes, st.Relationships, time.Since(t0), note))

	if err := prep(); err != nil {
		return nil, err
	}
	srcs, stop, err = serveCSV(ctx, dir, s)
	if err != nil {
		return nil, err
	}
	defer stop()
	t0 = time.Now()
	if _, err := l.LoadCSV(ctx, srcs, export.ArrayDelimiter); err != nil {
		return nil, fmt.Errorf("bench: LOAD CSV: %w", err)
	}
	out = append(out, rate(fmt.Sprintf("LOAD CSV of the CSV export, %d rows per transaction", l.BatchSize), len(s.Nodes), len(s.Relationships), time.Since(t0), "CSV written beforehand, served over loopback HTTP"))
	return out, nil
}
