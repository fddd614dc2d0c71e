package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/negograph/negograph/internal/article"
)

// Walk reads every article under the paths, which may be files or folders.
// The paths are read in the order given, folders recursively in lexical
// order, so two walks over the same files give the same sequence. Walk calls
// fn for each article and skip (when not nil) for each input, line, manifest
// or value that is skipped (see FileError and the package doc), then goes
// on; a missing path is such a FileError too. An explicitly named file with
// an unsupported extension is ErrUnsupported, while such files inside
// folders are ignored silently.
//
// Walk returns nil once everything is read. It stops early only when ctx is
// cancelled or fn returns an error; the returned error then wraps ctx.Err()
// or fn's error and names the input being read.
func Walk(ctx context.Context, paths []string, opts Options, fn func(article.Article) error, skip func(*FileError)) error {
	w := &walker{
		ctx:       ctx,
		unchanged: opts.Unchanged,
		max:       opts.maxBytes(),
		fn:        fn,
		skip:      skip,
		manifests: map[string]*manifest{},
		mu:        &sync.Mutex{},
	}
	if n := opts.Workers; n > 1 {
		w.pool = startPool(w, n)
	}
	for _, p := range paths {
		if err := w.path(p); err != nil {
			return w.finish(err)
		}
	}
	return w.finish(nil)
}

type walker struct {
	ctx       context.Context
	unchanged func(path string, s Stamp) bool
	max       int64
	fn        func(article.Article) error
	skip      func(*FileError)
	manifests map[string]*manifest // by folder; nil when it has none
	mu        *sync.Mutex          // guards manifests
	// pool reads files in parallel (Options.Workers > 1); nil otherwise
	// and in the workers' copies of the walker.
	pool *pool
	// sink, in a worker's copy, is the slot of the task being run.
	sink *slot
}

func (w *walker) report(path string, line int, err error) {
	_ = w.push(event{fe: &FileError{Path: path, Line: line, Err: err}}) // a problem never stops the walk
}

func (w *walker) cancelled(path string) error {
	if err := w.ctx.Err(); err != nil {
		return fmt.Errorf("source: walk cancelled at %s: %w", Quote(path), err)
	}
	return nil
}

func (w *walker) emit(path string, a article.Article) error {
	return w.push(event{path: path, art: a})
}

func (w *walker) path(p string) error {
	if err := w.cancelled(p); err != nil {
		return err
	}
	if p == "" {
		w.report(p, 0, fmt.Errorf("%w: empty path", ErrUnsupported))
		return nil
	}
	info, err := os.Stat(p)
	if err != nil {
		w.report(p, 0, unwrapPathError(err))
		return nil
	}
	switch {
	case info.IsDir():
		return w.dir(p)
	case !info.Mode().IsRegular():
		w.report(p, 0, fmt.Errorf("%w: not a regular file or folder (%s)", ErrUnsupported, info.Mode().Type()))
	case filepath.Base(p) == "manifest.json":
		w.report(p, 0, fmt.Errorf("%w: a manifest is read with its folder: name the folder, or the files it describes", ErrUnsupported))
	case kindOf(p) == kindNone:
		w.report(p, 0, fmt.Errorf("%w: extension %q (want .txt, .md, .html, .htm or .jsonl)", ErrUnsupported, filepath.Ext(p)))
	default:
		dir := filepath.Dir(p)
		m := w.manifest(dir)
		if m != nil {
			m.reportFor(w, filepath.Base(p))
		}
		return w.file(p, dir)
	}
	return nil
}

// ErrNoArticles is the FileError of a folder named as an input under which
// no article file (.txt, .md, .html, .htm, .jsonl) was found: an empty or
// unmounted folder, which a refresh must not read as "every article
// deleted".
var ErrNoArticles = errors.New("no article files (.txt, .md, .html, .htm, .jsonl) under this folder; is it mounted and the right path?")

// dir walks a folder named as an input. A root given through a symbolic
// link is followed (the paths reported keep the name given); symbolic
// links inside it are followed only to files inside the same tree. A
// folder without any article file is an ErrNoArticles FileError.
func (w *walker) dir(root string) error {
	root = filepath.Clean(root)
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		w.report(root, 0, unwrapPathError(err))
		return nil
	}
	// name maps a path of the resolved tree back under root.
	name := func(p string) string {
		if p == real {
			return root
		}
		return root + p[len(real):]
	}
	files, rootFailed := 0, false
	err = filepath.WalkDir(real, func(rp string, d fs.DirEntry, err error) error {
		p := name(rp)
		if cerr := w.cancelled(p); cerr != nil {
			return cerr
		}
		if err != nil {
			w.report(p, 0, unwrapPathError(err))
			if p == root {
				rootFailed = true
			}
			if d != nil && d.IsDir() && p != root {
				return fs.SkipDir
			}
			return nil
		}
		base := d.Name()
		if p != root && strings.HasPrefix(base, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if m := w.manifest(p); m != nil {
				m.reportAll(w)
			}
			return nil
		}
		if base == "manifest.json" || kindOf(base) == kindNone {
			return nil
		}
		if !d.Type().IsRegular() {
			// Follow links to files, but not out of the tree.
			target, err := filepath.EvalSymlinks(rp)
			if err != nil {
				return nil
			}
			if rel, err := filepath.Rel(real, target); err != nil || !filepath.IsLocal(rel) {
				w.report(p, 0, fmt.Errorf("%w: symbolic link to %s, outside the folder %s; not followed", ErrUnsupported, target, root))
				return nil
			}
			info, err := os.Stat(rp)
			if err != nil || !info.Mode().IsRegular() {
				return nil
			}
		}
		files++
		return w.file(p, root)
	})
	if err != nil {
		return err
	}
	if files == 0 && !rootFailed {
		w.report(root, 0, ErrNoArticles)
	}
	return nil
}

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

// file reads one supported file; it returns an error only to stop the walk.
func (w *walker) file(p, root string) error {
	if err := w.cancelled(p); err != nil {
		return err
	}
	entry := w.entryFor(p, root)
	if w.unchanged != nil {
		info, err := os.Stat(p)
		if err == nil {
			st := Stamp{Size: info.Size(), ModTime: info.ModTime()}
			if entry != nil {
				st.Meta = fmt.Sprintf("%q %q %q %s", entry.language, entry.outlet, entry.url, entry.published)
			}
			if w.unchanged(p, st) {
				return nil
			}
		}
	}
	if kindOf(p) == kindJSONL {
		return w.jsonl(p, root, entry)
	}
	return w.submit(func(w *walker) error { return w.readFile(p, entry) })
}

// readFile reads, decodes and cleans one file that is not JSON Lines.
func (w *walker) readFile(p string, entry *manifestEntry) error {
	data, err := readLimited(p, w.max)
	if err != nil {
		w.report(p, 0, err)
		return nil
	}
	src, err := decodeText(data)
	if err != nil {
		w.report(p, 0, err)
		return nil
	}
	a := article.Article{Source: filepath.Base(p)}
	var published string
	switch kindOf(p) {
	case kindText:
		a.Text = Clean(src)
		a.Title = textTitle(a.Text)
	case kindMarkdown:
		d := parseMarkdown(src)
		a.Text = Clean(d.text)
		a.Title = d.title
		if u := d.meta["url"]; u != "" {
			if v, err := checkURL(u); err != nil {
				w.report(p, 0, fmt.Errorf("%w: front matter: %v", ErrMetadata, err))
			} else {
				a.URL = v
			}
		}
		a.Outlet = oneLine(firstNonEmpty(d.meta["outlet"], d.meta["source"]))
		if l := firstNonEmpty(d.meta["language"], d.meta["lang"]); l != "" {
			if v, err := checkLanguage(l); err != nil {
				w.report(p, 0, fmt.Errorf("%w: front matter: %v", ErrMetadata, err))
			} else {
				a.Language = v
			}
		}
		published = firstNonEmpty(d.meta["published"], d.meta["date"])
		if published != "" {
			if dt, err := parsePublished(published); err != nil {
				w.report(p, 0, fmt.Errorf("%w: front matter published: %w", ErrMetadata, err))
			} else {
				a.Published = dt
			}
		}
	case kindHTML:
		d, err := parseHTML(strings.NewReader(src))
		if err != nil {
			w.report(p, 0, err)
			return nil
		}
		a.Text, a.Title, a.Outlet = d.text, d.title, d.outlet
		// Page metadata is best effort: unusable values are ignored.
		if v, err := checkURL(d.url); err == nil {
			a.URL = v
		}
		if v, err := checkLanguage(d.lang); err == nil {
			a.Language = v
		}
		if dt, err := parsePublished(d.published); err == nil {
			a.Published = dt
		}
	}
	if a.Text == "" {
		w.report(p, 0, fmt.Errorf("%w: the file has no prose left once boilerplate is removed", ErrEmpty))
		return nil
	}
	a.ID = article.ContentID(a.Text)
	entry.apply(&a, true)
	if a.Language == "" {
		a.Language = detectLanguage(a.Text)
	}
	return w.emit(p, a)
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// jsonl reads a JSON Lines corpus line by line.
func (w *walker) jsonl(p, root string, entry *manifestEntry) error {
	f, err := os.Open(p)
	if err != nil {
		w.report(p, 0, unwrapPathError(err))
		return nil
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	// Lines are read here and parsed by a task per run of lines.
	var run []jsonLine
	size := 0
	flush := func() error {
		if len(run) == 0 {
			return nil
		}
		lines := run
		run, size = nil, 0
		return w.submit(func(w *walker) error { return w.jsonLines(p, root, entry, lines) })
	}
	records := 0 // lines that are not blank
	end := func() error {
		if err := flush(); err != nil {
			return err
		}
		if records == 0 {
			w.report(p, 0, fmt.Errorf("%w: the JSON Lines file has no records (it is empty or blank); want one JSON object per line", ErrEmpty))
		}
		return nil
	}
	for n := 1; ; n++ {
		if w.ctx.Err() != nil { // the name is only formatted when it is needed
			return w.cancelled(fmt.Sprintf("%s:%d", p, n))
		}
		line, long, rerr := readLine(br, w.max)
		if rerr != nil && rerr != io.EOF {
			if err := flush(); err != nil {
				return err
			}
			w.report(p, n, fmt.Errorf("read: %w", unwrapPathError(rerr)))
			return nil
		}
		if rerr == io.EOF && len(line) == 0 && !long {
			return end()
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		if long {
			records++
			if err := flush(); err != nil {
				return err
			}
			w.report(p, n, fmt.Errorf("%w: line longer than %d bytes (raise Options.MaxBytes to read it)", ErrTooLarge, w.max))
		} else if len(bytes.TrimSpace(line)) > 0 {
			records++
			run = append(run, jsonLine{n, line})
			if size += len(line); size >= jsonRunBytes {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		if rerr == io.EOF {
			return end()
		}
	}
}

// jsonRunBytes is about the size of the runs of JSON Lines parsed by one
// task.
const jsonRunBytes = 256 << 10

// jsonLine is a line of a JSON Lines file and its 1-based number.
type jsonLine struct {
	n    int
	line []byte
}

// jsonLines parses a run of JSON Lines records of the file p.
func (w *walker) jsonLines(p, root string, entry *manifestEntry, lines []jsonLine) error {
	base := filepath.Base(p)
	for _, l := range lines {
		a, ok := w.record(p, l.n, base, l.line)
		if !ok {
			continue
		}
		// an entry "corpus.jsonl#id" describes that record
		if re := w.entryFor(filepath.Join(filepath.Dir(p), a.Source), root); re != nil && strings.Contains(a.Source, "#") {
			re.apply(&a, true)
		}
		entry.apply(&a, false)
		if a.Language == "" {
			a.Language = detectLanguage(a.Text)
		}
		if err := w.emit(fmt.Sprintf("%s:%d", p, l.n), a); err != nil {
			return err
		}
	}
	return nil
}

// readLine reads one line without its line end. When the line is longer
// than max bytes (max >= 0) the rest is discarded and long is true. A long
// line is gathered in pieces and joined once: two copies of it at most,
// where growing one slice made about five.
func readLine(br *bufio.Reader, max int64) (line []byte, long bool, err error) {
	var pieces [][]byte
	total := 0
	for {
		chunk, err := br.ReadSlice('\n')
		if !long {
			switch {
			case max >= 0 && int64(total+len(chunk)) > max+2: // +2: room for "\r\n"
				long, pieces = true, nil
			case err == bufio.ErrBufferFull:
				pieces = append(pieces, bytes.Clone(chunk)) // the reader reuses its buffer
				total += len(chunk)
			default:
				line = make([]byte, 0, total+len(chunk))
				for _, p := range pieces {
					line = append(line, p...)
				}
				line = append(line, chunk...)
				pieces = nil
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if !long && max >= 0 && int64(len(line)) > max {
			long, line = true, nil
		}
		return line, long, err
	}
}

// record turns one JSON Lines line into an article, reporting problems.
func (w *walker) record(p string, n int, base string, line []byte) (article.Article, bool) {
	if !utf8.Valid(line) {
		w.report(p, n, fmt.Errorf("%w: convert the corpus to UTF-8", ErrInvalidUTF8))
		return article.Article{}, false
	}
	var rec map[string]jsonValue
	if err := json.Unmarshal(line, &rec); err != nil || rec == nil {
		if err == nil {
			err = errors.New("null")
		}
		w.report(p, n, fmt.Errorf("%w: want one JSON object per line: %w", ErrRecord, err))
		return article.Article{}, false
	}
	field := func(names ...string) string {
		for _, name := range names {
			v, ok := rec[name]
			if !ok {
				continue
			}
			s, ok := v.s, v.ok
			if !ok {
				w.report(p, n, fmt.Errorf("%w: field %q must be a string", ErrMetadata, name))
				continue
			}
			if s = strings.TrimSpace(s); s != "" {
				return s
			}
		}
		return ""
	}
	raw := field("text", "content", "body")
	text := Clean(raw)
	if text == "" {
		w.report(p, n, fmt.Errorf("%w: the record has no \"text\" field or only boilerplate in it", ErrEmpty))
		return article.Article{}, false
	}
	a := article.Article{
		ID:     article.ContentID(text),
		Text:   text,
		Title:  oneLine(Clean(field("title", "headline"))),
		Outlet: oneLine(field("outlet")),
	}
	if u := field("url"); u != "" {
		if v, err := checkURL(u); err != nil {
			w.report(p, n, fmt.Errorf("%w: %v", ErrMetadata, err))
		} else {
			a.URL = v
		}
	}
	if l := field("language", "lang"); l != "" {
		if v, err := checkLanguage(l); err != nil {
			w.report(p, n, fmt.Errorf("%w: %v", ErrMetadata, err))
		} else {
			a.Language = v
		}
	}
	if s := field("published", "date"); s != "" {
		if d, err := parsePublished(s); err != nil {
			w.report(p, n, fmt.Errorf("%w: published: %w", ErrMetadata, err))
		} else {
			a.Published = d
		}
	}
	id := field("id")
	switch {
	case id != "" && !strings.ContainsFunc(id, func(r rune) bool { return !unicode.IsPrint(r) || r == '#' }):
		a.Source = base + "#" + id
	case a.URL != "":
		a.Source = a.URL
	default:
		a.Source = fmt.Sprintf("%s#%d", base, n)
	}
	return a, true
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
