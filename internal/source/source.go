// Package source reads news articles from files and folders: plain text,
// Markdown, HTML and JSON Lines corpora, with optional per-folder
// manifest.json metadata. It turns every input into a cleaned
// article.Article, or reports why the input was skipped.
//
// # Inputs
//
// Walk accepts files and folders. Folders are read recursively in lexical
// order (filepath.WalkDir order); hidden files and folders (names starting
// with ".") and files with other extensions are ignored silently. The paths
// themselves are read in the order given. Symbolic links to files are
// followed, symbolic links to folders are not (no cycles).
//
//   - .txt: the text is cleaned with Clean. The title is the first line when
//     the text has more than one line, that line is at most 200 characters
//     and does not end in sentence punctuation (. ! ? ؟ … : ، ؛ ;), so a
//     headline counts and an opening sentence does not. The title line stays
//     in the text: the text of a file is never cut to build metadata.
//   - .md / .markdown: YAML-like front matter (title, url, outlet or source,
//     published or date, language or lang) is read and removed; Markdown
//     syntax is stripped (headings, emphasis, links become their text, images
//     and link definitions are dropped). The title is the front matter title,
//     else the first level-1 heading, which stays in the text.
//   - .html / .htm: see HTMLText; <html lang>, the canonical link or og:url,
//     og:site_name and article:published_time give metadata.
//   - .jsonl: one JSON object per line with the fields id, url, title,
//     outlet, published, language and text. Lines are bounded by
//     Options.MaxBytes one by one; the file as a whole is streamed and not
//     bounded. Blank lines are ignored. Every bad line is its own FileError
//     with its line number; the rest of the file is still read.
//
// # Article fields
//
// Article.Source is the base name of the file ("000_x.txt"). For JSON Lines
// it is "<base name>#<id>" when the record has an id, else the record's url,
// else "<base name>#<line>" (line numbers start at 1): gold annotations and
// explanations name records by file and id.
// Article.ID is article.ContentID of the cleaned text, so the same text read
// twice gets the same ID: duplicates are not errors, they are passed to fn
// and the caller merges by ID. Language is the manifest's or the source's
// own language, else "ar" when most letters are Arabic script, else "".
//
// # Manifests
//
// A manifest.json in a folder is a JSON array of objects {file, language,
// outlet, url, published, published_basis}; outlet, url and the others may
// be null or absent. Entries match files by their path relative to the
// manifest's folder ("000_x.txt", or "sub/000_x.txt" for a subfolder); the
// nearest manifest wins. Manifest values override what the file itself
// says. For a .jsonl file the entry gives defaults for records that lack
// the field.
//
// A manifest that cannot be parsed is reported once as a FileError wrapping
// ErrManifest and the files are read without metadata. A bad entry (unknown
// shape, bad published date, bad url or language, missing file, duplicate)
// is reported as a FileError wrapping ErrManifest whose Path is the manifest
// and Line the entry's line: what is skipped is that entry or that field, the
// article itself is still read, without the bad value.
//
// Bad metadata inside an input (a JSON Lines record's published date, a
// Markdown front matter date) is handled the same way with ErrMetadata: the
// article is read without the value and the problem is reported via skip.
package source

import (
	"errors"
	"fmt"
	"time"
)

// DefaultMaxBytes is the size limit used when Options.MaxBytes is 0.
const DefaultMaxBytes int64 = 8 << 20

// Options bound what the readers accept.
type Options struct {
	// MaxBytes is the largest file (or JSON Lines line) read, in bytes.
	// 0 means DefaultMaxBytes (8 MiB); a negative value means no limit.
	MaxBytes int64
	// Unchanged, when set, is called with the path and Stamp of every
	// supported file before it is read, in walk order. When it returns
	// true the file is neither read nor passed to fn: the caller uses what
	// it kept from an earlier walk (a refresh skips files whose size,
	// modification time and manifest entry have not changed).
	Unchanged func(path string, s Stamp) bool
	// Workers is the number of goroutines that read, decode and clean
	// files; 0 or 1 reads on the walking goroutine. Whatever the number,
	// the callbacks are called on the walking goroutine in walk order, so
	// the sequence of articles and problems is the same. Unchanged is
	// still called in walk order, but with several workers it runs ahead:
	// the articles of earlier files may not have been passed on yet.
	Workers int
}

// Stamp identifies the state of an input file cheaply, without reading it.
type Stamp struct {
	Size    int64
	ModTime time.Time
	// Meta is the manifest entry that applies to the file, as text ("" if
	// none): a manifest change changes the articles.
	Meta string
}

func (o Options) maxBytes() int64 {
	switch {
	case o.MaxBytes == 0:
		return DefaultMaxBytes
	case o.MaxBytes < 0:
		return -1
	}
	return o.MaxBytes
}

// Sentinel errors wrapped by FileError.Err; match them with errors.Is.
var (
	// ErrInvalidUTF8 means the input is not UTF-8 (for example
	// Windows-1256); convert it, e.g. with iconv -f WINDOWS-1256 -t UTF-8.
	ErrInvalidUTF8 = errors.New("not valid UTF-8")
	// ErrBinary means the input holds NUL bytes, many control characters or
	// a known binary signature (PDF, ZIP, gzip, image...).
	ErrBinary = errors.New("binary content, not text")
	// ErrEmpty means no article text is left after cleaning.
	ErrEmpty = errors.New("no article text after cleaning")
	// ErrTooLarge means the input (or JSON Lines line) exceeds
	// Options.MaxBytes.
	ErrTooLarge = errors.New("larger than the size limit")
	// ErrUnsupported means an explicitly named path is not a supported
	// input (extension, or not a regular file or folder).
	ErrUnsupported = errors.New("unsupported input")
	// ErrManifest means a manifest.json, or one of its entries, is bad.
	ErrManifest = errors.New("bad manifest")
	// ErrMetadata means a metadata value inside an input (JSON Lines field,
	// Markdown front matter) is bad; the article is read without it.
	ErrMetadata = errors.New("bad metadata")
	// ErrRecord means a JSON Lines line is not a usable JSON object.
	ErrRecord = errors.New("bad JSON Lines record")
)

// FileError reports one input that was skipped: a file, a JSON Lines line,
// a manifest, a manifest entry or a metadata value (see the package doc).
type FileError struct {
	// Path is the file as named by the walk (folder joined with the name).
	Path string
	// Line is the 1-based line for JSON Lines records and manifest
	// entries, 0 otherwise.
	Line int
	// Err is the reason; it wraps one of the package's sentinel errors or
	// an fs error such as fs.ErrNotExist.
	Err error
}

// Error gives "<path>: <reason>", or "<path>:<line>: <reason>". The path
// is quoted (see Quote) when it holds control characters, a newline, a
// terminal escape or invalid UTF-8, so that it cannot garble the output.
func (e *FileError) Error() string {
	reason := "unknown error"
	if e.Err != nil {
		reason = e.Err.Error()
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", Quote(e.Path), e.Line, reason)
	}
	return fmt.Sprintf("%s: %s", Quote(e.Path), reason)
}

// Unwrap returns the reason, for errors.Is and errors.As.
func (e *FileError) Unwrap() error { return e.Err }
