package neo4jbrowser

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// grassRule is what examples/negograph.grass gives one node label.
type grassRule struct {
	// Color is the fill colour, #RRGGBB in lower case.
	Color string
	// Caption is the caption template, e.g. "{name} / {name_ar}".
	Caption string
}

var (
	grassNodeRule = regexp.MustCompile(`(?s)node\.(\w+)\s*\{(.*?)\n\}`)
	grassColor    = regexp.MustCompile(`(?m)^\s*color:\s*(#[0-9A-Fa-f]{6})\s*;`)
	grassCaption  = regexp.MustCompile(`(?m)^\s*caption:\s*'([^']*)'\s*;`)
)

// readGrass returns the node rules of examples/negograph.grass by label.
func readGrass(t *testing.T) map[string]grassRule {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(repoRoot(t), "examples", "negograph.grass"))
	if err != nil {
		t.Fatal(err)
	}
	rules := map[string]grassRule{}
	for _, m := range grassNodeRule.FindAllStringSubmatch(string(src), -1) {
		c, cap := grassColor.FindStringSubmatch(m[2]), grassCaption.FindStringSubmatch(m[2])
		if c == nil || cap == nil {
			t.Fatalf("examples/negograph.grass: node.%s has no color or no caption: %s", m[1], m[2])
		}
		rules[m[1]] = grassRule{Color: strings.ToLower(c[1]), Caption: cap[1]}
	}
	if len(rules) == 0 {
		t.Fatal("examples/negograph.grass: no node.Label rules")
	}
	return rules
}

var captionField = regexp.MustCompile(`\{([^{}]*)\}`)

// interpolate fills a caption template with a node's properties as Neo4j
// Browser does (a list is joined with ", ", a missing property is empty)
// and returns its words joined by single spaces, as the caption's lines
// read one after the other.
func interpolate(template string, props map[string]any) string {
	s := captionField.ReplaceAllStringFunc(template, func(f string) string {
		switch v := props[f[1:len(f)-1]].(type) {
		case string:
			return v
		case int64:
			return strconv.FormatInt(v, 10)
		case float64:
			return strconv.FormatFloat(v, 'f', -1, 64)
		case []any:
			parts := make([]string, len(v))
			for i, x := range v {
				parts[i] = fmt.Sprint(x)
			}
			return strings.Join(parts, ", ")
		default:
			return ""
		}
	})
	return strings.Join(strings.Fields(s), " ")
}

// returnedNodes runs a statement through Bolt and returns the nodes it
// returns (in any column, in paths too), each once.
func returnedNodes(t *testing.T, driver neo4j.DriverWithContext, statement string, params map[string]any) []dbtype.Node {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), driver, statement, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase("neo4j"), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("run through Bolt: %v\n%s", err, statement)
	}
	seen := map[string]bool{}
	var out []dbtype.Node
	add := func(n dbtype.Node) {
		if !seen[n.ElementId] {
			seen[n.ElementId] = true
			out = append(out, n)
		}
	}
	for _, rec := range res.Records {
		for _, v := range rec.Values {
			switch v := v.(type) {
			case dbtype.Node:
				add(v)
			case dbtype.Path:
				for _, n := range v.Nodes {
					add(n)
				}
			}
		}
	}
	return out
}

// expectedCaptions runs a statement through Bolt and returns, by label, the
// sorted captions the style gives the nodes it returns.
func expectedCaptions(t *testing.T, driver neo4j.DriverWithContext, statement string, params map[string]any, rules map[string]grassRule) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, n := range returnedNodes(t, driver, statement, params) {
		for _, l := range n.Labels {
			if r, ok := rules[l]; ok {
				out[l] = append(out[l], interpolate(r.Caption, n.Props))
				break
			}
		}
	}
	for _, c := range out {
		sort.Strings(c)
	}
	return out
}

// drawnCaptions returns, by label (told by the fill colour the style gives
// it), the sorted captions of the nodes a frame's graph view draws, each
// caption's lines joined by a space.
func drawnCaptions(t *testing.T, p *page, f frame, rules map[string]grassRule) map[string][]string {
	t.Helper()
	type drawn struct {
		Fill    string `json:"fill"`
		Caption string `json:"caption"`
	}
	nodes := eval[[]drawn](t, p, fmt.Sprintf(`Array.from(document.querySelectorAll(%s)).map(n => ({
		fill: ((n.querySelector('circle.b-outline') || {getAttribute: () => ''}).getAttribute('fill') || '').toLowerCase(),
		caption: Array.from(n.querySelectorAll('text.caption')).map(t => t.textContent.trim()).join(' ')}))`,
		js(f.sel("svg g.node"))))
	byColor := map[string]string{}
	for l, r := range rules {
		byColor[r.Color] = l
	}
	out := map[string][]string{}
	for _, n := range nodes {
		l, ok := byColor[n.Fill]
		if !ok {
			l = "unstyled " + n.Fill
		}
		out[l] = append(out[l], strings.Join(strings.Fields(n.Caption), " "))
	}
	for _, c := range out {
		sort.Strings(c)
	}
	return out
}

// jsArabicProblems lists, for the frame whose id is the script's argument,
// where Arabic does not read right to left: in the result table, a cell
// whose first letter is Arabic must end at its left (its closing quote or
// full stop left of that letter), and the items of a list must keep their
// order in the cell's direction; in the graph, the words of a caption line
// whose first letter is Arabic, and consecutive Arabic words of any line,
// must run right to left (a word's place is the middle of its glyphs). It
// checks what the frame shows (not the hidden Graph view of a frame switched
// to its Table, nor the reverse) and counts the cells and caption lines
// holding Arabic that it checked.
const jsArabicProblems = `((id) => {
  const f = document.getElementById(id);
  const arabic = /[\u0600-\u06FF]/, strong = /[A-Za-z\u0600-\u06FF]/;
  const firstStrong = s => { const i = s.search(strong); return i < 0 ? -1 : i; };
  const problems = [];
  let cells = 0, lines = 0;
  // A view the frame does not show (Table after Graph, or the reverse) has
  // no boxes: nothing to measure there.
  const shown = el => el.getBoundingClientRect().width > 0;
  for (const td of f.querySelectorAll('td.relatable__table-body-cell')) {
    const text = td.textContent;
    if (!arabic.test(text) || !shown(td)) continue;
    cells++;
    const first = firstStrong(text);
    const rtl = arabic.test(text[first]);
    const items = Array.from(td.querySelectorAll(':scope > span > span'));
    if (items.length > 1) {
      for (let k = 0; k + 1 < items.length; k++) {
        const a = items[k].getBoundingClientRect(), b = items[k + 1].getBoundingClientRect();
        if (Math.abs(a.top - b.top) > 2) continue;
        if (rtl ? !(a.left > b.left) : !(a.left < b.left))
          problems.push('list ' + text.slice(0, 80) + ': item ' + (k + 2) + ' shows on the wrong side of item ' + (k + 1));
      }
    } else if (rtl) {
      const last = text.trimEnd().length - 1;
      const lr = nbCharRect(td, last), fr = nbCharRect(td, first);
      if (lr && fr && Math.abs(lr.top - fr.top) < 2 && !(lr.left < fr.left))
        problems.push('cell ' + text.slice(0, 80) + ': its last character shows right of its first letter');
    }
  }
  for (const t of f.querySelectorAll('svg g.node text.caption')) {
    const text = t.textContent;
    if (!arabic.test(text) || !shown(t)) continue;
    lines++;
    const words = [];
    for (const m of text.matchAll(nbWord)) {
      const b = nbSpan(t, m.index, m[0].length);
      if (b) words.push({word: m[0], arabic: arabic.test(m[0]), x: (b.left + b.right) / 2});
    }
    const rtl = arabic.test(text[firstStrong(text)]);
    for (let k = 0; k + 1 < words.length; k++) {
      const a = words[k], b = words[k + 1];
      if ((rtl || (a.arabic && b.arabic)) && !(a.x > b.x))
        problems.push('caption line ' + text.trim() + ': ' + b.word + ' shows right of ' + a.word);
    }
  }
  return {problems, cells, lines};
})`

// arabicCheck is what jsArabicProblems returns.
type arabicCheck struct {
	Problems []string `json:"problems"`
	Cells    int      `json:"cells"`
	Lines    int      `json:"lines"`
}

// checkArabic fails the test where a frame's Arabic does not read right to
// left, and returns what it checked.
func checkArabic(t *testing.T, p *page, f frame) arabicCheck {
	t.Helper()
	c := eval[arabicCheck](t, p, jsArabicProblems+"("+js(f.ID)+")")
	const show = 5
	for i, pr := range c.Problems {
		if i == show {
			t.Errorf("%s: and %d more places where Arabic does not read right to left", short(f.Command), len(c.Problems)-show)
			break
		}
		t.Errorf("%s: Arabic does not read right to left: %s", short(f.Command), pr)
	}
	return c
}
