package export

import (
	"slices"
	"sort"
	"strings"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/schema"
)

// chain is the negotiation chain of a snapshot as the pictures show it:
// meetings in date order, grouped by channel (the exact set of parties),
// with the PRECEDED_BY links between them.
type chain struct {
	Channels []*channel
	Meetings []*meeting // date order, then id
	Links    []link     // sorted by later meeting, then earlier
}

// channel is one row of the picture: the meetings of one set of parties.
type channel struct {
	Key     string   // party ids in id order, joined by ","
	Name    string   // English party names joined by " – "
	NameAr  string   // Arabic party names joined by " – " ("" when one lacks one)
	Parties []entity // in id order
}

// entity is a node a meeting points to (or a participant), with its names.
type entity struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	NameAr  string   `json:"ar,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	// Candidate marks one of the places a hesitant report offers.
	Candidate bool `json:"candidate,omitempty"`
	// Side and Role of a participant: the id of the party sat for, or
	// "mediator"; a role title.
	Side string `json:"side,omitempty"`
	Role string `json:"role,omitempty"`
}

// meeting is one Meeting node with the entities around it.
type meeting struct {
	Node         *graph.Node
	ID           string
	Name         string
	Date         string
	Status       string
	Format       string
	Kind         string
	Channel      *channel
	Venues       []entity // the venue, or the candidates
	Mediators    []entity
	Participants []entity
}

// link is a PRECEDED_BY relationship, drawn from the earlier meeting to the
// later one.
type link struct {
	Earlier, Later string
	Basis, Reason  string
}

// entityOf reads the names of a node ("" names: its id).
func entityOf(byID map[string]*graph.Node, id string) entity {
	e := entity{ID: id, Name: id}
	if n := byID[id]; n != nil {
		if v := graph.StringProp(n.Props, "name"); v != "" {
			e.Name = v
		}
		if v := graph.StringProp(n.Props, "name_ar"); v != "" && v != e.Name {
			e.NameAr = v
		}
		e.Aliases = graph.StringsProp(n.Props, "aliases")
	}
	return e
}

// chainOf collects the chain of s.
func chainOf(s graph.Snapshot) *chain {
	byID := make(map[string]*graph.Node, len(s.Nodes))
	for _, n := range s.Nodes {
		byID[n.ID] = n
	}
	c := &chain{}
	ms := map[string]*meeting{}
	for _, n := range s.Nodes {
		if n.Label() != schema.LabelMeeting {
			continue
		}
		m := &meeting{Node: n, ID: n.ID, Name: graph.StringProp(n.Props, "name"), Date: graph.StringProp(n.Props, "date"),
			Status: graph.StringProp(n.Props, "status"), Format: graph.StringProp(n.Props, "format"), Kind: graph.StringProp(n.Props, "kind")}
		if m.Name == "" {
			m.Name = n.ID
		}
		ms[n.ID] = m
		c.Meetings = append(c.Meetings, m)
	}
	parties := map[string][]string{}
	for _, r := range s.Relationships {
		switch r.Type {
		case schema.RelBetween:
			if ms[r.Start] != nil {
				parties[r.Start] = append(parties[r.Start], r.End)
			}
		case schema.RelHeldIn:
			if m := ms[r.Start]; m != nil {
				e := entityOf(byID, r.End)
				e.Candidate, _ = r.Props["candidate"].(bool)
				m.Venues = append(m.Venues, e)
			}
		case schema.RelMediatedBy:
			if m := ms[r.Start]; m != nil {
				m.Mediators = append(m.Mediators, entityOf(byID, r.End))
			}
		case schema.RelParticipatedIn:
			if m := ms[r.End]; m != nil {
				e := entityOf(byID, r.Start)
				e.Side, e.Role = graph.StringProp(r.Props, "side"), graph.StringProp(r.Props, "role")
				m.Participants = append(m.Participants, e)
			}
		case schema.RelPrecededBy:
			if ms[r.Start] != nil && ms[r.End] != nil {
				c.Links = append(c.Links, link{Earlier: r.End, Later: r.Start,
					Basis: graph.StringProp(r.Props, "basis"), Reason: graph.StringProp(r.Props, "reason")})
			}
		}
	}
	channels := map[string]*channel{}
	for _, m := range c.Meetings {
		ids := append([]string(nil), parties[m.ID]...)
		sort.Strings(ids)
		key := strings.Join(ids, ",")
		ch := channels[key]
		if ch == nil {
			ch = &channel{Key: key}
			var names, ars []string
			for _, id := range ids {
				e := entityOf(byID, id)
				ch.Parties = append(ch.Parties, e)
				names = append(names, e.Name)
				ars = append(ars, e.NameAr)
			}
			ch.Name = strings.Join(names, " – ")
			if ch.Name == "" {
				ch.Name = "(no parties)"
			}
			if len(ars) > 0 && !slices.Contains(ars, "") {
				ch.NameAr = strings.Join(ars, " – ")
			}
			channels[key] = ch
			c.Channels = append(c.Channels, ch)
		}
		m.Channel = ch
		sort.SliceStable(m.Venues, func(i, j int) bool {
			if m.Venues[i].Candidate != m.Venues[j].Candidate {
				return !m.Venues[i].Candidate
			}
			return m.Venues[i].Name < m.Venues[j].Name
		})
		sort.SliceStable(m.Mediators, func(i, j int) bool { return m.Mediators[i].Name < m.Mediators[j].Name })
		sort.SliceStable(m.Participants, func(i, j int) bool {
			a, b := m.Participants[i], m.Participants[j]
			if a.Side != b.Side {
				return a.Side < b.Side
			}
			if a.Name != b.Name {
				return a.Name < b.Name
			}
			return a.ID < b.ID
		})
	}
	sort.SliceStable(c.Meetings, func(i, j int) bool {
		a, b := c.Meetings[i], c.Meetings[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.ID < b.ID
	})
	// Channels in the order of their first meeting.
	first := map[*channel]int{}
	for i, m := range c.Meetings {
		if _, ok := first[m.Channel]; !ok {
			first[m.Channel] = i
		}
	}
	sort.SliceStable(c.Channels, func(i, j int) bool { return first[c.Channels[i]] < first[c.Channels[j]] })
	sort.Slice(c.Links, func(i, j int) bool {
		if c.Links[i].Later != c.Links[j].Later {
			return c.Links[i].Later < c.Links[j].Later
		}
		return c.Links[i].Earlier < c.Links[j].Earlier
	})
	return c
}
