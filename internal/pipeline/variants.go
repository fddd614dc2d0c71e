package pipeline

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// mergeVariants makes one person of the spellings different outlets give
// an official the gazetteer does not know ("جون بيركنر", "جان بيركنر",
// "جون بيركنير"): people found from context whose names have the same
// number of words and differ by one vowel letter only — a vowel for a
// vowel in a short word, or one vowel more in a word of five letters or
// more — and whose countries do not differ. The most mentioned spelling
// names the person; the others become its aliases, and every mention,
// participant and support of the articles points to it. The rule is
// strict on purpose: "حسن" and "حسين" stay two people.
func (b *builder) mergeVariants() {
	count := map[string]int{}
	for _, c := range b.contribs {
		for _, m := range c.mentions {
			count[m.entityID] += m.count
		}
	}
	var ids []string
	for id, e := range b.entities {
		if !e.Known && e.Label == schema.LabelPerson && count[id] > 0 {
			ids = append(ids, id)
		}
	}
	// the most mentioned first, so that it names the person
	sort.Slice(ids, func(i, j int) bool {
		if count[ids[i]] != count[ids[j]] {
			return count[ids[i]] > count[ids[j]]
		}
		return ids[i] < ids[j]
	})
	alias := map[string]string{}
	// Variants differ in one word only: a name is filed under each of its
	// forms with one word blanked, and compared only with the names filed
	// under the same forms (the first, most mentioned, wins as before).
	order := map[string]int{} // rep -> its place among the reps
	byForm := map[string][]string{}
	for _, id := range ids {
		e := b.entities[id]
		rep := ""
		fs := nameForms(arabic.Normalize(e.NameAr))
		for _, form := range fs {
			for _, r := range byForm[form] {
				if rep != "" && order[r] >= order[rep] {
					continue
				}
				re := b.entities[r]
				if (e.Country == "" || re.Country == "" || e.Country == re.Country) && spellingVariants(e.NameAr, re.NameAr) {
					rep = r
				}
			}
		}
		if rep == "" {
			order[id] = len(order)
			for _, form := range fs {
				byForm[form] = append(byForm[form], id)
			}
			continue
		}
		alias[id] = rep
		re := b.entities[rep]
		re.Aliases = append(re.Aliases, e.NameAr)
		re.Roles = append(re.Roles, e.Roles...)
		if re.Country == "" {
			re.Country = e.Country
		}
	}
	mergeScripts(b, ids, alias)
	mergeKnownSpellings(b, ids, alias, count)
	b.applyAliases(alias)
}

// applyAliases makes each id of alias a name of the entity it maps to:
// the entity records of the aliases go, and every contribution points at
// the entities they name.
func (b *builder) applyAliases(alias map[string]string) {
	if len(alias) == 0 {
		return
	}
	to := func(id string) string {
		if r, ok := alias[id]; ok {
			return r
		}
		return id
	}
	for id := range alias {
		delete(b.entities, id)
	}
	if b.spill != nil {
		b.steps = append(b.steps, mentionStep{to: to})
	}
	for _, c := range b.contribs {
		// a spilled fact's evidence keys move with its ids: read it back
		// first
		for i := range c.meetings {
			if m := &c.meetings[i]; m.evAt != 0 && m.names(to) {
				b.spill.loadEvidence(m)
			}
		}
		c.renameEntities(to)
	}
}

// renameEntities points the contribution's mentions, entities, meeting
// venues and participants at the names to gives, joining what then names
// one entity. It writes only new slices and maps: the contribution may be
// a shallow copy of an analysis a cache keeps (refresh, serve), whose
// lists, maps and entities it shares.
func (c *contribution) renameEntities(to func(string) string) {
	c.mentions = renameMentions(c.mentions, to)
	seen := map[string]bool{}
	kept := make([]*entities.Entity, 0, len(c.entities))
	for _, e := range c.entities {
		id := to(e.ID)
		if seen[id] {
			continue
		}
		seen[id] = true
		if id != e.ID {
			cp := *e
			cp.ID = id
			e = &cp
		}
		kept = append(kept, e)
	}
	c.entities = kept
	for i := range c.meetings {
		m := &c.meetings[i]
		if !m.names(to) {
			continue
		}
		m.evidence = slices.Clone(m.evidence)
		m.Parties = m.renameSides(m.Parties, "party:", to)
		m.Mediators = m.renameSides(m.Mediators, "mediator:", to)
		m.Participants = slices.Clone(m.Participants)
		if id := to(m.Venue); id != m.Venue {
			if ev, ok := m.evidence.lookup("venue:" + m.Venue); ok {
				m.evidence.set("venue:"+id, slices.Concat(m.evidence.get("venue:"+id), ev))
				m.evidence.remove("venue:" + m.Venue)
			}
			m.Venue = id
		}
		if m.rare != nil {
			m.editRare(func(r *factRare) {
				r.VenueCandidates, r.Places = renamed(r.VenueCandidates, to), renamed(r.Places, to)
			})
		}
		for j := range m.Participants {
			if id := to(m.Participants[j].PersonID); id != m.Participants[j].PersonID {
				old := "participant:" + m.Participants[j].PersonID
				m.Participants[j].PersonID = id
				if ev, ok := m.evidence.lookup(old); ok {
					m.evidence.set("participant:"+id, slices.Concat(m.evidence.get("participant:"+id), ev))
					m.evidence.remove(old)
				}
			}
		}
	}
}

// renameMentions points a list of mentions at the names to gives, joining
// the mentions that then name one entity, in a new list (the old one and
// its lists are left as they are).
func renameMentions(list []mentionAgg, to func(string) string) []mentionAgg {
	var mentions []mentionAgg
	at := map[string]int{}
	for _, m := range list {
		m.entityID = to(m.entityID)
		if i, ok := at[m.entityID]; ok {
			old := &mentions[i]
			old.count += m.count
			if old.mentionBody == nil && m.mentionBody == nil {
				continue // slim mentions (spill.put)
			}
			// a new body: the old one may be a cached analysis's
			ob, mb := old.body(), m.body()
			for _, v := range mb.surfaces {
				ob.surfaces = appendUnique(slices.Clip(ob.surfaces), v)
			}
			for _, v := range mb.evidence {
				ob.evidence = appendUnique(slices.Clip(ob.evidence), v)
			}
			ob.offsets = slices.Concat(ob.offsets, mb.offsets)
			ob.confidence = max(ob.confidence, mb.confidence)
			old.mentionBody = &ob
			continue
		}
		at[m.entityID] = len(mentions)
		mentions = append(mentions, m)
	}
	return mentions
}

// renamed returns a new list of the ids of list as to renames them (nil for
// an empty list).
func renamed(list []string, to func(string) string) []string {
	if len(list) == 0 {
		return list
	}
	out := make([]string, len(list))
	for i, id := range list {
		out[i] = to(id)
	}
	return out
}

// renameSides returns a new sorted list of the sides (parties or
// mediators, whose evidence keys start with key) as to renames them, their
// evidence moved to the new ids; the list itself when to renames none.
func (m *meetingFact) renameSides(ids []string, key string, to func(string) string) []string {
	if !slices.ContainsFunc(ids, func(id string) bool { return to(id) != id }) {
		return ids
	}
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		nid := to(id)
		if nid != id {
			if ev, ok := m.evidence.lookup(key + id); ok {
				m.evidence.set(key+nid, slices.Concat(m.evidence.get(key+nid), ev))
				m.evidence.remove(key + id)
			}
		}
		if !slices.Contains(out, nid) {
			out = append(out, nid)
		}
	}
	slices.Sort(out)
	return out
}

// names reports whether the meeting names an entity that to renames: a
// party, a mediator, its venue, a candidate, a place or a participant.
func (m *meetingFact) names(to func(string) string) bool {
	if slices.ContainsFunc(m.Parties, func(id string) bool { return to(id) != id }) ||
		slices.ContainsFunc(m.Mediators, func(id string) bool { return to(id) != id }) {
		return true
	}
	if to(m.Venue) != m.Venue {
		return true
	}
	for _, v := range m.VenueCandidates() {
		if to(v) != v {
			return true
		}
	}
	for _, id := range m.Places() {
		if to(id) != id {
			return true
		}
	}
	for _, p := range m.Participants {
		if to(p.PersonID) != p.PersonID {
			return true
		}
	}
	return false
}

// spellingVariants reports whether two names are spellings of one name:
// the same number of words, all equal but one, and that one differing by a
// vowel letter (ا و ي) put for another in a word of up to four letters, or
// by one vowel letter more in a word of five letters or more.
func spellingVariants(a, b string) bool {
	wa, wb := strings.Fields(arabic.Normalize(a)), strings.Fields(arabic.Normalize(b))
	if len(wa) != len(wb) || len(wa) < 2 {
		return false
	}
	diff := 0
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		diff++
		if diff > 1 || !vowelVariant(wa[i], wb[i]) {
			return false
		}
	}
	return diff == 1
}

// vowelVariant reports whether two different words differ by one vowel
// letter as spellings of a foreign name do.
func vowelVariant(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	vowel := func(r rune) bool { return r == 'ا' || r == 'و' || r == 'ي' }
	switch {
	case len(ra) == len(rb):
		if len(ra) > 4 {
			return false
		}
		d := -1
		for i := range ra {
			if ra[i] != rb[i] {
				if d >= 0 {
					return false
				}
				d = i
			}
		}
		return d >= 0 && vowel(ra[d]) && vowel(rb[d])
	case len(ra)+1 == len(rb) || len(rb)+1 == len(ra):
		if len(ra) > len(rb) {
			ra, rb = rb, ra
		}
		if utf8.RuneCountInString(string(ra)) < 5 {
			return false
		}
		for i := range rb {
			if i == len(ra) || ra[i] != rb[i] {
				return vowel(rb[i]) && string(ra[i:]) == string(rb[i+1:])
			}
		}
	}
	return false
}
