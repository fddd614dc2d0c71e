package serve

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/export"
)

// chainTimeout bounds reading the graph for one /chain page.
const chainTimeout = 60 * time.Second

// GraphReader reads the whole graph (negograph's labels and types only);
// cmd/negograph passes neo4jstore.Loader.ReadSnapshot.
type GraphReader func(ctx context.Context) (graph.Snapshot, error)

// chain serves the chain view (export.WriteHTML) of the graph read live
// through s.Graph, narrowed by the query parameters channel (comma
// separated ids or names), from-date, to-date and as-of, as export's flags.
func (s *Server) chain(w http.ResponseWriter, r *http.Request) {
	if s.Graph == nil {
		http.Error(w, "the chain view is not configured (no graph reader)", http.StatusNotFound)
		return
	}
	q := r.URL.Query()
	f := export.Filter{From: q.Get("from-date"), To: q.Get("to-date"), AsOf: q.Get("as-of")}
	for _, c := range q["channel"] {
		for _, p := range strings.Split(c, ",") {
			if p = strings.TrimSpace(p); p != "" {
				f.Channel = append(f.Channel, p)
			}
		}
	}
	ctx, cancel := context.WithTimeout(r.Context(), chainTimeout)
	defer cancel()
	g, err := s.Graph(ctx)
	if err != nil {
		http.Error(w, "cannot read the graph from Neo4j: "+err.Error(), http.StatusServiceUnavailable)
		return
	}
	g, err = f.Apply(g)
	if err != nil {
		http.Error(w, err.Error()+" (query parameters: channel, from-date, to-date, as-of)", http.StatusBadRequest)
		return
	}
	var page bytes.Buffer
	title := "Negotiation meetings (live)"
	if err := export.WriteHTML(&page, g, export.HTMLOptions{Title: title, Filter: f.String()}); err != nil {
		http.Error(w, fmt.Sprintf("chain view: %v", err), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:")
	h.Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(page.Bytes())
}
