package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/internal/atomicfile"
	"github.com/negograph/negograph/internal/source"
)

// ErrStateInUse is a state folder another negograph process holds.
var ErrStateInUse = errors.New("state folder in use by another negograph process")

// stateVersion is the layout of the state folder; another value is ignored
// (the next pass starts cold). Version 2 added the journal (statelog.go);
// a version 1 state.json is read as a state without one.
const stateVersion = 2

// StateMeta is state.json: what the last committed run saw. The zero
// value is no previous state (a build).
type StateMeta struct {
	Version int `json:"version"`
	// Generation is the id of the last committed pass, also recorded in the
	// database's RefreshState node: when they differ, graph.json is not
	// what the database holds.
	Generation string `json:"generation"`
	// Target names the database (URI without credentials, and database).
	Target string `json:"target"`
	// Fingerprint is the analyses' (Fingerprint).
	Fingerprint string `json:"fingerprint"`
	// Packs maps the input key of each live analysis to the pack file
	// under packs/ that holds it.
	Packs map[string]string `json:"packs"`
	// Articles are the articles of the last pass in assembly order.
	Articles []articleEntry `json:"articles"`
	// Web are the pages fetched so far, by URL.
	Web map[string]webEntry `json:"web"`
	// Files are the input files of the last pass, by path.
	Files map[string]fileRecord `json:"files"`
	// Journal names the journal (state.JOURNAL.log) whose records apply
	// on top of this file; empty in a version 1 state.
	Journal string `json:"journal,omitempty"`
}

// fileRecord is what a pass saw of one input file: enough to skip reading
// it again while it does not change.
type fileRecord struct {
	Size        int64          `json:"size"`
	ModTime     time.Time      `json:"mtime"`
	Meta        string         `json:"meta,omitempty"`
	Fingerprint string         `json:"fingerprint"`
	OK          bool           `json:"ok"`
	Entries     []articleEntry `json:"articles"`
}

// same reports whether a file still has the recorded stamp.
func (f fileRecord) same(s source.Stamp) bool {
	return f.Size == s.Size && f.ModTime.Equal(s.ModTime) && f.Meta == s.Meta
}

// articleEntry is one article of a pass: its source and analysis input key.
type articleEntry struct {
	Source string `json:"source"`
	Key    string `json:"key"`
}

// webEntry is a page fetched from a feed or URL list, kept so that it can
// be analysed again (extractor change) and so that a feed item that rolled
// off the feed stays in the graph.
type webEntry struct {
	// Origin is the feed URL or URL-list file that named the page.
	Origin string `json:"origin"`
	// Seq orders pages by when they were first seen.
	Seq int `json:"seq"`
	// File holds the article (with text) under web/.
	File string `json:"file"`
}

// State is the state folder: state.json, packs/ (cached analyses, many per
// file, one file per pass that analysed something, compacted now and then)
// and web/ (fetched pages). A flock on its lock file keeps two processes
// from sharing it.
type State struct {
	dir  string
	lock *os.File
	// disk is the meta as the folder holds it (state.json and its
	// journal), once Meta or a commit has known it; nil before.
	disk *StateMeta
	// stateSize and journalSize are the sizes of state.json and of the
	// valid part of its journal; ignored is the size of what follows that
	// part (a torn or corrupt record and anything after it).
	stateSize, journalSize, ignored int64
}

// IgnoredJournalBytes is the size of the end of the journal that Meta
// could not read (a record torn by a crash, or a corrupt one, and what
// follows it): the state is that of the pass before. The next commit
// keeps those bytes aside in state.ID.log.torn before it appends.
func (s *State) IgnoredJournalBytes() int64 { return s.ignored }

// OpenState opens the state folder dir, creating it when needed, and
// locks it against other processes (ErrStateInUse).
func OpenState(dir string) (*State, error) {
	if dir == "" {
		return nil, errors.New("refresh: no state folder (set refresh.state_dir)")
	}
	for _, sub := range []string{"", "packs", "web"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return nil, fmt.Errorf("refresh: create state folder %s: %w", dir, err)
		}
	}
	f, err := os.OpenFile(filepath.Join(dir, "lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("refresh: open state lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("refresh: state folder %s is in use by another negograph process: %w", dir, ErrStateInUse)
		}
		return nil, fmt.Errorf("refresh: lock state folder %s: %w", dir, err)
	}
	return &State{dir: dir, lock: f}, nil
}

// Close unlocks the state folder.
func (s *State) Close() error {
	_ = syscall.Flock(int(s.lock.Fd()), syscall.LOCK_UN)
	return s.lock.Close()
}

// Meta reads state.json and applies its journal; a missing or foreign
// file gives an empty state.
func (s *State) Meta() (StateMeta, error) {
	s.disk, s.stateSize, s.journalSize, s.ignored = nil, 0, 0, 0
	empty := StateMeta{Version: stateVersion, Web: map[string]webEntry{}, Packs: map[string]string{}}
	data, err := os.ReadFile(filepath.Join(s.dir, "state.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return empty, nil
	}
	if err != nil {
		return empty, fmt.Errorf("refresh: read state: %w", err)
	}
	var m StateMeta
	if err := json.Unmarshal(data, &m); err != nil || (m.Version != stateVersion && m.Version != 1) {
		return empty, nil // unreadable state is a cold start, not an error
	}
	if m.Version == 1 {
		m.Journal = ""
	}
	m.Version = stateVersion
	if m.Web == nil {
		m.Web = map[string]webEntry{}
	}
	if m.Packs == nil {
		m.Packs = map[string]string{}
	}
	var journalSize, ignored int64
	if m.Journal != "" {
		log, err := os.ReadFile(s.journalPath(m.Journal))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return empty, fmt.Errorf("refresh: read state journal: %w", err)
		}
		journalSize = int64(replayJournal(log, &m))
		ignored = int64(len(log)) - journalSize
	}
	s.stateSize, s.journalSize, s.ignored = int64(len(data)), journalSize, ignored
	disk := cloneMeta(m)
	s.disk = &disk
	return m, nil
}

// saveMeta replaces state.json with data.
func (s *State) saveMeta(ctx context.Context, data []byte) error {
	return atomicfile.Write(ctx, filepath.Join(s.dir, "state.json"), func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// loadPack reads one pack of analyses.
func (s *State) loadPack(name string) ([]Keyed, error) {
	f, err := os.Open(filepath.Join(s.dir, "packs", name))
	if err != nil {
		return nil, fmt.Errorf("refresh: open analysis pack: %w", err)
	}
	defer f.Close()
	list, err := ReadContributions(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("refresh: analysis pack %s: %w", name, err)
	}
	return list, nil
}

// savePack writes a pack of analyses atomically.
func (s *State) savePack(ctx context.Context, name string, list []Keyed) error {
	return atomicfile.Write(ctx, filepath.Join(s.dir, "packs", name), func(w io.Writer) error {
		return WriteContributions(w, list)
	})
}

// removePacks deletes the pack files not in keep.
func (s *State) removePacks(keep map[string]bool) error {
	entries, err := os.ReadDir(filepath.Join(s.dir, "packs"))
	if err != nil {
		return fmt.Errorf("refresh: list analysis packs: %w", err)
	}
	for _, e := range entries {
		if !keep[e.Name()] && strings.HasSuffix(e.Name(), ".gob") {
			if err := os.Remove(filepath.Join(s.dir, "packs", e.Name())); err != nil {
				return fmt.Errorf("refresh: remove analysis pack: %w", err)
			}
		}
	}
	return nil
}

// webFile names the file of a fetched page.
func webFile(url string) string {
	sum := sha256.Sum256([]byte(url))
	return hex.EncodeToString(sum[:12]) + ".json"
}

func (s *State) loadWeb(file string) (article.Article, error) {
	var a article.Article
	data, err := os.ReadFile(filepath.Join(s.dir, "web", file))
	if err != nil {
		return a, fmt.Errorf("refresh: read stored page: %w", err)
	}
	if err := json.Unmarshal(data, &a); err != nil {
		return a, fmt.Errorf("refresh: stored page %s: %w", file, err)
	}
	return a, nil
}

func (s *State) saveWeb(ctx context.Context, file string, a article.Article) error {
	data, err := json.Marshal(a)
	if err != nil {
		return err
	}
	return atomicfile.Write(ctx, filepath.Join(s.dir, "web", file), func(w io.Writer) error {
		_, err := io.Copy(w, bytes.NewReader(data))
		return err
	})
}

func (s *State) removeWeb(file string) error {
	err := os.Remove(filepath.Join(s.dir, "web", file))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}
