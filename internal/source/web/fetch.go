package web

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode"
)

// Defaults of Fetcher's fields.
const (
	DefaultUserAgent    = "negograph/1 (+https://github.com/negograph/negograph; knowledge-graph builder)"
	DefaultMaxBytes     = 5 << 20
	DefaultTimeout      = 30 * time.Second
	DefaultMaxRedirects = 5
)

// Fetcher fetches pages and feeds over HTTP(S). The zero value works; a
// Fetcher is safe for concurrent use once in use (do not change its fields).
type Fetcher struct {
	// UserAgent is sent with every request (DefaultUserAgent if empty).
	UserAgent string
	// MaxBytes bounds a body (DefaultMaxBytes if <= 0).
	MaxBytes int64
	// Timeout bounds a whole request (DefaultTimeout if <= 0).
	Timeout time.Duration
	// MaxRedirects bounds the redirects followed (DefaultMaxRedirects if <= 0).
	MaxRedirects int
	// AllowPrivateNetworks lets requests reach loopback, private,
	// link-local and other internal addresses (see ErrPrivateAddress);
	// false refuses them when connecting (fetch.allow_private_networks).
	AllowPrivateNetworks bool
	// Resolver resolves host names (net.DefaultResolver if nil). Whatever
	// it answers, the address actually connected to is checked.
	Resolver *net.Resolver

	// public, in tests, are addresses treated as public although they are
	// not (the test servers listen on loopback).
	public []netip.Prefix
	// proxy, in tests, replaces http.ProxyFromEnvironment.
	proxy func(*http.Request) (*url.URL, error)
	// rootCAs, in tests, replaces the system's certificate authorities.
	rootCAs *x509.CertPool

	once   sync.Once
	client *http.Client
}

func (f *Fetcher) maxBytes() int64 {
	if f.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return f.MaxBytes
}

func (f *Fetcher) timeout() time.Duration {
	if f.Timeout <= 0 {
		return DefaultTimeout
	}
	return f.Timeout
}

func (f *Fetcher) httpClient() *http.Client {
	f.once.Do(func() {
		maxRedirects := f.MaxRedirects
		if maxRedirects <= 0 {
			maxRedirects = DefaultMaxRedirects
		}
		c := http.Client{Transport: f.transport()}
		c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect from %s to %s: %w", quote(via[len(via)-1].URL.String()), quote(req.URL.String()), ErrScheme)
			}
			if len(via) > maxRedirects {
				return fmt.Errorf("%d redirects, last to %s: %w", len(via), quote(req.URL.String()), ErrTooManyRedirects)
			}
			return nil
		}
		f.client = &c
	})
	return f.client
}

// transport is the HTTP transport: bounded timeouts, and unless
// AllowPrivateNetworks every connection checked by its resolved address at
// dial time, so that neither a redirect nor a DNS answer that changes
// between a check and the connection (DNS rebinding) reaches an internal
// address. Through a proxy of the environment (HTTP_PROXY, HTTPS_PROXY),
// which connects to the site itself, the site's name is resolved and
// checked here and the proxy is given the checked address, never the name
// (see pinnedProxy).
func (f *Fetcher) transport() http.RoundTripper {
	guarded := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Resolver: f.Resolver}
	plain := *guarded
	envProxy := f.proxy
	if envProxy == nil {
		envProxy = http.ProxyFromEnvironment
	}
	if f.AllowPrivateNetworks {
		return f.newTransport(envProxy, plain.DialContext)
	}
	guarded.Control = func(_, address string, _ syscall.RawConn) error { return f.checkDial(address) }
	return newPinnedProxy(f, envProxy, guarded.DialContext, plain.DialContext)
}

// newTransport is an HTTP transport with bounded timeouts that connects
// with dial, through proxy.
func (f *Fetcher) newTransport(proxy func(*http.Request) (*url.URL, error), dial func(ctx context.Context, network, addr string) (net.Conn, error)) *http.Transport {
	var tlsConfig *tls.Config
	if f.rootCAs != nil {
		tlsConfig = &tls.Config{RootCAs: f.rootCAs}
	}
	return &http.Transport{
		Proxy:                 proxy,
		DialContext:           dial,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: f.timeout(),
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		TLSClientConfig:       tlsConfig,
	}
}

// canonicalAddr is the host:port a transport dials for u.
func canonicalAddr(u *url.URL) string {
	port := u.Port()
	if port == "" {
		switch u.Scheme {
		case "https":
			port = "443"
		case "socks5", "socks5h":
			port = "1080"
		default:
			port = "80"
		}
	}
	return net.JoinHostPort(u.Hostname(), port)
}

// checkDial is the net.Dialer Control function: it refuses to connect to
// an internal address. It sees the address being connected to, after name
// resolution, for the first request and for every redirect.
func (f *Fetcher) checkDial(address string) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("connect to %s: %v: %w", quote(address), err, ErrPrivateAddress)
	}
	return f.checkAddr(ap.Addr())
}

// checkAddr refuses the addresses of ErrPrivateAddress.
func (f *Fetcher) checkAddr(ip netip.Addr) error {
	for _, p := range f.public {
		if p.Contains(ip) {
			return nil
		}
	}
	if kind := internalKind(ip); kind != "" {
		return fmt.Errorf("%s is a %s address: %w", ip, kind, ErrPrivateAddress)
	}
	return nil
}

// internalKind names the kind of an internal address ("" for a public
// one). IPv4 addresses written in IPv6 (mapped ::ffff:a.b.c.d, compatible
// ::a.b.c.d, NAT64 64:ff9b::a.b.c.d, 6to4 2002:AABB:CCDD::) are judged by
// the IPv4 address they carry.
func internalKind(ip netip.Addr) string {
	ip = ip.WithZone("")
	in := func(prefix string) bool { return netip.MustParsePrefix(prefix).Contains(ip) }
	if ip.Is6() && !ip.Is4In6() {
		b := ip.As16()
		switch {
		case in("64:ff9b::/96") || isCompatible(b):
			if kind := internalKind(netip.AddrFrom4([4]byte(b[12:16]))); kind != "" {
				return "IPv6-embedded " + kind
			}
		case in("2002::/16"):
			if kind := internalKind(netip.AddrFrom4([4]byte(b[2:6]))); kind != "" {
				return "6to4 " + kind
			}
		}
	}
	if ip.Is4In6() {
		if kind := internalKind(ip.Unmap()); kind != "" {
			return "IPv4-mapped " + kind
		}
		return ""
	}
	switch {
	case !ip.IsValid():
		return "invalid"
	case ip.IsUnspecified():
		return "unspecified"
	case ip.IsLoopback():
		return "loopback"
	case ip.IsPrivate():
		if ip.Is4() {
			return "private (RFC 1918)"
		}
		return "unique local (fc00::/7)"
	case ip.IsLinkLocalUnicast():
		return "link-local"
	case ip.IsMulticast(), ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast():
		return "multicast"
	case in("100.64.0.0/10"):
		return "shared (CGNAT 100.64.0.0/10)"
	case ip == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return "broadcast"
	case in("0.0.0.0/8"), in("240.0.0.0/4"), in("192.0.0.0/24"), in("198.18.0.0/15"), in("fec0::/10"):
		return "reserved"
	}
	return ""
}

// isCompatible reports an IPv4-compatible IPv6 address (::a.b.c.d), other
// than :: and ::1.
func isCompatible(b [16]byte) bool {
	for _, c := range b[:12] {
		if c != 0 {
			return false
		}
	}
	return b[12]|b[13] != 0 || b[14] > 0 || b[15] > 1
}

// checkURL accepts absolute http(s) URLs with a host.
func checkURL(raw string) (*url.URL, error) {
	raw = strings.TrimSpace(raw)
	if strings.ContainsFunc(raw, func(r rune) bool { return !unicode.IsPrint(r) }) {
		return nil, errors.New("bad URL: it holds control or invisible characters")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("bad URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("scheme %q: %w", u.Scheme, ErrScheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("URL has no host: %w", ErrScheme)
	}
	return u, nil
}

// response is a fetched body.
type response struct {
	body        []byte
	finalURL    *url.URL
	contentType string
}

// get fetches rawURL within the limits.
func (f *Fetcher) get(ctx context.Context, rawURL, accept string) (*response, error) {
	u, err := checkURL(rawURL)
	if err != nil {
		return nil, &Error{URL: rawURL, Err: err}
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &Error{URL: rawURL, Err: err}
	}
	ua := f.UserAgent
	if ua == "" {
		ua = DefaultUserAgent
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", accept)
	req.Header.Set("Accept-Language", "ar, en;q=0.5")
	resp, err := f.httpClient().Do(req)
	if err != nil {
		// Unwrap *url.Error so that our sentinels match.
		var ue *url.Error
		if errors.As(err, &ue) {
			if ue.URL != u.String() {
				err = fmt.Errorf("redirected to %s: %w", quote(ue.URL), ue.Err)
			} else {
				err = ue.Err
			}
		}
		return nil, &Error{URL: rawURL, Err: err}
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		return nil, &Error{URL: rawURL, Err: fmt.Errorf("%s: %w", resp.Status, ErrGone)}
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, &Error{URL: rawURL, Err: fmt.Errorf("%s: %w", resp.Status, ErrStatus)}
	}
	limit := f.maxBytes()
	if resp.ContentLength > limit {
		return nil, &Error{URL: rawURL, Err: fmt.Errorf("%d bytes announced, limit %d: %w", resp.ContentLength, limit, ErrTooLarge)}
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, &Error{URL: rawURL, Err: fmt.Errorf("read body: %w", err)}
	}
	if n > limit {
		return nil, &Error{URL: rawURL, Err: fmt.Errorf("more than %d bytes: %w", limit, ErrTooLarge)}
	}
	return &response{body: buf.Bytes(), finalURL: resp.Request.URL, contentType: resp.Header.Get("Content-Type")}, nil
}
