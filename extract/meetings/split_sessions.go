package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// This file reads a third party's sessions with each of two sides, held
// apart, as the round of the two sides that it mediates: "التقى المفاوضون
// الأميركيون في الرياض الوفد الأوكراني يوم الأحد … ثم الوفد الروسي يوم
// الاثنين … ولم يلتق الوفدان مباشرة". The article must name the two sides
// together somewhere (what "الوفدان", "الطرفين" point to) and say the
// sessions were apart ("كل طرف على حدة", "جلسات منفصلة", the sides did
// not meet face to face). foldMediatorSessions then folds the sessions in.

// noteChannel keeps every set of two sides the article names together.
func (b *builder) noteChannel(sides []string) {
	if len(sides) != 2 {
		return
	}
	for _, c := range b.named {
		if slices.Equal(c, sides) {
			return
		}
	}
	b.named = append(b.named, sortedCopy(sides))
}

// splitSessionRounds adds, for pairs of sides named together with no
// meeting of their own at the sessions' dates, the round that a third party's held sessions with
// one or both of them make, mediated by that party and indirect. A session
// serves one pair: pairs whose sessions reach both sides come first, then
// pairs in the order the article names them.
func (b *builder) splitSessionRounds() {
	cue := b.s.apartCue()
	if cue == apartNone {
		return
	}
	for _, p := range b.s.dualDelegations() {
		b.noteChannel(p)
	}
	type candidate struct {
		pair     []string
		third    string
		sessions []*Meeting
		both     bool
	}
	var cands []candidate
	// the article's own mediated rounds: their mediators are no sides of
	// a pair, their sides mediate nothing
	mediates, negotiates := map[string]bool{}, map[string]bool{}
	for _, m := range b.ms {
		for _, x := range m.Mediators {
			mediates[x] = true
		}
		if len(m.Mediators) > 0 {
			for _, p := range m.Parties {
				negotiates[p] = true
			}
		}
	}
	for _, pair := range b.named {
		if mediates[pair[0]] || mediates[pair[1]] {
			continue
		}
		c := candidate{pair: pair}
		reached := map[string]bool{}
		for _, m := range b.ms {
			if m.Kind != "talks" || len(m.Parties) != 2 || effective(m.Status) != StatusHeld || m.Format == FormatDirect || m.Ordinal != "" {
				continue // a round said to be direct, or ranked, is no one's session
			}
			x := thirdOf(m.Parties, pair)
			if x == "" || negotiates[x] || c.third != "" && x != c.third || len(c.sessions) > 0 && !sessionsAgree(c.sessions[0], m) {
				continue
			}
			c.third = x
			c.sessions = append(c.sessions, m)
			for _, p := range m.Parties {
				reached[p] = true
			}
		}
		if len(c.sessions) > 0 && slices.ContainsFunc(b.ms, func(m *Meeting) bool {
			return slices.Equal(m.Parties, pair) && (m.Date.IsZero() || m.Date.Compatible(c.sessions[0].Date))
		}) {
			continue // the pair's own round of those days is reported: the sessions fold into it
		}
		c.both = reached[pair[0]] && reached[pair[1]]
		if len(c.sessions) > 0 && (c.both || cue == apartSaid) {
			// sides that did not sit together, with one session told: no
			// sign the session was part of their round
			cands = append(cands, c)
		}
	}
	slices.SortStableFunc(cands, func(x, y candidate) int {
		switch {
		case x.both && !y.both:
			return -1
		case y.both && !x.both:
			return 1
		}
		return 0
	})
	used := map[*Meeting]bool{}
	for _, c := range cands {
		if slices.ContainsFunc(c.sessions, func(m *Meeting) bool { return used[m] }) {
			continue
		}
		r := mediatedRound(c.pair, c.third, c.sessions)
		for _, m := range c.sessions {
			used[m] = true
			b.foldSession(r, m)
		}
		b.ms = append(b.ms, r)
	}
	b.ms = slices.DeleteFunc(b.ms, func(m *Meeting) bool { return used[m] })
}

// foldSession gives the round the people and support of one of the
// sessions that make it; the third party's people mediate.
func (b *builder) foldSession(r, m *Meeting) {
	for _, p := range m.Participants {
		side := p.Side
		if slices.Contains(r.Mediators, side) {
			side = SideMediator
		}
		for _, si := range m.Support["participant:"+p.PersonID] {
			b.addParticipant(r, p.PersonID, side, si)
		}
	}
	for k, v := range m.Support {
		if !strings.HasPrefix(k, "party:") && k != "meeting" {
			r.Support[k] = append(r.Support[k], v...)
		}
	}
}

// mediatedRound returns the round of pair that the third party's sessions
// make: their days (one day, or the month of several), place and support.
func mediatedRound(pair []string, third string, sessions []*Meeting) *Meeting {
	r := &Meeting{Parties: slices.Clone(pair), Kind: "talks", Mediators: []string{third}, Format: FormatIndirect,
		Brokered: true, Support: map[string][]int{}}
	for _, m := range sessions {
		switch {
		case r.Date.IsZero():
			r.Date = m.Date
		case m.Date != r.Date:
			r.MultiDay = true // sessions on several days: one round, dated to the month
			if m.Date.Precision() > r.Date.Precision() {
				r.Date = m.Date
			}
		}
		r.MultiDay = r.MultiDay || m.MultiDay
		if r.Venue == "" {
			r.Venue, r.venueCountry = m.Venue, m.venueCountry
		}
		r.Support["meeting"] = append(r.Support["meeting"], m.Support["meeting"]...)
	}
	if r.MultiDay && r.Date.Precision() == article.PrecisionDay {
		// dated to the month now, so that every session folds into it
		r.Day, r.Date = r.Date, r.Date.Truncate(article.PrecisionMonth)
	}
	r.Support["mediator:"+third] = slices.Clone(r.Support["meeting"])
	return r
}

// thirdOf returns the party of a two-sided meeting that is not in pair
// when the other one is, "" otherwise.
func thirdOf(parties, pair []string) string {
	switch {
	case slices.Contains(pair, parties[0]) && !slices.Contains(pair, parties[1]):
		return parties[1]
	case slices.Contains(pair, parties[1]) && !slices.Contains(pair, parties[0]):
		return parties[0]
	}
	return ""
}

// maxSessionGap is the most days apart two sessions of one round are.
const maxSessionGap = 3

// sessionsAgree reports whether two sessions can belong to one round: dates
// in the same month, at most maxSessionGap days apart when both give the
// day, and compatible places.
func sessionsAgree(a, c *Meeting) bool {
	if !a.Date.IsZero() && !c.Date.IsZero() && !a.Date.Truncate(article.PrecisionMonth).Compatible(c.Date) {
		return false
	}
	if a.Date.Precision() == article.PrecisionDay && c.Date.Precision() == article.PrecisionDay {
		if gap := a.Date.Time().Sub(c.Date.Time()).Abs().Hours() / 24; gap > maxSessionGap {
			return false
		}
	}
	return a.Venue == "" || c.Venue == "" || venueCompatible(a.Venue, c.Venue, a.venueCountry, c.venueCountry)
}

// How strongly an article says sessions were held apart.
const (
	apartNone   = iota
	apartNotMet // the sides did not sit together: "لم يلتق الوفدان مباشرة"
	apartSaid   // "كل طرف على حدة", "جلسات منفصلة", "على انفراد"
)

// apartCue tells whether the article says sessions were held with each
// side apart (apartSaid: "كل طرف على حدة", "جلسات منفصلة", "في قاعتين
// منفصلتين" — the adjective only after a session or room noun, not "في
// حادثة منفصلة"), or only that the sides did not sit together ("لم يلتق
// الوفدان مباشرة", "لم يجلس … إلى طاولة واحدة": apartNotMet, a verb of
// meeting between the negation and the manner, not "لم ترد … مباشرة").
func (s *scan) apartCue() int {
	cue := apartNone
	for i, w := range s.words {
		switch strings.TrimPrefix(w.norm, "و") {
		case "منفصله", "منفصلين", "منفصلتين", "منفصلا":
			if i > 0 && (s.trigger(i-1) != 0 || apartNoun(s.words[i-1].norm)) {
				return apartSaid
			}
		case "حده":
			if i > 0 && s.words[i-1].norm == "علي" {
				return apartSaid
			}
		case "مباشره", "وجها", "طاوله":
			verb := false
			for j := i - 1; j >= 0 && j >= i-8 && s.in.Tokens[j].Sentence == s.in.Tokens[i].Sentence; j-- {
				n := strings.TrimPrefix(s.words[j].norm, "و")
				if meetingVerbStem(n) {
					verb = true
				}
				if (n == "لم" || n == "لن") && verb {
					cue = apartNotMet
				}
			}
		}
	}
	return cue
}

// apartNoun reports a noun of sessions or rooms that "منفصلة" makes
// apart: "جلسات منفصلة", "قاعتين منفصلتين".
func apartNoun(n string) bool {
	switch strings.TrimPrefix(strings.TrimPrefix(n, "في"), "ب") {
	case "جلسات", "جلستين", "جلسه", "لقاءات", "لقاءين", "اجتماعات", "اجتماعين", "قاعات", "قاعتين", "غرف", "غرفتين", "اروقه", "مقرين", "فندقين":
		return true
	}
	return false
}

// meetingVerbStem reports an imperfect verb of meeting or sitting together
// after a negation: "لم يلتق", "لن يجتمع", "لم يجلس", "لم يتفاوضا".
func meetingVerbStem(n string) bool {
	for _, p := range []string{"يلتق", "تلتق", "يجتمع", "تجتمع", "يجلس", "تجلس", "يتفاوض", "تتفاوض", "يتحاور", "يتقابل"} {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// dualDelegations returns the pairs of sides that a dual delegation noun
// names by the two adjectives or names after it: "الوفدان الروسي
// والأوكراني", "وفدي إسرائيل وحماس" — the two sides, together, even in a
// sentence that says they did not meet.
func (s *scan) dualDelegations() [][]string {
	var out [][]string
	for i, w := range s.words {
		switch strings.TrimPrefix(w.norm, "و") {
		case "الوفدان", "الوفدين", "وفدا", "وفدي", "للوفدين", "بالوفدين":
		default:
			continue
		}
		var sides []string
		for j := i + 1; j < len(s.words) && j <= i+6 && len(sides) < 2; j++ {
			m, ok := s.mentionAt(j)
			if !ok || m.Label == schema.LabelPerson || m.Label == schema.LabelVenue {
				break
			}
			if len(sides) == 1 && !strings.HasPrefix(m.Prefix, "و") {
				break
			}
			sides = appendUnique(sides, s.partyOf(m))
			j = m.TokEnd - 1
		}
		if len(sides) == 2 {
			out = append(out, sortedCopy(sides))
		}
	}
	return out
}
