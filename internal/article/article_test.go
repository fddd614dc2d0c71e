package article

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// TestContentHash: the id is "article:" and the content hash, the first 16
// hex digits of the SHA-256 of the trimmed text, and HashOf gets the hash
// back from the id.
func TestContentHash(t *testing.T) {
	text := "التقى الوفدان في مسقط."
	sum := sha256.Sum256([]byte(text))
	want := hex.EncodeToString(sum[:])[:16]
	if got := ContentHash("\n " + text + " \n"); got != want {
		t.Errorf("ContentHash = %q, want %q", got, want)
	}
	id := ContentID(text)
	if id != "article:"+want {
		t.Errorf("ContentID = %q, want %q", id, "article:"+want)
	}
	if got := HashOf(id); got != want {
		t.Errorf("HashOf(%q) = %q, want %q", id, got, want)
	}
}
