package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/negograph/negograph/internal/article"
)

// entryFor finds the manifest entry of the file at p, looking in its own
// folder and then in the folders above it up to root.
func (w *walker) entryFor(p, root string) *manifestEntry {
	w.mu.Lock()
	defer w.mu.Unlock()
	dir := filepath.Dir(p)
	for {
		if m := w.manifests[dir]; m != nil {
			if rel, err := filepath.Rel(dir, p); err == nil {
				if e, ok := m.entries[filepath.ToSlash(rel)]; ok {
					return e
				}
			}
		}
		parent := filepath.Dir(dir)
		if dir == filepath.Clean(root) || parent == dir {
			return nil
		}
		dir = parent
	}
}

// manifestEntry is one file's metadata from a manifest.json.
type manifestEntry struct {
	language, outlet, url string
	published             article.Date
}

// apply sets the entry's values on a; override says whether they replace
// the article's own values or only fill the gaps.
func (e *manifestEntry) apply(a *article.Article, override bool) {
	if e == nil {
		return
	}
	set := func(dst *string, v string) {
		if v != "" && (override || *dst == "") {
			*dst = v
		}
	}
	set(&a.Language, e.language)
	set(&a.Outlet, e.outlet)
	set(&a.URL, e.url)
	if !e.published.IsZero() && (override || a.Published.IsZero()) {
		a.Published = e.published
	}
}

// manifest is a parsed manifest.json and the problems found in it.
type manifest struct {
	entries  map[string]*manifestEntry // by slash path relative to the folder
	problems []manifestProblem
	reported map[int]bool // problems already passed to skip
}

type manifestProblem struct {
	file string // the entry's file, "" for the whole manifest
	err  *FileError
}

func (m *manifest) reportAll(w *walker) {
	for i, pr := range m.problems {
		m.reportOne(w, i, pr)
	}
}

// reportFor reports the problems of the whole manifest and of the entry
// of one file, for a file named explicitly.
func (m *manifest) reportFor(w *walker, file string) {
	for i, pr := range m.problems {
		if pr.file == "" || pr.file == file {
			m.reportOne(w, i, pr)
		}
	}
}

func (m *manifest) reportOne(w *walker, i int, pr manifestProblem) {
	if m.reported[i] {
		return
	}
	m.reported[i] = true
	fe := *pr.err
	_ = w.push(event{fe: &fe}) // a problem never stops the walk
}

// manifest loads (once per walk) the manifest.json of a folder; nil when the
// folder has none.
func (w *walker) manifest(dir string) *manifest {
	dir = filepath.Clean(dir)
	w.mu.Lock()
	defer w.mu.Unlock()
	if m, ok := w.manifests[dir]; ok {
		return m
	}
	m := loadManifest(dir, w.max)
	w.manifests[dir] = m
	return m
}

func loadManifest(dir string, max int64) *manifest {
	mp := filepath.Join(dir, "manifest.json")
	info, err := os.Stat(mp)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	m := &manifest{entries: map[string]*manifestEntry{}, reported: map[int]bool{}}
	fail := func(line int, file string, err error) {
		m.problems = append(m.problems, manifestProblem{file, &FileError{Path: mp, Line: line, Err: err}})
	}
	if err == nil && info.IsDir() {
		fail(0, "", fmt.Errorf("%w: manifest.json is a folder", ErrManifest))
		return m
	}
	var text string
	if err == nil {
		text, err = readLimited(mp, max)
	}
	data := []byte(text)
	if err != nil {
		fail(0, "", fmt.Errorf("%w: files are read without metadata: %w", ErrManifest, unwrapPathError(err)))
		return m
	}
	if !utf8.Valid(data) {
		fail(0, "", fmt.Errorf("%w: %w: files are read without metadata", ErrManifest, ErrInvalidUTF8))
		return m
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	type rawEntry struct {
		line int
		raw  json.RawMessage
	}
	var raws []rawEntry
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err == nil && tok != json.Delim('[') {
		err = errors.New("want a JSON array of entries")
	}
	for err == nil && dec.More() {
		start := int(dec.InputOffset())
		var raw json.RawMessage
		if err = dec.Decode(&raw); err == nil {
			raws = append(raws, rawEntry{lineAt(data, start), raw})
		}
	}
	if err == nil {
		_, err = dec.Token() // the closing bracket
	}
	if err == nil {
		if _, terr := dec.Token(); terr != io.EOF {
			err = errors.New("data after the closing bracket")
		}
	}
	if err != nil {
		fail(0, "", fmt.Errorf("%w: not a JSON array of {file, language, outlet, url, published} objects: %w; files are read without metadata", ErrManifest, err))
		return m
	}
	for _, re := range raws {
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(re.raw, &fields); err != nil || fields == nil {
			fail(re.line, "", fmt.Errorf("%w: entry is not a JSON object; entry ignored", ErrManifest))
			continue
		}
		str := func(name string) (string, bool) { return jsonString(fields[name]) }
		file, ok := str("file")
		key := path.Clean(strings.ReplaceAll(strings.TrimSpace(file), `\`, "/"))
		if !ok || file == "" || !filepath.IsLocal(filepath.FromSlash(key)) {
			fail(re.line, "", fmt.Errorf("%w: entry has no usable \"file\" (a path relative to the manifest's folder); entry ignored", ErrManifest))
			continue
		}
		bad := func(err error) {
			fail(re.line, key, fmt.Errorf("%w: entry %q: %w; value ignored", ErrManifest, file, err))
		}
		if _, dup := m.entries[key]; dup {
			fail(re.line, key, fmt.Errorf("%w: entry %q repeats an earlier entry; entry ignored", ErrManifest, file))
			continue
		}
		onDisk, _, _ := strings.Cut(key, "#") // "corpus.jsonl#id" names one record
		if _, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(onDisk))); err != nil {
			fail(re.line, key, fmt.Errorf("%w: entry %q: no such file next to the manifest", ErrManifest, file))
		}
		e := &manifestEntry{}
		if v, ok := str("language"); !ok {
			bad(errors.New("language must be a string"))
		} else if v != "" {
			if l, err := checkLanguage(v); err != nil {
				bad(err)
			} else {
				e.language = l
			}
		}
		if v, ok := str("outlet"); !ok {
			bad(errors.New("outlet must be a string or null"))
		} else {
			e.outlet = oneLine(v)
		}
		if v, ok := str("url"); !ok {
			bad(errors.New("url must be a string or null"))
		} else if strings.TrimSpace(v) != "" {
			if u, err := checkURL(v); err != nil {
				bad(err)
			} else {
				e.url = u
			}
		}
		if v, ok := str("published"); !ok {
			bad(errors.New("published must be a string such as \"2024-05-08\""))
		} else if strings.TrimSpace(v) != "" {
			if d, err := parsePublished(v); err != nil {
				bad(fmt.Errorf("published: %w", err))
			} else {
				e.published = d
			}
		}
		m.entries[key] = e
	}
	return m
}

// lineAt gives the 1-based line of the first value byte at or after off.
func lineAt(data []byte, off int) int {
	for off < len(data) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
		off++
	}
	return 1 + bytes.Count(data[:min(off, len(data))], []byte("\n"))
}
