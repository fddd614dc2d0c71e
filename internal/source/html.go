package source

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlDoc is what the HTML reader finds in a page.
type htmlDoc struct {
	title     string
	text      string
	lang      string
	url       string
	outlet    string
	published string
}

// HTMLText extracts readable text from HTML. The title is the first <h1>
// outside navigation, else the og:title meta, else <title>. The text comes
// from the page's only <article> element when there is exactly one, else
// its only <main>, else <body> (and <body> again when that region has no
// text). script, style, nav, header, footer, aside, form, iframe, noscript,
// template, svg, buttons and form fields are dropped, as are elements marked
// hidden, aria-hidden="true" or with a navigation, banner, contentinfo,
// complementary or search role. Block elements (p, div, h1-h6, li, br, tr,
// blockquote...) break lines, <pre> keeps its lines, entities are decoded;
// the result goes through Clean. The error is only the reader's.
func HTMLText(r io.Reader) (title, text string, err error) {
	d, err := parseHTML(r)
	if err != nil {
		return "", "", err
	}
	return d.title, d.text, nil
}

func parseHTML(r io.Reader) (htmlDoc, error) {
	root, err := html.Parse(r)
	if err != nil {
		return htmlDoc{}, fmt.Errorf("parse HTML: %w", err)
	}
	var d htmlDoc
	var titleTag, ogTitle, h1 string
	var articles, mains []*html.Node
	var body *html.Node
	var scan func(n *html.Node, dropped bool)
	scan = func(n *html.Node, dropped bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if l := attr(n, "lang"); l != "" && d.lang == "" {
					d.lang = l
				}
			case atom.Title:
				if titleTag == "" {
					titleTag = oneLine(nodeText(n))
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				content := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:title":
					setOnce(&ogTitle, oneLine(content))
				case "og:url":
					setOnce(&d.url, content)
				case "og:site_name":
					setOnce(&d.outlet, oneLine(content))
				case "article:published_time", "datepublished", "date", "pubdate", "publishdate",
					"dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date":
					setOnce(&d.published, content)
				}
			case atom.Link:
				if strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") {
					setOnce(&d.url, strings.TrimSpace(attr(n, "href")))
				}
			case atom.Body:
				if body == nil {
					body = n
				}
			case atom.Article:
				if !dropped {
					articles = append(articles, n)
				}
			case atom.Main:
				if !dropped {
					mains = append(mains, n)
				}
			case atom.H1:
				if !dropped && h1 == "" {
					h1 = oneLine(nodeText(n))
				}
			}
			if !dropped && strings.EqualFold(attr(n, "role"), "main") && n.DataAtom != atom.Main {
				mains = append(mains, n)
			}
			// Headers hold the headline: they only drop text, not the title.
			if n.DataAtom != atom.Header && isDropped(n) {
				dropped = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			scan(c, dropped)
		}
	}
	scan(root, false)

	switch {
	case h1 != "":
		d.title = h1
	case ogTitle != "":
		d.title = ogTitle
	default:
		d.title = titleTag
	}
	d.title = Clean(d.title)
	d.title = strings.Join(strings.Fields(d.title), " ")

	region := body
	switch {
	case len(articles) == 1:
		region = articles[0]
	case len(mains) == 1:
		region = mains[0]
	}
	if region == nil {
		region = root
	}
	d.text = Clean(blockText(region))
	if d.text == "" && region != body && body != nil {
		d.text = Clean(blockText(body))
	}
	return d, nil
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// isDropped reports whether the element and its content are not prose.
func isDropped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Form,
		atom.Iframe, atom.Noscript, atom.Template, atom.Svg, atom.Math, atom.Button, atom.Select,
		atom.Textarea, atom.Input, atom.Object, atom.Embed, atom.Canvas, atom.Dialog, atom.Menu,
		atom.Head, atom.Audio, atom.Video, atom.Picture, atom.Map:
		return true
	}
	if n.Type == html.ElementNode && n.Namespace != "" {
		return true // inline svg and math content
	}
	if hasAttr(n, "hidden") || strings.EqualFold(strings.TrimSpace(attr(n, "aria-hidden")), "true") {
		return true
	}
	switch strings.ToLower(strings.TrimSpace(attr(n, "role"))) {
	case "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar",
		"alertdialog", "toolbar":
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// isBlock reports whether the element breaks lines around it.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul,
		atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Tr, atom.Table, atom.Thead, atom.Tbody, atom.Tfoot,
		atom.Blockquote, atom.Section, atom.Article, atom.Main, atom.Pre, atom.Figure, atom.Figcaption,
		atom.Hr, atom.Address, atom.Details, atom.Summary, atom.Center, atom.Caption, atom.Body,
		atom.Header, atom.Br, atom.Hgroup, atom.Fieldset, atom.Legend:
		return true
	}
	return false
}

// blockText renders the prose under n, one block per line.
func blockText(n *html.Node) string {
	var b strings.Builder // String() without a copy
	b.Grow(textSize(n))   // one allocation, not a chain of growing copies
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if pre {
				b.WriteString(n.Data)
			} else {
				b.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
			}
			return
		case html.ElementNode:
			if isDropped(n) {
				return
			}
			if n.DataAtom == atom.Img {
				return
			}
			if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
				b.WriteByte(' ')
			}
			if n.DataAtom == atom.Pre {
				pre = true
			}
		case html.CommentNode, html.DoctypeNode:
			return
		}
		block := n.Type == html.ElementNode && isBlock(n.DataAtom)
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	walk(n, false)
	return b.String()
}

// textSize bounds the length of blockText(n): all text under n and two
// line breaks per element.
func textSize(n *html.Node) int {
	size := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			size += len(n.Data)
		case html.ElementNode:
			size += 2
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return size
}

// nodeText is all text under n, dropped elements excluded.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && n.DataAtom != atom.Title && isDropped(n) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// oneLine prepares a metadata value (title, outlet...) read from an
// input: valid UTF-8, NUL, control and invisible formatting characters
// removed, all white space collapsed to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(normalizeChars(s)), " ") }

// CleanField prepares a metadata value read from an input — a title, an
// outlet, a feed item's id — as the file readers do: valid UTF-8, NUL,
// control characters (terminal escapes included) and invisible formatting
// characters removed, line breaks and other white space collapsed to single
// spaces, no leading or trailing space.
func CleanField(s string) string { return oneLine(s) }
