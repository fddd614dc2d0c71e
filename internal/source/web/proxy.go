package web

import (
	"bufio"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"time"
)

// ErrProxyScheme: a proxy other than http:// is configured while private
// networks are refused (the address a request reaches could not be pinned).
var ErrProxyScheme = errors.New("only http:// proxies (HTTP_PROXY, HTTPS_PROXY) can be used while private networks are refused; use an http:// proxy or set fetch.allow_private_networks: true")

// pinnedProxy sends requests through the proxy of the environment without
// letting the proxy resolve the site's name: the name is resolved and
// checked here, once, and the proxy is asked for a CONNECT tunnel to the
// checked address (ADDRESS:443 or ADDRESS:80), through which the request
// goes as it would directly, with the site's Host header and, for HTTPS,
// a TLS handshake that verifies the site's name. A DNS answer that changes
// between the check and a lookup of the proxy's own (DNS rebinding)
// therefore cannot reach an internal address through the proxy. (An
// absolute-form proxy request cannot be pinned: a proxy takes the host of
// the URI, and must send it on as the Host header.) The proxy must allow
// CONNECT to the site's port; a refusal is an error naming the proxy.
// Requests no proxy applies to go out directly, checked when connecting.
type pinnedProxy struct {
	f        *Fetcher
	envProxy func(*http.Request) (*url.URL, error)
	// direct connects without a proxy, checking the address it dials.
	direct *http.Transport
	// tunnel dials sites through a CONNECT to the address in the
	// request's context.
	tunnel *http.Transport
	// dialProxy connects to a proxy (not checked: a proxy on the local
	// network is the usual case).
	dialProxy func(ctx context.Context, network, addr string) (net.Conn, error)
}

// tunnelKey carries, in a request's context, the tunnel the request must
// go through.
type tunnelKey struct{}

// tunnelTo is a CONNECT tunnel: through proxy, to target (a checked
// IP:port), for the transport's dial of addr (the site's host:port).
type tunnelTo struct {
	proxy  *url.URL
	target string
	addr   string
}

func newPinnedProxy(f *Fetcher, envProxy func(*http.Request) (*url.URL, error), guarded, plain func(ctx context.Context, network, addr string) (net.Conn, error)) *pinnedProxy {
	p := &pinnedProxy{f: f, envProxy: envProxy, dialProxy: plain}
	p.direct = f.newTransport(nil, guarded)
	p.tunnel = f.newTransport(nil, p.dialTunnel)
	return p
}

// RoundTrip implements http.RoundTripper.
func (p *pinnedProxy) RoundTrip(req *http.Request) (*http.Response, error) {
	pu, err := p.envProxy(req)
	if err != nil {
		return nil, err
	}
	if pu == nil {
		return p.direct.RoundTrip(req)
	}
	if pu.Scheme != "http" {
		return nil, fmt.Errorf("proxy %s: %w", quote(pu.Redacted()), ErrProxyScheme)
	}
	ip, err := p.f.resolvePublic(req.Context(), req.URL.Hostname())
	if err != nil {
		return nil, err
	}
	addr := canonicalAddr(req.URL)
	_, port, _ := net.SplitHostPort(addr)
	target := net.JoinHostPort(ip.String(), port)
	resp, err := p.tunnel.RoundTrip(req.WithContext(context.WithValue(req.Context(), tunnelKey{}, tunnelTo{proxy: pu, target: target, addr: addr})))
	if resp != nil {
		resp.Request = req
	}
	return resp, err
}

// CloseIdleConnections closes the idle connections of every transport.
func (p *pinnedProxy) CloseIdleConnections() {
	p.direct.CloseIdleConnections()
	p.tunnel.CloseIdleConnections()
}

// dialTunnel connects to the proxy of the request and opens a CONNECT
// tunnel to the checked address; the transport then speaks HTTP, or TLS,
// to the site through it.
func (p *pinnedProxy) dialTunnel(ctx context.Context, network, addr string) (net.Conn, error) {
	t, ok := ctx.Value(tunnelKey{}).(tunnelTo)
	if !ok || t.addr != addr {
		return nil, fmt.Errorf("connect to %s: no checked address for it: %w", quote(addr), ErrPrivateAddress)
	}
	conn, err := p.dialProxy(ctx, network, canonicalAddr(t.proxy))
	if err != nil {
		return nil, fmt.Errorf("connect to proxy %s: %w", quote(t.proxy.Redacted()), err)
	}
	if err := connect(ctx, conn, t); err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}

// connect asks the proxy on conn for a tunnel to t.target.
func connect(ctx context.Context, conn net.Conn, t tunnelTo) error {
	deadline := time.Now().Add(10 * time.Second)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	if err := conn.SetDeadline(deadline); err != nil {
		return err
	}
	req := &http.Request{Method: http.MethodConnect, URL: &url.URL{Opaque: t.target}, Host: t.target, Header: make(http.Header)}
	if u := t.proxy.User; u != nil {
		pw, _ := u.Password()
		req.Header.Set("Proxy-Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(u.Username()+":"+pw)))
	}
	if err := req.Write(conn); err != nil {
		return fmt.Errorf("proxy %s: send CONNECT: %w", quote(t.proxy.Redacted()), err)
	}
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, req)
	if err != nil {
		return fmt.Errorf("proxy %s: read the answer to CONNECT: %w", quote(t.proxy.Redacted()), err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("proxy %s refused a tunnel to %s: %s", quote(t.proxy.Redacted()), t.target, resp.Status)
	}
	if br.Buffered() > 0 {
		return fmt.Errorf("proxy %s sent data before the tunnel was used", quote(t.proxy.Redacted()))
	}
	return conn.SetDeadline(time.Time{})
}

// resolvePublic resolves host (or parses it as an address) and returns its
// first address, refusing the host when any of its addresses is internal.
func (f *Fetcher) resolvePublic(ctx context.Context, host string) (netip.Addr, error) {
	if ip, err := netip.ParseAddr(host); err == nil {
		return ip, f.checkAddr(ip)
	}
	r := f.Resolver
	if r == nil {
		r = net.DefaultResolver
	}
	ips, err := r.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return netip.Addr{}, fmt.Errorf("resolve %s: %w", quote(host), err)
	}
	if len(ips) == 0 {
		return netip.Addr{}, fmt.Errorf("resolve %s: no address", quote(host))
	}
	for _, ip := range ips {
		if err := f.checkAddr(ip); err != nil {
			return netip.Addr{}, fmt.Errorf("%s resolves to %w", quote(host), err)
		}
	}
	return ips[0].Unmap(), nil
}
