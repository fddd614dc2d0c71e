package main

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/negograph/negograph/graph"
)

// TestBuildReadsPagesLikeRefresh builds from a URL list served by a local
// site: the pages go through the same collect stage as refresh's, and the
// graph has their meeting; a page that fails is a skipped input naming its
// URL (exit status 1), a page gone (404) a warning, and the rest is built.
func TestBuildReadsPagesLikeRefresh(t *testing.T) {
	text, err := os.ReadFile("../../examples/articles/ex03_muscat-2025-04-12.txt")
	if err != nil {
		t.Fatal(err)
	}
	var paras strings.Builder
	for _, p := range strings.Split(strings.TrimSpace(string(text)), "\n") {
		if p = strings.TrimSpace(p); p != "" {
			fmt.Fprintf(&paras, "<p>%s</p>\n", html.EscapeString(p))
		}
	}
	page := `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>جولة مسقط</title>` +
		`<meta property="article:published_time" content="2025-04-12T18:00:00Z"></head><body><article>` + paras.String() + `</article></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/round":
		case "/broken":
			http.Error(w, "down", http.StatusInternalServerError)
			return
		default:
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	dir := t.TempDir()
	list := filepath.Join(dir, "urls.txt")
	if err := os.WriteFile(list, []byte(srv.URL+"/round\n"+srv.URL+"/broken\n"+srv.URL+"/gone\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("NEGOGRAPH_FETCH_ALLOW_PRIVATE_NETWORKS", "true")
	out, errs, code := run(t, "build", "--out", dir, "--url-list", list)
	if code != 1 {
		t.Fatalf("build: status %d, want 1 (one page failed)\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, "articles: 1 read, 1 skipped") || !strings.Contains(out, "skipped "+srv.URL+"/broken") ||
		!strings.Contains(out, "warning fetch "+srv.URL+"/gone") {
		t.Errorf("summary does not show the page read, the one that failed and the one gone:\n%s", out)
	}
	snap, err := graph.ReadSnapshotFile(filepath.Join(dir, SnapshotFile))
	if err != nil {
		t.Fatal(err)
	}
	var meetings, articles int
	for _, n := range snap.Nodes {
		switch n.Label() {
		case "Meeting":
			meetings++
		case "Article":
			articles++
			if n.Props["source"] != srv.URL+"/round" {
				t.Errorf("article source %v, want the page's URL", n.Props["source"])
			}
		}
	}
	if articles != 1 || meetings == 0 {
		t.Errorf("%d articles and %d meetings from the page, want 1 and some", articles, meetings)
	}
}
