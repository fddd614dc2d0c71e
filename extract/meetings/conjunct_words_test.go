package meetings

import "testing"

// TestWordsThatStartWithAConjunctionLetter: the word lists of delegations,
// heads of state and chairing verbs find their words written alone as well
// as after a conjunction, and a given name is no chairing verb.
func TestWordsThatStartWithAConjunctionLetter(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) bool
		word string
		want bool
	}{
		{"own delegation", ownDelegation, "وفده", true},
		{"own delegation after و", ownDelegation, "ووفدها", true},
		{"no own delegation", ownDelegation, "وفد", false},
		{"crown prince", headWord, "ولي", true},
		{"crown prince after و", headWord, "وولي", true},
		{"chairing verb", chairWord, "تراس", true},
		{"chairing verb after ف", chairWord, "فتراس", true},
		{"leading verb after و", chairWord, "ويقود", true},
		{"a given name", chairWord, "فراس", false},
	}
	for _, tt := range tests {
		if got := tt.f(tt.word); got != tt.want {
			t.Errorf("%s: %q gives %v, want %v", tt.name, tt.word, got, tt.want)
		}
	}
}
