package neo4jstore_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/export"
	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/schema"
)

// comparisonGraph is sampleGraph with hostile text (quotes, separators,
// line breaks, backslashes, Arabic punctuation) and a few hundred more
// people, so that every loader writes several batches of every kind.
func comparisonGraph(t testing.TB) graph.Snapshot {
	t.Helper()
	g := neo4jstore.SampleGraph(t)
	hostile := []string{`قال "نعم", ثم غادر`, "سطر أول\nسطر ثان\r\nسطر ثالث", `C:\مسار\`, `ينتهي بشرطة مائلة\`,
		`\"مهرب\"`, "فاصلة; منقوطة؛ عربية", "جدولة\tهنا", "'مفرد'", `{"json": [1]}`, "  فراغات  ", "``علامات``"}
	for i, h := range hostile {
		id := fmt.Sprintf("person:hostile-%02d", i)
		if _, err := g.AddNode(id, schema.LabelPerson, map[string]any{"name": h, "aliases": []string{h, "عادي", h + "،"}, "confidence": 0.1 * float64(i+1)}); err != nil {
			t.Fatal(err)
		}
		if _, err := g.AddRel(schema.RelParticipatedIn, id, "meeting:2", map[string]any{"evidence": []string{h}, "role": h}); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 300 {
		id := fmt.Sprintf("person:p%03d", i)
		if _, err := g.AddNode(id, schema.LabelPerson, map[string]any{"name_ar": fmt.Sprintf("شخص رقم %d", i), "count": int64(i)}); err != nil {
			t.Fatal(err)
		}
		if _, err := g.AddRel(schema.RelParticipatedIn, id, fmt.Sprintf("meeting:%d", 1+i%2), map[string]any{"confidence": float64(i) / 300, "sources": []string{"article:1", fmt.Sprintf("article:%d", i)}}); err != nil {
			t.Fatal(err)
		}
	}
	return g.Snapshot()
}

// TestLoadersGiveTheSameGraph loads one snapshot with the loaders
// `negograph bench` compares — batched UNWIND (one and several transactions
// at once), one row per transaction, and
// LOAD CSV of the CSV export served over loopback HTTP — each into an empty
// database: what ReadSnapshot reads back is the source every time.
func TestLoadersGiveTheSameGraph(t *testing.T) {
	s := comparisonGraph(t)
	want := neo4jstore.Expected(t, s)
	nodes, rels := len(s.Nodes), len(s.Relationships)
	tests := []struct {
		name string
		load func(ctx context.Context, t *testing.T, l *neo4jstore.Loader) (neo4jstore.Stats, error)
		// batches is the number of transactions (or LOAD CSV statements) expected.
		batches func(st neo4jstore.Stats) bool
	}{
		{"batched", func(ctx context.Context, _ *testing.T, l *neo4jstore.Loader) (neo4jstore.Stats, error) {
			l.BatchSize = 100
			return l.Load(ctx, s)
		}, func(st neo4jstore.Stats) bool { return st.Batches > 4 && st.Batches < nodes+rels }},
		{"batched, 3 writers", func(ctx context.Context, _ *testing.T, l *neo4jstore.Loader) (neo4jstore.Stats, error) {
			l.BatchSize, l.Writers = 50, 3
			return l.Load(ctx, s)
		}, func(st neo4jstore.Stats) bool { return st.Batches > 8 && st.Batches < nodes+rels }},
		{"one row per transaction", func(ctx context.Context, _ *testing.T, l *neo4jstore.Loader) (neo4jstore.Stats, error) {
			l.BatchSize = 1
			return l.Load(ctx, s)
		}, func(st neo4jstore.Stats) bool { return st.Batches == nodes+rels }},
		{"LOAD CSV", func(ctx context.Context, t *testing.T, l *neo4jstore.Loader) (neo4jstore.Stats, error) {
			dir := t.TempDir()
			files, err := export.WriteCSV(ctx, dir, s, export.QuoteBackslash)
			if err != nil {
				return neo4jstore.Stats{}, err
			}
			srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
			defer srv.Close()
			var srcs []neo4jstore.CSVSource
			for _, f := range files {
				srcs = append(srcs, neo4jstore.CSVSource{URL: srv.URL + "/" + filepath.Base(f.Path), Header: f.Header,
					Label: f.Label, Type: f.Type, StartLabel: f.StartLabel, EndLabel: f.EndLabel})
			}
			l.BatchSize = 100
			if err := l.ApplySchema(ctx); err != nil {
				return neo4jstore.Stats{}, err
			}
			return l.LoadCSV(ctx, srcs, export.ArrayDelimiter)
		}, func(st neo4jstore.Stats) bool { return st.Batches > 4 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := neo4jstore.OpenLoader(t)
			ctx := neo4jstore.Context(t)
			st, err := tc.load(ctx, t, l)
			if err != nil {
				t.Fatal(err)
			}
			if st.Nodes != nodes || st.Relationships != rels || !tc.batches(st) {
				t.Errorf("stats %+v for %d nodes and %d relationships", st, nodes, rels)
			}
			got, err := l.ReadSnapshot(ctx)
			if err != nil {
				t.Fatal(err)
			}
			neo4jstore.DiffSnapshots(t, got, want)
		})
	}
}

// TestLoadWritersStopOnCancel: a load with several writers whose context is
// cancelled stops with an error that says so, having counted only batches
// that committed.
func TestLoadWritersStopOnCancel(t *testing.T) {
	s := comparisonGraph(t)
	l := neo4jstore.OpenLoader(t)
	l.BatchSize, l.Writers = 10, 3
	ctx, cancel := context.WithCancel(neo4jstore.Context(t))
	var committed atomic.Int32 // the hook runs on the writers' goroutines
	l.Log = zerolog.New(zerolog.SyncWriter(io.Discard)).Hook(zerolog.HookFunc(func(e *zerolog.Event, _ zerolog.Level, msg string) {
		if msg == "neo4j: loaded batch" {
			if committed.Add(1) == 5 {
				cancel()
			}
		}
	})).Level(zerolog.DebugLevel)
	st, err := l.Load(ctx, s)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if st.Batches < 5 || st.Batches >= (len(s.Nodes)+len(s.Relationships))/10 {
		t.Errorf("stats %+v after a cancel at the fifth batch", st)
	}
}
