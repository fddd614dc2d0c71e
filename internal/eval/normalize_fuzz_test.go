package eval

import (
	"testing"
	"unicode/utf8"
)

func FuzzNormalizeName(f *testing.F) {
	for _, s := range []string{"Lina  Haddad", "لِينا حدّاد", "عـــمان", "«Port Azul»", "ﻻ", "أ\u0654"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := NormalizeName(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("NormalizeName(%q) = %q, not valid UTF-8", s, got)
		}
		if len(got) > 0 && (got[0] == ' ' || got[len(got)-1] == ' ') {
			t.Fatalf("NormalizeName(%q) = %q has untrimmed spaces", s, got)
		}
	})
}
