package pipeline

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
)

// The state journal. A pass used to rewrite state.json whole, the list of
// every article, pack, page and input file, which at tens of thousands of
// articles costs most of a second for a pass that changed one article.
// Now a pass appends what changed to a journal file (one record, one
// fsync), and state.json is rewritten only when the journal has grown to
// half its size (a fold).
//
// state.json names its journal (StateMeta.Journal); a fold writes a new
// state.json naming a new, empty journal and then removes the old one, so
// a crash between the two leaves a journal no state.json names, which is
// ignored and removed later. Each record is framed by its length and a
// CRC-32C of its payload: a record torn by a crash while it was appended
// fails the check, and it and anything after it are ignored — the state of
// the pass before, as when a crash hit a rewrite of state.json before its
// rename. The next append cuts such a tail off first.

// journalMinFold is the journal size below which a pass never folds it.
const journalMinFold = 64 << 10

// journalCRC is the checksum table of the journal's records.
func journalCRC() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) }

// metaDelta is one journal record: what a pass changed in StateMeta,
// relative to the state it read (Base, the generation before it).
type metaDelta struct {
	Base        string `json:"base"`
	Generation  string `json:"generation"`
	Target      string `json:"target"`
	Fingerprint string `json:"fingerprint"`
	// Packs, Web and Files hold the entries added or changed; the *Gone
	// lists the keys removed.
	Packs     map[string]string     `json:"packs,omitempty"`
	PacksGone []string              `json:"packs_gone,omitempty"`
	Web       map[string]webEntry   `json:"web,omitempty"`
	WebGone   []string              `json:"web_gone,omitempty"`
	Files     map[string]fileRecord `json:"files,omitempty"`
	FilesGone []string              `json:"files_gone,omitempty"`
	// Articles, when set, replaces the articles between the first Prefix
	// and the last Suffix ones.
	Articles *articlesEdit `json:"articles,omitempty"`
}

// articlesEdit replaces the middle of the article list: the first Prefix
// and the last Suffix entries stay, the ones between become Mid.
type articlesEdit struct {
	Prefix int            `json:"prefix"`
	Suffix int            `json:"suffix"`
	Mid    []articleEntry `json:"mid"`
}

// diffMeta is the record that turns old into m.
func diffMeta(old, m StateMeta) metaDelta {
	d := metaDelta{Base: old.Generation, Generation: m.Generation, Target: m.Target, Fingerprint: m.Fingerprint}
	d.Packs, d.PacksGone = diffMap(old.Packs, m.Packs, func(a, b string) bool { return a == b })
	d.Web, d.WebGone = diffMap(old.Web, m.Web, func(a, b webEntry) bool { return a == b })
	d.Files, d.FilesGone = diffMap(old.Files, m.Files, sameFileRecord)
	if !slices.Equal(old.Articles, m.Articles) {
		p := 0
		for p < len(old.Articles) && p < len(m.Articles) && old.Articles[p] == m.Articles[p] {
			p++
		}
		s := 0
		for s < len(old.Articles)-p && s < len(m.Articles)-p &&
			old.Articles[len(old.Articles)-1-s] == m.Articles[len(m.Articles)-1-s] {
			s++
		}
		d.Articles = &articlesEdit{Prefix: p, Suffix: s, Mid: slices.Clone(m.Articles[p : len(m.Articles)-s])}
	}
	return d
}

// diffMap gives the entries of m that old lacks or holds otherwise, and
// the keys of old that m lacks (sorted, so a record is deterministic).
func diffMap[V any](old, m map[string]V, same func(a, b V) bool) (map[string]V, []string) {
	var set map[string]V
	for k, v := range m {
		if o, ok := old[k]; !ok || !same(o, v) {
			if set == nil {
				set = map[string]V{}
			}
			set[k] = v
		}
	}
	var gone []string
	for k := range old {
		if _, ok := m[k]; !ok {
			gone = append(gone, k)
		}
	}
	sort.Strings(gone)
	return set, gone
}

// sameFileRecord compares two records field by field (times by instant,
// since a record read back from JSON has lost its location).
func sameFileRecord(a, b fileRecord) bool {
	return a.Size == b.Size && a.ModTime.Equal(b.ModTime) && a.Meta == b.Meta &&
		a.Fingerprint == b.Fingerprint && a.OK == b.OK && slices.Equal(a.Entries, b.Entries)
}

// apply applies the record to m, which it changes; it fails, leaving m
// as it was, when the record does not follow m or does not fit its
// article list.
func (d metaDelta) apply(m *StateMeta) error {
	if d.Base != m.Generation {
		return fmt.Errorf("record follows generation %q, the state is at %q", d.Base, m.Generation)
	}
	if e := d.Articles; e != nil {
		if e.Prefix < 0 || e.Suffix < 0 || e.Prefix+e.Suffix > len(m.Articles) {
			return fmt.Errorf("article edit %d+%d does not fit %d articles", e.Prefix, e.Suffix, len(m.Articles))
		}
		m.Articles = slices.Concat(m.Articles[:e.Prefix], e.Mid, m.Articles[len(m.Articles)-e.Suffix:])
	}
	m.Generation, m.Target, m.Fingerprint = d.Generation, d.Target, d.Fingerprint
	if m.Packs == nil && len(d.Packs) > 0 {
		m.Packs = map[string]string{}
	}
	if m.Web == nil && len(d.Web) > 0 {
		m.Web = map[string]webEntry{}
	}
	applyMap(m.Packs, d.Packs, d.PacksGone)
	applyMap(m.Web, d.Web, d.WebGone)
	if m.Files == nil && len(d.Files) > 0 {
		m.Files = map[string]fileRecord{}
	}
	applyMap(m.Files, d.Files, d.FilesGone)
	return nil
}

func applyMap[V any](m, set map[string]V, gone []string) {
	for _, k := range gone {
		delete(m, k)
	}
	maps.Copy(m, set)
}

// encodeRecord frames a journal record: length, CRC-32C, JSON payload.
func encodeRecord(d metaDelta) ([]byte, error) {
	payload, err := json.Marshal(d)
	if err != nil {
		return nil, fmt.Errorf("refresh: encode state journal record: %w", err)
	}
	rec := make([]byte, 8, 8+len(payload))
	binary.LittleEndian.PutUint32(rec[0:4], uint32(len(payload)))
	binary.LittleEndian.PutUint32(rec[4:8], crc32.Checksum(payload, journalCRC()))
	return append(rec, payload...), nil
}

// replayJournal applies the records of data to m in order and returns the
// length of the valid prefix of data: it stops at the first record that is
// torn, fails its checksum or does not follow the state.
func replayJournal(data []byte, m *StateMeta) int {
	tab := journalCRC()
	off := 0
	for len(data)-off >= 8 {
		n := int(binary.LittleEndian.Uint32(data[off : off+4]))
		sum := binary.LittleEndian.Uint32(data[off+4 : off+8])
		if n > len(data)-off-8 {
			break
		}
		payload := data[off+8 : off+8+n]
		if crc32.Checksum(payload, tab) != sum {
			break
		}
		var d metaDelta
		if err := json.Unmarshal(payload, &d); err != nil {
			break
		}
		if err := d.apply(m); err != nil {
			break
		}
		off += 8 + n
	}
	return off
}

// cloneMeta copies m so that the copy shares no map or slice with it.
func cloneMeta(m StateMeta) StateMeta {
	c := m
	c.Packs = maps.Clone(m.Packs)
	c.Web = maps.Clone(m.Web)
	c.Files = maps.Clone(m.Files)
	c.Articles = slices.Clone(m.Articles)
	return c
}

// journalPath is the file of the journal named id.
func (s *State) journalPath(id string) string {
	return filepath.Join(s.dir, "state."+id+".log")
}

// newJournalID names a new journal.
func newJournalID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// commitMeta records m as the state's new meta: one appended journal
// record when the state was read in this process (Meta) and the journal is
// small, else a fold, a new state.json with an empty journal.
func (s *State) commitMeta(ctx context.Context, m StateMeta) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.disk != nil && s.disk.Journal != "" {
		rec, err := encodeRecord(diffMeta(*s.disk, m))
		if err != nil {
			return err
		}
		if s.journalSize+int64(len(rec)) <= max(journalMinFold, s.stateSize/2) {
			if err := s.appendJournal(rec); err != nil {
				return err
			}
			s.journalSize += int64(len(rec))
			next := cloneMeta(m)
			next.Journal = s.disk.Journal
			s.disk = &next
			return nil
		}
	}
	return s.fold(ctx, m)
}

// appendJournal appends one record to the journal named by the state
// read, after cutting off a torn tail, and makes it durable.
func (s *State) appendJournal(rec []byte) error {
	path := s.journalPath(s.disk.Journal)
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return fmt.Errorf("refresh: open state journal: %w", err)
	}
	if s.ignored > 0 {
		// Keep what cannot be read aside before it is cut off.
		if err := keepTornTail(f, path, s.journalSize); err != nil {
			f.Close()
			return err
		}
		s.ignored = 0
	}
	if err := f.Truncate(s.journalSize); err != nil {
		f.Close()
		return fmt.Errorf("refresh: state journal %s: cut a torn record: %w", path, err)
	}
	if _, err := f.WriteAt(rec, s.journalSize); err != nil {
		f.Close()
		return fmt.Errorf("refresh: append to state journal %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("refresh: state journal %s: flush to disk: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("refresh: state journal %s: %w", path, err)
	}
	if s.journalSize == 0 {
		// A new file: its folder entry must be durable too.
		d, err := os.Open(s.dir)
		if err != nil {
			return fmt.Errorf("refresh: state folder %s: open to flush it: %w", s.dir, err)
		}
		err = d.Sync()
		d.Close()
		if err != nil {
			return fmt.Errorf("refresh: state folder %s: flush to disk: %w", s.dir, err)
		}
	}
	return nil
}

// keepTornTail appends the journal's bytes from valid on, which no replay
// can read, to path.torn, so that cutting them off loses nothing a person
// might still recover by hand.
func keepTornTail(f *os.File, path string, valid int64) error {
	info, err := f.Stat()
	if err != nil {
		return fmt.Errorf("refresh: state journal %s: %w", path, err)
	}
	tail := make([]byte, info.Size()-valid)
	if _, err := f.ReadAt(tail, valid); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("refresh: state journal %s: read its unreadable end: %w", path, err)
	}
	t, err := os.OpenFile(path+".torn", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("refresh: keep the unreadable end of the state journal: %w", err)
	}
	if _, err := t.Write(tail); err != nil {
		t.Close()
		return fmt.Errorf("refresh: keep the unreadable end of the state journal: %w", err)
	}
	if err := t.Sync(); err != nil {
		t.Close()
		return fmt.Errorf("refresh: keep the unreadable end of the state journal: %w", err)
	}
	return t.Close()
}

// fold writes m whole to state.json, naming a new empty journal, then
// removes every other journal file.
func (s *State) fold(ctx context.Context, m StateMeta) error {
	next := cloneMeta(m)
	next.Version = stateVersion
	next.Journal = newJournalID()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", " ")
	if err := enc.Encode(next); err != nil {
		return fmt.Errorf("refresh: encode state: %w", err)
	}
	if err := s.saveMeta(ctx, buf.Bytes()); err != nil {
		return err
	}
	s.disk, s.stateSize, s.journalSize, s.ignored = &next, int64(buf.Len()), 0, 0
	// The state is committed: a journal left behind (a failed removal) is
	// named by no state.json, so it is ignored, and removed at the next fold.
	_ = s.removeJournals(next.Journal)
	return nil
}

// removeJournals deletes the journal files other than keep's; the
// unreadable ends kept aside (.torn) stay.
func (s *State) removeJournals(keep string) error {
	old, err := filepath.Glob(filepath.Join(s.dir, "state.*.log"))
	if err != nil {
		return fmt.Errorf("refresh: list state journals: %w", err)
	}
	for _, p := range old {
		if p == s.journalPath(keep) {
			continue
		}
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("refresh: remove old state journal: %w", err)
		}
	}
	return nil
}
