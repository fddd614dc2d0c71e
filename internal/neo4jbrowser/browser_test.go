package neo4jbrowser

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/negograph/negograph/internal/chromium"
)

// update has TestBrowser rewrite docs/browser-us-iran-chain.png, the
// README's picture of the chain, when the chain passes its checks.
var update = flag.Bool("update", false, "rewrite docs/browser-us-iran-chain.png with the screenshot of the US–Iran chain")

// meetingDate is how a Meeting caption starts: its ISO date prefix, after
// the right-to-left mark of examples/negograph.grass.
var meetingDate = regexp.MustCompile(`^\x{200F}?\d{4}(-\d{2}(-\d{2})?)?( |$)`)

// TestBrowser logs in to Neo4j Browser as served by `make browse`, checks
// what runs on connect, runs every example query in the editor and every
// query of the guide, and checks that the page reached no other host.
func TestBrowser(t *testing.T) {
	rules := readGrass(t)
	ctx := chromium.New(t, chromium.Options{Offline: true, Width: 1400, Height: 900})
	srv := startServer(t)
	requests := watchRequests(t, ctx)
	p := &page{ctx: ctx}
	var params map[string]any

	if !t.Run("LogIn", func(t *testing.T) { p.onFailure(t); logIn(t, p, srv) }) {
		return
	}
	t.Run("OnConnect", func(t *testing.T) { p.onFailure(t); params = onConnect(t, p, srv, rules) })
	if params == nil {
		return
	}
	// What each example query must show beyond rows without an error.
	arabicIn := map[string]bool{
		"01-us-iran-chain.cypher": true, "05-evidence-behind-relationships.cypher": true,
		"06-fulltext-names.cypher": true, "09-search-names-any-spelling.cypher": true,
	}
	for _, file := range queryFiles(t) {
		name := filepath.Base(file)
		t.Run("Query/"+name, func(t *testing.T) {
			p.onFailure(t)
			st := queryStatement(t, file)
			src := readFile(t, file)
			f := p.runInEditor(t, src)
			p.waitDone(t, f)
			if name == "01-us-iran-chain.cypher" {
				checkChain(t, p, srv, f, st, params, rules)
			}
			if n := p.records(t, f); n == 0 {
				t.Errorf("%s returned no rows on the example graph", name)
			}
			c := checkArabic(t, p, f)
			if arabicIn[name] && c.Cells == 0 {
				t.Errorf("%s: no Arabic name or sentence in the result table:\n%s", name, short(p.text(t, f)))
			}
			if !t.Failed() {
				p.closeFrame(t, f)
			}
		})
	}
	t.Run("PersonCaptions", func(t *testing.T) { p.onFailure(t); checkPeople(t, p, srv, rules) })
	t.Run("MeetingCaptions", func(t *testing.T) { p.onFailure(t); checkAllMeetings(t, p, srv, rules, params) })
	t.Run("Guide", func(t *testing.T) { p.onFailure(t); clickThroughGuide(t, p) })
	t.Run("NothingLeftTheMachine", func(t *testing.T) {
		tr := requests()
		if len(tr.Sent) > 0 {
			t.Errorf("the page sent requests to other hosts than 127.0.0.1 and localhost: %v", tr.Sent)
		}
		t.Logf("requests to other hosts that the page's Content-Security-Policy blocked: %v", tr.Blocked)
		bolt := fmt.Sprintf("ws://127.0.0.1:%d", srv.BoltPort)
		found := false
		for _, u := range tr.WebSockets {
			found = found || strings.HasPrefix(u, bolt)
		}
		if !found {
			t.Errorf("no WebSocket to the server's Bolt port %s; WebSockets: %v", bolt, tr.WebSockets)
		}
	})
}

// logIn fills the connection form (the Connect URL the server advertises,
// user neo4j, the password) and connects.
func logIn(t *testing.T, p *page, srv *server) {
	ctx, cancel := context.WithTimeout(p.ctx, 2*uiTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.Browser),
		chromedp.WaitVisible(chromedp.CSS(`input[data-testid="password"]`))); err != nil {
		t.Fatalf("open %s: no login form: %v", srv.Browser, err)
	}
	addr := eval[string](t, p, `document.querySelector('input[data-testid="boltaddress"]').value`)
	if want := fmt.Sprintf("127.0.0.1:%d", srv.BoltPort); addr != want {
		t.Errorf("the form's Connect URL is %q, want the server's Bolt address %q", addr, want)
	}
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS(`input[data-testid="username"]`), "neo4j"),
		chromedp.SendKeys(chromedp.CSS(`input[data-testid="password"]`), serverPassword),
		chromedp.Click(chromedp.CSS(`button[data-testid="connect"]`)),
	); err != nil {
		t.Fatalf("fill in and submit the login form: %v", err)
	}
	poll[bool](t, p, 2*uiTimeout, "the connection", `nbFrames().some(f => f.innerText.includes('You are connected as user neo4j'))`)
}

// onConnect checks the commands the server has the Browser run on connect:
// the parameters of the example queries (returned), the style, the guide,
// each without an error.
func onConnect(t *testing.T, p *page, srv *server, rules map[string]grassRule) map[string]any {
	base := strings.TrimSuffix(srv.Browser, "/") + "/negograph/"
	pf := p.findFrame(t, ":params {")
	p.waitDone(t, pf)
	style := p.findFrame(t, ":style "+base+"negograph.grass")
	p.waitDone(t, style)
	guide := p.findFrame(t, ":play "+base+"negograph-guide.html")
	p.waitDone(t, guide)
	for _, e := range p.errorFrames(t) {
		t.Errorf("a frame shows an error after connecting: %s", e)
	}
	// The style frame lists the rules the Browser now applies.
	if got, want := p.text(t, style), rules["Meeting"].Caption; !strings.Contains(got, want) {
		t.Errorf("the style frame does not show the Meeting caption %q of examples/negograph.grass:\n%s", want, short(got))
	}
	h3 := guideTitle(t)
	poll[bool](t, p, uiTimeout, "the guide's first slide", fmt.Sprintf(
		`(() => { const c = document.querySelector(%s); return !!c && c.innerText.includes(%s); })()`,
		js(guide.sel(`[data-testid="carousel"]`)), js(h3)))
	p.screenshot(t, "guide", "#"+guide.ID)
	raw := eval[string](t, p, fmt.Sprintf(`(document.querySelector(%s) || {}).textContent || ''`, js(pf.sel(`[data-testid="rawParamData"]`))))
	var params map[string]any
	if err := json.Unmarshal([]byte(raw), &params); err != nil {
		t.Fatalf("the :params frame does not show the parameters as JSON (%v): %q", err, raw)
	}
	for _, k := range []string{"partyA", "partyB", "from", "to", "mediator", "meeting", "minConfidence", "q", "limit"} {
		if _, ok := params[k]; !ok {
			t.Errorf("parameter %s, which examples/queries use, is not set on connect: %v", k, params)
		}
	}
	return params
}

// checkChain checks the graph that the US–Iran chain query draws: every
// node the query returns, with the caption and colour of its label in
// examples/negograph.grass (the style applied on connect), Meeting captions
// starting with the date and showing the Arabic name of the venue, right to
// left (checkMeetings); then it saves a screenshot of the chain.
func checkChain(t *testing.T, p *page, srv *server, f frame, statement string, params map[string]any, rules map[string]grassRule) {
	n := p.graphView(t, f)
	want := expectedCaptions(t, srv.Driver, statement, params, rules)
	if len(want["Meeting"]) < 3 {
		t.Fatalf("the chain query returns %d meetings through Bolt, want at least 3", len(want["Meeting"]))
	}
	got := drawnCaptions(t, p, f, rules)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the chain's graph (%d nodes) draws, by label,\n%q\nwant (captions of examples/negograph.grass, whole, on the nodes Bolt returns)\n%q", n, got, want)
	}
	for _, c := range got["Meeting"] {
		if !meetingDate.MatchString(c) {
			t.Errorf("Meeting caption %q does not start with a date", c)
		}
	}
	checkMeetings(t, p, srv, f, statement, params, rules)
	if c := checkArabic(t, p, f); c.Lines == 0 {
		t.Errorf("no caption of the chain's graph holds Arabic (venues are captioned \"name / name_ar\")")
	}
	// Let the layout settle, then keep a picture.
	poll[bool](t, p, uiTimeout, "the layout to settle", fmt.Sprintf(`(() => {
		const s = Array.from(document.querySelectorAll(%s)).map(n => n.getAttribute('transform')).join(';');
		const same = window.nbLayout === s; window.nbLayout = s; return same && s !== ''; })()`, js(f.sel("svg g.node"))))
	time.Sleep(500 * time.Millisecond)
	shot := p.screenshot(t, "us-iran-chain", "#"+f.ID)
	if *update && shot != "" && !t.Failed() {
		b, err := os.ReadFile(shot)
		if err == nil {
			err = os.WriteFile(filepath.Join(repoRoot(t), "docs", "browser-us-iran-chain.png"), b, 0o644)
		}
		if err != nil {
			t.Errorf("rewrite docs/browser-us-iran-chain.png: %v", err)
		}
	}
}

// checkPeople draws the people who took part in meetings and checks their
// captions: English and Arabic names, whole, the Arabic right to left.
func checkPeople(t *testing.T, p *page, srv *server, rules map[string]grassRule) {
	const q = "MATCH (p:Person)-[:PARTICIPATED_IN]->(:Meeting) RETURN DISTINCT p"
	f := p.runInEditor(t, q)
	p.waitDone(t, f)
	p.graphView(t, f)
	want := expectedCaptions(t, srv.Driver, q, nil, rules)
	got := drawnCaptions(t, p, f, rules)
	if len(want["Person"]) == 0 {
		t.Fatal("no participant in the example graph")
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the people's graph draws, by label,\n%q\nwant (\"{name} / {name_ar}\", whole)\n%q", got, want)
	}
	if c := checkArabic(t, p, f); c.Lines == 0 {
		t.Error("no Person caption holds Arabic")
	}
	if !t.Failed() {
		p.closeFrame(t, f)
	}
}

// checkAllMeetings draws every meeting of the example graph, those whose
// place is unknown too, and checks their captions: the date, then the
// Arabic name of the venue when there is one, right to left.
func checkAllMeetings(t *testing.T, p *page, srv *server, rules map[string]grassRule, params map[string]any) {
	const q = "MATCH (m:Meeting) RETURN m"
	f := p.runInEditor(t, q)
	p.waitDone(t, f)
	p.graphView(t, f)
	want := expectedCaptions(t, srv.Driver, q, nil, rules)
	got := drawnCaptions(t, p, f, rules)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the meetings' graph draws, by label,\n%q\nwant (%q, whole)\n%q", got, rules["Meeting"].Caption, want)
	}
	for _, c := range got["Meeting"] {
		if !meetingDate.MatchString(c) {
			t.Errorf("Meeting caption %q does not start with a date", c)
		}
	}
	checkMeetings(t, p, srv, f, q, params, rules)
	if !t.Failed() {
		p.closeFrame(t, f)
	}
}

// clickThroughGuide goes through the slides of the guide and clicks the ▶
// of every query: each opens a frame that shows no error, and each Cypher
// query returns rows.
func clickThroughGuide(t *testing.T, p *page) {
	g := p.findFrame(t, ":play http")
	slides := len(guideSlides(t))
	clicked := 0
	for s := 1; s <= slides; s++ {
		poll[bool](t, p, uiTimeout, fmt.Sprintf("slide %d of the guide", s), fmt.Sprintf(
			`(() => { const c = document.querySelector(%s); return !!c && c.innerText.includes(%s); })()`,
			js(g.sel(`[data-testid="carousel"]`)), js(fmt.Sprintf("%d / %d", s, slides))))
		n := eval[int](t, p, fmt.Sprintf(`document.querySelectorAll(%s).length`, js(g.sel("pre.runnable"))))
		for i := 0; i < n; i++ {
			cmd := strings.TrimSpace(eval[string](t, p, fmt.Sprintf(
				`(() => { const pre = document.querySelectorAll(%s)[%d]; pre.querySelector('i.fa-play-circle-o').id = 'nb-run'; return pre.textContent; })()`,
				js(g.sel("pre.runnable")), i)))
			p.markFrames(t)
			ctx, cancel := context.WithTimeout(p.ctx, uiTimeout)
			err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#nb-run")))
			cancel()
			if err != nil {
				t.Fatalf("slide %d: click the ▶ of %s: %v", s, short(cmd), err)
			}
			eval[bool](t, p, `(document.getElementById('nb-run').removeAttribute('id'), true)`)
			f := p.newFrame(t, short(cmd))
			p.waitDone(t, f)
			clicked++
			if !strings.HasPrefix(cmd, ":") {
				if p.records(t, f) == 0 {
					t.Errorf("slide %d: %s returned no rows", s, short(cmd))
				}
			}
			p.closeFrame(t, f)
		}
		if s < slides {
			ctx, cancel := context.WithTimeout(p.ctx, uiTimeout)
			err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(g.sel(`[data-testid="nextSlide"]`))))
			cancel()
			if err != nil {
				t.Fatalf("slide %d: next slide: %v", s, err)
			}
		}
	}
	if want := len(guideRunnables(t)); clicked != want {
		t.Errorf("clicked %d queries in the guide, it has %d", clicked, want)
	}
}

// traffic is what watchRequests saw the tab open.
type traffic struct {
	// WebSockets are the URLs of the WebSockets.
	WebSockets []string
	// Sent are the URLs of requests to other hosts than loopback that the
	// page did not block itself; Blocked those that its
	// Content-Security-Policy blocked before they were sent.
	Sent, Blocked []string
}

// watchRequests records the requests and WebSockets the tab opens from now
// on; the function it returns tells what it saw.
func watchRequests(t *testing.T, ctx context.Context) func() traffic {
	t.Helper()
	var mu sync.Mutex
	var ws []string
	outside := map[network.RequestID]string{} // requests to other hosts
	blocked := map[network.RequestID]bool{}   // … that CSP blocked
	reqs := chromedp.Events(ctx, network.RequestWillBeSent)
	failed := chromedp.Events(ctx, network.LoadingFailed)
	sockets := chromedp.Events(ctx, network.WebSocketCreated)
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatalf("watch the network: %v", err)
	}
	go func() {
		for ev, err := range reqs {
			if err != nil {
				return
			}
			if !local(ev.Request.URL) {
				mu.Lock()
				outside[ev.RequestID] = ev.Request.URL
				mu.Unlock()
			}
		}
	}()
	go func() {
		for ev, err := range failed {
			if err != nil {
				return
			}
			if ev.BlockedReason == network.BlockedReasonCsp {
				mu.Lock()
				blocked[ev.RequestID] = true
				mu.Unlock()
			}
		}
	}()
	go func() {
		for ev, err := range sockets {
			if err != nil {
				return
			}
			mu.Lock()
			ws = append(ws, ev.URL)
			if !local(ev.URL) {
				outside[ev.RequestID] = ev.URL
			}
			mu.Unlock()
		}
	}()
	return func() traffic {
		mu.Lock()
		defer mu.Unlock()
		tr := traffic{WebSockets: append([]string(nil), ws...)}
		for id, u := range outside {
			if blocked[id] {
				tr.Blocked = append(tr.Blocked, u)
			} else {
				tr.Sent = append(tr.Sent, u)
			}
		}
		sort.Strings(tr.Sent)
		sort.Strings(tr.Blocked)
		return tr
	}
}

// local reports whether a URL stays on the machine: loopback hosts, or data
// and blob URLs.
func local(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "data", "blob", "about":
		return true
	}
	h := u.Hostname()
	return h == "127.0.0.1" || h == "localhost" || h == "::1"
}
