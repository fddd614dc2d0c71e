package source

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

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
		rel, err := filepath.Rel(real, p)
		if err != nil || rel == "." {
			return root
		}
		return filepath.Join(root, rel)
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
