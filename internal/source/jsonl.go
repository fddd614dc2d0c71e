package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/negograph/negograph/internal/article"
)

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
