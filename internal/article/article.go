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

// idPrefix starts every article id.
const idPrefix = "article:"

// ContentID derives the stable article id from its text: "article:" and its
// ContentHash. The same text always gets the same id, whatever file it came
// from.
func ContentID(text string) string {
	return idPrefix + ContentHash(text)
}

// ContentHash is the content hash of an article text: the first 16 hex
// digits of the SHA-256 of the text with surrounding white space trimmed.
// It is the Article node's content_hash and the hash part of its id.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(strings.TrimSpace(text)))
	return hex.EncodeToString(sum[:8])
}

// HashOf returns the content hash in an article id made by ContentID (the
// id without its "article:" prefix): what ContentHash gave for the text,
// for code that keeps the id but no longer the text.
func HashOf(id string) string {
	return strings.TrimPrefix(id, idPrefix)
}
