package pipeline

import (
	"bufio"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/negograph/negograph/internal/article"
)

// A build holds every article's analysis until assembly, because the
// merges across articles (renames, learnt places, rounds) need all of
// them first. Most of an analysis is its mention lists and place cues —
// surfaces, evidence sentences, offsets — which no global step reads:
// they only become the article's MENTIONS. A spill writes them to a
// temporary folder as the articles are analysed, leaving in memory what
// the global steps read (each mention's entity id and count, each cue's
// too), and the builder reads them back after the rounds are emitted,
// replaying on each article's lists the renames and learnt places it
// applied to the slim ones (builder.emitSpilled). The records are those
// of a contribution pack (shardRecord, wireContribution: format
// ContribFormat), holding only the mentions and cues.

// SpillMode says whether a build spills its analyses' mention lists to
// disk while it reads (see docs/SCALE.md).
type SpillMode int

// The spill modes.
const (
	// SpillAuto spills the analyses of the articles read after the first
	// SpillAfter ones: a small build never touches the disk.
	SpillAuto SpillMode = iota
	// SpillOn spills every analysis.
	SpillOn
	// SpillOff holds every analysis in memory.
	SpillOff
)

// SpillAfter is the number of articles a build in SpillAuto mode holds in
// memory whole before it spills the next ones.
const SpillAfter = 5000

// ParseSpillMode reads "auto", "on" or "off".
func ParseSpillMode(s string) (SpillMode, error) {
	switch s {
	case "auto", "":
		return SpillAuto, nil
	case "on":
		return SpillOn, nil
	case "off":
		return SpillOff, nil
	}
	return SpillAuto, fmt.Errorf("spill %q: want auto, on or off", s)
}

// spillFile is the name of the spill's pack in its temporary folder.
const spillFile = "spill-" + ContribPackFile

// spill is the file the mention lists of a build's analyses go to. Its
// folder is made at the first record and removed by remove.
type spill struct {
	parent string
	mu     sync.Mutex
	dir    string
	f      *os.File
	bw     *bufio.Writer
	enc    *gob.Encoder
	n      int
	// size is the size of the file once written (replay).
	size int64
	// err is the first error of writing; the analyses that come after it
	// stay in memory whole.
	err error
	// ev is the file of the facts' evidence (spill_evidence.go), written
	// up to evOff; readErr is the first error of reading it back, buf the
	// buffer it is read into.
	ev      *os.File
	evOff   int64
	readErr error
	buf     []byte
}

// newSpill returns a spill whose temporary folder will go in parent (""
// for the OS temp dir).
func newSpill(parent string) *spill {
	if parent == "" {
		parent = os.TempDir()
	}
	return &spill{parent: parent}
}

// open makes the temporary folder and its file (under s.mu).
func (s *spill) open() error {
	if err := os.MkdirAll(s.parent, 0o755); err != nil {
		return fmt.Errorf("spill: make %s: %w", s.parent, err)
	}
	dir, err := os.MkdirTemp(s.parent, "negograph-spill-")
	if err != nil {
		return fmt.Errorf("spill: make a temporary folder in %s: %w", s.parent, err)
	}
	s.dir = dir
	f, err := os.Create(filepath.Join(dir, spillFile))
	if err != nil {
		return fmt.Errorf("spill: %w", err)
	}
	s.f, s.bw = f, bufio.NewWriterSize(f, 1<<16)
	s.enc = gob.NewEncoder(s.bw)
	if s.ev, err = os.Create(filepath.Join(dir, spillEvidenceFile)); err != nil {
		return fmt.Errorf("spill: %w", err)
	}
	return nil
}

// put writes the mentions and cues of c (the analysis of the article
// numbered seq, with input key key) and its facts' evidence to the spill,
// and leaves in c the entity ids and counts of the mentions and cues,
// which the global steps read, and where each fact's evidence is
// (meetingFact.evAt). On an error of writing c is left whole (the build
// holds it in memory). It is safe for concurrent use.
func (s *spill) put(seq int, key string, c *contribution) {
	if s == nil || c == nil {
		return
	}
	mentions := c.spilled == 0 && (len(c.mentions) > 0 || len(c.cues) > 0)
	if !mentions && !hasEvidence(c) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return
	}
	if s.f == nil {
		if s.err = s.open(); s.err != nil {
			return
		}
	}
	if mentions {
		rec := shardRecord{Seq: seq, Key: key, C: (&Contribution{c: &contribution{
			art: article.Article{ID: c.art.ID, Source: c.art.Source}, mentions: c.mentions, cues: c.cues}}).wire()}
		if err := s.enc.Encode(&rec); err != nil {
			s.err = fmt.Errorf("spill: write %s: %w", s.f.Name(), err)
			return
		}
		s.n++
		c.spilled = s.n
		c.mentions, c.cues = slim(c.mentions), slim(c.cues)
	}
	s.putEvidence(c)
}

// slim returns the entity ids and counts of a list of mentions, in a new
// list (the old one, with its lists, is then free).
func slim(list []mentionAgg) []mentionAgg {
	if len(list) == 0 {
		return list
	}
	out := make([]mentionAgg, len(list))
	for i, m := range list {
		out[i] = mentionAgg{entityID: m.entityID, count: m.count}
	}
	return out
}

// replay reads the spill back in the order written and calls fn with each
// record's article (byRec[i] is the contribution of the i-th record, nil
// for one the builder left out) and its full mentions and cues.
func (s *spill) replay(ctx context.Context, byRec []*contribution, fn func(c *contribution, mentions, cues []mentionAgg) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return nil
	}
	if err := s.bw.Flush(); err != nil {
		return fmt.Errorf("spill: write %s: %w", s.f.Name(), err)
	}
	if fi, err := s.f.Stat(); err == nil {
		s.size = fi.Size()
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("spill: read %s: %w", s.f.Name(), err)
	}
	dec := gob.NewDecoder(bufio.NewReaderSize(s.f, 1<<16))
	for i := 0; i < s.n; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var rec shardRecord
		if err := dec.Decode(&rec); err != nil {
			return fmt.Errorf("spill: read %s: record %d of %d: %w", s.f.Name(), i+1, s.n, err)
		}
		c := byRec[i]
		if c == nil {
			continue
		}
		if rec.C.Article.ID != c.art.ID {
			return fmt.Errorf("spill: %s: record %d is of %s, not of %s", s.f.Name(), i+1, rec.C.Article.Source, c.art.Source)
		}
		full, err := fromWire(rec.C)
		if err != nil {
			return fmt.Errorf("spill: %s: %w", s.f.Name(), err)
		}
		if err := fn(c, full.c.mentions, full.c.cues); err != nil {
			return err
		}
	}
	return nil
}

// records is the number of records written.
func (s *spill) records() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.n
}

// written is the number of records written, the size of their file once
// read back, and the size of the facts' evidence file.
func (s *spill) written() (records int, size, evidence int64) {
	if s == nil {
		return 0, 0, 0
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.n, s.size, s.evOff
}

// remove closes the spill and removes its temporary folder; it returns the
// first error of writing, if any, joined with that of removing.
func (s *spill) remove() error {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []error
	if s.err != nil {
		errs = append(errs, s.err)
	}
	if s.f != nil {
		if err := s.f.Close(); err != nil {
			errs = append(errs, fmt.Errorf("spill: close %s: %w", s.f.Name(), err))
		}
		s.f = nil
	}
	if s.ev != nil {
		if err := s.ev.Close(); err != nil {
			errs = append(errs, fmt.Errorf("spill: close %s: %w", s.ev.Name(), err))
		}
		s.ev = nil
	}
	if s.dir != "" {
		if err := os.RemoveAll(s.dir); err != nil {
			errs = append(errs, fmt.Errorf("spill: remove %s: %w", s.dir, err))
		}
		s.dir = ""
	}
	return errors.Join(errs...)
}

// mentionStep is one step of the builder that changes the articles'
// mentions: a rename (applyAliases) or, with to nil, the learnt places
// turned into mentions (learnPlaces). A spilled article's full mentions go
// through the same steps when they are read back.
type mentionStep struct {
	to func(string) string
}

// emitSpilled adds the MENTIONS of every article once the rounds are
// emitted: those held in memory, then those read back from the spill,
// each through the renames and learnt places the builder applied to its
// slim mentions (b.steps).
func (b *builder) emitSpilled(ctx context.Context, em *emitter) error {
	byRec := make([]*contribution, b.spill.records())
	for _, c := range b.contribs {
		if c.spilled == 0 {
			b.emitMentions(em, c)
			continue
		}
		byRec[c.spilled-1] = c
	}
	return b.spill.replay(ctx, byRec, func(c *contribution, mentions, cues []mentionAgg) error {
		full := &contribution{art: c.art, mentions: mentions}
		for _, st := range b.steps {
			if st.to != nil {
				full.mentions = renameMentions(full.mentions, st.to)
				continue
			}
			for _, j := range c.learnt {
				if j >= len(cues) {
					return fmt.Errorf("spill: %s has %d place cues read back, the assembly learnt cue %d", c.art.Source, len(cues), j)
				}
				full.mentions = append(full.mentions[:len(full.mentions):len(full.mentions)], cues[j])
			}
		}
		if !slices.EqualFunc(full.mentions, c.mentions, func(a, b mentionAgg) bool { return a.entityID == b.entityID && a.count == b.count }) {
			return fmt.Errorf("spill: the mentions of %s read back are not those assembled", c.art.Source)
		}
		b.emitMentions(em, full)
		c.mentions = nil
		return nil
	})
}
