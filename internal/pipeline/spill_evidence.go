package pipeline

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// The evidence of a spilled article's meeting facts goes to a second file
// of the spill: the sentences behind each key of a fact ("meeting",
// "party:ID", ...), which only the round's relationships show, are most of
// what a fact holds (the interned sentences alone were about a third of a
// spilled analysis). Unlike the mention lists, which the builder reads
// back in the order written, the facts' evidence is read in the order of
// the rounds, fact by fact: each fact keeps where its evidence is in the
// file (evidenceRef) and the builder reads it back with ReadAt when a
// rename moves its keys (applyAliases) or its round is emitted
// (emitRound), once per fact.

// spillEvidenceFile is the name of the facts' evidence file in the spill's
// temporary folder.
const spillEvidenceFile = "spill-evidence.bin"

// evidenceRef says where a fact's evidence is in the spill's evidence
// file: its offset in the high 40 bits, its length in the low 24; zero
// when the fact holds its evidence.
type evidenceRef uint64

const evidenceLenBits = 24

// makeEvidenceRef returns the reference of n bytes at off; ok is false when
// they do not fit one (the fact then keeps its evidence).
func makeEvidenceRef(off int64, n int) (ref evidenceRef, ok bool) {
	if n <= 0 || n >= 1<<evidenceLenBits || off < 0 || off >= 1<<(64-evidenceLenBits) {
		return 0, false
	}
	return evidenceRef(uint64(off)<<evidenceLenBits | uint64(n)), true
}

// at is the offset and length of the evidence.
func (r evidenceRef) at() (off int64, n int) {
	return int64(r >> evidenceLenBits), int(r & (1<<evidenceLenBits - 1))
}

// appendEvidence appends the encoding of e to buf: the number of keys,
// then each key and its sentences, every string as its length (uvarint)
// and bytes.
func appendEvidence(buf []byte, e factEvidence) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(e)))
	for _, k := range e {
		buf = appendSpillString(buf, k.key)
		buf = binary.AppendUvarint(buf, uint64(len(k.sents)))
		for _, s := range k.sents {
			buf = appendSpillString(buf, s)
		}
	}
	return buf
}

func appendSpillString(buf []byte, s string) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(s)))
	return append(buf, s...)
}

// errEvidenceEncoding is the error of an evidence record that cannot be
// decoded.
var errEvidenceEncoding = errors.New("spill: bad evidence record")

// decodeEvidence decodes what appendEvidence wrote. Keys and sentences are
// their canonical copies (intern): one copy each, shared with the graph.
func decodeEvidence(data []byte) (factEvidence, error) {
	d := evidenceDecoder{data: data}
	nk := d.count()
	if d.err != nil {
		return nil, d.err
	}
	out := make(factEvidence, 0, nk)
	for range nk {
		key := d.string()
		ns := d.count()
		if d.err != nil {
			return nil, d.err
		}
		sents := make([]string, 0, ns)
		for range ns {
			sents = append(sents, d.string())
		}
		if d.err != nil {
			return nil, d.err
		}
		out = append(out, keyedSentences{key: key, sents: sents})
	}
	if len(d.data) != 0 {
		return nil, fmt.Errorf("%w: %d bytes left over", errEvidenceEncoding, len(d.data))
	}
	return out, nil
}

// evidenceDecoder reads the uvarints and strings of an evidence record; the
// first error stops it.
type evidenceDecoder struct {
	data []byte
	err  error
}

func (d *evidenceDecoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.data)
	if n <= 0 {
		d.err = fmt.Errorf("%w: truncated number", errEvidenceEncoding)
		return 0
	}
	d.data = d.data[n:]
	return v
}

// count reads a number of items, each of which takes at least one byte.
func (d *evidenceDecoder) count() int {
	v := d.uvarint()
	if d.err == nil && v > uint64(len(d.data)) {
		d.err = fmt.Errorf("%w: %d items in %d bytes", errEvidenceEncoding, v, len(d.data))
		return 0
	}
	return int(v)
}

func (d *evidenceDecoder) string() string {
	n := d.uvarint()
	if d.err != nil {
		return ""
	}
	if n > uint64(len(d.data)) {
		d.err = fmt.Errorf("%w: a string of %d bytes in %d", errEvidenceEncoding, n, len(d.data))
		return ""
	}
	s := intern(string(d.data[:n]))
	d.data = d.data[n:]
	return s
}

// putEvidence writes the evidence of c's facts to the evidence file and
// leaves in each fact where it is (under s.mu, the files open). On an
// error of writing the facts keep their evidence and s.err is set.
func (s *spill) putEvidence(c *contribution) {
	var buf []byte
	ends := make([]int, len(c.meetings))
	for i := range c.meetings {
		if m := &c.meetings[i]; m.evAt == 0 && len(m.evidence) > 0 {
			buf = appendEvidence(buf, m.evidence)
		}
		ends[i] = len(buf)
	}
	if len(buf) == 0 {
		return
	}
	if _, err := s.ev.Write(buf); err != nil {
		s.err = fmt.Errorf("spill: write %s: %w", s.ev.Name(), err)
		return
	}
	start := 0
	for i := range c.meetings {
		m := &c.meetings[i]
		if ends[i] > start {
			if ref, ok := makeEvidenceRef(s.evOff+int64(start), ends[i]-start); ok {
				m.evidence, m.evAt = nil, ref
			}
		}
		start = ends[i]
	}
	s.evOff += int64(len(buf))
}

// hasEvidence reports whether a fact of c holds evidence it could spill.
func hasEvidence(c *contribution) bool {
	for i := range c.meetings {
		if c.meetings[i].evAt == 0 && len(c.meetings[i].evidence) > 0 {
			return true
		}
	}
	return false
}

// loadEvidence reads back the evidence of a fact that spilled it, in
// place; it does nothing for a fact that holds its evidence. The first
// error of reading is kept (readErr) and the fact is left without
// evidence: the builder fails the build with it.
func (s *spill) loadEvidence(m *meetingFact) {
	if s == nil || m.evAt == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	off, n := m.evAt.at()
	m.evAt = 0
	if s.readErr != nil {
		return
	}
	if s.ev == nil {
		s.readErr = errors.New("spill: a fact's evidence is spilled, but the spill has no evidence file")
		return
	}
	if cap(s.buf) < n {
		s.buf = make([]byte, n)
	}
	buf := s.buf[:n]
	if _, err := s.ev.ReadAt(buf, off); err != nil {
		s.readErr = fmt.Errorf("spill: read %s at %d: %w", s.ev.Name(), off, err)
		return
	}
	e, err := decodeEvidence(buf)
	if err != nil {
		s.readErr = fmt.Errorf("spill: %s at %d: %w", s.ev.Name(), off, err)
		return
	}
	m.evidence = e
}

// loadRound reads back the evidence of the reports of r.
func (s *spill) loadRound(r *round) {
	if s == nil || r == nil {
		return
	}
	for _, f := range r.facts {
		s.loadEvidence(f)
	}
}

// readError returns the first error of reading the facts' evidence back.
func (s *spill) readError() error {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.readErr
}
