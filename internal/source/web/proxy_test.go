package web

import (
	"context"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// connectProxy is an HTTP proxy for the tests that serves CONNECT only
// (as a proxy must for pinned requests): it records each tunnel's target
// and the Proxy-Authorization it got, and relays the tunnel to site
// whatever the target (the targets are documentation addresses).
type connectProxy struct {
	*httptest.Server
	mu      sync.Mutex
	targets []string
	auth    []string
	// refuse answers every CONNECT with this status when not 0.
	refuse int
}

func newConnectProxy(t *testing.T, site string, refuse int) *connectProxy {
	t.Helper()
	p := &connectProxy{refuse: refuse}
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		if r.Method == http.MethodConnect {
			p.targets = append(p.targets, r.Host)
		} else {
			p.targets = append(p.targets, r.Method+" "+r.URL.String())
		}
		p.auth = append(p.auth, r.Header.Get("Proxy-Authorization"))
		p.mu.Unlock()
		if r.Method != http.MethodConnect {
			http.Error(w, "this proxy only tunnels", http.StatusMethodNotAllowed)
			return
		}
		if p.refuse != 0 {
			http.Error(w, "not allowed", p.refuse)
			return
		}
		upstream, err := net.DialTimeout("tcp", site, 2*time.Second)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		conn, _, err := w.(http.Hijacker).Hijack()
		if err != nil {
			upstream.Close()
			return
		}
		io.WriteString(conn, "HTTP/1.1 200 Connection established\r\n\r\n")
		go func() { io.Copy(upstream, conn); upstream.Close() }()
		go func() { io.Copy(conn, upstream); conn.Close() }()
	}))
	t.Cleanup(p.Close)
	return p
}

func (p *connectProxy) seen() (targets, auth []string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.targets...), append([]string(nil), p.auth...)
}

// page is a site that answers an Arabic article and records the Host
// headers it gets.
func page(hosts *[]string, mu *sync.Mutex) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		*hosts = append(*hosts, r.Host)
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, "<html><body><article><p>استضافت مسقط جولة من المحادثات غير المباشرة بين الوفدين.</p></article></body></html>")
	})
}

// TestProxyIsGivenTheCheckedAddress: through a proxy, which would connect
// to the site itself, the proxy is never given the site's name (it would
// resolve it again, and a DNS answer that changed since the check —
// rebinding — would reach an internal address): it is asked for a tunnel
// to the address checked here, and the site still gets its own name as
// the Host header. The DNS answer here alternates between a public and an
// internal address, as a rebinding name does.
func TestProxyIsGivenTheCheckedAddress(t *testing.T) {
	var mu sync.Mutex
	var hosts []string
	site := httptest.NewServer(page(&hosts, &mu))
	defer site.Close()
	proxy := newConnectProxy(t, site.Listener.Addr().String(), 0)
	var answers atomic.Int64
	rebinding := fakeDNS(t, func() netip.Addr {
		if answers.Add(1)%2 == 1 {
			return netip.MustParseAddr("93.184.216.34")
		}
		return netip.MustParseAddr("10.1.2.3")
	})
	pu, _ := url.Parse(proxy.URL)
	fetcher := func() *Fetcher {
		return &Fetcher{Resolver: rebinding, proxy: func(*http.Request) (*url.URL, error) { return pu, nil }, Timeout: 2 * time.Second}
	}
	var fetched, refused int
	for range 4 {
		_, err := fetcher().Article(context.Background(), "http://news.test/page")
		switch {
		case err == nil:
			fetched++
		case errors.Is(err, ErrPrivateAddress):
			refused++
		default:
			t.Fatalf("through the proxy: %v", err)
		}
	}
	if fetched != 2 || refused != 2 {
		t.Errorf("fetched %d, refused %d; want 2 and 2 (the answer alternates)", fetched, refused)
	}
	for _, u := range []string{"http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://intranet.test/"} {
		_, err := (&Fetcher{Resolver: fakeDNS(t, func() netip.Addr { return netip.MustParseAddr("192.168.1.1") }), proxy: func(*http.Request) (*url.URL, error) { return pu, nil }, Timeout: 2 * time.Second}).Article(context.Background(), u)
		if !errors.Is(err, ErrPrivateAddress) || !strings.Contains(err.Error(), u) {
			t.Errorf("%s through the proxy: %v, want ErrPrivateAddress naming it", u, err)
		}
	}
	targets, _ := proxy.seen()
	if len(targets) != 2 {
		t.Fatalf("the proxy was asked %q, want two tunnels", targets)
	}
	for _, target := range targets {
		if target != "93.184.216.34:80" {
			t.Errorf("the proxy was asked for %q, want a tunnel to the checked address 93.184.216.34:80", target)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	for _, h := range hosts {
		if h != "news.test" {
			t.Errorf("the site got Host %q, want its own name news.test", h)
		}
	}
}

// TestProxyTunnelsHTTPS: an https site through the proxy goes through a
// tunnel to its checked address, the TLS handshake verifies the site's
// name, and credentials in the proxy URL are sent to the proxy.
func TestProxyTunnelsHTTPS(t *testing.T) {
	var mu sync.Mutex
	var hosts []string
	site := httptest.NewUnstartedServer(page(&hosts, &mu))
	site.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshake
	site.StartTLS()
	defer site.Close()
	roots := x509.NewCertPool()
	roots.AddCert(site.Certificate())
	proxy := newConnectProxy(t, site.Listener.Addr().String(), 0)
	pu, _ := url.Parse(proxy.URL)
	pu.User = url.UserPassword("analyst", "s3cret")
	dns := fakeDNS(t, func() netip.Addr { return netip.MustParseAddr("93.184.216.34") })
	f := func() *Fetcher {
		return &Fetcher{Resolver: dns, proxy: func(*http.Request) (*url.URL, error) { return pu, nil }, rootCAs: roots, Timeout: 2 * time.Second}
	}
	// The test certificate is for example.com (and loopback), not news.test.
	if _, err := f().Article(context.Background(), "https://example.com/page"); err != nil {
		t.Fatalf("https site through the proxy: %v", err)
	}
	_, err := f().Article(context.Background(), "https://news.test/page")
	var certErr x509.HostnameError
	if !errors.As(err, &certErr) {
		t.Errorf("a site whose certificate is for another name: %v, want x509.HostnameError (the name is verified through the tunnel)", err)
	}
	targets, auth := proxy.seen()
	want := "Basic " + base64.StdEncoding.EncodeToString([]byte("analyst:s3cret"))
	for i, target := range targets {
		if target != "93.184.216.34:443" {
			t.Errorf("the proxy was asked for %q, want 93.184.216.34:443", target)
		}
		if auth[i] != want {
			t.Errorf("Proxy-Authorization %q, want %q", auth[i], want)
		}
	}
	if len(targets) != 2 {
		t.Errorf("the proxy was asked %q, want two tunnels", targets)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(hosts) != 1 || hosts[0] != "example.com" {
		t.Errorf("the site got Host headers %q, want [example.com]", hosts)
	}
}

// TestProxyErrors: a proxy that refuses the tunnel, and a proxy scheme
// that cannot be pinned, are errors that name the proxy (without its
// password) and say what to do.
func TestProxyErrors(t *testing.T) {
	refusing := newConnectProxy(t, "127.0.0.1:9", http.StatusForbidden)
	dns := fakeDNS(t, func() netip.Addr { return netip.MustParseAddr("93.184.216.34") })
	for _, tc := range []struct {
		name, proxy string
		is          error
		want        []string
	}{
		{"refused", strings.Replace(refusing.URL, "http://", "http://u:topsecret@", 1), nil, []string{"refused a tunnel to 93.184.216.34:80", "403", refusing.Listener.Addr().String()}},
		{"socks", "socks5://u:topsecret@127.0.0.1:1080", ErrProxyScheme, []string{"socks5://", "fetch.allow_private_networks"}},
		{"https proxy", "https://proxy.test:3128", ErrProxyScheme, []string{"https://proxy.test:3128"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pu, err := url.Parse(tc.proxy)
			if err != nil {
				t.Fatal(err)
			}
			f := &Fetcher{Resolver: dns, proxy: func(*http.Request) (*url.URL, error) { return pu, nil }, Timeout: 2 * time.Second}
			_, err = f.Article(context.Background(), "http://news.test/page")
			if err == nil || (tc.is != nil && !errors.Is(err, tc.is)) {
				t.Fatalf("got %v, want %v", err, tc.is)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("%v\ndoes not say %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "topsecret") {
				t.Errorf("the error prints the proxy's password: %v", err)
			}
		})
	}
}

// TestNoProxyGoesDirect: a request the proxy function does not send
// through a proxy (NO_PROXY) is connected directly and checked when
// connecting.
func TestNoProxyGoesDirect(t *testing.T) {
	dns := fakeDNS(t, func() netip.Addr { return netip.MustParseAddr("10.9.9.9") })
	f := &Fetcher{Resolver: dns, proxy: func(*http.Request) (*url.URL, error) { return nil, nil }, Timeout: 2 * time.Second}
	_, err := f.Article(context.Background(), "http://news.test/page")
	if !errors.Is(err, ErrPrivateAddress) || !strings.Contains(err.Error(), "10.9.9.9") {
		t.Errorf("direct request to a private address: %v", err)
	}
}
