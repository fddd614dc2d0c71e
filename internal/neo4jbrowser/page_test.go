package neo4jbrowser

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// The waits of the page: a query on a loaded 2-core machine, and the rest.
const (
	queryTimeout = 3 * time.Minute
	uiTimeout    = time.Minute
)

// jsHelpers are the functions every script below uses, defined on each call
// (an evaluation from DevTools is not subject to the page's
// Content-Security-Policy).
const jsHelpers = `
const nbFrames = () => Array.from(document.querySelectorAll('[data-testid="frame"]'));
const nbCommand = f => (f.querySelector('[data-testid="frameCommand"]') || {}).textContent || '';
// The error a frame shows: a Cypher or remote-guide error, or an error frame.
const nbError = f => {
  const m = f.querySelector('[data-testid="cypherFrameErrorMessage"]');
  if (m) return m.textContent || 'error';
  const heading = Array.from(f.querySelectorAll('*')).find(e => e.children.length === 0 && e.textContent.trim() === 'ERROR');
  return heading ? f.innerText.slice(0, 600) : '';
};
// The rectangle of character i of el's text (across its text nodes).
const nbCharRect = (el, i) => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (i < n.data.length) {
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 1);
      return r.getBoundingClientRect();
    }
    i -= n.data.length;
  }
  return null;
};
// A word: a run of characters that are neither spaces nor invisible
// direction marks (LRM, RLM, ALM).
const nbWord = /[^\s\u200e\u200f\u061c]+/g;
// The horizontal extent {left, right} of the glyphs of el's characters
// [i, i+n), or null when none has a box.
const nbSpan = (el, i, n) => {
  let left = Infinity, right = -Infinity;
  for (let k = i; k < i + n; k++) {
    const r = nbCharRect(el, k);
    if (r && r.width > 0) { left = Math.min(left, r.left); right = Math.max(right, r.right); }
  }
  return left <= right ? {left, right} : null;
};
`

// page drives one tab of Neo4j Browser.
type page struct {
	ctx    context.Context
	frames int // frames tagged so far (ids nb-frame-1, nb-frame-2, …)
}

// eval evaluates a JavaScript expression (the helpers are in scope) and
// decodes its value.
func eval[T any](t *testing.T, p *page, expr string) T {
	t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T]("(() => {"+jsHelpers+"\nreturn "+expr+";\n})()"))
	if err != nil {
		t.Fatalf("evaluate %s: %v", short(expr), err)
	}
	return v
}

// poll waits until a JavaScript expression (the helpers are in scope) is
// truthy and returns its value; what says why it waits.
func poll[T any](t *testing.T, p *page, timeout time.Duration, what, expr string) T {
	t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Poll[T]("(() => {"+jsHelpers+"\nreturn "+expr+";\n})()",
		chromedp.WithPollingInterval(200*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
	if err != nil {
		t.Fatalf("waiting %s for %s: %v", timeout, what, err)
	}
	return v
}

// js quotes a Go string as a JavaScript string literal.
func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 160 {
		return s[:160] + "…"
	}
	return s
}

// frame is a frame of the stream, tagged with an id.
type frame struct {
	// ID is the frame element's id.
	ID string
	// Command is the command it ran.
	Command string
}

// sel returns a CSS selector for el inside the frame.
func (f frame) sel(el string) string { return "#" + f.ID + " " + el }

// markFrames marks the frames now in the stream, so that the next new one
// can be told apart.
func (p *page) markFrames(t *testing.T) {
	t.Helper()
	eval[bool](t, p, `(nbFrames().forEach(f => f.dataset.nbSeen = '1'), true)`)
}

// newFrame waits for a frame that markFrames did not mark and tags it.
func (p *page) newFrame(t *testing.T, what string) frame {
	t.Helper()
	p.frames++
	id := fmt.Sprintf("nb-frame-%d", p.frames)
	cmd := poll[string](t, p, uiTimeout, "the frame of "+what, fmt.Sprintf(
		`(() => { const f = nbFrames().find(f => !f.dataset.nbSeen); if (!f) return ''; f.dataset.nbSeen = '1'; f.id = %s; return nbCommand(f) || ' '; })()`,
		js(id)))
	return frame{ID: id, Command: strings.TrimSpace(cmd)}
}

// findFrame waits for a frame whose command starts with prefix and tags it.
func (p *page) findFrame(t *testing.T, prefix string) frame {
	t.Helper()
	p.frames++
	id := fmt.Sprintf("nb-frame-%d", p.frames)
	cmd := poll[string](t, p, uiTimeout, "a frame running "+prefix, fmt.Sprintf(
		`(() => { const f = nbFrames().find(f => nbCommand(f).trim().startsWith(%s)); if (!f) return ''; f.id = %s; return nbCommand(f); })()`,
		js(prefix), js(id)))
	return frame{ID: id, Command: strings.TrimSpace(cmd)}
}

// runInEditor puts text in the editor as a paste would (no auto-closing
// brackets, no auto-indent), runs it with the editor's Run button and
// returns the frame it opens.
func (p *page) runInEditor(t *testing.T, text string) frame {
	t.Helper()
	p.markFrames(t)
	ctx, cancel := context.WithTimeout(p.ctx, uiTimeout)
	defer cancel()
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`#monaco-main-editor`)),
		chromedp.Focus(chromedp.CSS(`[data-testid="activeEditor"] textarea`)),
	); err != nil {
		t.Fatalf("focus the editor: %v", err)
	}
	if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: text}); err != nil {
		t.Fatalf("type into the editor: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`[data-testid="editor-Run"]`))); err != nil {
		t.Fatalf("click Run: %v", err)
	}
	return p.newFrame(t, short(text))
}

// waitDone waits until a frame shows its result or an error, and fails the
// test with the error when there is one.
func (p *page) waitDone(t *testing.T, f frame) {
	t.Helper()
	errText := poll[string](t, p, queryTimeout, "the result of "+short(f.Command), fmt.Sprintf(
		`(() => { const f = document.getElementById(%s); if (!f) return 'the frame is gone';
		  const e = nbError(f); if (e) return 'ERROR ' + e;
		  if (f.querySelector('[data-testid="frame-loaded-contents"]')) return 'ok';
		  const c = f.querySelector('[data-testid="frameContents"]');
		  return nbCommand(f).trim().startsWith(':') && c && c.innerText.trim() ? 'ok' : ''; })()`, js(f.ID)))
	if errText != "ok" {
		p.screenshot(t, "error-"+f.ID)
		t.Fatalf("%s: %s", short(f.Command), errText)
	}
}

// errorFrames returns the commands and errors of the frames that show one.
func (p *page) errorFrames(t *testing.T) []string {
	t.Helper()
	return eval[[]string](t, p, `nbFrames().filter(f => nbError(f)).map(f => nbCommand(f) + ': ' + nbError(f))`)
}

// records switches a Cypher frame to its Table view and returns the number
// of records the status bar reports.
func (p *page) records(t *testing.T, f frame) int {
	t.Helper()
	status := poll[string](t, p, uiTimeout, "the table's status bar", fmt.Sprintf(
		`(() => { const s = document.querySelector(%s);
		  if (s && /Started streaming \d+ records/.test(s.innerText)) return s.innerText;
		  const b = document.querySelector(%s); if (b) b.click(); return ''; })()`,
		js(f.sel(`[data-testid="frameStatusbar"]`)), js(f.sel(`[data-testid="cypherFrameSidebarTable"]`))))
	m := regexp.MustCompile(`Started streaming (\d+) records`).FindStringSubmatch(status)
	n, _ := strconv.Atoi(m[1])
	return n
}

// graphView switches a Cypher frame to its Graph view (Browser opens a
// result in the view last chosen in any frame) and returns the number of
// nodes it draws.
func (p *page) graphView(t *testing.T, f frame) int {
	t.Helper()
	return poll[int](t, p, uiTimeout, "the graph of "+short(f.Command), fmt.Sprintf(
		`(() => { const n = document.querySelectorAll(%s).length; if (n) return n;
		  const b = document.querySelector(%s); if (b) b.click(); return 0; })()`,
		js(f.sel("svg g.node")), js(f.sel(`[data-testid="cypherFrameSidebarVisualization"]`))))
}

// onFailure saves a screenshot of the tab when the test fails.
func (p *page) onFailure(t *testing.T) {
	t.Cleanup(func() {
		if t.Failed() {
			p.screenshot(t, "failed")
		}
	})
}

// text returns what a frame shows, as a reader would copy it.
func (p *page) text(t *testing.T, f frame) string {
	t.Helper()
	return eval[string](t, p, fmt.Sprintf(`document.getElementById(%s).innerText`, js(f.ID)))
}

// closeFrame closes a frame, so that the stream stays under Browser's limit
// of frames (30 by default; older ones are dropped).
func (p *page) closeFrame(t *testing.T, f frame) {
	t.Helper()
	eval[bool](t, p, fmt.Sprintf(`(() => { const b = document.querySelector(%s); if (b) b.click(); return true; })()`,
		js(f.sel(`button[title="Close"]`))))
}

// screenshot saves the tab (or the element sel, when given) as a PNG in the
// test's artifact folder and returns its path.
func (p *page) screenshot(t *testing.T, name string, sel ...string) string {
	t.Helper()
	var b []byte
	var err error
	if len(sel) > 0 {
		b, err = chromedp.Run(p.ctx, chromedp.Screenshot(chromedp.CSS(sel[0])))
	} else {
		b, err = chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	}
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return ""
	}
	path := filepath.Join(t.ArtifactDir(), name+".png")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return ""
	}
	t.Logf("screenshot: %s", path)
	return path
}
