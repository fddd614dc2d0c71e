// Package logging sets up zerolog for negograph: human-readable lines on a
// terminal, JSON lines otherwise.
package logging

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
)

// New returns a logger writing to w at the given level (debug, info, warn,
// error). format is "console", "json" or "auto": console when w is a
// terminal, JSON otherwise.
func New(w io.Writer, level, format string) (zerolog.Logger, error) {
	lvl, err := zerolog.ParseLevel(level)
	if err != nil || level == "" {
		return zerolog.Nop(), fmt.Errorf("log level %q: want debug, info, warn or error", level)
	}
	switch format {
	case "auto":
		if f, ok := w.(*os.File); ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())) {
			w = zerolog.ConsoleWriter{Out: w, TimeFormat: time.Kitchen}
		}
	case "console":
		w = zerolog.ConsoleWriter{Out: w, TimeFormat: time.Kitchen, NoColor: true}
	case "json":
	default:
		return zerolog.Nop(), fmt.Errorf("log format %q: want auto, console or json", format)
	}
	return zerolog.New(w).Level(lvl).With().Timestamp().Logger(), nil
}
