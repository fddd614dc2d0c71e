package export

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/chromium"
)

// page records what an offline browser tab asked for and wrote to its
// console.
type page struct {
	ctx      context.Context
	mu       sync.Mutex
	requests []string
	console  []chromedp.ConsoleMessage
}

// openOffline starts the offline browser, records its requests and console,
// and opens the file.
func openOffline(t *testing.T, file string) *page {
	t.Helper()
	p := &page{ctx: chromium.New(t, chromium.Options{Offline: true, Width: 1600, Height: 1000})}
	if _, err := chromedp.Call(p.ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Listen(p.ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok && e.Request != nil {
			p.mu.Lock()
			p.requests = append(p.requests, e.Request.URL)
			p.mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	messages := chromedp.Console(p.ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			p.mu.Lock()
			p.console = append(p.console, m)
			p.mu.Unlock()
		}
	}()
	if err := chromedp.Do(p.ctx, chromedp.Navigate("file://"+file)); err != nil {
		t.Fatal(err)
	}
	return p
}

// check fails the test on a console error or exception, or a request that
// is not for the file itself.
func (p *page) check(t *testing.T) {
	t.Helper()
	time.Sleep(200 * time.Millisecond) // let the last events arrive
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, m := range p.console {
		if m.IsException() || m.Type == "error" {
			t.Errorf("console %s: %s (%s:%d)", m.Type, m.Text, m.URL, m.Line)
		}
	}
	for _, u := range p.requests {
		if !strings.HasPrefix(u, "file://") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "about:") {
			t.Errorf("the page asked for %s", u)
		}
	}
}

// eval runs a script and decodes its JSON result.
func eval[T any](t *testing.T, ctx context.Context, script string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](script))
	if err != nil {
		t.Fatalf("%v\nscript: %.300s", err, script)
	}
	return v
}

// shown lists the data-id of the meetings on the timeline, sorted.
func shown(t *testing.T, ctx context.Context) []string {
	t.Helper()
	ids := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("#timeline .meeting[data-id]")).map(e => e.getAttribute("data-id"))`)
	sort.Strings(ids)
	return ids
}

// TestHTMLViewOffline opens the examples' chain view in headless Chromium
// with every request off the machine refused: no request but the file, no
// console error, every held meeting visible with its date, a click showing
// one of the meeting's evidence sentences, the name search and the date
// slider at work. It saves a screenshot (docs/chain-view.png with -update).
func TestHTMLViewOffline(t *testing.T) {
	s := examples(t)
	out := filepath.Join(t.TempDir(), "chain.html")
	if _, err := Write(context.Background(), "html", out, s, Manifest{Source: "test", ExtractorVersion: "x"}); err != nil {
		t.Fatal(err)
	}
	p := openOffline(t, out)
	ctx := p.ctx
	if err := chromedp.Do(ctx, chromedp.WaitVisible(`#timeline .meeting[data-id]`)); err != nil {
		t.Fatal(err)
	}

	// Every held meeting is on screen with its date.
	type want struct{ ID, Date string }
	var held []want
	var all []string
	for _, n := range s.Nodes {
		if n.Label() == "Meeting" {
			all = append(all, n.ID)
			if graph.StringProp(n.Props, "status") == "held" {
				held = append(held, want{n.ID, graph.StringProp(n.Props, "date")})
			}
		}
	}
	sort.Strings(all)
	list, _ := json.Marshal(held)
	missing := eval[[]string](t, ctx, `(() => {
		const bad = [];
		for (const m of `+string(list)+`) {
			const e = document.querySelector('#timeline .meeting[data-id="' + CSS.escape(m.ID) + '"]');
			const r = e && e.getBoundingClientRect();
			if (!e || !e.offsetParent || r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === "hidden" ||
				!e.querySelector(".date") || e.querySelector(".date").innerText.trim() !== m.Date) bad.push(m.ID + " " + m.Date);
		}
		return bad;
	})()`)
	if len(held) == 0 || len(missing) > 0 {
		t.Errorf("%d held meetings; not visible with their date: %v", len(held), missing)
	}
	if got := shown(t, ctx); !slices.Equal(got, all) {
		t.Errorf("meetings shown %v, want %v", got, all)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#links path.link").length`); n == 0 {
		t.Error("no PRECEDED_BY link is drawn")
	}

	// A click on a meeting shows one of its evidence sentences and the
	// article it came from.
	const target = "meeting:iran-united-states-2024-01-muscat"
	var sentences []string
	for _, r := range s.Relationships {
		if r.Type == "REPORTS" && r.End == target {
			sentences = append(sentences, graph.StringsProp(r.Props, "evidence")...)
		}
	}
	sel := `#timeline .meeting[data-id="` + target + `"]`
	if err := chromedp.Do(ctx, chromedp.Click(sel), chromedp.WaitVisible(`#details li.evidence`)); err != nil {
		t.Fatal(err)
	}
	first, err := chromedp.Run(ctx, chromedp.Text(`#details li.evidence`))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(sentences, strings.TrimSpace(first)) {
		t.Errorf("the details show %q, not one of %s's evidence sentences %q", first, target, sentences)
	}
	if src := eval[string](t, ctx, `document.querySelector("#details .report .source").textContent`); src != "ex02_muscat-2024-01.txt" {
		t.Errorf("the evidence's article is %q", src)
	}
	if dir := eval[string](t, ctx, `getComputedStyle(document.querySelector("#details li.evidence")).direction`); dir != "rtl" {
		t.Errorf("evidence direction %q", dir)
	}
	if why := eval[string](t, ctx, `document.querySelector("#details .why").textContent`); !strings.Contains(why, "follows meeting:iran-united-states-2023-08-doha") {
		t.Errorf("the explain reasons do not name the round it follows: %q", why)
	}
	// The search box folds names as extract/arabic does: any spelling,
	// diacritics and all, finds McGurk's two rounds.
	for _, q := range []string{"ماكغورك", "ماكجورك", "مَاكْغُورْك", "McGurk", "mcgurk"} {
		setSearch(t, ctx, q)
		if got := shown(t, ctx); !slices.Equal(got, []string{"meeting:iran-united-states-2023-05-08-muscat", "meeting:iran-united-states-2024-01-muscat"}) {
			t.Errorf("search %q shows %v", q, got)
		}
	}
	setSearch(t, ctx, "")
	if got := shown(t, ctx); len(got) != len(all) {
		t.Errorf("an empty search shows %d meetings of %d", len(got), len(all))
	}

	// The slider: the third round is planned as known on 20 April and
	// held on 27 April; no May round is known on 20 April.
	const third = "meeting:iran-united-states-2025-04-26-muscat"
	for _, tc := range []struct{ day, status string }{{"2025-04-20", "planned"}, {"2025-04-27", "held"}, {"all", "held"}} {
		eval[bool](t, ctx, `window.negographChain.setAsOf("`+tc.day+`"), true`)
		class := eval[string](t, ctx, `document.querySelector('#timeline .meeting[data-id="`+third+`"]').className`)
		if !strings.Contains(class, "status-"+tc.status) {
			t.Errorf("as of %s the third round is %q, want %s", tc.day, class, tc.status)
		}
		if tc.day == "2025-04-20" && slices.ContainsFunc(shown(t, ctx), func(id string) bool { return strings.Contains(id, "2025-05") }) {
			t.Errorf("a May round is shown as of %s", tc.day)
		}
	}
	// The picture for the README: Araghchi's rounds, the third one open.
	setSearch(t, ctx, "عراقجي")
	if err := chromedp.Do(ctx, chromedp.Click(`#timeline .meeting[data-id="`+third+`"]`), chromedp.WaitVisible(`#details li.evidence`)); err != nil {
		t.Fatal(err)
	}
	eval[bool](t, ctx, `window.negographChain.timeline.fit({animation: false}), window.scrollTo(0, 0), true`)
	time.Sleep(300 * time.Millisecond) // the links follow the redraw
	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(t.ArtifactDir(), "chain-view.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(filepath.Join("..", "..", "docs", "chain-view.png"), shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	p.check(t)
}

func setSearch(t *testing.T, ctx context.Context, q string) {
	t.Helper()
	b, _ := json.Marshal(q)
	eval[bool](t, ctx, `(() => { const s = document.getElementById("search"); s.value = `+string(b)+`; s.dispatchEvent(new Event("input")); return true; })()`)
}

// TestJSFoldingMatchesGo runs the view's name folding in Chromium on a
// table of spellings and on every rune of the Latin, Arabic, punctuation
// and presentation-form blocks, and compares it with arabic.Normalize.
func TestJSFoldingMatchesGo(t *testing.T) {
	inputs := []string{
		"عَبَّاس عِرَاقْجِي", "عباس عراقجي", "عراقتشي", "ماكغورك", "ماكجورك", "أحمد", "إيران", "آل سعود", "ٱلله",
		"مدرسة", "مستشفى", "علی", "گرجستان", "پاکستان", "چین", "ژنو", "ڤيينا", "مـــسقط", "مسقط\u200c", "\u200fمسقط\u200e",
		"  Hello\t WORLD  ", "«قال» “yes” ‘no’ 'x' `y`", "١٢٣ ۴۵۶", "ﻻ ﷲ ﺍﻟﻠﻪ", "ＡＢＣ １２", "İstanbul", "ÉLYSÉE", "Σίσυφος",
		"a\u00a0b\u2007c\u202fd", "x\u0085y", "،؛؟", "", "   ",
	}
	// Runes that Go's Unicode tables (unicode.Version) do not assign yet
	// may have case mappings in the browser's newer ones: left out.
	assigned := func(r rune) bool {
		return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z, unicode.Cc, unicode.Cf, unicode.Co)
	}
	for r := rune(0x20); r < 0x3000; r++ {
		if r >= 0xD800 && r <= 0xDFFF || !assigned(r) {
			continue
		}
		inputs = append(inputs, string(r), "a"+string(r)+"b")
	}
	for r := rune(0xFB50); r <= 0xFFEF; r++ {
		if !assigned(r) {
			continue
		}
		inputs = append(inputs, string(r))
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "fold.html")
	var doc bytes.Buffer
	doc.WriteString("<!doctype html><meta charset=\"utf-8\"><script>\n")
	doc.WriteString(chainJS)
	doc.WriteString("\n</script>\n")
	if err := os.WriteFile(file, doc.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	p := openOffline(t, file)
	list, err := json.Marshal(inputs)
	if err != nil {
		t.Fatal(err)
	}
	got := eval[[]string](t, p.ctx, string(list)+`.map(s => window.negographNormalize(s))`)
	if len(got) != len(inputs) {
		t.Fatalf("%d results for %d inputs", len(got), len(inputs))
	}
	bad := 0
	for i, in := range inputs {
		if want := arabic.Normalize(in); got[i] != want {
			bad++
			if bad <= 20 {
				t.Errorf("fold %q (%U): JavaScript %q, Go %q", in, []rune(in), got[i], want)
			}
		}
	}
	if bad > 20 {
		t.Errorf("... %d differences in all", bad)
	}
	p.check(t)
}

// TestVendoredLibraryIsPinned: the embedded vis-timeline is the file
// VERSION names, with its licences beside it, and the page inlines it
// without any reference to a host.
func TestVendoredLibraryIsPinned(t *testing.T) {
	sum := sha256.Sum256([]byte(visTimelineJS))
	if want := "sha256 " + hex.EncodeToString(sum[:]); !strings.Contains(visTimelineVersion, want+"\n") {
		t.Errorf("assets/vis-timeline/VERSION does not say %s:\n%s", want, visTimelineVersion)
	}
	for _, f := range []string{"LICENSE.md", "LICENSE.Apache-2.0.txt", "LICENSE.MIT.txt", "README.md", "update.sh"} {
		if _, err := os.Stat(filepath.Join("assets", "vis-timeline", f)); err != nil {
			t.Error(err)
		}
	}
	var a, b bytes.Buffer
	for _, buf := range []*bytes.Buffer{&a, &b} {
		if err := WriteHTML(buf, examples(t), HTMLOptions{Filter: "channel=iran,united-states"}); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two pages of one snapshot differ")
	}
	doc := a.String()
	for _, bad := range []string{"<script src", "<link", "sourceMappingURL", "@import", "url(http"} {
		if strings.Contains(doc, bad) {
			t.Errorf("the page holds %q", bad)
		}
	}
	if strings.Count(doc, "<script") != 3 || !strings.Contains(doc, "default-src 'none'") {
		t.Error("the page is not three inline scripts under a CSP that forbids requests")
	}
	// Hostile names stay text.
	a.Reset()
	if err := WriteHTML(&a, hostile(t), HTMLOptions{Filter: "</script><b>"}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.String(), "<b>bold</b>") || strings.Contains(a.String(), "</script><b>") {
		t.Error("a name or the filter is written as markup")
	}
}

// TestSVGArabicInBrowser opens the fixture's SVG in Chromium: an Arabic
// name is laid out right to left (its first letter is rightmost) inside
// its box.
func TestSVGArabicInBrowser(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSVG(&buf, fixture(t)); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "chain.svg")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	p := openOffline(t, file)
	type layout struct {
		First, Last, BoxLeft, BoxRight, Width float64
	}
	got := eval[layout](t, p.ctx, `(() => {
		const e = Array.from(document.querySelectorAll("text")).find(e => e.textContent === "حميد زارعي");
		const n = e.getNumberOfChars();
		const box = e.parentNode.querySelector("rect");
		return {First: e.getStartPositionOfChar(0).x, Last: e.getStartPositionOfChar(n - 1).x,
			BoxLeft: box.x.baseVal.value, BoxRight: box.x.baseVal.value + box.width.baseVal.value, Width: e.getComputedTextLength()};
	})()`)
	if got.First <= got.Last {
		t.Errorf("the Arabic name is laid out left to right: first letter at %v, last at %v", got.First, got.Last)
	}
	if got.First > got.BoxRight || got.Last < got.BoxLeft || got.Width <= 0 {
		t.Errorf("the Arabic name is outside its box: %+v", got)
	}
	p.check(t)
}
