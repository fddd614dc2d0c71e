package chromium

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestRendersArabicOffline opens a local page in the offline browser: the
// page's Arabic text is read back from the DOM, and a request to a host
// outside the machine fails.
func TestRendersArabicOffline(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><html dir="rtl"><body><p id="t">جولة مسقط</p>
<script>fetch("http://example.org/x").then(()=>{document.title="online"}).catch(()=>{document.title="offline"})</script></body></html>`)
	}))
	defer srv.Close()
	ctx := New(t, Options{Offline: true})
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL), chromedp.WaitVisible("#t")); err != nil {
		t.Fatal(err)
	}
	text, err := chromedp.Run(ctx, chromedp.Text("#t"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.title !== ""`)); err != nil {
		t.Fatal(err)
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(text) != "جولة مسقط" {
		t.Errorf("text %q", text)
	}
	if title != "offline" {
		t.Errorf("a request outside the machine was answered (title %q)", title)
	}
}
