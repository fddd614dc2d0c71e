package refresh

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/negograph/negograph/article"
	"github.com/negograph/negograph/pipeline"
	"github.com/negograph/negograph/source"
	"github.com/negograph/negograph/source/web"
)

// Sources say where a refresh reads its articles. The graph is built from
// them in this order: Paths, then URLs, then the URL lists, then the pages
// of the feeds in the order they were first seen.
type Sources struct {
	// Paths are files and folders (.txt, .md, .html, .jsonl, manifest.json).
	Paths []string
	// URLs are article pages, fetched on every pass.
	URLs []string
	// URLLists are files listing article URLs, one per line.
	URLLists []string
	// Feeds are RSS or Atom feeds. Their pages are fetched once and kept:
	// an item that rolls off the feed stays in the graph until the feed is
	// removed from Sources.
	Feeds []string
}

// Fetcher fetches pages and feeds; *web.Fetcher is the implementation.
type Fetcher interface {
	Article(ctx context.Context, url string) (article.Article, error)
	Feed(ctx context.Context, url string) ([]web.FeedItem, error)
}

// fetchWorkers bounds concurrent page fetches.
const fetchWorkers = 4

// collected is what one pass reads.
type collected struct {
	// articles in order; keys[i] is the input key of a file that was not
	// read because it had not changed (its article has no text), "" else.
	articles []article.Article
	keys     []string
	// files are the stamps and articles of the files read or skipped.
	files    map[string]fileRecord
	skipped  []*source.FileError
	warnings []error
	web      map[string]webEntry
	// fetched are pages fetched in this pass, to store once it committed.
	fetched map[string]article.Article
}

// add appends an article read now.
func (c *collected) add(a article.Article) {
	c.articles = append(c.articles, a)
	c.keys = append(c.keys, "")
}

// collect reads every source. Files whose stamp (size, modification time,
// manifest entry) is the one recorded in prevFiles, analysed with the same
// fingerprint, are not read again. prevWeb is the state's page list; pages
// that cannot be fetched now are taken from it.
func (r *Refresher) collect(ctx context.Context, st *store, prevFiles map[string]fileRecord, prevWeb map[string]webEntry) (*collected, error) {
	c := &collected{web: map[string]webEntry{}, fetched: map[string]article.Article{}, files: map[string]fileRecord{}}
	if len(r.Sources.Paths) > 0 {
		// cur is the file being read: unchanged and the callbacks below
		// interleave in walk order only with one reading goroutine (the
		// default Workers), which this relies on.
		var cur string
		unchanged := func(path string, stamp source.Stamp) bool {
			cur = path
			if rec, ok := prevFiles[path]; ok && rec.same(stamp) && rec.Fingerprint == r.fp && rec.OK {
				arts := make([]article.Article, 0, len(rec.Entries))
				for _, e := range rec.Entries {
					cached, ok := r.cache[e.Key]
					if !ok {
						arts = nil
						break
					}
					arts = append(arts, cached.Article())
				}
				if arts != nil || len(rec.Entries) == 0 {
					for i, a := range arts {
						c.articles = append(c.articles, a)
						c.keys = append(c.keys, rec.Entries[i].Key)
					}
					c.files[path] = rec
					return true
				}
			}
			c.files[path] = fileRecord{Size: stamp.Size, ModTime: stamp.ModTime, Meta: stamp.Meta, Fingerprint: r.fp, OK: true}
			return false
		}
		err := source.Walk(ctx, r.Sources.Paths, source.Options{MaxBytes: r.MaxFileBytes, Unchanged: unchanged},
			func(a article.Article) error {
				key := pipeline.InputKey(r.fp, a)
				c.articles = append(c.articles, a)
				c.keys = append(c.keys, key)
				if rec, ok := c.files[cur]; ok {
					rec.Entries = append(rec.Entries, articleEntry{Source: a.Source, Key: key})
					c.files[cur] = rec
				}
				return nil
			},
			func(fe *source.FileError) {
				// A file with any problem is read again next time, so
				// that the problem is reported again.
				if rec, ok := c.files[fe.Path]; ok {
					rec.OK = false
					c.files[fe.Path] = rec
				}
				if errors.Is(fe, source.ErrManifest) || errors.Is(fe, source.ErrMetadata) {
					c.warnings = append(c.warnings, fe)
					return
				}
				c.skipped = append(c.skipped, fe)
			})
		if err != nil {
			return nil, fmt.Errorf("read sources: %w", err)
		}
	}
	nextSeq := 0
	for _, e := range prevWeb {
		nextSeq = max(nextSeq, e.Seq+1)
	}

	// Pages named directly or by lists: fetched on every pass.
	type want struct{ url, origin string }
	var pages []want
	seen := map[string]bool{}
	for _, u := range r.Sources.URLs {
		if !seen[u] {
			seen[u] = true
			pages = append(pages, want{u, "urls"})
		}
	}
	for _, list := range r.Sources.URLLists {
		urls, err := web.ReadURLList(ctx, list)
		if err != nil {
			// Keep what the list gave last time rather than retracting it.
			c.warnings = append(c.warnings, err)
			for u, e := range prevWeb {
				if e.Origin == list && !seen[u] {
					seen[u] = true
					pages = append(pages, want{u, list})
				}
			}
			continue
		}
		for _, u := range urls {
			if !seen[u] {
				seen[u] = true
				pages = append(pages, want{u, list})
			}
		}
	}
	if r.Fetcher == nil && (len(pages) > 0 || len(r.Sources.Feeds) > 0) {
		return nil, errors.New("refresh: feeds or URLs are configured but no fetcher is set")
	}
	urls := make([]string, len(pages))
	for i, p := range pages {
		urls[i] = p.url
	}
	results := r.fetchAll(ctx, urls)
	for i, p := range pages {
		res := results[i]
		prev, had := prevWeb[p.url]
		seq := prev.Seq
		if !had {
			seq = nextSeq
			nextSeq++
		}
		entry := webEntry{Origin: p.origin, Seq: seq, File: webFile(p.url)}
		switch {
		case res.err == nil:
			c.web[p.url] = entry
			c.fetched[p.url] = res.art
			c.add(res.art)
		case errors.Is(res.err, web.ErrGone):
			// The page is gone: its facts are retracted.
			c.warnings = append(c.warnings, res.err)
		case had:
			c.warnings = append(c.warnings, fmt.Errorf("%w (the copy fetched before is kept)", res.err))
			a, err := st.loadWeb(prev.File)
			if err != nil {
				c.warnings = append(c.warnings, err)
				continue
			}
			c.web[p.url] = entry
			c.add(a)
		default:
			c.skipped = append(c.skipped, &source.FileError{Path: p.url, Err: res.err})
		}
	}

	// Feeds: new items are fetched, known ones kept.
	type feedPage struct {
		url, origin string
		seq         int
		item        *web.FeedItem
	}
	var fps []feedPage
	for _, feed := range r.Sources.Feeds {
		items, err := r.Fetcher.Feed(ctx, feed)
		if err != nil {
			c.warnings = append(c.warnings, fmt.Errorf("%w (the pages it gave before are kept)", err))
		}
		for i := range items {
			it := &items[i]
			if it.URL == "" || seen[it.URL] {
				continue
			}
			seen[it.URL] = true
			if e, ok := prevWeb[it.URL]; ok {
				fps = append(fps, feedPage{url: it.URL, origin: feed, seq: e.Seq})
				continue
			}
			fps = append(fps, feedPage{url: it.URL, origin: feed, seq: nextSeq, item: it})
			nextSeq++
		}
		for u, e := range prevWeb {
			if e.Origin == feed && !seen[u] {
				seen[u] = true
				fps = append(fps, feedPage{url: u, origin: feed, seq: e.Seq})
			}
		}
	}
	sort.Slice(fps, func(i, j int) bool { return fps[i].seq < fps[j].seq })
	var newURLs []string
	for _, fp := range fps {
		if fp.item != nil {
			newURLs = append(newURLs, fp.url)
		}
	}
	fetched := map[string]fetchResult{}
	for i, res := range r.fetchAll(ctx, newURLs) {
		fetched[newURLs[i]] = res
	}
	for _, fp := range fps {
		entry := webEntry{Origin: fp.origin, Seq: fp.seq, File: webFile(fp.url)}
		if fp.item == nil {
			a, err := st.loadWeb(entry.File)
			if err != nil {
				c.warnings = append(c.warnings, err)
				continue
			}
			c.web[fp.url] = entry
			c.add(a)
			continue
		}
		res := fetched[fp.url]
		a := res.art
		if res.err != nil {
			// Fall back on the feed's own text of the item, if it has one.
			text := strings.TrimSpace(fp.item.Text)
			if text == "" {
				c.skipped = append(c.skipped, &source.FileError{Path: fp.url, Err: res.err})
				continue
			}
			c.warnings = append(c.warnings, fmt.Errorf("%w (the feed's text of the item is used)", res.err))
			a = article.Article{Source: fp.url, URL: fp.url, Title: fp.item.Title, Text: source.Clean(text)}
			if !fp.item.Published.IsZero() {
				p := fp.item.Published.UTC()
				a.Published = article.Date{Year: p.Year(), Month: int(p.Month()), Day: p.Day()}
			}
			a.ID = article.ContentID(a.Text)
		}
		c.web[fp.url] = entry
		c.fetched[fp.url] = a
		c.add(a)
	}
	return c, nil
}

// fetchResult is one page fetch.
type fetchResult struct {
	art article.Article
	err error
}

// fetchAll fetches pages on a few workers; results are in urls' order.
func (r *Refresher) fetchAll(ctx context.Context, urls []string) []fetchResult {
	out := make([]fetchResult, len(urls))
	var wg sync.WaitGroup
	sem := make(chan struct{}, fetchWorkers)
	for i, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				out[i].err = ctx.Err()
				return
			}
			defer func() { <-sem }()
			t0 := time.Now()
			a, err := r.Fetcher.Article(ctx, u)
			out[i] = fetchResult{a, err}
			r.Log.Debug().Str("url", u).Dur("took", time.Since(t0)).Err(err).Msg("page fetched")
		}()
	}
	wg.Wait()
	return out
}
