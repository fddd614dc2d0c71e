package arabic

import (
	"slices"
	"testing"
)

// TestConjunct: a listed word that starts with و or ف is found as itself,
// and a conjunction is stripped only when two letters remain.
func TestConjunct(t *testing.T) {
	list := func(ws ...string) func(string) bool {
		return func(w string) bool { return slices.Contains(ws, w) }
	}
	tests := []struct {
		word string
		in   []string
		want bool
	}{
		{"وفده", []string{"وفده"}, true},
		{"ووفده", []string{"وفده"}, true},
		{"ولي", []string{"ولي"}, true},
		{"وضم", []string{"ضم"}, true},
		{"فضم", []string{"ضم"}, true},
		{"وم", []string{"م"}, false},
		{"وفد", []string{"فد"}, true},
		{"الوفد", []string{"وفد"}, false},
	}
	for _, tt := range tests {
		if got := Conjunct(tt.word, list(tt.in...)); got != tt.want {
			t.Errorf("Conjunct(%q, %v) = %v, want %v", tt.word, tt.in, got, tt.want)
		}
	}
}
