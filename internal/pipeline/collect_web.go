package pipeline

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"time"

	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/internal/source"
	"golang.org/x/sync/errgroup"
)

// keepPage adds the copy of a page kept from an earlier pass: the stored
// page, or, when it cannot be read, the analysis in memory. Only when
// neither is at hand is the page dropped, as a failed input.
func (en *Engine) keepPage(c *Collected, st *State, meta StateMeta, url string, entry webEntry) {
	a, err := st.loadWeb(entry.File)
	if err == nil {
		c.web[url] = entry
		c.add(a)
		return
	}
	for _, e := range meta.Articles {
		if e.Source != url {
			continue
		}
		if cached, ok := en.cache[e.Key]; ok {
			c.warnings = append(c.warnings, fmt.Errorf("%w (its analysis from an earlier pass is kept)", err))
			c.web[url] = entry
			c.articles = append(c.articles, cached.Article())
			c.keys = append(c.keys, e.Key)
			return
		}
	}
	c.skipped = append(c.skipped, &source.FileError{Path: url, Err: fmt.Errorf("the copy fetched before cannot be used: %w", err)})
}

// guardWeb holds back each feed, URL list or the URLs of Sources.URLs
// that would lose more than the allowed share of its pages in this pass:
// its missing pages are kept.
func (en *Engine) guardWeb(c *Collected, st *State, meta StateMeta) {
	prev := map[string][]string{}
	for url, e := range meta.Web {
		prev[e.Origin] = append(prev[e.Origin], url)
	}
	for _, origin := range slices.Sorted(maps.Keys(prev)) {
		urls := prev[origin]
		sort.Slice(urls, func(i, j int) bool { return meta.Web[urls[i]].Seq < meta.Web[urls[j]].Seq })
		var gone []string
		for _, u := range urls {
			if _, ok := c.web[u]; !ok {
				gone = append(gone, u)
			}
		}
		if !en.massRetract(len(gone), len(urls)) || !en.configured(origin) {
			continue
		}
		for _, u := range gone {
			en.keepPage(c, st, meta, u, meta.Web[u])
		}
		c.held = append(c.held, &SourceError{Source: origin, Kept: len(gone),
			Err: &MassRetractError{Retract: len(gone), Of: len(urls), Fraction: en.maxRetractFraction()}})
	}
}

// configured reports whether a page origin is still among the sources (a
// feed or list removed from the configuration is retracted on purpose).
func (en *Engine) configured(origin string) bool {
	if origin == "urls" {
		return len(en.Sources.URLs) > 0
	}
	for _, list := range [][]string{en.Sources.Feeds, en.Sources.URLLists} {
		for _, o := range list {
			if o == origin {
				return true
			}
		}
	}
	return false
}

// fetchResult is one page fetch.
type fetchResult struct {
	art article.Article
	err error
}

// fetchAll fetches pages, fetchWorkers at a time; results are in urls'
// order.
func (en *Engine) fetchAll(ctx context.Context, urls []string) []fetchResult {
	out := make([]fetchResult, len(urls))
	var g errgroup.Group
	g.SetLimit(fetchWorkers)
	for i, u := range urls {
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				out[i].err = err
				return nil
			}
			defer func() {
				if p := recover(); p != nil {
					out[i] = fetchResult{err: fmt.Errorf("fetch %s: internal error, please report it: %v", u, p)}
				}
			}()
			t0 := time.Now()
			a, err := en.Fetcher.Article(ctx, u)
			out[i] = fetchResult{a, err}
			en.Log.Debug().Str("url", u).Dur("took", time.Since(t0)).Err(err).Msg("page fetched")
			return nil
		})
	}
	_ = g.Wait() // each fetch reports through out
	return out
}
