package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/negograph/negograph/graph"
)

// Relationship types read by the scorer.
const (
	relBetween        = "BETWEEN"
	relHeldIn         = "HELD_IN"
	relMediatedBy     = "MEDIATED_BY"
	relParticipatedIn = "PARTICIPATED_IN"
	relPrecededBy     = "PRECEDED_BY"
	relMentions       = "MENTIONS"
)

const (
	labelMeeting = "Meeting"
	labelArticle = "Article"
)

// Score scores a snapshot against the gold as the shared scoring rules
// (eval/README.md of the shared folder beside the repository, restated in
// docs/SCORING.md) specify, and adds the event coreference score; see the
// package documentation for how their ambiguous points are read.
func Score(g *Gold, s graph.Snapshot) *Report {
	sc := newScorer(g, s)
	r := &Report{Entities: map[string]PRF{}, Attributes: map[string]float64{}}
	for _, t := range EntityTypes() {
		r.Entities[t] = sc.scoreEntities(t)
	}
	sc.scoreMeetings(r)
	r.PrecededBy = sc.scorePrecededBy()
	r.PerArticle = sc.scorePerArticle()
	r.Coref = sc.scoreCoref()
	r.Headline = (r.Entities[TypePerson].F1 + r.Entities[TypeCountry].F1 + r.Entities[TypeVenue].F1 +
		r.Meetings.F1 + r.PrecededBy.F1) / 5
	r.Misses = sc.misses
	return r
}

// scorer holds the indexes built once per Score call.
type scorer struct {
	g        *Gold
	nodes    map[string]*graph.Node
	ordered  []*graph.Node // sorted by id
	names    map[string]map[string]bool
	forms    []map[string]bool              // normalized match forms per gold entity
	from     map[string]map[string][]string // type -> start -> ends
	to       map[string]map[string][]string // type -> end -> starts
	rels     []*graph.Relationship          // sorted by type, start, end, id
	misses   []string
	matched  map[string]int  // output meeting id -> gold meeting index
	unit     int64           // participantUnit of the gold
	excluded map[string]bool // output meetings left out of precision
}

func newScorer(g *Gold, s graph.Snapshot) *scorer {
	sc := &scorer{
		g:        g,
		nodes:    map[string]*graph.Node{},
		names:    map[string]map[string]bool{},
		from:     map[string]map[string][]string{},
		to:       map[string]map[string][]string{},
		matched:  map[string]int{},
		excluded: map[string]bool{},
		unit:     participantUnit(g),
	}
	for _, n := range s.Nodes {
		if n == nil {
			continue
		}
		if _, dup := sc.nodes[n.ID]; !dup {
			sc.ordered = append(sc.ordered, n)
		}
		sc.nodes[n.ID] = n
		set := map[string]bool{}
		for _, name := range nodeNames(n) {
			if k := NormalizeName(name); k != "" {
				set[k] = true
			}
		}
		sc.names[n.ID] = set
	}
	sort.SliceStable(sc.ordered, func(i, j int) bool { return sc.ordered[i].ID < sc.ordered[j].ID })
	for _, e := range g.Entities {
		set := map[string]bool{}
		for _, m := range e.Match {
			if k := NormalizeName(m); k != "" {
				set[k] = true
			}
		}
		sc.forms = append(sc.forms, set)
	}
	for _, r := range s.Relationships {
		if r != nil {
			sc.rels = append(sc.rels, r)
		}
	}
	sort.SliceStable(sc.rels, func(i, j int) bool {
		a, b := sc.rels[i], sc.rels[j]
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.ID < b.ID
	})
	for _, r := range sc.rels {
		if sc.from[r.Type] == nil {
			sc.from[r.Type] = map[string][]string{}
			sc.to[r.Type] = map[string][]string{}
		}
		sc.from[r.Type][r.Start] = append(sc.from[r.Type][r.Start], r.End)
		sc.to[r.Type][r.End] = append(sc.to[r.Type][r.End], r.Start)
	}
	return sc
}

func (sc *scorer) missf(format string, args ...any) {
	sc.misses = append(sc.misses, fmt.Sprintf(format, args...))
}

// nodeNames returns the name, name_ar and aliases of a node.
func nodeNames(n *graph.Node) []string {
	var out []string
	for _, k := range []string{"name", "name_ar", "aliases"} {
		out = append(out, stringsOf(n.Props[k])...)
	}
	return out
}

// stringsOf reads a property that is a string or a list of strings.
func stringsOf(v any) []string {
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		return []string{x}
	case []string:
		return x
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// prop reads a scalar property as a string.
func prop(n *graph.Node, key string) string {
	switch v := n.Props[key].(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(v)
	default:
		return strings.TrimSpace(fmt.Sprint(v))
	}
}

// describe names a node for the misses: its id and first name.
func describe(n *graph.Node) string {
	if n == nil {
		return "(missing node)"
	}
	names := nodeNames(n)
	if len(names) == 0 {
		return n.ID
	}
	return fmt.Sprintf("%s (%s)", n.ID, names[0])
}

func (sc *scorer) describeID(id string) string {
	if n := sc.nodes[id]; n != nil {
		return describe(n)
	}
	return id + " (missing node)"
}

func hasLabel(n *graph.Node, l string) bool {
	for _, x := range n.Labels {
		if x == l {
			return true
		}
	}
	return false
}

// nodeMatchesEntity is the entity match rule: the node carries the entity's
// type as a label and one of its names equals one of the match forms.
func (sc *scorer) nodeMatchesEntity(n *graph.Node, i int) bool {
	if n == nil || !hasLabel(n, sc.g.Entities[i].Type) {
		return false
	}
	for k := range sc.names[n.ID] {
		if sc.forms[i][k] {
			return true
		}
	}
	return false
}

// matchingEntities returns the gold entities of the given types a node matches.
func (sc *scorer) matchingEntities(n *graph.Node, types ...string) []int {
	var out []int
	for i, e := range sc.g.Entities {
		if !containsString(types, e.Type) {
			continue
		}
		if sc.nodeMatchesEntity(n, i) {
			out = append(out, i)
		}
	}
	return out
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// scoreEntities scores the nodes labelled t against gold entities of type t.
func (sc *scorer) scoreEntities(t string) PRF {
	claimed := map[int]string{}
	var tp, fp int
	for _, n := range sc.ordered {
		if !hasLabel(n, t) {
			continue
		}
		ms := sc.matchingEntities(n, t)
		req := sc.requiredOnly(ms)
		if len(req) == 0 {
			if len(ms) == 0 {
				fp++
				sc.missf("%s false positive: %s", t, describe(n))
			}
			continue // matches only optional gold entities: not counted
		}
		if i, ok := firstUnclaimed(req, claimed); ok {
			claimed[i] = n.ID
			tp++
			continue
		}
		fp++
		sc.missf("%s duplicate: %s matches %q, already matched by %s", t, describe(n),
			sc.g.Entities[req[0]].Name, claimed[req[0]])
	}
	var fn int
	for i, e := range sc.g.Entities {
		if e.Type == t && !e.Optional {
			if _, ok := claimed[i]; !ok {
				fn++
				sc.missf("%s missed: %s", t, e.Name)
			}
		}
	}
	return NewPRF(tp, fp, fn)
}

func (sc *scorer) requiredOnly(ms []int) []int {
	var out []int
	for _, i := range ms {
		if !sc.g.Entities[i].Optional {
			out = append(out, i)
		}
	}
	return out
}

func firstUnclaimed(req []int, claimed map[int]string) (int, bool) {
	for _, i := range req {
		if _, ok := claimed[i]; !ok {
			return i, true
		}
	}
	return 0, false
}

// ref is a reference from a gold meeting to a gold entity by canonical name.
type ref struct {
	name string
	ents []int  // the gold entities the name resolves to
	norm string // normalized name, the fallback when ents is empty
}

// resolve turns a canonical name into a ref. Entities whose canonical name
// equals the name are preferred in the order of types; failing that, entities
// of those types having the name among their match forms; failing that, the
// ref matches any node bearing the name.
func (sc *scorer) resolve(name string, types ...string) ref {
	r := ref{name: name, norm: NormalizeName(name)}
	for _, t := range types {
		for i, e := range sc.g.Entities {
			if e.Type == t && e.Name == name {
				r.ents = append(r.ents, i)
			}
		}
		if len(r.ents) > 0 {
			return r
		}
	}
	for _, t := range types {
		for i, e := range sc.g.Entities {
			if e.Type == t && (sc.forms[i][r.norm] || NormalizeName(e.Name) == r.norm) {
				r.ents = append(r.ents, i)
			}
		}
		if len(r.ents) > 0 {
			return r
		}
	}
	return r
}

func (sc *scorer) refMatches(r ref, n *graph.Node) bool {
	if n == nil {
		return false
	}
	if len(r.ents) == 0 {
		return sc.names[n.ID][r.norm]
	}
	for _, i := range r.ents {
		if sc.nodeMatchesEntity(n, i) {
			return true
		}
	}
	return false
}

// refIsPerson reports whether a mediator ref names a person.
func (sc *scorer) refIsPerson(r ref) bool {
	if len(r.ents) == 0 {
		return false
	}
	for _, i := range r.ents {
		if sc.g.Entities[i].Type != TypePerson {
			return false
		}
	}
	return true
}

func (sc *scorer) anyMatches(r ref, ids []string) bool {
	for _, id := range ids {
		if sc.refMatches(r, sc.nodes[id]) {
			return true
		}
	}
	return false
}
