package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// arabicPage is a small news page in Arabic; head is put in its head.
func arabicPage(head string) string {
	return "<!DOCTYPE html><html lang=\"ar\"><head>" + head + "<title>جولة جديدة من المحادثات في مسقط</title></head><body><article>" +
		"<h1>جولة جديدة من المحادثات في مسقط</h1><p>استضافت العاصمة العمانية مسقط يوم السبت جولة جديدة من المحادثات غير المباشرة بين إيران والولايات المتحدة، " +
		"بوساطة وزير الخارجية العماني بدر البوسعيدي. وقال المتحدث إن الأجواء كانت بنّاءة وإن الطرفين اتفقا على اللقاء مجددًا الأسبوع المقبل.</p></article></body></html>"
}

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDecodeHTML finds the encoding of pages as a browser does: byte order
// mark, header, meta (also after the first 1024 bytes), UTF-8, detection.
func TestDecodeHTML(t *testing.T) {
	const want = "استضافت العاصمة العمانية مسقط"
	longHead := "<style>" + strings.Repeat("p { margin: 0 } ", 200) + "</style>"
	tests := []struct {
		name, contentType string
		body              []byte
		wantEnc, wantText string
	}{
		{"windows-1256, no declaration at all", "text/html", encode(t, charmap.Windows1256, arabicPage("")), "windows-1256", want},
		{"windows-1256, no header", "", encode(t, charmap.Windows1256, arabicPage("")), "windows-1256", want},
		{"windows-1256 in the header", "text/html; charset=windows-1256", encode(t, charmap.Windows1256, arabicPage("")), "windows-1256", want},
		{"cp1256 label in the header", "text/html; charset=cp1256", encode(t, charmap.Windows1256, arabicPage("")), "windows-1256", want},
		{"windows-1256 meta", "text/html", encode(t, charmap.Windows1256, arabicPage(`<meta charset="windows-1256">`)), "windows-1256", want},
		{"iso-8859-6 http-equiv after 1024 bytes", "text/html", encode(t, charmap.ISO8859_6, strings.ReplaceAll(arabicPage(longHead+`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">`), "ّ", "")), "iso-8859-6", "استضافت العاصمة العمانية مسقط"},
		{"header says utf-8, bytes are windows-1256", "text/html; charset=utf-8", encode(t, charmap.Windows1256, arabicPage("")), "windows-1256", want},
		{"meta says utf-8, bytes are windows-1256", "text/html", encode(t, charmap.Windows1256, arabicPage(`<meta charset="utf-8">`)), "windows-1256", want},
		{"utf-8 without declaration", "text/html", []byte(arabicPage("")), "utf-8", want},
		{"utf-8 with a byte order mark", "", []byte("\uFEFF" + arabicPage("")), "utf-8", want},
		{"utf-16le with a byte order mark", "text/html", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), arabicPage("")), "utf-16le", want},
		{"meta utf-16 on ASCII bytes means utf-8", "text/html", []byte(arabicPage(`<meta charset="utf-16">`)), "utf-8", want},
		{"windows-1251 without declaration", "text/html", encode(t, charmap.Windows1251, "<html><body><p>Переговоры между Ираном и США прошли в Маскате в субботу при посредничестве Омана, сообщили официальные лица. Следующий раунд состоится на следующей неделе.</p></body></html>"), "windows-1251", "Переговоры между Ираном"},
		{"shift_jis in the header", "text/html; charset=Shift_JIS", encode(t, japanese.ShiftJIS, "<p>マスカットで協議</p>"), "shift_jis", "マスカットで協議"},
		{"a stray byte in a utf-8 page", "text/html; charset=utf-8", []byte(strings.Replace(arabicPage(""), "يوم", "يوم \xff", 1)), "utf-8", want},
		{"a stray byte in an undeclared utf-8 page", "", []byte(strings.Replace(arabicPage(""), "يوم", "يوم \xff", 1)), "utf-8", want},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, enc, err := decodeHTML(tt.body, tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(out) {
				t.Fatalf("output is not UTF-8")
			}
			if tt.wantEnc != "" && enc != tt.wantEnc {
				t.Errorf("encoding %s, want %s", enc, tt.wantEnc)
			}
			if !strings.Contains(string(out), tt.wantText) {
				t.Errorf("text lacks %q: %.300s", tt.wantText, out)
			}
		})
	}
}

// TestArticleWindows1256WithoutCharset fetches an Arabic page written in
// windows-1256 that declares its encoding nowhere (no header charset, no
// meta): the text, title and outlet come out right, not as mojibake.
func TestArticleWindows1256WithoutCharset(t *testing.T) {
	page := strings.Replace(string(fixture(t, "article.html")), `<meta charset="utf-8">`, "", 1)
	body := encode(t, charmap.Windows1256, page)
	for _, ctype := range []string{"text/html", ""} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if ctype == "" {
				w.Header()["Content-Type"] = nil // no header: sniffed as HTML
			} else {
				w.Header().Set("Content-Type", ctype)
			}
			w.Write(body)
		}))
		a, err := (&Fetcher{AllowPrivateNetworks: true}).Article(context.Background(), srv.URL+"/page")
		srv.Close()
		if err != nil {
			t.Fatalf("content type %q: %v", ctype, err)
		}
		if !strings.Contains(a.Text, "استضافت العاصمة العمانية مسقط") || !strings.Contains(a.Title, "جولة جديدة") || a.Outlet != "أخبار الخليج التجريبية" {
			t.Errorf("content type %q: title %q outlet %q text %.200q", ctype, a.Title, a.Outlet, a.Text)
		}
	}
}

// FuzzDecodeHTML: any bytes under any Content-Type decode without panic
// to valid UTF-8.
func FuzzDecodeHTML(f *testing.F) {
	f.Add([]byte(arabicPage("")), "text/html")
	f.Add(encode(f, charmap.Windows1256, arabicPage("")), "")
	f.Add(encode(f, charmap.Windows1256, arabicPage(`<meta charset="windows-1256">`)), "text/html; charset=utf-8")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "text/html")
	f.Add([]byte(`<meta http-equiv="content-type" content="text/html; charset=iso-2022-kr"><p>x`), "")
	f.Add([]byte(`<meta charset="x-user-defined">\x80\xff`), "text/html; charset")
	f.Add([]byte("<p>\x1b$B\x00"), "text/html; charset=iso-2022-jp")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		out, _, err := decodeHTML(body, contentType)
		if err != nil {
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("decodeHTML(%q, %q) = %q: not UTF-8", body, contentType, out)
		}
	})
}
