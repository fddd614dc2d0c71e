package web

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decodeHTML returns an HTML page as UTF-8 and the name of the encoding it
// was read in, finding that encoding as browsers do:
//
//  1. a byte order mark (UTF-8, UTF-16);
//  2. the charset of the Content-Type header;
//  3. a <meta charset> or <meta http-equiv="Content-Type"> of the page,
//     in its first 1024 bytes (the HTML standard's prescan) or later in
//     its head (where a browser reloads the page in that encoding);
//  4. UTF-8 when the bytes are valid UTF-8;
//  5. detection from the bytes (the ICU detector browsers' detectors
//     descend from), and when it cannot tell, windows-1256, the legacy
//     encoding a browser set up for Arabic assumes.
//
// A header or meta that says UTF-8 for bytes that are mostly not UTF-8 is
// taken for the misconfiguration it is and the later steps decide; UTF-8
// with a few stray bytes stays UTF-8. The result is always valid UTF-8:
// bytes the encoding cannot map become U+FFFD.
func decodeHTML(body []byte, contentType string) ([]byte, string, error) {
	enc, name := pageEncoding(body, contentType)
	if name == "utf-8" {
		return bytes.ToValidUTF8(bytes.TrimPrefix(body, []byte("\uFEFF")), []byte("\uFFFD")), name, nil
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, name, fmt.Errorf("decode %s: %v: %w", name, err, ErrInvalidText)
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), name, nil
}

// pageEncoding finds the encoding of a page (see decodeHTML).
func pageEncoding(body []byte, contentType string) (encoding.Encoding, string) {
	valid := mostlyUTF8(body)
	// 1 and 2: byte order mark, then the header's charset.
	if e, name, certain := charset.DetermineEncoding(body, contentType); certain && usable(name, valid) {
		return e, name
	}
	// 3: the page's own declaration.
	if e, name := metaCharset(body); e != nil && usable(name, valid) {
		return e, name
	}
	// 4: UTF-8 (with a few stray bytes at most).
	if valid {
		return unicode.UTF8, "utf-8"
	}
	// 5: detection.
	sample := body[:min(len(body), 64<<10)]
	if r, err := chardet.NewHtmlDetector().DetectBest(sample); err == nil && r.Confidence >= 10 {
		if e, name := charset.Lookup(r.Charset); e != nil && name != "utf-8" {
			return e, name
		}
	}
	return charmap.Windows1256, "windows-1256"
}

// usable refuses UTF-8 for bytes that are not UTF-8.
func usable(name string, valid bool) bool { return name != "utf-8" || valid }

// mostlyUTF8 reports whether body is UTF-8 but for stray bytes: fewer
// than one in ten of its non-ASCII bytes are not part of a valid UTF-8
// sequence. Text in a legacy 8-bit encoding is nearly all invalid as UTF-8.
func mostlyUTF8(body []byte) bool {
	if utf8.Valid(body) {
		return true
	}
	high, invalid := 0, 0
	for i := 0; i < len(body); {
		if body[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(body[i:])
		high += size
		if r == utf8.RuneError && size == 1 {
			invalid++
		}
		i += size
	}
	return invalid*10 < high
}

// metaCharset reads the encoding a page declares in a <meta> of its head
// (the whole head, not only the first 1024 bytes), nil if none.
func metaCharset(body []byte) (encoding.Encoding, string) {
	z := html.NewTokenizer(bytes.NewReader(body[:min(len(body), 256<<10)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return nil, ""
			case "meta":
				var label, httpEquiv, content string
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "charset":
						label = string(v)
					case "http-equiv":
						httpEquiv = string(v)
					case "content":
						content = string(v)
					}
				}
				if label == "" && strings.EqualFold(strings.TrimSpace(httpEquiv), "content-type") {
					if _, params, err := mime.ParseMediaType(content); err == nil {
						label = params["charset"]
					}
				}
				if label == "" {
					continue
				}
				e, name := charset.Lookup(label)
				if e == nil {
					continue
				}
				if strings.HasPrefix(name, "utf-16") { // the HTML standard: a meta cannot say UTF-16
					return unicode.UTF8, "utf-8"
				}
				return e, name
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "head" {
				return nil, ""
			}
		}
	}
}
