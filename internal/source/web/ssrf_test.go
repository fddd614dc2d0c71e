package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"

	"golang.org/x/net/dns/dnsmessage"
)

// TestInternalKind classifies addresses: every internal range in IPv4,
// IPv6 and IPv4-in-IPv6 forms is refused, public addresses pass.
func TestInternalKind(t *testing.T) {
	tests := []struct {
		addr     string
		internal bool
	}{
		{"127.0.0.1", true},
		{"127.8.9.10", true},
		{"10.0.0.1", true},
		{"172.16.0.1", true},
		{"172.31.255.255", true},
		{"192.168.1.1", true},
		{"169.254.169.254", true},
		{"169.254.0.1", true},
		{"100.64.0.1", true},
		{"100.127.255.254", true},
		{"224.0.0.1", true},
		{"239.255.255.250", true},
		{"0.0.0.0", true},
		{"0.1.2.3", true},
		{"255.255.255.255", true},
		{"240.0.0.1", true},
		{"::", true},
		{"::1", true},
		{"fc00::1", true},
		{"fd12:3456:789a::1", true},
		{"fe80::1", true},
		{"fe80::1%eth0", true},
		{"febf::1", true},
		{"fec0::1", true},
		{"ff02::1", true},
		{"ff05::2", true},
		{"::ffff:127.0.0.1", true},
		{"::ffff:169.254.169.254", true},
		{"::ffff:10.1.2.3", true},
		{"::ffff:100.64.0.1", true},
		{"::ffff:0.0.0.0", true},
		{"::127.0.0.1", true},
		{"::169.254.169.254", true},
		{"::a9fe:a9fe", true}, // ::169.254.169.254 in hex
		{"64:ff9b::a9fe:a9fe", true},
		{"64:ff9b::10.0.0.1", true},
		{"2002:7f00:1::", true},
		{"2002:a9fe:a9fe::1", true},
		{"8.8.8.8", false},
		{"1.1.1.1", false},
		{"93.184.216.34", false},
		{"100.63.255.255", false},
		{"100.128.0.1", false},
		{"172.15.255.255", false},
		{"172.32.0.1", false},
		{"192.167.1.1", false},
		{"169.253.0.1", false},
		{"2001:4860:4860::8888", false},
		{"2a00:1450:4001:80b::200e", false},
		{"::ffff:8.8.8.8", false},
		{"64:ff9b::808:808", false},
		{"2002:808:808::1", false},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			ip := netip.MustParseAddr(tt.addr)
			kind := internalKind(ip)
			if (kind != "") != tt.internal {
				t.Errorf("internalKind(%s) = %q, want internal %v", tt.addr, kind, tt.internal)
			}
			f := &Fetcher{}
			err := f.checkDial(netip.AddrPortFrom(ip, 80).String())
			if tt.internal != errors.Is(err, ErrPrivateAddress) {
				t.Errorf("checkDial(%s) = %v", tt.addr, err)
			}
		})
	}
}

// TestPrivateAddressRefused fetches from loopback and other internal
// addresses without fetch.allow_private_networks: refused, before any
// connection, with an error that names the URL, says why and how to allow
// it. With AllowPrivateNetworks the same page is fetched.
func TestPrivateAddressRefused(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, "<html><body><article><p>استضافت مسقط جولة من المحادثات.</p></article></body></html>")
	}))
	defer srv.Close()
	port := srv.URL[strings.LastIndexByte(srv.URL, ':')+1:]
	f := &Fetcher{Timeout: 2 * 1e9}
	for _, u := range []string{
		srv.URL + "/page",
		"http://localhost:" + port + "/page", // a name: only the resolved address tells
		"http://[::1]:" + port + "/page",
		"http://[::ffff:127.0.0.1]:" + port + "/page",
		"http://169.254.169.254/latest/meta-data/",
		"http://10.0.0.1/",
		"http://0.0.0.0:" + port + "/",
	} {
		t.Run(u, func(t *testing.T) {
			_, err := f.Article(context.Background(), u)
			if !errors.Is(err, ErrPrivateAddress) {
				t.Fatalf("got %v, want ErrPrivateAddress", err)
			}
			for _, want := range []string{u, "private", "fetch.allow_private_networks"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error does not say %q: %v", want, err)
				}
			}
		})
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the server was reached %d times", n)
	}
	allowed := &Fetcher{AllowPrivateNetworks: true}
	if _, err := allowed.Article(context.Background(), srv.URL+"/page"); err != nil {
		t.Errorf("with AllowPrivateNetworks: %v", err)
	}
}

// publicSite serves on 127.0.0.1, which the returned Fetcher treats as a
// public address: internal targets reached from it are refused.
func publicSite(t *testing.T, h http.Handler) (*httptest.Server, *Fetcher) {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, &Fetcher{public: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}, Timeout: 2 * 1e9}
}

// listenOn serves an article on an address the Fetcher refuses; it
// reports whether it was ever reached.
func listenOn(t *testing.T, addr string) (string, *atomic.Int64) {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("cannot listen on %s: %v", addr, err)
	}
	var hits atomic.Int64
	srv := &httptest.Server{Listener: ln, Config: &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<p>internal secret</p>")
	})}}
	srv.Start()
	t.Cleanup(srv.Close)
	return srv.URL, &hits
}

// TestRedirectToInternalRefused: a public page redirecting to loopback
// (another address, a name, IPv6) or to the metadata endpoint is refused
// at the redirect, and the internal server is never reached.
func TestRedirectToInternalRefused(t *testing.T) {
	internal, hits := listenOn(t, "127.0.0.2:0")
	port := internal[strings.LastIndexByte(internal, ':')+1:]
	targets := map[string]string{
		"/to-loopback": internal + "/admin",
		"/to-v6":       "http://[::1]:" + port + "/admin",
		"/to-mapped":   "http://[::ffff:127.0.0.2]:" + port + "/admin",
		"/to-metadata": "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
		"/to-private":  "http://192.168.0.1/",
	}
	srv, f := publicSite(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/hop" { // a redirect inside the public site first
			http.Redirect(w, r, "/to-loopback", http.StatusMovedPermanently)
			return
		}
		if to, ok := targets[r.URL.Path]; ok {
			http.Redirect(w, r, to, http.StatusFound)
			return
		}
		http.NotFound(w, r)
	}))
	cases := map[string]string{"/hop": internal + "/admin"}
	for path, to := range targets {
		cases[path] = to
	}
	for path, to := range cases {
		t.Run(path, func(t *testing.T) {
			_, err := f.Article(context.Background(), srv.URL+path)
			if !errors.Is(err, ErrPrivateAddress) {
				t.Fatalf("got %v, want ErrPrivateAddress", err)
			}
			if !strings.Contains(err.Error(), srv.URL+path) || (to != "" && !strings.Contains(err.Error(), "redirected to "+to)) {
				t.Errorf("error does not name the URL and its redirect: %v", err)
			}
		})
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the internal server was reached %d times", n)
	}
}

// TestFeedItemToMetadataRefused: a feed on a public site may list an item
// linking to the cloud metadata endpoint; fetching that item is refused.
func TestFeedItemToMetadataRefused(t *testing.T) {
	srv, f := publicSite(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>http://169.254.169.254/latest/meta-data/</link></item>
<item><title>b</title><link>http://[fd00:ec2::254]/latest/meta-data/</link></item>
</channel></rss>`)
	}))
	items, err := f.Feed(context.Background(), srv.URL+"/rss")
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 {
		t.Fatalf("items %+v", items)
	}
	for _, it := range items {
		_, err := f.Article(context.Background(), it.URL)
		if !errors.Is(err, ErrPrivateAddress) || !strings.Contains(err.Error(), it.URL) {
			t.Errorf("item %s: %v", it.URL, err)
		}
	}
}

// fakeDNS answers A queries for every name with the address addr()
// returns at the time of the query, and AAAA queries with nothing: a
// resolver under the test's control, as a rebinding attacker's DNS is.
func fakeDNS(t *testing.T, addr func() netip.Addr) *net.Resolver {
	t.Helper()
	serve := func(c net.Conn) {
		defer c.Close()
		for {
			var n [2]byte
			if _, err := io.ReadFull(c, n[:]); err != nil {
				return
			}
			msg := make([]byte, int(n[0])<<8|int(n[1]))
			if _, err := io.ReadFull(c, msg); err != nil {
				return
			}
			var p dnsmessage.Parser
			h, err := p.Start(msg)
			if err != nil {
				return
			}
			q, err := p.Question()
			if err != nil {
				return
			}
			b := dnsmessage.NewBuilder(make([]byte, 2, 512), dnsmessage.Header{ID: h.ID, Response: true, Authoritative: true, RecursionDesired: h.RecursionDesired, RecursionAvailable: true})
			b.EnableCompression()
			b.StartQuestions()
			b.Question(q)
			b.StartAnswers()
			if q.Type == dnsmessage.TypeA {
				b.AResource(dnsmessage.ResourceHeader{Name: q.Name, Class: dnsmessage.ClassINET, TTL: 0}, dnsmessage.AResource{A: addr().As4()})
			}
			out, err := b.Finish()
			if err != nil {
				t.Error(err)
				return
			}
			out[0], out[1] = byte((len(out)-2)>>8), byte(len(out)-2)
			if _, err := c.Write(out); err != nil {
				return
			}
		}
	}
	return &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, address string) (net.Conn, error) {
		client, server := net.Pipe() // not a PacketConn: DNS over a stream
		go serve(server)
		return client, nil
	}}
}

// TestDialTimeCheckOnResolvedAddress proves that the check is made on the
// address a name resolves to when connecting, not on the URL: a name whose
// DNS answer moves from a public address to an internal one (DNS
// rebinding) is refused as soon as it resolves to the internal one.
func TestDialTimeCheckOnResolvedAddress(t *testing.T) {
	var rebound atomic.Bool
	resolver := fakeDNS(t, func() netip.Addr {
		if rebound.Load() {
			return netip.MustParseAddr("127.0.0.2")
		}
		return netip.MustParseAddr("127.0.0.1")
	})
	// The site listens on both; only 127.0.0.1 counts as public here.
	var hits atomic.Int64
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, "<html><body><article><p>استضافت مسقط جولة من المحادثات.</p></article></body></html>")
	})
	srv, _ := publicSite(t, h)
	port := srv.URL[strings.LastIndexByte(srv.URL, ':')+1:]
	ln, err := net.Listen("tcp", "127.0.0.2:"+port)
	if err != nil {
		t.Skipf("cannot listen on 127.0.0.2: %v", err)
	}
	second := &httptest.Server{Listener: ln, Config: &http.Server{Handler: h}}
	second.Start()
	defer second.Close()

	page := fmt.Sprintf("http://rebind.test:%s/page", port)
	newFetcher := func() *Fetcher {
		return &Fetcher{Resolver: resolver, public: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}, Timeout: 2 * 1e9}
	}
	if _, err := newFetcher().Article(context.Background(), page); err != nil {
		t.Fatalf("while the name resolves to the public address: %v", err)
	}
	rebound.Store(true)
	_, err = newFetcher().Article(context.Background(), page)
	if !errors.Is(err, ErrPrivateAddress) || !strings.Contains(err.Error(), "127.0.0.2") || !strings.Contains(err.Error(), page) {
		t.Fatalf("after rebinding: %v, want ErrPrivateAddress naming 127.0.0.2 and the URL", err)
	}
	if n := hits.Load(); n != 1 {
		t.Errorf("the site was reached %d times, want 1", n)
	}
}
