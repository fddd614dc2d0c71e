package web

import (
	"bytes"
	"context"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/internal/source"
)

// Article fetches an HTML page and extracts its article: the main text
// (go-readability, then cleaned as the file readers clean text), title,
// outlet (og:site_name), language, publication date and canonical URL.
// Source is the URL as given, so that the article keeps its identity when
// the site redirects.
func (f *Fetcher) Article(ctx context.Context, rawURL string) (article.Article, error) {
	var a article.Article
	resp, err := f.get(ctx, rawURL, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	if err != nil {
		return a, err
	}
	fail := func(err error) (article.Article, error) { return a, &Error{URL: rawURL, Err: err} }
	mediaType, _, _ := mime.ParseMediaType(resp.contentType)
	if mediaType == "" {
		mediaType, _, _ = mime.ParseMediaType(http.DetectContentType(resp.body))
	}
	if mediaType != "text/html" && mediaType != "application/xhtml+xml" {
		return fail(fmt.Errorf("content type %q: %w", mediaType, ErrUnsupported))
	}
	body, _, err := decodeHTML(resp.body, resp.contentType)
	if err != nil {
		return fail(err)
	}
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return fail(fmt.Errorf("parse HTML: %w", err))
	}
	meta := pageMeta(doc, resp.finalURL)
	ra, err := readability.FromDocument(doc, resp.finalURL)
	if err != nil || ra.Node == nil {
		return fail(fmt.Errorf("%v: %w", err, ErrEmpty))
	}
	var out bytes.Buffer
	if err := ra.RenderHTML(&out); err != nil {
		return fail(fmt.Errorf("render article: %w", err))
	}
	_, text, err := source.HTMLText(&out)
	if err != nil {
		return fail(fmt.Errorf("article text: %w", err))
	}
	text = source.Clean(text)
	if strings.TrimSpace(text) == "" {
		return fail(ErrEmpty)
	}
	a = article.Article{
		ID:     article.ContentID(text),
		Source: rawURL,
		Title:  source.CleanField(ra.Title()),
		Outlet: source.CleanField(ra.SiteName()),
		URL:    resp.finalURL.String(),
		Text:   text,
	}
	if meta.canonical != "" {
		a.URL = meta.canonical
	}
	if a.Outlet == "" {
		a.Outlet = meta.siteName
	}
	a.Language = primaryLanguage(ra.Language())
	if a.Language == "" {
		a.Language = primaryLanguage(meta.lang)
	}
	if a.Language == "" {
		a.Language = source.DetectLanguage(text)
	}
	if t, err := ra.PublishedTime(); err == nil && !t.IsZero() {
		t = t.UTC()
		a.Published = article.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	}
	return a, nil
}

// primaryLanguage turns "ar-EG" into "ar".
func primaryLanguage(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i > 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	return tag
}

// meta is what the page head says besides what readability reads.
type meta struct {
	canonical, siteName, lang string
}

// pageMeta reads <html lang>, <link rel=canonical> (absolute http(s) URLs
// only, resolved against the page) and og:site_name.
func pageMeta(doc *html.Node, base *url.URL) meta {
	var m meta
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "html":
				m.lang = attrOf(n, "lang")
			case "link":
				if strings.EqualFold(attrOf(n, "rel"), "canonical") && m.canonical == "" {
					if u, err := base.Parse(attrOf(n, "href")); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
						m.canonical = u.String()
					}
				}
			case "meta":
				if attrOf(n, "property") == "og:site_name" && m.siteName == "" {
					m.siteName = source.CleanField(attrOf(n, "content"))
				}
			case "body":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
