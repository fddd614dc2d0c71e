// Package chromium starts Debian's headless Chromium for the end-to-end
// tests of pages negograph serves or writes (Neo4j Browser, the chain
// view), driven through chromedp. It never downloads a browser: it uses the
// chromium on PATH (Debian's package), skips the test when there is none,
// and fails it instead under CI (CI set), where .ci/run installs it.
package chromium

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"testing"

	"github.com/chromedp/chromedp"
)

// Path returns the Chromium executable (NEGOGRAPH_CHROMIUM, else chromium
// or chromium-browser on PATH). When there is none the test is skipped, or
// failed under CI.
func Path(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("NEGOGRAPH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	const why = "no chromium on PATH (Debian: apt-get install chromium; or set NEGOGRAPH_CHROMIUM)"
	if os.Getenv("CI") != "" {
		t.Fatalf("CI is set, so browser tests may not be skipped: %s", why)
	}
	t.Skip(why)
	return ""
}

// Options say how the browser runs.
type Options struct {
	// Offline refuses every request that is not to a loopback address (a
	// proxy that does not exist for everything else, and no name
	// resolution): a page that needs the network fails.
	Offline bool
	// Width and Height are the window size (default 1400×900).
	Width, Height int
}

// New starts a headless Chromium for the test and returns a chromedp
// context on a new tab; the browser is stopped when the test ends.
func New(t testing.TB, opts Options) context.Context {
	t.Helper()
	path := Path(t)
	w, h := opts.Width, opts.Height
	if w == 0 || h == 0 {
		w, h = 1400, 900
	}
	flags := append([]chromedp.ExecAllocatorOption{},
		chromedp.ExecPath(path),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("window-size", fmt.Sprintf("%d,%d", w, h)),
		chromedp.Headless,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.DisableGPU,
		chromedp.NoSandbox, // tests run as root in CI containers
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("lang", "ar"),
	)
	if opts.Offline {
		flags = append(flags,
			chromedp.ProxyServer("127.0.0.1:9"),
			chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1"),
		)
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), flags...)
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx); err != nil { // start the browser now
		t.Fatalf("start chromium %s: %v", path, err)
	}
	return ctx
}
