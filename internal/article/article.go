package article

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Article is one news article after its source has been read and cleaned.
type Article struct {
	// ID is stable for the same text: see ContentID.
	ID string
	// Source is the file name (for folders), "file.jsonl#id" (for JSON Lines)
	// or the URL the article was read from. It is what users and the scorer
	// see as the article's origin.
	Source string
	// Title is the headline when the source has one.
	Title string
	// Outlet is the publishing outlet when known.
	Outlet string
	// URL is the canonical address when known.
	URL string
	// Language is a BCP 47 tag, "ar" for Arabic.
	Language string
	// Published is the publication date, possibly partial or zero.
	Published Date
	// Text is the clean article text: paragraphs separated by newlines.
	Text string
}

// ContentID derives the stable article id from its text: "article:" and the
// first 16 hex digits of the SHA-256 of the text with surrounding white space
// trimmed. The same text always gets the same id, whatever file it came from.
func ContentID(text string) string {
	sum := sha256.Sum256([]byte(strings.TrimSpace(text)))
	return "article:" + hex.EncodeToString(sum[:8])
}

// ContentHash is the full SHA-256 of the text, used to notice changes.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
