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

// detach makes c hold no string of its article's text (see above).
func (a *Analyzer) detach(c *contribution) {
	for _, e := range c.entities {
		e.ID, e.Label, e.Country = intern(e.ID), intern(e.Label), intern(e.Country)
		e.Name, e.NameAr = intern(e.Name), intern(e.NameAr)
		k, known := a.rec.Entry(e.ID)
		// A known entity's lists are the gazetteer's: share them (clipped,
		// so that an append never writes into the gazetteer's array).
		if known && slices.Equal(e.Aliases, k.Aliases) {
			e.Aliases = slices.Clip(k.Aliases)
		} else {
			e.Aliases = internedCopy(e.Aliases)
		}
		if known && slices.Equal(e.Roles, k.Roles) {
			e.Roles = slices.Clip(k.Roles)
		} else {
			e.Roles = internedCopy(e.Roles)
		}
	}
	for _, list := range [][]mentionAgg{c.mentions, c.cues} {
		for i := range list {
			m := &list[i]
			m.entityID = intern(m.entityID)
			internEach(m.surfaces)
		}
	}
	for i := range c.meetings {
		m := &c.meetings[i]
		m.article = intern(m.article)
		m.Parties = internedCopy(m.Parties)
		m.Venue = intern(m.Venue)
		m.VenueCandidates = internedCopy(m.VenueCandidates)
		m.VenueGuesses = internedCopy(m.VenueGuesses)
		m.Mediators = internedCopy(m.Mediators)
		m.Topics = internedCopy(m.Topics)
		m.Ordinal, m.Status, m.Format, m.Kind = intern(m.Ordinal), intern(m.Status), intern(m.Format), intern(m.Kind)
		if len(m.Places) > 0 {
			places := slices.Clone(m.Places)
			for j := range places {
				p := &places[j]
				p.Country = intern(p.Country)
				p.Mention.EntityID, p.Mention.Label = intern(p.Mention.EntityID), intern(p.Mention.Label)
				p.Mention.Surface, p.Mention.Prefix = intern(p.Mention.Surface), intern(p.Mention.Prefix)
				p.Mention.Kind = intern(p.Mention.Kind)
			}
			m.Places = places
		}
		if len(m.Participants) > 0 {
			ps := slices.Clone(m.Participants)
			for j := range ps {
				ps[j].PersonID, ps[j].Side = intern(ps[j].PersonID), intern(ps[j].Side)
			}
			m.Participants = ps
		}
		if len(m.Support) > 0 {
			support := make(map[string][]int, len(m.Support))
			for k, v := range m.Support {
				support[intern(k)] = v
			}
			m.Support = support
		}
		if len(m.evidence) > 0 {
			ev := make(map[string][]string, len(m.evidence))
			for k, v := range m.evidence {
				ev[intern(k)] = v
			}
			m.evidence = ev
		}
	}
}
