package arabic

import (
	"strings"
	"testing"
)

func TestSketch(t *testing.T) {
	var s Sketch
	words := strings.Fields("في من الي علي محادثات مسقط ويتكوف 2025 a ب لل")
	for _, w := range words {
		if s.MayHave(w) {
			t.Errorf("empty sketch may have %q", w)
		}
	}
	for _, w := range words {
		s.Add(w)
	}
	for _, w := range append(words, "", "x", "مفاوضات", "الجولة") {
		if got, want := s.MayHaveBytes([]byte(w)), s.MayHave(w); got != want {
			t.Errorf("MayHaveBytes(%q) = %v, MayHave %v", w, got, want)
		}
	}
	for _, w := range words {
		if !s.MayHave(w) {
			t.Errorf("sketch lost %q", w)
		}
	}
}

func FuzzSketch(f *testing.F) {
	f.Add("في", "مسقط")
	f.Fuzz(func(t *testing.T, a, b string) {
		var s Sketch
		s.Add(a)
		if !s.MayHave(a) || !s.MayHaveBytes([]byte(a)) {
			t.Fatalf("sketch lost %q", a)
		}
		if s.MayHave(b) != s.MayHaveBytes([]byte(b)) {
			t.Fatalf("MayHave and MayHaveBytes disagree on %q", b)
		}
	})
}
