package neo4jbrowser

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// commentLine matches a whole-line Cypher comment.
var commentLine = regexp.MustCompile(`(?m)^\s*//.*\n?`)

// queryStatement returns the statement of an examples/queries file: its
// text without comment lines, trimmed, without the final semicolon. Each
// file holds one statement, so that the Browser shows its result in full
// (several statements make a script frame of summaries).
func queryStatement(t *testing.T, path string) string {
	t.Helper()
	s := strings.TrimSpace(commentLine.ReplaceAllString(readFile(t, path), ""))
	if !strings.HasSuffix(s, ";") || strings.Count(s, ";") != 1 {
		t.Fatalf("%s: want one statement ending with ';' (several make a script frame in Neo4j Browser)", path)
	}
	return strings.TrimSpace(strings.TrimSuffix(s, ";"))
}

// queryFiles returns examples/queries/*.cypher.
func queryFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(repoRoot(t), "examples", "queries", "*.cypher"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples/queries/*.cypher (%v)", err)
	}
	return files
}

// guideDoc parses examples/negograph-guide.html.
func guideDoc(t *testing.T) *html.Node {
	t.Helper()
	f, err := os.Open(filepath.Join(repoRoot(t), "examples", "negograph-guide.html"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		t.Fatalf("examples/negograph-guide.html: %v", err)
	}
	return doc
}

// elements returns the elements named tag under n, in document order, that
// keep is true of.
func elements(n *html.Node, tag string, keep func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag && keep(n) {
			out = append(out, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// guideRunnables returns the text of every <pre class="runnable"> of the
// guide, as Neo4j Browser puts it in the editor (textContent, trimmed).
func guideRunnables(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, n := range elements(guideDoc(t), "pre", func(n *html.Node) bool { return hasClass(n, "runnable") }) {
		out = append(out, strings.TrimSpace(textContent(n)))
	}
	return out
}

// guideSlides returns the guide's <slide> elements; Neo4j Browser shows one
// at a time.
func guideSlides(t *testing.T) []*html.Node {
	t.Helper()
	s := elements(guideDoc(t), "slide", func(*html.Node) bool { return true })
	if len(s) == 0 {
		t.Fatal("examples/negograph-guide.html has no <slide>")
	}
	return s
}

// guideTitle returns the text of the guide's first <h3>.
func guideTitle(t *testing.T) string {
	t.Helper()
	h := elements(guideDoc(t), "h3", func(*html.Node) bool { return true })
	if len(h) == 0 {
		t.Fatal("examples/negograph-guide.html has no <h3>")
	}
	return strings.TrimSpace(textContent(h[0]))
}

// readFile returns a file's text.
func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func hasClass(n *html.Node, class string) bool {
	for _, a := range n.Attr {
		if a.Key == "class" && strings.Contains(" "+a.Val+" ", " "+class+" ") {
			return true
		}
	}
	return false
}

func textContent(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textContent(c))
	}
	return b.String()
}

// postConnectParams returns the :params map that tools/neo4j/neo4j.sh has
// Neo4j Browser set on connect.
func postConnectParams(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(repoRoot(t), "tools", "neo4j", "neo4j.sh"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*printf '%s' "(\{partyA:[^"]*\})"`).FindSubmatch(src)
	if m == nil {
		t.Fatal("tools/neo4j/neo4j.sh: no browser_params line printing the {partyA: …} map")
	}
	return string(m[1])
}

// TestGuideRunsTheExampleQueries checks that the guide offers every query of
// examples/queries exactly as its file has it, no other Cypher, and the
// parameters the server sets on connect.
func TestGuideRunsTheExampleQueries(t *testing.T) {
	runnables := guideRunnables(t)
	inGuide := map[string]bool{}
	for _, r := range runnables {
		inGuide[r] = true
	}
	files := map[string]bool{}
	for _, f := range queryFiles(t) {
		st := queryStatement(t, f)
		files[st] = true
		if !inGuide[st] {
			t.Errorf("the guide has no runnable query equal to %s (copy its statement, HTML-escaped, into a <pre class=\"runnable\">)", filepath.Base(f))
		}
	}
	for _, r := range runnables {
		if !strings.HasPrefix(r, ":") && !files[r] {
			t.Errorf("the guide runs a query that is in no file of examples/queries:\n%s", r)
		}
	}
	if want := ":params " + postConnectParams(t); !inGuide[want] {
		t.Errorf("the guide does not reset the parameters set on connect: want a runnable %q", want)
	}
}
