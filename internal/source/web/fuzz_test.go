package web

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzFeed: any bytes give items or ErrFeed, never a panic; every item has
// an absolute http(s) URL with a host, a printable title and id, and UTF-8
// text.
func FuzzFeed(f *testing.F) {
	for _, name := range []string{"rss.xml", "atom.xml", "malformed.xml"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`<rss version="2.0"><channel><item><title>a` + "\x1b[2J" + `</title><link>http:relative</link></item><item><link>//host.test/x</link><guid>g` + "\u202e" + `</guid></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="javascript:alert(1)"/></entry><entry><link href="/a?b=1"/><content type="html">&lt;p&gt;نص&lt;/p&gt;</content></entry></feed>`))
	f.Add([]byte(`<?xml version="1.0" encoding="windows-1256"?><rss><channel><item><link>http://a.test/</link><title>` + "\xc7\xe1" + `</title></item></channel></rss>`))
	f.Add([]byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><link>https://a.test/1</link></item></rdf:RDF>`))
	base, _ := url.Parse("https://news.test/feeds/rss.xml")
	f.Fuzz(func(t *testing.T, data []byte) {
		items, err := parseFeed(data, base)
		if err != nil {
			return
		}
		for _, it := range items {
			u, err := url.Parse(it.URL)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				t.Fatalf("item URL %q", it.URL)
			}
			for _, s := range []string{it.Title, it.GUID} {
				if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) || r == '\u202e' }) {
					t.Fatalf("unsafe metadata %q", s)
				}
			}
			if !utf8.ValidString(it.Text) {
				t.Fatalf("text not UTF-8: %q", it.Text)
			}
		}
	})
}
