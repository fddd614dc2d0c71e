package refresh

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/neo4jtest"
	"github.com/negograph/negograph/internal/pipeline"
	"github.com/negograph/negograph/internal/source/web"
)

type neoDriver = neo4j.DriverWithContext

// newsSite is a loopback news site whose pages and feed a test edits.
type newsSite struct {
	mu    sync.Mutex
	pages map[string]string // path → article paragraph(s)
	feed  []string          // paths listed in the feed
	bad   bool              // serve a malformed feed
	srv   *httptest.Server
}

// newFollowedSite returns a loopback site serving the Muscat, Rome and Doha
// pages (Doha through its feed), the path of a URL list file, and a
// function that writes the URLs of the given page paths into that list
// (after a comment line, which the list format allows).
func newFollowedSite(t *testing.T) (*newsSite, string, func(paths ...string)) {
	t.Helper()
	site := newNewsSite(t)
	site.set("/news/muscat", pageMuscat)
	site.set("/news/rome", pageRome)
	site.set("/news/doha", pageDoha)
	site.feed = []string{"/news/doha"}
	list := filepath.Join(t.TempDir(), "urls.txt")
	writeList := func(paths ...string) {
		var b strings.Builder
		b.WriteString("# pages to follow\n")
		for _, p := range paths {
			b.WriteString(site.srv.URL + p + "\n")
		}
		if err := os.WriteFile(list, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return site, list, writeList
}

func newNewsSite(t *testing.T) *newsSite {
	s := &newsSite{pages: map[string]string{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		if s.bad {
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><item><title>`)
			return
		}
		fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>أخبار</title><link>/</link><description>تجربة</description>`)
		for _, p := range s.feed {
			fmt.Fprintf(w, `<item><title>خبر</title><link>%s</link><guid>%s</guid></item>`, p, p)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>" + strings.Repeat("نص طويل جدا ", 200000) + "</p></body></html>"))
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/news/", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		body, ok := s.pages[r.URL.Path]
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!DOCTYPE html><html lang="ar"><head><title>خبر</title>
<meta property="article:published_time" content="2025-05-10T08:00:00Z"></head><body>
<nav><a href="/">الرئيسية</a> <a href="/a">سياسة</a></nav><article><h1>خبر</h1><p>%s</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>`, body)
	})
	s.srv = httptest.NewServer(mux)
	t.Cleanup(s.srv.Close)
	return s
}

func (s *newsSite) set(path, text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if text == "" {
		delete(s.pages, path)
	} else {
		s.pages[path] = text
	}
}

const (
	pageMuscat = "استضافت العاصمة العمانية مسقط يوم السبت 3 مايو 2025 جولة جديدة من المحادثات غير المباشرة بين إيران والولايات المتحدة بوساطة عمانية، وترأس الوفد الإيراني وزير الخارجية عباس عراقجي والوفد الأمريكي المبعوث ستيف ويتكوف."
	pageRome   = "انعقدت في العاصمة الإيطالية روما يوم السبت 19 أبريل 2025 الجولة الثانية من المحادثات غير المباشرة بين إيران والولايات المتحدة بوساطة سلطنة عمان."
	pageDoha   = "التقى وزير الخارجية القطري في الدوحة يوم الأربعاء 7 مايو 2025 وفدا من حركة حماس لبحث وقف إطلاق النار في غزة، في حين لم تعقد محادثات بين إيران والولايات المتحدة."
)

// TestRefreshFromTheWeb follows pages of a loopback site through passes:
// pages from a URL list and a feed arrive, one changes, one disappears
// (404), the feed turns malformed (its pages stay), and hostile pages (too
// large, redirect to file:) are skipped with their URL while the rest
// loads. After each pass the graph equals a full rebuild from the same
// articles (the refresh of a fresh state folder against an empty database).
func TestRefreshFromTheWeb(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	site, list, writeList := newFollowedSite(t)
	writeList("/news/muscat", "/news/rome", "/huge", "/to-file")
	fetcher := &web.Fetcher{MaxBytes: 256 << 10, AllowPrivateNetworks: true} // the test site is on loopback
	r := newRefresher(t, driver, db)
	r.Sources = Sources{URLLists: []string{list}, Feeds: []string{site.srv.URL + "/feed.xml"}}
	r.Fetcher = fetcher

	rep := pass(t, r)
	if rep.Seen != 3 || rep.Failed != 2 {
		t.Fatalf("first pass: %+v", rep)
	}
	joined := fmt.Sprint(rep.Skipped)
	if !strings.Contains(joined, "/huge") || !strings.Contains(joined, "/to-file") {
		t.Errorf("skipped inputs do not name the hostile URLs: %s", joined)
	}
	assertMeeting(t, driver, db, "Rome", true)
	assertRebuildFromWeb(t, r, driver, db)

	// The Rome page changes its venue; Muscat's page is deleted (404).
	site.set("/news/rome", strings.ReplaceAll(pageRome, "العاصمة الإيطالية روما", "العاصمة العمانية مسقط"))
	site.set("/news/muscat", "")
	rep = pass(t, r)
	if rep.Changed != 1 || rep.Deleted != 1 || rep.Analyzed != 1 {
		t.Fatalf("change and delete pass: %+v", rep)
	}
	assertMeeting(t, driver, db, "Rome", false)
	assertRebuildFromWeb(t, r, driver, db)

	// The feed turns malformed: its pages stay, with a warning.
	site.mu.Lock()
	site.bad = true
	site.mu.Unlock()
	rep = pass(t, r)
	if rep.Seen != 2 || rep.Written != 0 || len(rep.Warnings) == 0 {
		t.Fatalf("malformed-feed pass: %+v", rep)
	}
	// Removing the feed from the sources retracts its pages.
	r.Sources.Feeds = nil
	rep = pass(t, r)
	if rep.Deleted != 1 || rep.Seen != 1 {
		t.Fatalf("feed removed: %+v", rep)
	}
	assertRebuildFromWeb(t, r, driver, db)
}

// assertMeeting checks whether a meeting held in the venue named exists.
func assertMeeting(t *testing.T, driver neoDriver, db, venue string, want bool) {
	t.Helper()
	snap, err := (&neo4jstore.Loader{Driver: driver, Database: db}).ReadSnapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, n := range snap.Nodes {
		names[n.ID] = graph.StringProp(n.Props, "name")
	}
	found := false
	for _, rel := range snap.Relationships {
		if rel.Type == "HELD_IN" && names[rel.End] == venue {
			found = true
		}
	}
	if found != want {
		t.Errorf("meeting held in %s: %v, want %v", venue, found, want)
	}
}

// assertRebuildFromWeb compares the database with what the passes
// committed and with a build of the same sources: a full rebuild.
func assertRebuildFromWeb(t *testing.T, r *Refresher, driver neoDriver, db string) {
	t.Helper()
	ctx := context.Background()
	// What the pass committed; compare it with the database and with a
	// cold assembly of the same pages.
	if r.commit == nil {
		t.Fatal("no committed graph")
	}
	want := r.commit.snap
	got, err := (&neo4jstore.Loader{Driver: driver, Database: db}).ReadSnapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d, err := delta(got.Own(), want)
	if err != nil || !d.Empty() {
		t.Fatalf("database differs from the committed graph in %d elements (%v)", d.Rows(), err)
	}
	// A build of the same sources (no state: the feed's rolled-off pages
	// would be the only difference allowed, and this test keeps every page
	// in the feed) gives the graph the passes committed.
	res, err := (&pipeline.Engine{Sources: r.Sources, Fetcher: r.Fetcher, Log: r.Log}).Build(ctx)
	if err != nil {
		t.Fatal(err)
	}
	g := res.Graph
	d, err = delta(want, g.Snapshot())
	if err != nil || !d.Empty() {
		t.Fatalf("the committed graph differs from a full rebuild in %d elements (%v)", d.Rows(), err)
	}
}
