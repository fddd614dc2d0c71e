package web

import (
	"bufio"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// site serves the fixtures and the hostile cases on loopback.
func site(t *testing.T) (*httptest.Server, *atomic.Value, *atomic.Int64) {
	t.Helper()
	var ua atomic.Value
	var streamed atomic.Int64
	mux := http.NewServeMux()
	serve := func(path, ctype string, body []byte) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			ua.Store(r.Header.Get("User-Agent"))
			w.Header().Set("Content-Type", ctype)
			w.Write(body)
		})
	}
	serve("/article", "text/html; charset=utf-8", fixture(t, "article.html"))
	serve("/rss", "application/rss+xml", fixture(t, "rss.xml"))
	serve("/atom", "application/atom+xml", fixture(t, "atom.xml"))
	serve("/malformed", "application/rss+xml", fixture(t, "malformed.xml"))
	serve("/report.pdf", "application/pdf", []byte("%PDF-1.7 binary"))
	cp1256, err := charmap.Windows1256.NewEncoder().Bytes(
		[]byte(strings.Replace(string(fixture(t, "article.html")), `<meta charset="utf-8">`, "", 1)))
	if err != nil {
		t.Fatal(err)
	}
	serve("/cp1256", "text/html; charset=windows-1256", cp1256)
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "100000000")
		w.Write([]byte("<html>"))
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>نص</p>", 1000))
		for i := 0; i < 100000; i++ {
			if _, err := w.Write(chunk); err != nil {
				return
			}
			streamed.Add(int64(len(chunk)))
		}
	})
	mux.HandleFunc("/redirect/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		for _, c := range strings.TrimPrefix(r.URL.Path, "/redirect/") {
			n = n*10 + int(c-'0')
		}
		if n == 0 {
			http.Redirect(w, r, "/article", http.StatusFound)
			return
		}
		http.Redirect(w, r, "/redirect/"+string(rune('0'+n-1)), http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	mux.HandleFunc("/error", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", http.StatusInternalServerError) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &ua, &streamed
}

// TestArticle extracts the article of a page with navigation, sidebar and
// footer, in UTF-8 and in windows-1256.
func TestArticle(t *testing.T) {
	srv, ua, _ := site(t)
	f := &Fetcher{AllowPrivateNetworks: true}
	for _, path := range []string{"/article", "/cp1256"} {
		a, err := f.Article(context.Background(), srv.URL+path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, want := range []string{"استضافت العاصمة العمانية مسقط", "ستيف ويتكوف", "للجولة التالية"} {
			if !strings.Contains(a.Text, want) {
				t.Errorf("%s: text lacks %q:\n%s", path, want, a.Text)
			}
		}
		for _, boiler := range []string{"أسعار الذهب", "جميع الحقوق محفوظة", "رياضة"} {
			if strings.Contains(a.Text, boiler) {
				t.Errorf("%s: text keeps boilerplate %q", path, boiler)
			}
		}
		if a.Source != srv.URL+path || a.URL != srv.URL+"/news/2025/04/muscat-round" {
			t.Errorf("%s: source %q url %q", path, a.Source, a.URL)
		}
		if a.Outlet != "أخبار الخليج التجريبية" || a.Language != "ar" || a.Published.String() != "2025-04-12" {
			t.Errorf("%s: outlet %q language %q published %q", path, a.Outlet, a.Language, a.Published)
		}
		if !strings.Contains(a.Title, "جولة جديدة") || a.ID == "" {
			t.Errorf("%s: title %q id %q", path, a.Title, a.ID)
		}
	}
	if got, _ := ua.Load().(string); got != DefaultUserAgent {
		t.Errorf("user agent %q", got)
	}
	custom := &Fetcher{UserAgent: "analyst-bot/2", AllowPrivateNetworks: true}
	if _, err := custom.Article(context.Background(), srv.URL+"/article"); err != nil {
		t.Fatal(err)
	}
	if got, _ := ua.Load().(string); got != "analyst-bot/2" {
		t.Errorf("custom user agent %q", got)
	}
}

// TestFetchErrors covers every refusal; each error names the URL.
func TestFetchErrors(t *testing.T) {
	srv, _, streamed := site(t)
	f := &Fetcher{MaxBytes: 64 << 10, Timeout: 500 * time.Millisecond, MaxRedirects: 3, AllowPrivateNetworks: true}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct {
		name, url string
		ctx       context.Context
		want      error
	}{
		{"announced too large", srv.URL + "/big", nil, ErrTooLarge},
		{"streams forever", srv.URL + "/endless", nil, ErrTooLarge},
		{"redirect to file", srv.URL + "/to-file", nil, ErrScheme},
		{"file URL", "file:///etc/passwd", nil, ErrScheme},
		{"ftp URL", "ftp://example.test/a", nil, ErrScheme},
		{"too many redirects", srv.URL + "/redirect/5", nil, ErrTooManyRedirects},
		{"gone", srv.URL + "/gone", nil, ErrGone},
		{"not found", srv.URL + "/nothing-here", nil, ErrGone},
		{"server error", srv.URL + "/error", nil, ErrStatus},
		{"pdf", srv.URL + "/report.pdf", nil, ErrUnsupported},
		{"slow", srv.URL + "/slow", nil, context.DeadlineExceeded},
		{"cancelled", srv.URL + "/article", cancelled, context.Canceled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := tc.ctx
			if ctx == nil {
				ctx = context.Background()
			}
			_, err := f.Article(ctx, tc.url)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.url) {
				t.Errorf("error does not name the URL: %v", err)
			}
		})
	}
	if n := streamed.Load(); n > 16<<20 {
		t.Errorf("the endless page streamed %d bytes before the fetch stopped", n)
	}
	// Within the redirect limit the page is fetched.
	if _, err := f.Article(context.Background(), srv.URL+"/redirect/2"); err != nil {
		t.Errorf("two redirects: %v", err)
	}
}

// TestFeeds reads RSS and Atom, resolves relative links, skips items
// without one, and refuses a malformed feed.
func TestFeeds(t *testing.T) {
	srv, _, _ := site(t)
	f := &Fetcher{AllowPrivateNetworks: true}
	items, err := f.Feed(context.Background(), srv.URL+"/rss")
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || items[0].URL != srv.URL+"/news/1" || items[1].URL != "https://other.test/rome" {
		t.Fatalf("rss items %+v", items)
	}
	if items[0].Text != "استضافت مسقط جولة من المحادثات غير المباشرة." || items[0].GUID != "news-1" ||
		!items[0].Published.Equal(time.Date(2025, 4, 12, 5, 30, 0, 0, time.UTC)) {
		t.Errorf("rss item 1 %+v", items[0])
	}
	items, err = f.Feed(context.Background(), srv.URL+"/atom")
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].URL != "https://example.test/news/3" || !strings.Contains(items[0].Text, "الجولة الثالثة") {
		t.Fatalf("atom items %+v", items)
	}
	_, err = f.Feed(context.Background(), srv.URL+"/malformed")
	if !errors.Is(err, ErrFeed) || !strings.Contains(err.Error(), "/malformed") {
		t.Fatalf("malformed feed: %v", err)
	}
	_, err = f.Feed(context.Background(), srv.URL+"/article")
	if !errors.Is(err, ErrFeed) {
		t.Fatalf("an HTML page as a feed: %v", err)
	}
}

// TestURLList reads comments, blanks, duplicates and refuses bad lines
// with file and line.
func TestURLList(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "urls.txt")
	os.WriteFile(good, []byte("\ufeff# news\nhttps://a.test/1\n\n  http://b.test/2  \nhttps://a.test/1\n"), 0o644)
	urls, err := ReadURLList(context.Background(), good)
	if err != nil || strings.Join(urls, " ") != "https://a.test/1 http://b.test/2" {
		t.Fatalf("%v %v", urls, err)
	}
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("https://a.test/1\nfile:///etc/passwd\n"), 0o644)
	_, err = ReadURLList(context.Background(), bad)
	if !errors.Is(err, ErrURLList) || !strings.Contains(err.Error(), "bad.txt:2") {
		t.Fatalf("bad list: %v", err)
	}
	if _, err := ReadURLList(context.Background(), filepath.Join(dir, "missing.txt")); err == nil {
		t.Fatal("missing list: no error")
	}
}

// FuzzURLList: any input gives URLs that are absolute http(s) URLs, or an
// error; never a panic.
func FuzzURLList(f *testing.F) {
	f.Add("https://a.test/1\n# c\n\nhttp://b.test/2")
	f.Add("javascript:alert(1)\n")
	f.Add("http://[::1]:namedport\n")
	f.Add("https://a.test/\u202egpj.exe\nhttps://b.test/\x1b[2J\n")
	f.Fuzz(func(t *testing.T, s string) {
		urls, err := parseURLList(context.Background(), "fuzz", bufio.NewScanner(strings.NewReader(s)))
		if err != nil {
			return
		}
		for _, u := range urls {
			if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") || !plain(u) {
				t.Fatalf("accepted %q", u)
			}
		}
	})
}
