package logging

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
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
