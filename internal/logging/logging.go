// Package logging sets up zerolog for negograph: human-readable lines on a
// terminal, JSON lines otherwise.
package logging

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
)

// New returns a logger writing to w at the given level (debug, info, warn,
// error). format is "console", "json" or "auto": console when w is a
// terminal, JSON otherwise. Nothing logged reaches the terminal raw: JSON
// escapes control characters, and the console writer quotes field values
// that hold them (a path with a newline or a terminal escape) and escapes
// them in messages.
func New(w io.Writer, level, format string) (zerolog.Logger, error) {
	lvl, err := zerolog.ParseLevel(level)
	if err != nil || level == "" {
		return zerolog.Nop(), fmt.Errorf("log level %q: want debug, info, warn or error", level)
	}
	switch format {
	case "auto":
		if f, ok := w.(*os.File); ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())) {
			w = zerolog.ConsoleWriter{Out: w, TimeFormat: time.Kitchen, FormatMessage: safeMessage}
		} else {
			w = jsonSafe{w}
		}
	case "console":
		w = zerolog.ConsoleWriter{Out: w, TimeFormat: time.Kitchen, NoColor: true, FormatMessage: safeMessage}
	case "json":
		w = jsonSafe{w}
	default:
		return zerolog.Nop(), fmt.Errorf("log format %q: want auto, console or json", format)
	}
	return zerolog.New(w).Level(lvl).With().Timestamp().Logger(), nil
}

// safeMessage renders a console log message with its control and
// invisible characters escaped (\n, \x1b, \u202e), so that a message
// built from a file name or a URL stays one harmless line.
func safeMessage(i any) string {
	if i == nil {
		return ""
	}
	s := fmt.Sprint(i)
	if !strings.ContainsFunc(s, notPrintable) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if notPrintable(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func notPrintable(r rune) bool { return !unicode.IsPrint(r) }

// jsonSafe writes zerolog's JSON records with the invisible and
// formatting characters JSON allows raw (bidi overrides such as U+202E,
// other non-printable characters outside ASCII) escaped as \uXXXX, which
// decodes to the same text; zerolog already escapes ASCII controls. One
// Write is one whole record.
type jsonSafe struct{ w io.Writer }

// Write implements io.Writer.
func (j jsonSafe) Write(p []byte) (int, error) {
	i := 0
	for i < len(p) && p[i] < utf8.RuneSelf {
		i++
	}
	if i == len(p) {
		return j.w.Write(p)
	}
	out := make([]byte, 0, len(p)+16)
	out = append(out, p[:i]...)
	for _, r := range string(p[i:]) {
		if r < utf8.RuneSelf || unicode.IsPrint(r) {
			out = utf8.AppendRune(out, r)
			continue
		}
		if r > 0xFFFF {
			r1, r2 := utf16.EncodeRune(r)
			out = fmt.Appendf(out, "\\u%04x\\u%04x", r1, r2)
			continue
		}
		out = fmt.Appendf(out, "\\u%04x", r)
	}
	if _, err := j.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
