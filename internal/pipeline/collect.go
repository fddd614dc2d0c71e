package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/internal/source"
	"github.com/negograph/negograph/internal/source/web"
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

// Collected is what one pass reads.
type Collected struct {
	// articles in order; keys[i] is the input key of a file that was not
	// read because it had not changed (its article has no text), "" else.
	articles []article.Article
	keys     []string
	// files are the stamps and articles of the files read or skipped.
	files    map[string]fileRecord
	skipped  []*source.FileError
	warnings []error
	web      map[string]webEntry
	// fetched are pages fetched in this pass, to State once it committed.
	fetched map[string]article.Article
	// held are the sources kept as the last pass saw them; unknown are
	// unreadable roots of which the state knows nothing, and rootErrs the
	// problems that made them so.
	held, unknown []*SourceError
	rootErrs      []*source.FileError
	// stream, when set (a build), analysed the files' articles as they
	// were read: their texts were dropped, and Analyse takes their
	// analyses from it.
	stream *stream
}

// add appends an article read now.
func (c *Collected) add(a article.Article) {
	c.articles = append(c.articles, a)
	c.keys = append(c.keys, "")
}

// Collect is the sources → articles stage: it reads every source, in the
// order of Sources. meta is the state of the last committed run (zero for a
// build, with st nil): files whose stamp (size, modification time,
// manifest entry) it recorded, analysed with the same fingerprint, are not
// read again unless Reread is set; pages that cannot be fetched now are
// taken from st; and the articles of a source that cannot be read or that
// would lose too many articles are held as they were (see SourceError).
func (en *Engine) Collect(ctx context.Context, st *State, meta StateMeta) (*Collected, error) {
	return en.collect(ctx, st, meta, nil)
}

// collect is Collect; with stream set, the articles of files are analysed
// on it as they are read, and kept without their text.
func (en *Engine) collect(ctx context.Context, st *State, meta StateMeta, stream *stream) (*Collected, error) {
	prevFiles := meta.Files
	if en.Reread {
		prevFiles = nil
	}
	c := &Collected{web: map[string]webEntry{}, fetched: map[string]article.Article{}, files: map[string]fileRecord{}, stream: stream}
	prevWeb := meta.Web
	read := 0 // articles read, for Progress
	for _, root := range en.Sources.Paths {
		sub, err := en.walkRoot(ctx, root, prevFiles, st != nil, &read, stream)
		if err != nil {
			return nil, err
		}
		c.warnings = append(c.warnings, sub.warnings...)
		prev := filesUnder(meta.Files, root)
		var why error
		if fe := rootFailure(sub, root); fe != nil {
			why = fmt.Errorf("%w: %w", ErrSourceUnavailable, fe.Err)
			if len(prev) == 0 && meta.Generation == "" {
				// Nothing known of it: nothing to keep, but the database
				// may hold its articles (a lost state folder).
				c.unknown = append(c.unknown, &SourceError{Source: root, Err: why})
				c.rootErrs = append(c.rootErrs, sub.skipped...)
				continue
			}
		} else if n, of := retracted(prev, sub.files); en.massRetract(n, of) {
			why = &MassRetractError{Retract: n, Of: of, Fraction: en.maxRetractFraction()}
		}
		if why == nil {
			c.merge(sub)
			continue
		}
		kept, err := en.hold(c, prev, meta.Articles)
		if err != nil {
			return nil, fmt.Errorf("refresh: source %s: %v, and %w; nothing was written, so that none of its articles is retracted",
				root, why, err)
		}
		c.held = append(c.held, &SourceError{Source: root, Kept: kept, Err: why})
	}
	nextSeq := 0
	for _, e := range prevWeb {
		nextSeq = max(nextSeq, e.Seq+1)
	}

	// Pages named directly or by lists: fetched on every pass.
	type want struct{ url, origin string }
	var pages []want
	seen := map[string]bool{}
	for _, u := range en.Sources.URLs {
		if !seen[u] {
			seen[u] = true
			pages = append(pages, want{u, "urls"})
		}
	}
	for _, list := range en.Sources.URLLists {
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
	if en.Fetcher == nil && (len(pages) > 0 || len(en.Sources.Feeds) > 0) {
		return nil, errors.New("refresh: feeds or URLs are configured but no fetcher is set")
	}
	urls := make([]string, len(pages))
	for i, p := range pages {
		urls[i] = p.url
	}
	results := en.fetchAll(ctx, urls)
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
			en.keepPage(c, st, meta, p.url, entry)
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
	for _, feed := range en.Sources.Feeds {
		items, err := en.Fetcher.Feed(ctx, feed)
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
	for i, res := range en.fetchAll(ctx, newURLs) {
		fetched[newURLs[i]] = res
	}
	for _, fp := range fps {
		entry := webEntry{Origin: fp.origin, Seq: fp.seq, File: webFile(fp.url)}
		if fp.item == nil {
			en.keepPage(c, st, meta, fp.url, entry)
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
	en.guardWeb(c, st, meta)
	return c, nil
}

// walkRoot reads one path of Sources.Paths. When the run keeps a state
// (stateful) it records every file's stamp and articles, reading on one
// goroutine (stamps and articles are matched in walk order); a build keeps
// no state and reads on the Engine's workers. With stream set, each
// article is handed to it as it is read and kept without its text.
func (en *Engine) walkRoot(ctx context.Context, root string, prevFiles map[string]fileRecord, stateful bool, read *int, stream *stream) (*Collected, error) {
	c := &Collected{files: map[string]fileRecord{}}
	// cur is the file being read: unchanged and the callbacks below
	// interleave in walk order only with one reading goroutine (the
	// default Workers), which this relies on.
	var cur string
	unchanged := func(path string, stamp source.Stamp) bool {
		cur = path
		if rec, ok := prevFiles[path]; ok && rec.same(stamp) && rec.Fingerprint == en.fp && rec.OK {
			arts := make([]article.Article, 0, len(rec.Entries))
			for _, e := range rec.Entries {
				cached, ok := en.cache[e.Key]
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
		c.files[path] = fileRecord{Size: stamp.Size, ModTime: stamp.ModTime, Meta: stamp.Meta, Fingerprint: en.fp, OK: true}
		return false
	}
	opts := source.Options{MaxBytes: en.MaxFileBytes, Unchanged: unchanged}
	if !stateful {
		opts = source.Options{MaxBytes: en.MaxFileBytes, Workers: en.workers()}
	}
	err := source.Walk(ctx, []string{root}, opts,
		func(a article.Article) error {
			key := InputKey(en.fp, a)
			if stream != nil {
				stream.submit(a, key)
				a.Text = ""
			}
			c.articles = append(c.articles, a)
			c.keys = append(c.keys, key)
			if en.Progress != nil {
				*read++
				en.Progress("read", *read, 0)
			}
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
			// A file the last pass read that cannot be read now (cut
			// short by a copy under way, made unreadable, replaced by
			// something else) keeps its articles as they were: a problem
			// is never a deletion.
			if prev, ok := prevFiles[fe.Path]; ok && len(prev.Entries) > 0 && !errors.Is(fe, fs.ErrNotExist) {
				arts := make([]article.Article, 0, len(prev.Entries))
				for _, e := range prev.Entries {
					cached, ok := en.cache[e.Key]
					if !ok {
						return // its analyses are gone: nothing to keep it by
					}
					arts = append(arts, cached.Article())
				}
				for i, a := range arts {
					c.articles = append(c.articles, a)
					c.keys = append(c.keys, prev.Entries[i].Key)
				}
				prev.OK = false
				c.files[fe.Path] = prev
			}
		})
	if err != nil {
		return nil, fmt.Errorf("read sources: %w", err)
	}
	return c, nil
}

// merge appends what a root gave.
func (c *Collected) merge(sub *Collected) {
	c.articles = append(c.articles, sub.articles...)
	c.keys = append(c.keys, sub.keys...)
	c.skipped = append(c.skipped, sub.skipped...)
	for p, rec := range sub.files {
		c.files[p] = rec
	}
}

// rootFailure is the problem that makes a whole root unreadable: the root
// itself is missing, unreadable, not a usable file, or a folder without
// article files (source.ErrNoArticles). Problems of single lines or
// files under it are not.
func rootFailure(sub *Collected, root string) *source.FileError {
	for _, fe := range sub.skipped {
		if fe.Line == 0 && filepath.Clean(fe.Path) == filepath.Clean(root) {
			return fe
		}
	}
	return nil
}

// filesUnder returns the records of the files at or under root.
func filesUnder(files map[string]fileRecord, root string) map[string]fileRecord {
	root = filepath.Clean(root)
	out := map[string]fileRecord{}
	for p, rec := range files {
		if p == root || strings.HasPrefix(p, root+string(filepath.Separator)) {
			out[p] = rec
		}
	}
	return out
}

// retracted counts the articles of prev (the last pass's files of a root)
// that are not among the articles of now: the articles this pass would
// retract, of how many.
func retracted(prev, now map[string]fileRecord) (n, of int) {
	have := map[string]int{}
	for _, rec := range now {
		for _, e := range rec.Entries {
			have[e.Source]++
		}
	}
	for _, rec := range prev {
		for _, e := range rec.Entries {
			of++
			if have[e.Source] > 0 {
				have[e.Source]--
			} else {
				n++
			}
		}
	}
	return n, of
}

// massRetract reports whether retracting n of a source's of articles is
// more than the pass may do.
func (en *Engine) massRetract(n, of int) bool {
	return !en.AllowMassRetract && of > 0 && float64(n) > en.maxRetractFraction()*float64(of)
}

func (en *Engine) maxRetractFraction() float64 {
	if en.MaxRetractFraction <= 0 {
		return DefaultMaxRetractFraction
	}
	return en.MaxRetractFraction
}

// hold keeps a root as the last pass saw it: its files' records, and their
// articles in the last pass's order, from the analyses in memory. It fails
// when an analysis is missing (then no article of the root can be kept).
func (en *Engine) hold(c *Collected, prev map[string]fileRecord, order []articleEntry) (int, error) {
	want := map[articleEntry]int{}
	for _, rec := range prev {
		for _, e := range rec.Entries {
			want[e]++
		}
	}
	var arts []article.Article
	var keys []string
	for _, e := range order {
		if want[e] == 0 {
			continue
		}
		want[e]--
		cached, ok := en.cache[e.Key]
		if !ok {
			return 0, fmt.Errorf("the analysis of its article %q is not in the state folder", e.Source)
		}
		arts = append(arts, cached.Article())
		keys = append(keys, e.Key)
	}
	c.articles = append(c.articles, arts...)
	c.keys = append(c.keys, keys...)
	for p, rec := range prev {
		c.files[p] = rec
	}
	return len(arts), nil
}
