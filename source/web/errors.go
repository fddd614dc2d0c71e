package web

import (
	"errors"
	"fmt"
)

// Errors of fetching; match them with errors.Is.
var (
	// ErrScheme: a URL or a redirect target is not http or https.
	ErrScheme = errors.New("only http and https URLs are fetched")
	// ErrTooLarge: the body is larger than Fetcher.MaxBytes.
	ErrTooLarge = errors.New("response larger than the limit (fetch.max_bytes)")
	// ErrGone: the server answered 404 or 410.
	ErrGone = errors.New("page not found or gone")
	// ErrStatus: the server answered another non-2xx status.
	ErrStatus = errors.New("unexpected HTTP status")
	// ErrUnsupported: the page is not HTML.
	ErrUnsupported = errors.New("not an HTML page")
	// ErrInvalidText: the page text is not valid UTF-8 after decoding.
	ErrInvalidText = errors.New("page text is not valid UTF-8 in its declared charset")
	// ErrEmpty: no article text could be extracted.
	ErrEmpty = errors.New("no article text found on the page")
	// ErrFeed: the feed cannot be parsed as RSS or Atom.
	ErrFeed = errors.New("not a readable RSS or Atom feed")
	// ErrTooManyRedirects: more redirects than Fetcher.MaxRedirects.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrURLList: a line of a URL list is not an http(s) URL.
	ErrURLList = errors.New("bad URL list line")
)

// Error is a failure to fetch one URL.
type Error struct {
	URL string
	Err error
}

// Error implements error.
func (e *Error) Error() string { return fmt.Sprintf("fetch %s: %v", e.URL, e.Err) }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }
