package logging

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode"
)

func TestFormats(t *testing.T) {
	tests := []struct {
		format string
		json   bool
	}{{"json", true}, {"auto", true}, {"console", false}} // a buffer is no terminal: auto is JSON
	for _, tt := range tests {
		var buf bytes.Buffer
		log, err := New(&buf, "info", tt.format)
		if err != nil {
			t.Fatal(err)
		}
		log.Info().Str("path", "a.txt").Msg("skipped input")
		log.Debug().Msg("hidden at info")
		line := strings.TrimSpace(buf.String())
		var m map[string]any
		isJSON := json.Unmarshal([]byte(line), &m) == nil
		if isJSON != tt.json || !strings.Contains(line, "skipped input") || strings.Contains(line, "hidden") {
			t.Errorf("%s: %q", tt.format, line)
		}
	}
	if _, err := New(&bytes.Buffer{}, "loud", "json"); err == nil {
		t.Error("bad level accepted")
	}
}

// TestHostileTextEscaped logs a message and fields holding a newline,
// terminal escapes and a bidi override, in every format: each record
// stays one line with no raw control character.
func TestHostileTextEscaped(t *testing.T) {
	const evil = "news/\x1b[2J\x1b]0;pwned\a\nFAKE 12:00PM INF forged line \u202etxt.exe"
	for _, format := range []string{"json", "console"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			log, err := New(&buf, "info", format)
			if err != nil {
				t.Fatal(err)
			}
			log.Warn().Str("path", evil).Err(errors.New("open " + evil + ": denied")).Msg("skipped " + evil)
			out := strings.TrimSuffix(buf.String(), "\n")
			if strings.ContainsFunc(out, func(r rune) bool { return !unicode.IsPrint(r) }) {
				t.Errorf("raw control characters: %q", out)
			}
			if !strings.Contains(out, "pwned") || !strings.Contains(out, "forged line") {
				t.Errorf("text lost: %q", out)
			}
			if format == "json" {
				var m map[string]any
				if err := json.Unmarshal([]byte(out), &m); err != nil || m["path"] != evil {
					t.Errorf("JSON record does not decode to the same path: %v %q", err, m["path"])
				}
			}
		})
	}
}
