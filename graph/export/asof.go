package export

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// Meeting statuses as the snapshot writes them.
const (
	statusHeld    = "held"
	statusPlanned = "planned"
)

// AsOf returns s as it could be known on date (YYYY, YYYY-MM or
// YYYY-MM-DD, taken as its last day): only the facts reported by articles
// published by then.
//
//   - An Article is kept when its whole publication date (a day, or the
//     last day of the month or year it names) is on or before date; an
//     article without a publication date cannot be placed in time and is
//     left out.
//   - A relationship with sources keeps the sources among those articles
//     and is dropped when none is left; its evidence keeps the sentences
//     that a kept article's REPORTS or MENTIONS evidence holds (or, when no
//     article's evidence holds a sentence, only while all its sources are
//     kept). Relationships without sources (CITIZEN_OF, LOCATED_IN) are kept
//     between kept nodes.
//   - A Meeting is kept when one of its sources is; its status is the
//     latest that those reports gave it (see reportStatuses), its
//     merge_reasons and alternatives those of kept articles, its
//     inherited_from properties are dropped when that meeting is not kept,
//     and its venue and venue_ar when its HELD_IN edge to the venue is.
//   - PRECEDED_BY is kept between kept meetings when the earlier one was
//     reported held by then. Entities are kept when a kept relationship
//     touches them.
//
// With a date after every article's, AsOf returns s unchanged.
func AsOf(s graph.Snapshot, date string) (graph.Snapshot, error) {
	d, err := article.ParseDate(date)
	if err != nil || d.IsZero() {
		return s, fmt.Errorf("export: --as-of %q: a date YYYY, YYYY-MM or YYYY-MM-DD is needed", date)
	}
	_, until := span(d)
	byID := make(map[string]*graph.Node, len(s.Nodes))
	for _, n := range s.Nodes {
		byID[n.ID] = n
	}
	published, knownFrom := articleDays(s)
	knownIDs := map[string]bool{} // articles published by then
	for id, day := range knownFrom {
		knownIDs[id] = !day.After(until)
	}
	known := func(id string) bool { return knownIDs[id] }
	owners := evidenceOwners(s)

	out := graph.Snapshot{Nodes: []*graph.Node{}, Relationships: []*graph.Relationship{}}
	keep := map[string]bool{}
	meetings := map[string]*graph.Node{} // kept meetings, with their new properties
	for _, n := range s.Nodes {
		switch n.Label() {
		case schema.LabelArticle:
			keep[n.ID] = known(n.ID)
		case schema.LabelMeeting:
			m := meetingAsOf(n, known, published)
			if m != nil {
				keep[n.ID] = true
				meetings[n.ID] = m
			}
		}
	}
	rels := make([]*graph.Relationship, 0, len(s.Relationships))
	for _, r := range s.Relationships {
		srcs, sourced := r.Props["sources"]
		if !sourced || srcs == nil {
			rels = append(rels, r)
			continue
		}
		all := graph.StringsProp(r.Props, "sources")
		kept := slices.DeleteFunc(slices.Clone(all), func(id string) bool { return !known(id) })
		if len(kept) == 0 {
			continue
		}
		if r.Type == schema.RelPrecededBy {
			if m := meetings[r.End]; m == nil || graph.StringProp(m.Props, "status") != statusHeld {
				continue
			}
		}
		// Meeting ends must be kept meetings; entity ends are kept by the
		// relationship itself (below).
		if byID[r.Start] != nil && byID[r.Start].Label() == schema.LabelMeeting && meetings[r.Start] == nil ||
			byID[r.End] != nil && byID[r.End].Label() == schema.LabelMeeting && meetings[r.End] == nil ||
			byID[r.Start] != nil && byID[r.Start].Label() == schema.LabelArticle && !known(r.Start) {
			continue
		}
		if len(kept) < len(all) {
			props := cloneProps(r.Props)
			props["sources"] = kept
			if _, ok := r.Props["evidence"]; ok {
				props["evidence"] = keptEvidence(graph.StringsProp(r.Props, "evidence"), owners, known)
				// the count was of every source's sentences, not the kept ones'
				delete(props, graph.EvidenceCountKey)
			}
			r = &graph.Relationship{ID: r.ID, Type: r.Type, Start: r.Start, End: r.End, Props: props}
		}
		rels = append(rels, r)
		keep[r.Start], keep[r.End] = true, true
	}
	// Venue candidates follow their HELD_IN edges, and the venue's names
	// its edge to the venue.
	candidates := map[string][]string{}
	placed := map[string]bool{}
	for _, r := range rels {
		if r.Type == schema.RelHeldIn && keep[r.Start] {
			candidates[r.Start] = append(candidates[r.Start], r.End)
			placed[r.Start] = placed[r.Start] || r.Props["candidate"] != true
		}
	}
	for _, n := range s.Nodes {
		if !keep[n.ID] {
			continue
		}
		if m := meetings[n.ID]; m != nil {
			n = meetingLinks(m, candidates[n.ID], placed[n.ID], func(id string) bool { return meetings[id] != nil })
		}
		out.Nodes = append(out.Nodes, n)
	}
	for _, r := range rels {
		if keep[r.Start] && keep[r.End] {
			out.Relationships = append(out.Relationships, r)
		}
	}
	return out, nil
}

// articleDays reads each dated article's publication: the first day its
// date names, and the day from which it is surely published (the last day
// its date names). Undated articles are in neither map.
func articleDays(s graph.Snapshot) (published, knownFrom map[string]time.Time) {
	published, knownFrom = map[string]time.Time{}, map[string]time.Time{}
	for _, n := range s.Nodes {
		if n.Label() != schema.LabelArticle {
			continue
		}
		if p, err := article.ParseDate(graph.StringProp(n.Props, "published")); err == nil && !p.IsZero() {
			published[n.ID], knownFrom[n.ID] = span(p)
		}
	}
	return published, knownFrom
}

// meetingAsOf returns the meeting as its known reports tell it, n itself
// when all its reports are known, or nil when none is.
func meetingAsOf(n *graph.Node, known func(string) bool, published map[string]time.Time) *graph.Node {
	all := graph.StringsProp(n.Props, "sources")
	kept := slices.DeleteFunc(slices.Clone(all), func(id string) bool { return !known(id) })
	if len(kept) == 0 {
		return nil
	}
	if len(kept) == len(all) {
		return n
	}
	props := cloneProps(n.Props)
	props["sources"] = kept
	status := statusAsOf(n, kept, published)
	if old := graph.StringProp(n.Props, "status"); status != old {
		props["status"] = status
		name := strings.TrimSuffix(graph.StringProp(n.Props, "name"), " ("+old+")")
		if status != statusHeld {
			name += " (" + status + ")"
		}
		props["name"] = name
	}
	for _, key := range []string{"merge_reasons", "alternatives"} {
		if _, ok := n.Props[key]; !ok {
			continue
		}
		left := slices.DeleteFunc(slices.Clone(graph.StringsProp(n.Props, key)), func(v string) bool {
			id := articleOf(v)
			return id != "" && !known(id)
		})
		if len(left) == 0 {
			delete(props, key)
		} else {
			props[key] = left
		}
	}
	return &graph.Node{ID: n.ID, Labels: n.Labels, Props: props}
}

// meetingLinks drops from a kept meeting the venue candidates whose
// HELD_IN edge is gone, the names of its venue (venue, venue_ar) when it is
// not placed (its HELD_IN edge to the venue is gone), and the
// inherited_from properties naming a meeting that is not kept.
func meetingLinks(m *graph.Node, venues []string, placed bool, kept func(id string) bool) *graph.Node {
	var drop []string
	for _, key := range []string{"format_inherited_from", "mediators_inherited_from"} {
		if from := graph.StringProp(m.Props, key); from != "" && !kept(from) {
			drop = append(drop, key)
		}
	}
	if !placed {
		for _, key := range []string{"venue", "venue_ar"} {
			if _, ok := m.Props[key]; ok {
				drop = append(drop, key)
			}
		}
	}
	cands, hasCands := m.Props["venue_candidates"]
	left := slices.DeleteFunc(slices.Clone(graph.StringsProp(m.Props, "venue_candidates")), func(id string) bool {
		return !slices.Contains(venues, id)
	})
	if len(drop) == 0 && (!hasCands || cands == nil || len(left) == len(graph.StringsProp(m.Props, "venue_candidates"))) {
		return m
	}
	props := cloneProps(m.Props)
	for _, key := range drop {
		delete(props, key)
	}
	if hasCands {
		if len(left) == 0 {
			delete(props, "venue_candidates")
		} else {
			props["venue_candidates"] = left
		}
	}
	return &graph.Node{ID: m.ID, Labels: m.Labels, Props: props}
}

var (
	// mergeStatus reads "article:…: …, status A after B" in merge_reasons.
	mergeStatus = regexp.MustCompile(`^(article:[^:\s]+): .*, status (\w+) after (\w+)`)
	// altStatus reads "status=A (article:…)" in alternatives.
	altStatus = regexp.MustCompile(`^status=(\w+) \((article:[^)\s]+)\)$`)
	// isoDay finds day dates in merge_reasons and alternatives.
	isoDay = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)
	// reasonArticle and altArticle find the article a merge reason or an
	// alternative comes from.
	reasonArticle = regexp.MustCompile(`^(article:[^:\s]+):`)
	altArticle    = regexp.MustCompile(`\((article:[^)\s]+)\)$`)
)

// articleOf is the article id a merge reason or an alternative names, or
// "".
func articleOf(v string) string {
	if m := reasonArticle.FindStringSubmatch(v); m != nil {
		return m[1]
	}
	if m := altArticle.FindStringSubmatch(v); m != nil {
		return m[1]
	}
	return ""
}

// reportStatuses infers the status each report of a meeting gave it. The
// snapshot keeps one status per meeting, so a report's own is read from
// what the meeting records of it:
//
//   - a merge reason "status A after B" or an alternative "status=A" of
//     the article says A (an article may say several);
//   - any other report of a held meeting said held when it was published
//     on or after the day the meeting began (the earliest day its date,
//     merge reasons or alternatives give within its date), planned before
//     it: nothing can be reported held before it happens;
//   - any other report of a postponed or cancelled meeting that was once
//     planned said planned when it was published before the first report
//     of that status, and that status after;
//   - any other report said the meeting's status.
func reportStatuses(n *graph.Node, published map[string]time.Time) map[string][]string {
	final := graph.StringProp(n.Props, "status")
	said := map[string][]string{}
	wasPlanned := false
	for _, v := range graph.StringsProp(n.Props, "merge_reasons") {
		if m := mergeStatus.FindStringSubmatch(v); m != nil {
			said[m[1]] = append(said[m[1]], m[2])
			wasPlanned = wasPlanned || m[3] == statusPlanned
		}
	}
	for _, v := range graph.StringsProp(n.Props, "alternatives") {
		if m := altStatus.FindStringSubmatch(v); m != nil {
			said[m[2]] = append(said[m[2]], m[1])
			wasPlanned = wasPlanned || m[1] == statusPlanned
		}
	}
	began := meetingBegan(n)
	var firstFinal time.Time // the first explicit report of the final status
	for id, ss := range said {
		if p, ok := published[id]; ok && slices.Contains(ss, final) && (firstFinal.IsZero() || p.Before(firstFinal)) {
			firstFinal = p
		}
	}
	out := map[string][]string{}
	for _, id := range graph.StringsProp(n.Props, "sources") {
		if ss := said[id]; len(ss) > 0 {
			out[id] = ss
			continue
		}
		p, ok := published[id]
		switch {
		case !ok:
		case final == statusHeld && !began.IsZero() && p.Before(began):
			out[id] = []string{statusPlanned}
			continue
		case final != statusHeld && final != statusPlanned && wasPlanned && !firstFinal.IsZero() && p.Before(firstFinal):
			out[id] = []string{statusPlanned}
			continue
		}
		out[id] = []string{final}
	}
	return out
}

// meetingBegan is the first day of a meeting: the earliest day within its
// date that its date, merge reasons or alternatives give, else the first
// day its date names (zero without a date).
func meetingBegan(n *graph.Node) time.Time {
	date := graph.StringProp(n.Props, "date")
	d, err := article.ParseDate(date)
	if err != nil || d.IsZero() {
		return time.Time{}
	}
	began, _ := span(d)
	var days []string
	for _, key := range []string{"merge_reasons", "alternatives"} {
		for _, v := range graph.StringsProp(n.Props, key) {
			days = append(days, isoDay.FindAllString(v, -1)...)
		}
	}
	sort.Strings(days)
	for _, day := range days {
		if strings.HasPrefix(day, date) {
			if t, err := time.Parse(time.DateOnly, day); err == nil && t.After(began) {
				return t
			}
			break
		}
	}
	return began
}

// statusAsOf is the status a meeting had in its kept reports: held when
// one of them said held (held is final), else the status of the latest
// report (a postponement or cancellation outranks a plan of the same day).
func statusAsOf(n *graph.Node, kept []string, published map[string]time.Time) string {
	said := reportStatuses(n, published)
	best, bestAt := "", time.Time{}
	for _, id := range kept {
		for _, st := range said[id] {
			if st == statusHeld {
				return statusHeld
			}
			at := published[id]
			if best == "" || at.After(bestAt) || at.Equal(bestAt) && best == statusPlanned {
				best, bestAt = st, at
			}
		}
	}
	if best == "" {
		return graph.StringProp(n.Props, "status")
	}
	return best
}

// evidenceOwners maps each evidence sentence of REPORTS and MENTIONS (an
// article's own sentences) to the articles it comes from.
func evidenceOwners(s graph.Snapshot) map[string][]string {
	owners := map[string][]string{}
	for _, r := range s.Relationships {
		if r.Type != schema.RelReports && r.Type != schema.RelMentions {
			continue
		}
		for _, e := range graph.StringsProp(r.Props, "evidence") {
			if !slices.Contains(owners[e], r.Start) {
				owners[e] = append(owners[e], r.Start)
			}
		}
	}
	return owners
}

// keptEvidence keeps the sentences a known article holds. A sentence no
// article's own evidence holds cannot be placed and is dropped (the
// relationship lost some of its sources).
func keptEvidence(ev []string, owners map[string][]string, known func(string) bool) []string {
	out := []string{}
	for _, e := range ev {
		if slices.ContainsFunc(owners[e], known) {
			out = append(out, e)
		}
	}
	return out
}

// cloneProps copies a property map (values are shared; lists are replaced,
// never changed in place).
func cloneProps(p map[string]any) map[string]any {
	out := make(map[string]any, len(p))
	for k, v := range p {
		out[k] = v
	}
	return out
}
