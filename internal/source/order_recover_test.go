package source

import (
	"strings"
	"testing"
)

// TestSafeRunTurnsAPanicIntoAnError: a task that panics on a worker stops
// the walk with an error naming the input, instead of crashing.
func TestSafeRunTurnsAPanicIntoAnError(t *testing.T) {
	for _, tc := range []struct {
		name   string
		events []event
		want   string
	}{
		{"no event yet", nil, "a file"},
		{"after an article", []event{{path: "news/a.txt"}}, "news/a.txt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &slot{events: tc.events, run: func(*walker) error { panic("boom") }}
			err := safeRun(s, &walker{})
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "boom") {
				t.Fatalf("got %v", err)
			}
		})
	}
}
