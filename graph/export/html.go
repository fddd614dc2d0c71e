package export

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// The vendored timeline library (assets/vis-timeline: version, licence and
// how to update it) and the view's own script and style.
var (
	//go:embed assets/vis-timeline/vis-timeline-graph2d.min.js
	visTimelineJS string
	//go:embed assets/vis-timeline/VERSION
	visTimelineVersion string
	//go:embed assets/chain.js
	chainJS string
	//go:embed assets/chain.css
	chainCSS string
)

// HTMLOptions describe the page WriteHTML writes.
type HTMLOptions struct {
	// Title heads the page ("Negotiation meetings" when empty).
	Title string
	// Filter describes how the graph was narrowed (Filter.String), shown
	// under the title.
	Filter string
}

// htmlData is the JSON the page's script reads.
type htmlData struct {
	Channels []htmlChannel         `json:"channels"`
	Entities map[string]entity     `json:"entities"`
	Articles map[string]htmlSource `json:"articles"`
	// Dates are the slider's stops: the days from which articles are
	// known, in order (the last stop, after them, shows every report).
	Dates    []string      `json:"dates"`
	Meetings []htmlMeeting `json:"meetings"`
	Links    []htmlLink    `json:"links"`
}

type htmlChannel struct {
	Key     string   `json:"key"`
	Name    string   `json:"name"`
	NameAr  string   `json:"ar,omitempty"`
	Parties []string `json:"parties"`
}

type htmlSource struct {
	Title     string `json:"title,omitempty"`
	Source    string `json:"source"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	// Known is the day from which the article is surely published.
	Known string `json:"known,omitempty"`
}

type htmlMeeting struct {
	ID      string `json:"id"`
	Channel int    `json:"channel"`
	// Start places the meeting on the timeline: the day it began (the
	// first day of its date, or the day its reports name within it; its
	// first report's publication when undated); Precise when the date is a
	// day.
	Start   string `json:"start"`
	Precise bool   `json:"precise"`
	// Final is the meeting as the snapshot holds it; Versions are the
	// meeting as known from each day one of its reports became known.
	Final    htmlVersion    `json:"final"`
	Versions []htmlVersion  `json:"versions,omitempty"`
	Evidence []htmlEvidence `json:"evidence"`
}

type htmlVersion struct {
	From         string    `json:"from,omitempty"`
	Name         string    `json:"name"`
	Date         string    `json:"date"`
	DateBasis    string    `json:"date_basis,omitempty"`
	Status       string    `json:"status"`
	Format       string    `json:"format"`
	Kind         string    `json:"kind,omitempty"`
	Secret       bool      `json:"secret,omitempty"`
	Topics       []string  `json:"topics,omitempty"`
	Venues       []htmlRef `json:"venues"`
	Mediators    []htmlRef `json:"mediators"`
	Participants []htmlRef `json:"participants"`
	Reasons      []string  `json:"reasons,omitempty"`
	Alternatives []string  `json:"alternatives,omitempty"`
	Notes        []string  `json:"notes,omitempty"`
}

// htmlRef points from a meeting to an entity of htmlData.Entities.
type htmlRef struct {
	ID            string `json:"id"`
	Candidate     bool   `json:"candidate,omitempty"`
	InheritedFrom string `json:"inherited_from,omitempty"`
	Side          string `json:"side,omitempty"`
	Role          string `json:"role,omitempty"`
}

// htmlEvidence are the sentences of one article that tell a meeting.
type htmlEvidence struct {
	Article   string   `json:"article"`
	Sentences []string `json:"sentences"`
}

type htmlLink struct {
	Earlier string `json:"earlier"`
	Later   string `json:"later"`
	Basis   string `json:"basis"`
	Reason  string `json:"reason"`
}

// WriteHTML writes the chain view: one self-contained HTML page (the
// vendored vis-timeline library, the view's script, style and the data
// inlined; a Content-Security-Policy that forbids every request) showing
// the meetings on a timeline by date, one group per channel, each with its
// status, format, venue, mediators and participants (English names beside
// Arabic ones), the PRECEDED_BY links between them, a click showing a
// meeting's evidence sentences with their articles and its explain
// reasons, a name search folded as extract/arabic folds names, and a
// slider showing the graph as it could be known on each publication date
// (as AsOf). Every meeting element carries data-id="<node id>". The same
// snapshot always gives the same bytes.
func WriteHTML(w io.Writer, s graph.Snapshot, opts HTMLOptions) error {
	for _, part := range []struct{ name, text string }{{"vis-timeline", visTimelineJS}, {"chain.js", chainJS}} {
		if low := strings.ToLower(part.text); strings.Contains(low, "</script") || strings.Contains(low, "<!--") {
			return fmt.Errorf("export html: %s holds </script or <!--, which would end the inlined script early", part.name)
		}
	}
	d := htmlDataOf(s)
	var js bytes.Buffer
	enc := json.NewEncoder(&js) // escapes <, > and &: the JSON cannot end its <script>
	if err := enc.Encode(d); err != nil {
		return fmt.Errorf("export html: encode the data: %w", err)
	}
	title := opts.Title
	if title == "" {
		title = "Negotiation meetings"
	}
	articles := 0
	for _, n := range s.Nodes {
		if n.Label() == schema.LabelArticle {
			articles++
		}
	}
	sub := fmt.Sprintf("%d meetings in %d channels, from %d articles", len(d.Meetings), len(d.Channels), articles)
	if opts.Filter != "" {
		sub += " · " + opts.Filter
	}
	sub += " · negograph, with vis-timeline " + strings.TrimPrefix(strings.SplitN(visTimelineVersion, "\n", 2)[0], "vis-timeline ")
	var b bytes.Buffer
	b.WriteString("<!doctype html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(&b, "<title>%s</title>\n<style>\n%s</style>\n</head>\n<body>\n", html.EscapeString(title), chainCSS)
	fmt.Fprintf(&b, "<header>\n<h1>%s</h1>\n<p class=\"sub\">%s</p>\n", html.EscapeString(title), html.EscapeString(sub))
	b.WriteString(`<div class="controls">
<label>Search names <input id="search" type="search" placeholder="Araghchi, عراقجي, ماكغورك…" autocomplete="off"></label>
<label>Reports known on <input id="asof" type="range" min="0" step="1"> <output id="asof-label"></output></label>
<span id="count"></span>
<span class="legend"><span class="held">held</span><span class="planned">planned</span><span class="postponed">postponed</span><span class="cancelled">cancelled</span> → next round (dashed: inferred)</span>
</div>
</header>
<main>
<div id="timeline-wrap"><div id="timeline"></div><svg id="links" xmlns="http://www.w3.org/2000/svg"><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs></svg></div>
<aside id="details" hidden></aside>
</main>
`)
	fmt.Fprintf(&b, "<script>\n%s\n</script>\n", stripSourceMap(visTimelineJS))
	fmt.Fprintf(&b, "<script type=\"application/json\" id=\"chain-data\">\n%s</script>\n", js.Bytes())
	fmt.Fprintf(&b, "<script>\n%s</script>\n</body>\n</html>\n", chainJS)
	_, err := w.Write(b.Bytes())
	return err
}

// stripSourceMap drops the sourceMappingURL comment: the page has no map
// beside it, and a browser's developer tools would ask for one.
func stripSourceMap(js string) string {
	if i := strings.LastIndex(js, "\n//# sourceMappingURL="); i >= 0 {
		return js[:i]
	}
	return js
}

// htmlDataOf collects the page's data from s.
func htmlDataOf(s graph.Snapshot) htmlData {
	c := chainOf(s)
	d := htmlData{Entities: map[string]entity{}, Articles: map[string]htmlSource{}, Dates: []string{},
		Meetings: []htmlMeeting{}, Links: []htmlLink{}, Channels: []htmlChannel{}}
	byID := map[string]*graph.Node{}
	for _, n := range s.Nodes {
		byID[n.ID] = n
	}
	published, knownFrom := articleDays(s)
	days := map[string]bool{}
	for _, n := range s.Nodes {
		if n.Label() != schema.LabelArticle {
			continue
		}
		a := htmlSource{Title: graph.StringProp(n.Props, "title"), Source: graph.StringProp(n.Props, "source"),
			URL: graph.StringProp(n.Props, "url"), Outlet: graph.StringProp(n.Props, "outlet"), Published: graph.StringProp(n.Props, "published")}
		if k, ok := knownFrom[n.ID]; ok {
			a.Known = k.Format(time.DateOnly)
			days[a.Known] = true
		}
		d.Articles[n.ID] = a
	}
	for day := range days {
		d.Dates = append(d.Dates, day)
	}
	sort.Strings(d.Dates)
	addEntity := func(id string) {
		if _, ok := d.Entities[id]; !ok {
			e := entityOf(byID, id)
			d.Entities[id] = entity{ID: e.ID, Name: e.Name, NameAr: e.NameAr, Aliases: e.Aliases}
		}
	}
	chIndex := map[*channel]int{}
	for i, ch := range c.Channels {
		chIndex[ch] = i
		hc := htmlChannel{Key: ch.Key, Name: ch.Name, NameAr: ch.NameAr, Parties: []string{}}
		for _, p := range ch.Parties {
			hc.Parties = append(hc.Parties, p.ID)
			addEntity(p.ID)
		}
		d.Channels = append(d.Channels, hc)
	}
	// The relationships around each meeting, for its versions.
	around := map[string][]*graph.Relationship{}
	reports := map[string][]htmlEvidence{}
	for _, r := range s.Relationships {
		switch r.Type {
		case schema.RelHeldIn, schema.RelMediatedBy:
			around[r.Start] = append(around[r.Start], r)
			addEntity(r.End)
		case schema.RelParticipatedIn:
			around[r.End] = append(around[r.End], r)
			addEntity(r.Start)
			if side := graph.StringProp(r.Props, "side"); side != "" && side != "mediator" {
				addEntity(side)
			}
		case schema.RelReports:
			reports[r.End] = append(reports[r.End], htmlEvidence{Article: r.Start, Sentences: graph.StringsProp(r.Props, "evidence")})
		}
	}
	for _, m := range c.Meetings {
		hm := htmlMeeting{ID: m.ID, Channel: chIndex[m.Channel], Evidence: reports[m.ID]}
		if hm.Evidence == nil {
			hm.Evidence = []htmlEvidence{}
		}
		sort.SliceStable(hm.Evidence, func(i, j int) bool {
			pi, pj := d.Articles[hm.Evidence[i].Article].Published, d.Articles[hm.Evidence[j].Article].Published
			if pi != pj {
				return pi < pj
			}
			return hm.Evidence[i].Article < hm.Evidence[j].Article
		})
		if date, err := article.ParseDate(m.Date); err == nil && !date.IsZero() {
			// A month or year is placed on the day its reports name, if any.
			hm.Start, hm.Precise = meetingBegan(m.Node).Format(time.DateOnly), date.Precision() == article.PrecisionDay
		} else {
			for _, src := range graph.StringsProp(m.Node.Props, "sources") {
				if p, ok := published[src]; ok && (hm.Start == "" || p.Format(time.DateOnly) < hm.Start) {
					hm.Start = p.Format(time.DateOnly)
				}
			}
		}
		if hm.Start == "" {
			continue // nowhere to put it on a timeline
		}
		hm.Final = versionOf(m.Node, around[m.ID], func(string) bool { return true })
		// One version per day a report of it became known.
		var known []string
		for _, src := range graph.StringsProp(m.Node.Props, "sources") {
			if k, ok := knownFrom[src]; ok {
				known = append(known, k.Format(time.DateOnly))
			}
		}
		sort.Strings(known)
		for _, day := range slices.Compact(known) {
			isKnown := func(id string) bool { k, ok := knownFrom[id]; return ok && k.Format(time.DateOnly) <= day }
			n := meetingAsOf(m.Node, isKnown, published)
			v := versionOf(n, around[m.ID], isKnown)
			v.From = day
			hm.Versions = append(hm.Versions, v)
		}
		d.Meetings = append(d.Meetings, hm)
	}
	for _, l := range c.Links {
		d.Links = append(d.Links, htmlLink(l))
	}
	return d
}

// versionOf is a meeting with the venues, mediators and participants of
// its relationships that a known article reports (all of them, for the
// snapshot's own meeting).
func versionOf(n *graph.Node, rels []*graph.Relationship, known func(string) bool) htmlVersion {
	p := n.Props
	v := htmlVersion{Name: graph.StringProp(p, "name"), Date: graph.StringProp(p, "date"), DateBasis: graph.StringProp(p, "date_basis"),
		Status: graph.StringProp(p, "status"), Format: graph.StringProp(p, "format"), Kind: graph.StringProp(p, "kind"),
		Topics: graph.StringsProp(p, "topics"), Reasons: graph.StringsProp(p, "merge_reasons"), Alternatives: graph.StringsProp(p, "alternatives"),
		Venues: []htmlRef{}, Mediators: []htmlRef{}, Participants: []htmlRef{}}
	if v.Name == "" {
		v.Name = n.ID
	}
	v.Secret, _ = p["secret"].(bool)
	if from := graph.StringProp(p, "format_inherited_from"); from != "" {
		v.Notes = append(v.Notes, "format "+v.Format+" taken from the channel's earlier round "+from)
	}
	switch graph.StringProp(p, "format_basis") {
	case "mediated":
		v.Notes = append(v.Notes, "format direct guessed: a held round with a mediator, nothing said of the sides sitting apart")
	case "unmediated":
		v.Notes = append(v.Notes, "format direct guessed: a held round with no mediator named")
	}
	if from := graph.StringProp(p, "mediators_inherited_from"); from != "" {
		v.Notes = append(v.Notes, "mediators taken from the channel's earlier round "+from)
	}
	if v.DateBasis == "publication" {
		v.Notes = append(v.Notes, "no date in the text: dated by the article's year")
	}
	for _, r := range rels {
		if srcs := graph.StringsProp(r.Props, "sources"); len(srcs) > 0 && !slices.ContainsFunc(srcs, known) {
			continue
		}
		switch r.Type {
		case schema.RelHeldIn:
			cand, _ := r.Props["candidate"].(bool)
			v.Venues = append(v.Venues, htmlRef{ID: r.End, Candidate: cand})
		case schema.RelMediatedBy:
			v.Mediators = append(v.Mediators, htmlRef{ID: r.End, InheritedFrom: graph.StringProp(r.Props, "inherited_from")})
		case schema.RelParticipatedIn:
			v.Participants = append(v.Participants, htmlRef{ID: r.Start, Side: graph.StringProp(r.Props, "side"), Role: graph.StringProp(r.Props, "role")})
		}
	}
	sortRefs := func(rs []htmlRef) {
		sort.SliceStable(rs, func(i, j int) bool {
			if rs[i].Candidate != rs[j].Candidate {
				return !rs[i].Candidate
			}
			if rs[i].Side != rs[j].Side {
				return rs[i].Side < rs[j].Side
			}
			return rs[i].ID < rs[j].ID
		})
	}
	sortRefs(v.Venues)
	sortRefs(v.Mediators)
	sortRefs(v.Participants)
	return v
}
