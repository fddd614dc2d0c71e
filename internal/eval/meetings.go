package eval

import (
	"fmt"
	"strings"

	"github.com/negograph/negograph/graph"
)

// attrs is the agreement of an output meeting with a gold meeting.
type attrs struct {
	venue, mediators, status, format, date bool
	participants                           float64
	// found and total count the gold participants found and listed
	// (participants is found/total, 1 when total is 0).
	found, total int
	// got and want describe disagreements, by attribute.
	got, want map[string]string
}

// agreement is the second level of the meeting matching, scaled by unit so
// that it is an integer: venue, mediators, status and exact date count unit
// each, participants unit times the share found. unit is a multiple of every
// gold participant count (see participantUnit), so the share is exact.
func (a attrs) agreement(unit int64) int64 {
	var s int64
	for _, ok := range []bool{a.venue, a.mediators, a.status, a.date} {
		if ok {
			s += unit
		}
	}
	if a.total == 0 {
		return s + unit
	}
	// Rounded only when unit had to be capped (participantUnit).
	return s + (unit*int64(a.found)+int64(a.total)/2)/int64(a.total)
}

// maxParticipantUnit caps participantUnit; beyond it participant shares are
// rounded to 1/maxParticipantUnit.
const maxParticipantUnit = 1 << 30

// participantUnit is the least common multiple of the gold meetings'
// participant counts (at most maxParticipantUnit), the unit of agreement.
func participantUnit(g *Gold) int64 {
	unit := int64(1)
	for _, m := range g.Meetings {
		n := int64(len(m.Participants))
		if n == 0 {
			continue
		}
		l := unit / gcd(unit, n) * n
		if l > maxParticipantUnit {
			return maxParticipantUnit
		}
		unit = l
	}
	return unit
}

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// dateParts splits an ISO 8601 date (or date-time) into its date components;
// an empty date has none.
func dateParts(d string) []string {
	d = strings.TrimSpace(d)
	if i := strings.IndexAny(d, "T "); i >= 0 {
		d = d[:i]
	}
	if d == "" {
		return nil
	}
	return strings.Split(d, "-")
}

// datesCompatible reports whether one date is a prefix of the other,
// component by component ("2023-05" and "2023-05-08" are; "2023-1" and
// "2023-10" are not). A missing date is the empty prefix and is compatible
// with every date.
func datesCompatible(a, b string) bool {
	pa, pb := dateParts(a), dateParts(b)
	if len(pa) > len(pb) {
		pa, pb = pb, pa
	}
	for i := range pa {
		if pa[i] != pb[i] {
			return false
		}
	}
	return true
}

func datesEqual(a, b string) bool {
	return len(dateParts(a)) == len(dateParts(b)) && datesCompatible(a, b)
}

// compatible is the meeting match rule: compatible dates and every gold party
// among the BETWEEN targets.
func (sc *scorer) compatible(m *graph.Node, gm GoldMeeting) bool {
	if !datesCompatible(prop(m, "date"), gm.Date) {
		return false
	}
	targets := sc.from[relBetween][m.ID]
	for _, p := range gm.Parties {
		if !sc.anyMatches(sc.resolve(p, TypeCountry, TypeOrganization), targets) {
			return false
		}
	}
	return true
}

// exactParties reports whether every BETWEEN target is a gold party: a
// tie-breaker between meetings of overlapping party sets.
func (sc *scorer) exactParties(m *graph.Node, gm GoldMeeting) bool {
	for _, id := range sc.from[relBetween][m.ID] {
		found := false
		for _, p := range gm.Parties {
			if sc.refMatches(sc.resolve(p, TypeCountry, TypeOrganization), sc.nodes[id]) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (sc *scorer) namesOf(ids []string) string {
	if len(ids) == 0 {
		return "none"
	}
	var out []string
	for _, id := range ids {
		out = append(out, sc.describeID(id))
	}
	return strings.Join(out, ", ")
}

func listOrNone(l []string) string {
	if len(l) == 0 {
		return "none"
	}
	return strings.Join(l, ", ")
}

// attributes compares an output meeting with a gold meeting.
func (sc *scorer) attributes(m *graph.Node, gm GoldMeeting) attrs {
	a := attrs{got: map[string]string{}, want: map[string]string{}}

	// Venue.
	held := sc.from[relHeldIn][m.ID]
	if gm.Venue != nil {
		r := sc.resolve(*gm.Venue, TypeVenue, TypeCountry)
		a.venue = len(held) > 0
		for _, id := range held {
			if !sc.refMatches(r, sc.nodes[id]) {
				a.venue = false
			}
		}
		if !a.venue {
			a.got[AttrVenue], a.want[AttrVenue] = sc.namesOf(held), *gm.Venue
		}
	} else {
		a.venue = true
		for _, id := range held {
			ok := false
			for _, c := range gm.VenueCandidates {
				if sc.refMatches(sc.resolve(c, TypeVenue, TypeCountry), sc.nodes[id]) {
					ok = true
					break
				}
			}
			if !ok {
				a.venue = false
			}
		}
		if !a.venue {
			want := "none"
			if len(gm.VenueCandidates) > 0 {
				want = "none or one of " + strings.Join(gm.VenueCandidates, ", ")
			}
			a.got[AttrVenue], a.want[AttrVenue] = sc.namesOf(held), want
		}
	}

	// Mediators.
	meds := sc.from[relMediatedBy][m.ID]
	refs := make([]ref, len(gm.Mediators))
	for i, name := range gm.Mediators {
		refs[i] = sc.resolve(name, TypeCountry, TypeOrganization, TypePerson)
	}
	a.mediators = true
	for _, r := range refs {
		if !sc.refIsPerson(r) && !sc.anyMatches(r, meds) {
			a.mediators = false
		}
	}
	for _, id := range meds {
		if n := sc.nodes[id]; n != nil && hasLabel(n, TypePerson) {
			continue // person mediators are ignored either way
		}
		in := false
		for _, r := range refs {
			if sc.refMatches(r, sc.nodes[id]) {
				in = true
				break
			}
		}
		if !in {
			a.mediators = false
		}
	}
	if !a.mediators {
		a.got[AttrMediators], a.want[AttrMediators] = sc.namesOf(meds), listOrNone(gm.Mediators)
	}

	// Participants.
	parts := sc.to[relParticipatedIn][m.ID]
	a.participants = 1
	if len(gm.Participants) > 0 {
		found := 0
		var missing []string
		for _, name := range gm.Participants {
			if sc.anyMatches(sc.resolve(name, TypePerson), parts) {
				found++
			} else {
				missing = append(missing, name)
			}
		}
		a.found, a.total = found, len(gm.Participants)
		a.participants = float64(found) / float64(len(gm.Participants))
		if len(missing) > 0 {
			a.got[AttrParticipants] = sc.namesOf(parts)
			a.want[AttrParticipants] = listOrNone(gm.Participants) + " (missing " + strings.Join(missing, ", ") + ")"
		}
	}

	// Status and format.
	a.status = strings.EqualFold(prop(m, "status"), strings.TrimSpace(gm.Status))
	if !a.status {
		a.got[AttrStatus], a.want[AttrStatus] = quoteOrNone(prop(m, "status")), gm.Status
	}
	a.format = strings.EqualFold(prop(m, "format"), strings.TrimSpace(gm.Format))
	if !a.format {
		a.got[AttrFormat], a.want[AttrFormat] = quoteOrNone(prop(m, "format")), gm.Format
	}

	// Date: equal at the same precision, not just compatible.
	a.date = datesEqual(prop(m, "date"), gm.Date)
	if !a.date {
		a.got[AttrDate], a.want[AttrDate] = quoteOrNone(prop(m, "date")), quoteOrNone(gm.Date)
	}
	return a
}

func quoteOrNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// candidate is a compatible (output meeting, gold meeting) pair.
type candidate struct {
	node  *graph.Node
	gold  int
	attrs attrs
	exact bool // BETWEEN targets are exactly the gold parties
}

// matchWeight is the weight of a candidate in the meeting matching, levels
// in the order of the scoring rules: required gold meeting; agreement on
// venue, mediators, status, exact date and participants; exact party set;
// format; and last any pair at all, so that of two otherwise equal
// matchings the one pairing more meetings (optional ones) wins.
func (sc *scorer) matchWeight(c candidate) lexWeight {
	return lexWeight{
		boolInt(!sc.g.Meetings[c.gold].Optional),
		c.attrs.agreement(sc.unit),
		boolInt(c.exact),
		boolInt(c.attrs.format),
		1,
	}
}

// matchMeetings pairs output meetings with gold meetings one-to-one by a
// maximum-weight matching (matchWeight) over the compatible pairs. It fills
// sc.matched and returns the chosen candidate of each matched gold meeting
// and the compatible gold meetings of each output meeting.
func (sc *scorer) matchMeetings(meetings []*graph.Node) (map[int]candidate, map[string][]int) {
	compat := map[string][]int{}
	cands := make([]map[int]candidate, len(sc.g.Meetings)) // gold -> column -> pair
	var cols []*graph.Node                                 // meetings compatible with some gold meeting
	for _, m := range meetings {
		col := len(cols)
		for gi, gm := range sc.g.Meetings {
			if !sc.compatible(m, gm) {
				continue
			}
			compat[m.ID] = append(compat[m.ID], gi)
			if cands[gi] == nil {
				cands[gi] = map[int]candidate{}
			}
			cands[gi][col] = candidate{node: m, gold: gi, attrs: sc.attributes(m, gm), exact: sc.exactParties(m, gm)}
		}
		if len(compat[m.ID]) > 0 {
			cols = append(cols, m)
		}
	}
	assign := maxAssignment(len(sc.g.Meetings), len(cols), func(gi, col int) (lexWeight, bool) {
		c, ok := cands[gi][col]
		if !ok {
			return lexWeight{}, false
		}
		return sc.matchWeight(c), true
	})
	goldTaken := map[int]candidate{}
	for gi, col := range assign {
		if col < 0 {
			continue
		}
		c := cands[gi][col]
		sc.matched[c.node.ID] = gi
		goldTaken[gi] = c
	}
	return goldTaken, compat
}

// scoreMeetings matches output meetings one-to-one with gold meetings
// (matchMeetings) and fills r.Meetings and r.Attributes.
func (sc *scorer) scoreMeetings(r *Report) {
	var meetings []*graph.Node
	for _, n := range sc.ordered {
		if hasLabel(n, labelMeeting) {
			meetings = append(meetings, n)
		}
	}
	goldTaken, compat := sc.matchMeetings(meetings)

	var tp, fp, fn int
	for _, m := range meetings {
		gi, ok := sc.matched[m.ID]
		if ok {
			if sc.g.Meetings[gi].Optional {
				sc.excluded[m.ID] = true
			} else {
				tp++
			}
			continue
		}
		var req []string
		for _, gi := range compat[m.ID] {
			if !sc.g.Meetings[gi].Optional {
				req = append(req, sc.g.Meetings[gi].Key)
			}
		}
		switch {
		case len(compat[m.ID]) > 0 && len(req) == 0:
			sc.excluded[m.ID] = true // matches only optional gold meetings
		case len(req) > 0:
			fp++
			sc.missf("Meeting duplicate: %s %s is compatible with %s, already matched", m.ID, prop(m, "date"), strings.Join(req, ", "))
		default:
			fp++
			sc.missf("Meeting false positive: %s date %s between %s", m.ID, quoteOrNone(prop(m, "date")), sc.namesOf(sc.from[relBetween][m.ID]))
		}
	}
	sums := map[string]float64{}
	for gi, gm := range sc.g.Meetings {
		if gm.Optional {
			continue
		}
		c, ok := goldTaken[gi]
		if !ok {
			fn++
			sc.missf("Meeting missed: %s (%s, %s)", gm.Key, gm.Date, strings.Join(gm.Parties, "–"))
			continue
		}
		r.MatchedRequired++
		a := c.attrs
		for name, v := range map[string]bool{AttrVenue: a.venue, AttrMediators: a.mediators, AttrStatus: a.status, AttrFormat: a.format, AttrDate: a.date} {
			if v {
				sums[name]++
			}
		}
		sums[AttrParticipants] += a.participants
		for _, name := range Attributes() {
			if want, bad := a.want[name]; bad {
				sc.missf("Meeting %s (%s) %s: got %s, want %s", gm.Key, c.node.ID, name, a.got[name], want)
			}
		}
	}
	for _, name := range Attributes() {
		if r.MatchedRequired > 0 {
			r.Attributes[name] = sums[name] / float64(r.MatchedRequired)
		} else {
			r.Attributes[name] = 0
		}
	}
	r.Meetings = NewPRF(tp, fp, fn)
}

// scorePrecededBy scores PRECEDED_BY relationships between matched meetings.
func (sc *scorer) scorePrecededBy() PRF {
	type pair struct{ from, to string }
	gold := map[pair]int{}
	for i, rel := range sc.g.Relations {
		if rel.Type == relPrecededBy {
			gold[pair{rel.From, rel.To}] = i
		}
	}
	found := map[int]bool{}
	var tp, fp int
	for _, r := range sc.rels {
		if r.Type != relPrecededBy {
			continue
		}
		gf, okf := sc.matched[r.Start]
		gt, okt := sc.matched[r.End]
		if okf && okt {
			if i, ok := gold[pair{sc.g.Meetings[gf].Key, sc.g.Meetings[gt].Key}]; ok {
				switch {
				case sc.g.Relations[i].Optional:
					// an optional gold edge: neither required nor a false positive
				case found[i]:
					fp++
					sc.missf("PRECEDED_BY duplicate: %s -> %s", r.Start, r.End)
				default:
					found[i] = true
					tp++
				}
				continue
			}
		}
		if sc.excluded[r.Start] || sc.excluded[r.End] {
			continue
		}
		fp++
		sc.missf("PRECEDED_BY false positive: %s -> %s", sc.meetingName(r.Start), sc.meetingName(r.End))
	}
	var fn int
	for i, rel := range sc.g.Relations {
		if rel.Type == relPrecededBy && !rel.Optional && !found[i] {
			fn++
			sc.missf("PRECEDED_BY missed: %s -> %s", rel.From, rel.To)
		}
	}
	return NewPRF(tp, fp, fn)
}

// meetingName names an output meeting with its matched gold key, if any.
func (sc *scorer) meetingName(id string) string {
	if gi, ok := sc.matched[id]; ok {
		return fmt.Sprintf("%s [%s]", id, sc.g.Meetings[gi].Key)
	}
	return id + " [unmatched]"
}
