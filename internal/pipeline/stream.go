package pipeline

import (
	"context"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/negograph/negograph/internal/article"
)

// stream analyses the articles of a build while Collect reads them, on the
// Engine's workers, so that an article's text is dropped as soon as its
// facts are taken: a build holds the analyses, never the corpus. Reading
// waits while every worker is busy, so at most a few articles per worker
// are in memory with their text.
type stream struct {
	ctx        context.Context
	contribute func(article.Article) *Contribution
	g          errgroup.Group
	mu         sync.Mutex
	// keep, when set, says which articles to analyse by their number in
	// the order submitted (a shard's); the others are dropped.
	keep func(seq int) bool
	n    int
	// byKey are the analyses by input key: an article whose key was seen
	// is not analysed again (as with the Engine's cache).
	byKey map[string]*pending
	// records holds the analyses' entity records once (records.share).
	records *records
	// spill, when set, takes the mention lists of the analyses of the
	// articles numbered spillFrom and after (spill.put).
	spill     *spill
	spillFrom int
}

// pending is the analysis of one article, set once stream.wait returns.
type pending struct {
	c   *Contribution
	err error
}

// newStream starts a stream on the Engine's workers.
func (en *Engine) newStream(ctx context.Context) *stream {
	s := &stream{ctx: ctx, contribute: en.Contribute, byKey: map[string]*pending{}, records: newRecords()}
	if s.contribute == nil {
		s.contribute = en.an.Contribute
	}
	s.g.SetLimit(en.workers())
	return s
}

// submit starts the analysis of a (key is its input key) unless an article
// with that key was submitted before, or keep leaves it out; it waits
// while every worker is busy. It is called from one goroutine.
func (s *stream) submit(a article.Article, key string) {
	seq := s.n
	s.n++
	if s.keep != nil && !s.keep(seq) {
		return
	}
	s.mu.Lock()
	_, seen := s.byKey[key]
	p := &pending{}
	if !seen {
		s.byKey[key] = p
	}
	s.mu.Unlock()
	if seen || s.ctx.Err() != nil {
		return
	}
	s.g.Go(func() error {
		// No progress of its own: Engine.Progress is called from one
		// goroutine at a time, and reading, which waits for the workers,
		// is the build's progress.
		p.c, p.err = safeContribute(s.contribute, a)
		if p.c != nil {
			s.records.share(p.c.c)
			if seq >= s.spillFrom {
				s.spill.put(seq, key, p.c.c)
			}
		}
		return nil
	})
}

// wait waits for every analysis submitted.
func (s *stream) wait() { _ = s.g.Wait() } // the workers return no error: failures are per article

// analysed returns the analysis of the article with input key, once wait
// has returned; ok is false for an article that was not streamed.
func (s *stream) analysed(key string) (p *pending, ok bool) {
	if s == nil {
		return nil, false
	}
	p, ok = s.byKey[key]
	return p, ok
}

// release drops the stream's references to the analyses, keeping their
// keys: once Analyse has taken them, the stream must not keep them alive.
func (s *stream) release() {
	if s == nil {
		return
	}
	for _, p := range s.byKey {
		p.c = nil
	}
}

// covers reports whether every article of col numbered seq with
// seq%of == shard was analysed by the stream, and no other was: the
// stream numbered the articles as col holds them.
func (s *stream) covers(col *Collected, shard, of int) bool {
	if s.n != len(col.articles) {
		return false
	}
	for i, key := range col.keys {
		if _, ok := s.byKey[key]; (i%of == shard) && !ok {
			return false
		}
	}
	return true
}
