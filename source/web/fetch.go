package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
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
	// Client is used when set (its CheckRedirect is replaced by the
	// scheme and count checks); nil: a client with bounded timeouts.
	Client *http.Client
	// UserAgent is sent with every request (DefaultUserAgent if empty).
	UserAgent string
	// MaxBytes bounds a body (DefaultMaxBytes if <= 0).
	MaxBytes int64
	// Timeout bounds a whole request (DefaultTimeout if <= 0).
	Timeout time.Duration
	// MaxRedirects bounds the redirects followed (DefaultMaxRedirects if <= 0).
	MaxRedirects int

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
		var c http.Client
		if f.Client != nil {
			c = *f.Client
		} else {
			dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
			c.Transport = &http.Transport{
				Proxy:                 http.ProxyFromEnvironment,
				DialContext:           dialer.DialContext,
				TLSHandshakeTimeout:   10 * time.Second,
				ResponseHeaderTimeout: f.timeout(),
				MaxIdleConnsPerHost:   4,
				IdleConnTimeout:       90 * time.Second,
			}
		}
		c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect from %s to %s: %w", via[len(via)-1].URL, req.URL, ErrScheme)
			}
			if len(via) > maxRedirects {
				return fmt.Errorf("%d redirects, last to %s: %w", len(via), req.URL, ErrTooManyRedirects)
			}
			return nil
		}
		f.client = &c
	})
	return f.client
}

// checkURL accepts absolute http(s) URLs with a host.
func checkURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
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
			err = ue.Err
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
