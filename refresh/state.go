package refresh

import (
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

	"github.com/negograph/negograph/article"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/pipeline"
)

// stateVersion is the layout of the state folder; another value is ignored
// (the next pass starts cold).
const stateVersion = 1

// stateMeta is state.json: what the last committed pass saw.
type stateMeta struct {
	Version int `json:"version"`
	// Generation is the id of the last committed pass, also recorded in the
	// database's RefreshState node: when they differ, graph.json is not
	// what the database holds.
	Generation string `json:"generation"`
	// Target names the database (URI without credentials, and database).
	Target string `json:"target"`
	// Articles are the articles of the last pass in assembly order.
	Articles []articleEntry `json:"articles"`
	// Web are the pages fetched so far, by URL.
	Web map[string]webEntry `json:"web"`
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

// store is the state folder: state.json, graph.json (the committed graph),
// contrib/ (cached analyses by input key, gob) and web/ (fetched pages). A
// flock on its lock file keeps two processes from sharing it.
type store struct {
	dir  string
	lock *os.File
}

// openStore creates the folder when needed and locks it.
func openStore(dir string) (*store, error) {
	if dir == "" {
		return nil, errors.New("refresh: no state folder (set refresh.state_dir)")
	}
	for _, sub := range []string{"", "contrib", "web"} {
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
			return nil, fmt.Errorf("refresh: state folder %s is in use by another negograph process: %w", dir, ErrLocked)
		}
		return nil, fmt.Errorf("refresh: lock state folder %s: %w", dir, err)
	}
	return &store{dir: dir, lock: f}, nil
}

func (s *store) close() error {
	_ = syscall.Flock(int(s.lock.Fd()), syscall.LOCK_UN)
	return s.lock.Close()
}

// loadMeta reads state.json; a missing or foreign file gives an empty state.
func (s *store) loadMeta() (stateMeta, error) {
	empty := stateMeta{Version: stateVersion, Web: map[string]webEntry{}}
	data, err := os.ReadFile(filepath.Join(s.dir, "state.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return empty, nil
	}
	if err != nil {
		return empty, fmt.Errorf("refresh: read state: %w", err)
	}
	var m stateMeta
	if err := json.Unmarshal(data, &m); err != nil || m.Version != stateVersion {
		return empty, nil // unreadable state is a cold start, not an error
	}
	if m.Web == nil {
		m.Web = map[string]webEntry{}
	}
	return m, nil
}

func (s *store) saveMeta(ctx context.Context, m stateMeta) error {
	return graph.WriteFileAtomic(ctx, filepath.Join(s.dir, "state.json"), func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", " ")
		return enc.Encode(m)
	})
}

// loadGraph reads graph.json; ok is false when there is none.
func (s *store) loadGraph() (graph.Snapshot, bool, error) {
	snap, err := graph.ReadSnapshotFile(filepath.Join(s.dir, "graph.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return snap, false, nil
	}
	if err != nil {
		return snap, false, nil // a damaged copy: read the database instead
	}
	return snap, true, nil
}

func (s *store) saveGraph(ctx context.Context, snap graph.Snapshot) error {
	return graph.WriteFileAtomic(ctx, filepath.Join(s.dir, "graph.json"), snap.EncodeJSON)
}

func (s *store) contribPath(key string) string {
	return filepath.Join(s.dir, "contrib", key[:2], key+".gob")
}

// hasContrib reports whether an analysis is cached.
func (s *store) hasContrib(key string) bool {
	_, err := os.Stat(s.contribPath(key))
	return err == nil
}

// loadContrib reads a cached analysis; ok is false when there is none.
func (s *store) loadContrib(key string) (*pipeline.Contribution, bool) {
	data, err := os.ReadFile(s.contribPath(key))
	if err != nil {
		return nil, false
	}
	var c pipeline.Contribution
	if err := c.UnmarshalBinary(data); err != nil {
		return nil, false
	}
	return &c, true
}

func (s *store) saveContrib(ctx context.Context, key string, c *pipeline.Contribution) error {
	data, err := c.MarshalBinary()
	if err != nil {
		return err
	}
	p := s.contribPath(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("refresh: cache folder: %w", err)
	}
	return graph.WriteFileAtomic(ctx, p, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// pruneContribs deletes cached analyses no article uses any more.
func (s *store) pruneContribs(keep map[string]bool) error {
	root := filepath.Join(s.dir, "contrib")
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		key := strings.TrimSuffix(d.Name(), ".gob")
		if !keep[key] {
			return os.Remove(p)
		}
		return nil
	})
}

// webFile names the file of a fetched page.
func webFile(url string) string {
	sum := sha256.Sum256([]byte(url))
	return hex.EncodeToString(sum[:12]) + ".json"
}

func (s *store) loadWeb(file string) (article.Article, error) {
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

func (s *store) saveWeb(ctx context.Context, file string, a article.Article) error {
	data, err := json.Marshal(a)
	if err != nil {
		return err
	}
	return graph.WriteFileAtomic(ctx, filepath.Join(s.dir, "web", file), func(w io.Writer) error {
		_, err := io.Copy(w, bytes.NewReader(data))
		return err
	})
}

func (s *store) removeWeb(file string) error {
	err := os.Remove(filepath.Join(s.dir, "web", file))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}
