package source

import (
	"fmt"

	"github.com/negograph/negograph/internal/article"
	"golang.org/x/sync/errgroup"
)

// Reading in parallel, delivering in order.
//
// With Options.Workers > 1 the walker goroutine still walks the folders,
// loads manifests and asks Options.Unchanged, in walk order, but it hands
// the reading, decoding and cleaning of each file (or of each run of JSON
// Lines) to a pool of workers as a task. A task does not call the caller's
// callbacks: it records its articles and problems in its slot. The walker
// keeps the slots in walk order and delivers each one's events, on its own
// goroutine, once the slot is done, so fn and skip see exactly the
// sequence of a one-worker walk.

// event is one article or one problem of a task, in the order it happened.
type event struct {
	path string // the input, for an article (to name it when fn fails)
	art  article.Article
	fe   *FileError // nil for an article
}

// slot is a task's place in walk order.
type slot struct {
	run    func(w *walker) error // the task; nil for a slot that only holds events
	done   chan struct{}         // closed when run has returned
	events []event
	err    error // run's error: the walk stops there
}

// pool runs tasks on at most n goroutines (an errgroup with a limit) and
// keeps the slots in walk order.
type pool struct {
	g     errgroup.Group
	base  *walker // the walker whose copies run the tasks
	fifo  []*slot
	limit int // slots in flight before the walker waits for the oldest
}

// startPool makes a pool running tasks on copies of w, n at a time.
func startPool(w *walker, n int) *pool {
	p := &pool{base: w, limit: 4 * n}
	p.g.SetLimit(n)
	return p
}

// submit runs task now (one worker) or queues it on the pool, delivering
// finished slots when too many are in flight.
func (w *walker) submit(task func(w *walker) error) error {
	if w.pool == nil {
		return task(w)
	}
	s := &slot{run: task, done: make(chan struct{})}
	w.pool.fifo = append(w.pool.fifo, s)
	base := w.pool.base
	w.pool.g.Go(func() error { // waits while n tasks run
		defer close(s.done)
		if err := w.ctx.Err(); err != nil {
			s.err = fmt.Errorf("source: walk cancelled: %w", err)
			return nil
		}
		sub := *base
		sub.pool, sub.sink = nil, s
		s.err = safeRun(s, &sub)
		return nil
	})
	for len(w.pool.fifo) > w.pool.limit {
		if err := w.deliverOldest(); err != nil {
			return err
		}
	}
	return nil
}

// push passes an event on: into the task's slot in a worker, queued
// behind the slots in flight on the walker goroutine, or straight to the
// callbacks when nothing is in flight.
func (w *walker) push(e event) error {
	switch {
	case w.sink != nil:
		w.sink.events = append(w.sink.events, e)
		return nil
	case w.pool != nil && len(w.pool.fifo) > 0:
		s := &slot{done: make(chan struct{}), events: []event{e}}
		close(s.done)
		w.pool.fifo = append(w.pool.fifo, s)
		return nil
	}
	return w.deliver(e)
}

// deliver calls the callback of one event.
func (w *walker) deliver(e event) error {
	if e.fe != nil {
		if w.skip != nil {
			w.skip(e.fe)
		}
		return nil
	}
	if w.fn == nil {
		return nil
	}
	if err := w.cancelled(e.path); err != nil {
		return err // read ahead, but the walk was cancelled before
	}
	if err := w.fn(e.art); err != nil {
		return fmt.Errorf("source: stopped at %s: %w", Quote(e.path), err)
	}
	return nil
}

// deliverOldest waits for the oldest slot in flight and delivers its
// events.
func (w *walker) deliverOldest() error {
	s := w.pool.fifo[0]
	<-s.done
	w.pool.fifo[0] = nil
	w.pool.fifo = w.pool.fifo[1:]
	for _, e := range s.events {
		if err := w.deliver(e); err != nil {
			return err
		}
	}
	return s.err
}

// finish delivers every slot still in flight (only waits for them when
// the walk already failed with err) and stops the workers.
func (w *walker) finish(err error) error {
	p := w.pool
	if p == nil {
		return err
	}
	for len(p.fifo) > 0 {
		if err != nil {
			<-p.fifo[0].done
			p.fifo = p.fifo[1:]
			continue
		}
		err = w.deliverOldest()
	}
	_ = p.g.Wait() // tasks report through their slots
	w.pool = nil
	return err
}

// safeRun runs a task on a worker, turning a panic into an error that
// stops the walk (naming the last input the task reached) instead of a
// crash of the process.
func safeRun(s *slot, w *walker) (err error) {
	defer func() {
		if p := recover(); p != nil {
			where := "a file"
			if n := len(s.events); n > 0 && s.events[n-1].path != "" {
				where = s.events[n-1].path
			}
			err = fmt.Errorf("source: reading %s failed (internal error, please report it): %v", Quote(where), p)
		}
	}()
	return s.run(w)
}
