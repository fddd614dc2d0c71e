// Package examples_test builds the example articles, loads them into the
// real test Neo4j and runs every query of examples/queries against them.
package examples_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/neo4jtest"
	"github.com/negograph/negograph/internal/pipeline"
)

var lineComment = regexp.MustCompile(`(?m)^\s*//.*$`)

// statements splits a query file at the semicolons that end a line.
func statements(src string) []string {
	src = lineComment.ReplaceAllString(src, "")
	var out []string
	for _, s := range regexp.MustCompile(`;\s*\n`).Split(src+"\n", -1) {
		if s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ";")); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func TestQueriesOnExamples(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	ctx := context.Background()
	res, err := pipeline.Build(ctx, pipeline.Options{Paths: []string{"articles"}, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Skipped) != 0 {
		t.Fatalf("example articles skipped: %v", res.Skipped)
	}
	l := &neo4jstore.Loader{Driver: driver, Database: db, Log: zerolog.Nop()}
	if _, err := l.Load(ctx, res.Graph.Snapshot()); err != nil {
		t.Fatal(err)
	}
	params := map[string]any{
		"partyA": "country:united-states", "partyB": "country:iran", "from": "2000", "to": "2100",
		"mediator": "country:oman", "meeting": nil, "minConfidence": 0.0, "q": "عراقجي", "limit": int64(50),
	}
	files, _ := filepath.Glob("queries/*.cypher")
	if len(files) == 0 {
		t.Fatal("no queries in examples/queries")
	}
	rows := map[string][]*neo4j.Record{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, st := range statements(string(src)) {
			r, err := neo4j.ExecuteQuery(ctx, driver, st, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
			if err != nil {
				t.Errorf("%s statement %d: %v", f, i+1, err)
				continue
			}
			if i == 0 {
				rows[filepath.Base(f)] = r.Records
			}
		}
	}
	chain := rows["01-us-iran-chain.cypher"]
	if len(chain) < 3 {
		t.Fatalf("the US–Iran chain query returned %d rounds, want at least 3", len(chain))
	}
	var dates []string
	for _, r := range chain {
		d, _ := r.Get("date")
		s, _ := d.(string)
		dates = append(dates, s)
	}
	if !sort.StringsAreSorted(dates) {
		t.Errorf("chain not in date order: %v", dates)
	}
	if len(rows["06-fulltext-names.cypher"]) == 0 {
		t.Error("full-text search for عراقجي found nothing")
	}
	if r := rows["09-search-names-any-spelling.cypher"]; len(r) == 0 {
		t.Error("search by any spelling found nothing for عراقجي")
	} else if id, _ := r[0].Get("id"); id != "person:abbas-araghchi" {
		t.Errorf("search by any spelling: first hit %v", id)
	}
}
