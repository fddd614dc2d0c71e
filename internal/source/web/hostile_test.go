package web

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// plain reports whether s holds nothing a terminal would act on.
func plain(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsPrint(r) })
}

// TestHostileNamesQuoted: URL lists and URLs whose names hold newlines,
// terminal escapes or bidi overrides are named quoted in errors.
func TestHostileNamesQuoted(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "urls\x1b[2J\n.txt")
	if err := os.WriteFile(bad, []byte("https://a.test/1\nhttps://a.test/\u202egpj.exe\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		err  func() error
		want error
	}{
		{"bad line", func() error { _, err := ReadURLList(context.Background(), bad); return err }, ErrURLList},
		{"missing list", func() error {
			_, err := ReadURLList(context.Background(), filepath.Join(dir, "gone\x1b]0;x\a.txt"))
			return err
		}, os.ErrNotExist},
		{"URL with a bidi override", func() error {
			_, err := (&Fetcher{}).Article(context.Background(), "https://a.test/\u202egpj.exe")
			return err
		}, nil},
		{"URL with a newline", func() error {
			_, err := (&Fetcher{}).Feed(context.Background(), "https://a.test/\nFAKE LOG LINE")
			return err
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.err()
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
			if !plain(err.Error()) || !strings.Contains(err.Error(), `"`) {
				t.Errorf("not quoted: %q", err.Error())
			}
		})
	}
}

// TestPageMetadataControlCharacters: control characters and bidi
// overrides in a page's title and site name, and in feed item titles and
// ids, are dropped.
func TestPageMetadataControlCharacters(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/rss" {
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, "<rss version=\"2.0\"><channel><item><title>Round\u009b2J\u202e in\u2028Muscat</title><guid>id\u009b1</guid><link>/news/1</link></item></channel></rss>")
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<html><head><title>Muscat&#x1b;[31m round&#x202e;</title><meta property="og:site_name" content="Gulf&#x1b;]0;pwned&#x7; News&#x0;"></head>`+
			`<body><article><h1>Muscat round</h1><p>استضافت العاصمة العمانية مسقط يوم السبت جولة جديدة من المحادثات غير المباشرة بين إيران والولايات المتحدة بوساطة عمانية.</p>`+
			`<p>وقال المتحدث إن الأجواء كانت بنّاءة وإن الطرفين اتفقا على اللقاء مجددًا الأسبوع المقبل في العاصمة العمانية.</p></article></body></html>`)
	}))
	defer srv.Close()
	f := &Fetcher{AllowPrivateNetworks: true}
	a, err := f.Article(context.Background(), srv.URL+"/page")
	if err != nil {
		t.Fatal(err)
	}
	if !plain(a.Title) || !plain(a.Outlet) || !strings.Contains(a.Title, "Muscat") || !strings.Contains(a.Outlet, "Gulf") {
		t.Errorf("title %q outlet %q", a.Title, a.Outlet)
	}
	items, err := f.Feed(context.Background(), srv.URL+"/rss")
	if err != nil || len(items) != 1 {
		t.Fatalf("%v %v", items, err)
	}
	if items[0].Title != "Round2J in Muscat" || items[0].GUID != "id1" {
		t.Errorf("item title %q guid %q", items[0].Title, items[0].GUID)
	}
}
