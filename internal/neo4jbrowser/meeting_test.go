package neo4jbrowser

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// isoDate is a whole date word of a caption: an ISO date prefix.
var isoDate = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// arabicWord tells a word holding Arabic letters.
var arabicWord = regexp.MustCompile(`[\x{0600}-\x{06FF}]`)

// meetingPlace is a Meeting node as Bolt returns it: its date, its venue_ar
// and the Arabic names of the places it is HELD_IN (not candidates).
type meetingPlace struct {
	ID, Date, VenueAr string
	PlacesAr          []string
}

// meetingPlaces returns the Meeting nodes a statement returns, with the
// Arabic names of the places they are held in.
func meetingPlaces(t *testing.T, driver neo4j.DriverWithContext, statement string, params map[string]any) []meetingPlace {
	t.Helper()
	var ids []string
	for _, n := range returnedNodes(t, driver, statement, params) {
		if slices.Contains(n.Labels, "Meeting") {
			id, _ := n.Props["id"].(string)
			ids = append(ids, id)
		}
	}
	const q = `UNWIND $ids AS id
		MATCH (m:Meeting {id: id})
		OPTIONAL MATCH (m)-[h:HELD_IN]->(p) WHERE h.candidate IS NULL
		RETURN m.id AS id, m.date AS date, m.venue_ar AS venue_ar, collect(p.name_ar) AS places
		ORDER BY id`
	res, err := neo4j.ExecuteQuery(context.Background(), driver, q, map[string]any{"ids": ids}, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase("neo4j"), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("read the meetings' places through Bolt: %v", err)
	}
	out := make([]meetingPlace, 0, len(res.Records))
	for _, rec := range res.Records {
		m := rec.AsMap()
		mp := meetingPlace{}
		mp.ID, _ = m["id"].(string)
		mp.Date, _ = m["date"].(string)
		mp.VenueAr, _ = m["venue_ar"].(string)
		for _, p := range m["places"].([]any) {
			if s, ok := p.(string); ok {
				mp.PlacesAr = append(mp.PlacesAr, s)
			}
		}
		out = append(out, mp)
	}
	return out
}

// drawnWord is a word of a node's caption as the page draws it: the line
// it is on (0 for the first) and the horizontal extent of its glyphs.
type drawnWord struct {
	Word  string   `json:"word"`
	Line  int      `json:"line"`
	Left  *float64 `json:"left"`
	Right *float64 `json:"right"`
}

// drawnMeetingWords returns, for each node of a frame's graph view filled
// with the Meeting colour, the words of its caption in reading order
// (lines, then characters), without invisible direction marks.
func drawnMeetingWords(t *testing.T, p *page, f frame, color string) [][]drawnWord {
	t.Helper()
	return eval[[][]drawnWord](t, p, fmt.Sprintf(`Array.from(document.querySelectorAll(%s))
	  .filter(n => ((n.querySelector('circle.b-outline') || {getAttribute: () => ''}).getAttribute('fill') || '').toLowerCase() === %s)
	  .map(n => Array.from(n.querySelectorAll('text.caption')).flatMap((t, line) =>
	    Array.from(t.textContent.matchAll(nbWord)).map(m => {
	      const b = nbSpan(t, m.index, m[0].length);
	      return {word: m[0], line, left: b ? b.left : null, right: b ? b.right : null};
	    })))`, js(f.sel("svg g.node")), js(color)))
}

// meetingOrder checks the visual order of a Meeting caption, the date
// followed (logically) by the Arabic name of the venue: on one line the
// date must be drawn right of the venue, as Arabic reads; on two lines the
// date's line must come first. It returns what is wrong ("" when nothing)
// and whether date and venue share a line.
func meetingOrder(words []drawnWord) (problem string, sameLine bool) {
	var date *drawnWord
	var venue []drawnWord
	for i, w := range words {
		switch {
		case isoDate.MatchString(w.Word) && date == nil:
			date = &words[i]
		case arabicWord.MatchString(w.Word):
			venue = append(venue, w)
		}
	}
	if date == nil || len(venue) == 0 {
		return "", false
	}
	if date.Left == nil {
		return fmt.Sprintf("date %s has no glyph box", date.Word), false
	}
	if venue[0].Line != date.Line {
		if venue[0].Line < date.Line {
			return fmt.Sprintf("venue %s is on a line above the date %s", venue[0].Word, date.Word), false
		}
		return "", false
	}
	for _, v := range venue {
		if v.Line != date.Line || v.Right == nil {
			continue
		}
		// Glyphs of neighbouring words may touch: half a pixel of slack.
		if !(*date.Left >= *v.Right-0.5) {
			return fmt.Sprintf("date %s is drawn at x %.1f–%.1f, not right of venue word %s at x %.1f–%.1f (left to right)",
				date.Word, *date.Left, *date.Right, v.Word, *v.Left, *v.Right), true
		}
	}
	return "", true
}

// checkMeetings checks the Meeting nodes of a frame's graph view against
// Bolt: every meeting held in a place with an Arabic name carries that name
// as venue_ar, each caption shows the date and venue_ar, and reads right to
// left. It checks that order twice: with the page's stylesheets, and with
// examples/negograph-rtl.css turned off, so that the caption alone
// (examples/negograph.grass) keeps its order in any Neo4j Browser.
func checkMeetings(t *testing.T, p *page, srv *server, f frame, statement string, params map[string]any, rules map[string]grassRule) {
	t.Helper()
	meetings := meetingPlaces(t, srv.Driver, statement, params)
	var want []string
	withVenue := 0
	for _, m := range meetings {
		switch {
		case len(m.PlacesAr) > 0 && m.VenueAr != m.PlacesAr[0]:
			t.Errorf("meeting %s is held in %q but its venue_ar is %q", m.ID, m.PlacesAr[0], m.VenueAr)
		case len(m.PlacesAr) == 0 && m.VenueAr != "":
			t.Errorf("meeting %s is held nowhere known but its venue_ar is %q", m.ID, m.VenueAr)
		}
		if m.VenueAr != "" {
			withVenue++
		}
		want = append(want, strings.Join(strings.Fields(m.Date+" "+m.VenueAr), " "))
	}
	if withVenue < 3 {
		t.Errorf("%d of the chain's %d meetings carry venue_ar, want at least 3", withVenue, len(meetings))
	}
	sort.Strings(want)
	for _, pass := range []struct {
		name string
		css  bool
	}{{"with negograph-rtl.css", true}, {"without negograph-rtl.css", false}} {
		if !eval[bool](t, p, fmt.Sprintf(`(() => { const l = document.querySelector('link[href$="negograph/negograph-rtl.css"]');
		  if (!l) return false; l.disabled = %t; return true; })()`, !pass.css)) {
			t.Fatal("the Browser page does not link negograph/negograph-rtl.css")
		}
		drawn := drawnMeetingWords(t, p, f, rules["Meeting"].Color)
		var got []string
		sameLine := 0
		for _, words := range drawn {
			ws := make([]string, len(words))
			for i, w := range words {
				ws[i] = w.Word
			}
			caption := strings.Join(ws, " ")
			got = append(got, caption)
			problem, same := meetingOrder(words)
			if problem != "" {
				t.Errorf("%s: Meeting caption %q does not read right to left: %s", pass.name, caption, problem)
			}
			if same {
				sameLine++
			}
		}
		sort.Strings(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: the Meeting captions read\n%q\nwant each meeting's date and venue_ar\n%q", pass.name, got, want)
		}
		if sameLine == 0 {
			t.Errorf("%s: no Meeting caption draws its date and venue on one line, so none shows the order of the two", pass.name)
		}
		t.Logf("%s: %d Meeting captions, %d with date and venue on one line", pass.name, len(drawn), sameLine)
	}
	eval[bool](t, p, `(document.querySelector('link[href$="negograph/negograph-rtl.css"]').disabled = false, true)`)
}

// TestMeetingOrder checks how meetingOrder reads the glyph boxes of a
// caption.
func TestMeetingOrder(t *testing.T) {
	box := func(word string, line int, left, right float64) drawnWord {
		return drawnWord{Word: word, Line: line, Left: &left, Right: &right}
	}
	tests := []struct {
		name     string
		words    []drawnWord
		problem  string // a part of the problem, "" for none
		sameLine bool
	}{
		{"one line, right to left", []drawnWord{box("2025-04-12", 0, 30, 80), box("مسقط", 0, 5, 27)}, "", true},
		{"one line, left to right", []drawnWord{box("2025-04-12", 0, 5, 55), box("مسقط", 0, 58, 80)}, "not right of venue word مسقط", true},
		{"two venue words, the date among them", []drawnWord{box("2025-04-12", 0, 40, 90), box("شرم", 0, 20, 38), box("الشيخ", 0, 41, 60)}, "not right of venue word الشيخ", true},
		{"date line first", []drawnWord{box("2025-04-12", 0, 5, 55), box("مسقط", 1, 20, 40)}, "", false},
		{"venue line first", []drawnWord{box("مسقط", 0, 20, 40), box("2025-04-12", 1, 5, 55)}, "on a line above", false},
		{"no venue", []drawnWord{box("2025-04-12", 0, 5, 55)}, "", false},
		{"date without a box", []drawnWord{{Word: "2025-04", Line: 0}, box("مسقط", 0, 5, 27)}, "no glyph box", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			problem, same := meetingOrder(tt.words)
			if (tt.problem == "") != (problem == "") || !strings.Contains(problem, tt.problem) || same != tt.sameLine {
				t.Errorf("meetingOrder = %q, %v; want a problem with %q, same line %v", problem, same, tt.problem, tt.sameLine)
			}
		})
	}
}
