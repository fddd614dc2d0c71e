package entities

import (
	"testing"

	"github.com/negograph/negograph/extract/arabic"
)

// TestNameSurface checks that the written name of a person found from
// context keeps its words and cleans the gaps between them.
func TestNameSurface(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"plain", "سامر حداد", "سامر حداد"},
		{"spaces collapse", "سامر   حداد", "سامر حداد"},
		{"mark between words is dropped", "سامر \u200f حداد", "سامر حداد"},
		{"mark alone separates", "سامر\u200fحداد", "سامر حداد"},
		{"hyphen kept", "سامر-حداد", "سامر-حداد"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := arabic.Tokens(tt.text)
			if got := nameSurface(tt.text, toks, toks[0].Start); got != tt.want {
				t.Errorf("nameSurface(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
