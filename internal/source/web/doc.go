// Package web fetches articles from the web for negograph's refresh: pages
// (the article text extracted with go-readability), RSS and Atom feeds, and
// files listing article URLs.
//
// # Safety
//
// Only http and https are fetched, for the first request and for every
// redirect (at most Fetcher.MaxRedirects); a redirect to file:, ftp:, data:
// or any other scheme is ErrScheme. Every request has a timeout
// (Fetcher.Timeout, and shorter ones for connecting, TLS and the response
// header) and a body limit (Fetcher.MaxBytes): a body announced or found to
// be larger is ErrTooLarge and is not read further. Unless
// Fetcher.AllowPrivateNetworks (fetch.allow_private_networks) is set, every
// connection is checked when it is made, on the address the host name
// resolved to, for the first request and every redirect: loopback, private,
// link-local (cloud metadata at 169.254.169.254), CGNAT, multicast,
// broadcast, unspecified and reserved addresses, and IPv4 ones written in
// IPv6, are ErrPrivateAddress, so neither a feed item, a redirect nor a DNS
// answer that changes after a check (DNS rebinding) reaches the local
// network. Through a proxy of the environment, the site's name is resolved
// and checked here and the proxy is asked for a CONNECT tunnel to the
// checked address, never given the name (ErrProxyScheme for proxies other
// than http://). Requests carry a clear
// User-Agent. Pages must be HTML (other content types are ErrUnsupported);
// their encoding is found as browsers find it (byte order mark, Content-Type
// charset, <meta> in the head, UTF-8, then detection from the bytes, so a
// windows-1256 page that declares nothing is read right) and decoded to
// UTF-8; a page that cannot be decoded is ErrInvalidText. Titles, site
// names and feed item titles lose control and invisible characters; URLs
// holding them are refused, and URLs in messages are quoted when they hold
// anything a terminal would act on. 404 and 410 are ErrGone, so that a caller can retract
// the article; other non-2xx statuses are ErrStatus. Every error names the
// URL.
package web
