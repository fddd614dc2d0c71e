package pipeline

import (
	"slices"
	"unique"
)

// Memory follows the graph, not the text: an analysis must not keep its
// article's text alive. The extractors return names, surfaces and words
// that are substrings of the text (a Go substring holds the whole text),
// so once an article's contribution is made, detach replaces every string
// in it by its canonical copy (package unique: one copy per distinct
// string however many articles name it, and never a piece of a text).
// Evidence sentences are copied once per article (contribute).

// intern returns the canonical copy of s.
func intern[S ~string](s S) S {
	if s == "" {
		return s
	}
	return S(unique.Make(string(s)).Value())
}

// internEach interns the strings of a list the article's analysis made
// (the list is its own: it is changed in place).
func internEach(list []string) {
	for i, s := range list {
		list[i] = intern(s)
	}
}

// internedCopy returns a new list of the canonical copies of list: for a
// list that may be shared with the gazetteer or another article.
func internedCopy(list []string) []string {
	if len(list) == 0 {
		return list
	}
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = intern(s)
	}
	return out
}

// canonID returns the gazetteer's copy of an id it knows, else the
// canonical copy: a map lookup is cheaper than interning, and most ids are
// the gazetteer's.
func (a *Analyzer) canonID(id string) string {
	if k, ok := a.rec.Entry(id); ok {
		return k.ID
	}
	return intern(id)
}

// canonIDs replaces the ids of a list by canonical copies, in a new list
// (a list may be shared with the gazetteer or another meeting).
func (a *Analyzer) canonIDs(list []string) []string {
	if len(list) == 0 {
		return list
	}
	out := make([]string, len(list))
	for i, id := range list {
		out[i] = a.canonID(id)
	}
	return out
}

// detach makes c hold no string of its article's text (see above). Labels,
// kinds, statuses and formats are the extractors' constants and are left
// as they are.
func (a *Analyzer) detach(c *contribution) {
	for _, e := range c.entities {
		k, known := a.rec.Entry(e.ID)
		if !known {
			e.ID, e.Country = intern(e.ID), a.canonID(e.Country)
			e.Name, e.NameAr = intern(e.Name), intern(e.NameAr)
			e.Aliases, e.Roles = internedCopy(e.Aliases), internedCopy(e.Roles)
			continue
		}
		// A known entity's strings and lists are the gazetteer's when
		// they are equal to them: share them (lists clipped, so that an
		// append never writes into the gazetteer's array).
		e.ID = k.ID
		e.Country = a.canonID(e.Country)
		e.Name, e.NameAr = sameOrIntern(e.Name, k.Name), sameOrIntern(e.NameAr, k.NameAr)
		if slices.Equal(e.Aliases, k.Aliases) {
			e.Aliases = slices.Clip(k.Aliases)
		} else {
			e.Aliases = internedCopy(e.Aliases)
		}
		if slices.Equal(e.Roles, k.Roles) {
			e.Roles = slices.Clip(k.Roles)
		} else {
			e.Roles = internedCopy(e.Roles)
		}
	}
	for _, list := range [][]mentionAgg{c.mentions, c.cues} {
		for i := range list {
			m := &list[i]
			m.entityID = a.canonID(m.entityID)
			internEach(m.surfaces)
		}
	}
	for i := range c.meetings {
		m := &c.meetings[i]
		m.Parties = a.canonIDs(m.Parties)
		m.Venue = a.canonID(m.Venue)
		m.Mediators = a.canonIDs(m.Mediators)
		m.Topics = internedCopy(m.Topics)
		m.Ordinal = intern(m.Ordinal)
		if m.rare != nil {
			// the fact's own (factOf): changed in place
			r := m.rare
			r.VenueCandidates, r.VenueGuesses = a.canonIDs(r.VenueCandidates), a.canonIDs(r.VenueGuesses)
			for j, id := range r.Places {
				r.Places[j] = a.canonID(id)
			}
		}
		if len(m.Participants) > 0 {
			ps := slices.Clone(m.Participants)
			for j := range ps {
				ps[j].PersonID, ps[j].Side = a.canonID(ps[j].PersonID), a.canonID(ps[j].Side)
			}
			m.Participants = ps
		}
	}
}

// sameOrIntern returns known when s equals it (the gazetteer's copy), else
// the canonical copy of s.
func sameOrIntern(s, known string) string {
	if s == known {
		return known
	}
	return intern(s)
}
