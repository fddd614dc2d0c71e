package meetings

import "testing"

// TestOrdinals: ranks and their written forms round-trip; anything else is
// rank 0 or "".
func TestOrdinals(t *testing.T) {
	for rank := 1; rank <= 10; rank++ {
		if got := OrdinalRank(OrdinalOf(rank)); got != rank {
			t.Errorf("OrdinalRank(OrdinalOf(%d)) = %d", rank, got)
		}
	}
	for _, c := range []struct {
		o    string
		rank int
	}{{"ثالثه", 3}, {"الثالثه", 0}, {"", 0}, {"third", 0}} {
		if got := OrdinalRank(c.o); got != c.rank {
			t.Errorf("OrdinalRank(%q) = %d, want %d", c.o, got, c.rank)
		}
	}
	if OrdinalOf(0) != "" || OrdinalOf(11) != "" {
		t.Error("ranks outside 1..10 have no ordinal")
	}
}
