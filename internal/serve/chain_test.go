package serve

import (
	"context"
	"errors"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/chromium"
	"github.com/negograph/negograph/internal/neo4jtest"
)

// chainFixture is the small chain the exporter's tests draw.
func chainFixture(t *testing.T) graph.Snapshot {
	t.Helper()
	s, err := graph.ReadSnapshotFile(filepath.Join("..", "..", "graph", "export", "testdata", "chain.graph.json"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func meetingIDs(s graph.Snapshot) []string {
	var ids []string
	for _, n := range s.Nodes {
		if n.Label() == "Meeting" {
			ids = append(ids, n.ID)
		}
	}
	sort.Strings(ids)
	return ids
}

// TestChainEndpoint serves the chain view of the graph the reader gives,
// narrowed by the query, and says what went wrong otherwise.
func TestChainEndpoint(t *testing.T) {
	s := chainFixture(t)
	var readErr error
	srv := &Server{Passer: &fakePasser{}, Schedule: Every(time.Hour), Log: zerolog.Nop(),
		Graph: func(context.Context) (graph.Snapshot, error) { return s, readErr }}
	h := srv.Handler()
	for _, tc := range []struct {
		query      string
		code       int
		has, hasNo []string
	}{
		{"", 200, []string{"<!doctype html>", `"id":"meeting:iran-qatar-2025-06-doha-cancelled"`, "Negotiation meetings (live)"}, nil},
		{"?channel=iran,united-states", 200, []string{"meeting:iran-united-states-2025-04-12-muscat", "channel=iran,united-states"}, []string{"meeting:iran-qatar"}},
		{"?channel=Iran&channel=Qatar&from-date=2025-06", 200, []string{"meeting:iran-qatar-2025-06-doha-cancelled"}, []string{"meeting:iran-united-states"}},
		{"?as-of=2025-04-13", 200, []string{`"final":{"name":"Iran – United States, 2025-04-19, Rome (planned)"`, "as-of=2025-04-13"}, []string{"article:a3", "meeting:iran-qatar"}},
		{"?as-of=someday", 400, []string{"--as-of"}, nil},
		{"?channel=atlantis", 400, []string{"atlantis"}, nil},
	} {
		code, body := get(t, h, "/chain"+tc.query)
		if code != tc.code {
			t.Errorf("/chain%s: %d, want %d: %.300s", tc.query, code, tc.code, body)
			continue
		}
		for _, want := range tc.has {
			if !strings.Contains(body, want) {
				t.Errorf("/chain%s has no %q", tc.query, want)
			}
		}
		for _, bad := range tc.hasNo {
			if strings.Contains(body, bad) {
				t.Errorf("/chain%s has %q", tc.query, bad)
			}
		}
	}
	readErr = errors.New("connection refused")
	if code, body := get(t, h, "/chain"); code != 503 || !strings.Contains(body, "connection refused") {
		t.Errorf("/chain with Neo4j down: %d %q", code, body)
	}
	srv2 := &Server{Passer: &fakePasser{}, Schedule: Every(time.Hour), Log: zerolog.Nop()}
	if code, _ := get(t, srv2.Handler(), "/chain"); code != 404 {
		t.Errorf("/chain without a reader: %d", code)
	}
}

// openChain opens url in the offline browser (loopback is allowed) and
// returns the meetings the timeline shows.
func openChain(t *testing.T, url string) []string {
	t.Helper()
	ctx := chromium.New(t, chromium.Options{Offline: true})
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitVisible(`#timeline .meeting[data-id]`)); err != nil {
		t.Fatal(err)
	}
	ids, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#timeline .meeting[data-id]")).map(e => e.getAttribute("data-id"))`))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(ids)
	return ids
}

// TestChainInBrowser opens /chain in headless Chromium: the meetings of
// the graph are on the timeline.
func TestChainInBrowser(t *testing.T) {
	s := chainFixture(t)
	srv := &Server{Passer: &fakePasser{}, Schedule: Every(time.Hour), Log: zerolog.Nop(),
		Graph: func(context.Context) (graph.Snapshot, error) { return s, nil }}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	if got, want := openChain(t, ts.URL+"/chain"), meetingIDs(s); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("the view shows %v, want %v", got, want)
	}
}

// TestChainLiveFromNeo4j loads the fixture into the test Neo4j and serves
// /chain from it through neo4jstore, as `negograph serve` does.
func TestChainLiveFromNeo4j(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	ctx := context.Background()
	s := chainFixture(t)
	l := &neo4jstore.Loader{Driver: driver, Database: db}
	if err := l.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Load(ctx, s); err != nil {
		t.Fatal(err)
	}
	srv := &Server{Passer: &fakePasser{}, Schedule: Every(time.Hour), Log: zerolog.Nop(),
		Graph: func(ctx context.Context) (graph.Snapshot, error) {
			g, err := l.ReadSnapshot(ctx)
			return g.Own(), err
		}}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	code, body := get(t, srv.Handler(), "/chain?as-of=2025-04-20")
	if code != 200 || !strings.Contains(body, `"final":{"name":"Iran – United States, 2025-05-03 (planned)"`) || strings.Contains(body, "article:a3") {
		t.Errorf("/chain?as-of=2025-04-20 from Neo4j: %d", code)
	}
	if got, want := openChain(t, ts.URL+"/chain"), meetingIDs(s); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("the live view shows %v, want %v", got, want)
	}
}
