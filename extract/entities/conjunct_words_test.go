package entities

import "testing"

// TestOrgStopAndChairVerbs: a delegation noun written alone ends an
// organisation's name as it does with the article, and a given name that
// starts with ف is no chairing verb.
func TestOrgStopAndChairVerbs(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) bool
		word string
		want bool
	}{
		{"delegation", orgStop, "وفد", true},
		{"delegations", orgStop, "وفود", true},
		{"the delegation", orgStop, "الوفد", true},
		{"a government after و", orgStop, "والحكومه", true},
		{"another group after و", orgStop, "وحركه", true},
		{"a name word", orgStop, "التحرير", false},
		{"chairing, normalized", chairVerb, "تراس", true},
		{"a given name", chairVerb, "فراس", false},
	}
	for _, tt := range tests {
		if got := tt.f(tt.word); got != tt.want {
			t.Errorf("%s: %q gives %v, want %v", tt.name, tt.word, got, tt.want)
		}
	}
}
