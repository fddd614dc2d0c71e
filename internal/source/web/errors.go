package web

import (
	"errors"
	"fmt"

	"github.com/negograph/negograph/internal/source"
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
	// ErrInvalidText: the page cannot be decoded from its encoding.
	ErrInvalidText = errors.New("page text cannot be decoded from its charset")
	// ErrEmpty: no article text could be extracted.
	ErrEmpty = errors.New("no article text found on the page")
	// ErrFeed: the feed cannot be parsed as RSS or Atom.
	ErrFeed = errors.New("not a readable RSS or Atom feed")
	// ErrTooManyRedirects: more redirects than Fetcher.MaxRedirects.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrURLList: a line of a URL list is not an http(s) URL.
	ErrURLList = errors.New("bad URL list line")
	// ErrPrivateAddress: the host (of the URL, of a redirect, or as
	// resolved when connecting) is a loopback, private (RFC 1918, IPv6
	// unique local), link-local (169.254.0.0/16 with cloud metadata
	// endpoints, fe80::/10), shared CGNAT (100.64.0.0/10), multicast,
	// broadcast, unspecified or reserved address, or such an IPv4 address
	// written in IPv6, and Fetcher.AllowPrivateNetworks is false.
	ErrPrivateAddress = errors.New("refused: the address is private or internal; to fetch from your own network set fetch.allow_private_networks: true (NEGOGRAPH_FETCH_ALLOW_PRIVATE_NETWORKS=true)")
)

// Error is a failure to fetch one URL.
type Error struct {
	URL string
	Err error
}

// Error implements error.
func (e *Error) Error() string { return fmt.Sprintf("fetch %s: %v", quote(e.URL), e.Err) }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// quote prints a URL or host safely in a message (see source.Quote).
func quote(s string) string { return source.Quote(s) }
