package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads the sides of a meeting that is the subject of "جمع"
// (brought together): "وجمع اللقاء وزير الخارجية X بنظيره Y", "وجمعت
// المحادثات الوفد الإيراني بالوفد الأمريكي". The people or delegations it
// brings together, after the meeting noun, are the sides.

// gatherVerb reports whether a normalized word is a form of "جمع" (or
// "ضمّ", included) whose subject is the meeting that follows it.
func gatherVerb(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "جمع", "جمعت", "يجمع", "تجمع", "سيجمع", "ستجمع", "ضم", "ضمت", "يضم", "تضم":
		return true
	}
	return false
}

// gatheredParties gives a frame still without two sides, whose trigger is
// the subject of "جمع" just before it (or after it, gatherAfter), the sides of the people, delegations
// and countries named after the trigger in its clause, in order.
func (s *scan) gatheredParties(f *frame) {
	if len(f.parties) >= 2 {
		return
	}
	from := f.trig + 1
	if f.trig == 0 || f.trig-1 < f.pre || !gatherVerb(s.words[f.trig-1].norm) {
		g := s.gatherAfter(f)
		if g < 0 {
			return
		}
		from = g + 1
	}
	sides := s.namedSides(from, f.end, from > f.trig+1) // after a later "جمع", its objects end at the clause
	if n := lateralCount(s, f.trig); n > 0 && len(sides) == n-1 {
		// "استضاف X اجتماعاً ثلاثياً ضم Y وZ": the host is the third side
		if h := s.trilateralHost(f); h != "" && !slices.Contains(sides, h) {
			sides = append([]string{h}, sides...)
		}
	}
	s.setSides(f, sides)
}

// setSides makes sides the sides of f when they are two or more: its own
// sides, no longer read back from an earlier sentence.
func (s *scan) setSides(f *frame, sides []string) bool {
	if len(sides) < 2 {
		return false
	}
	f.parties = nil
	for _, p := range sides {
		s.addParty(f, p)
	}
	f.anaphoric = false
	return true
}

// namedSides returns, in order, the sides of the people, delegations,
// countries and organizations named in [from, end): a person's country
// (or the one his title names), a host after a verb of hosting and a
// place's adjective left out. It stops at a comma once two sides are read,
// or at the first comma when clause is set.
func (s *scan) namedSides(from, end int, clause bool) []string {
	var sides []string
	afterPlace := false
	orgTitle := false // the last name read is a group's, right before the next
	for i := from; i < end; i++ {
		if i > from && commaBetween(s.in.Text, s.in.Tokens, i-1) && (len(sides) >= 2 || clause) &&
			!(len(sides) >= 1 && strings.HasPrefix(s.words[i].norm, "و") && s.words[i].norm != "وذلك") {
			break // "الرئيس X، وزعيم Y، ووزير Z": a list set off by commas goes on
		}
		m, ok := s.mentionAt(i)
		if !ok {
			afterPlace = s.words[i].in(s.x.lex.placeNoun) // "في العاصمة الصينية بكين"
			if strings.HasPrefix(s.words[i].norm, "و") {
				orgTitle = false // "… ووزير الدفاع X": another person
			}
			continue
		}
		side := ""
		switch {
		case i > 0 && s.hostVerb(i-1) || i > 1 && s.hostVerb(i-2):
			// "التي استضافتها المملكة العربية السعودية": the host
			i = m.TokEnd - 1
			continue
		case m.Label == schema.LabelVenue:
			afterPlace = true // "في مدينة جدة السعودية": the adjective of a place
			i = m.TokEnd - 1
			continue
		case m.Label == schema.LabelPerson && orgTitle:
			// "القيادي في حركة حماس خليل الحية": he sits for the group his
			// title names, not for his country
		case m.Label == schema.LabelPerson:
			side = s.personCountry(m.EntityID)
			if side == "" {
				side = s.titleCountry(m)
			}
		case m.Kind == entities.KindAdjective && afterPlace:
		default:
			side = s.partyOf(m)
		}
		afterPlace = false
		orgTitle = m.Label == schema.LabelOrganization && side != "" && i+1 < end && !commaBetween(s.in.Text, s.in.Tokens, m.TokEnd-1)
		if side != "" && !slices.Contains(sides, side) {
			sides = append(sides, side)
		}
		i = m.TokEnd - 1
	}
	return sides
}

// gatherAfter returns the "جمع" whose subject is the trigger of f before
// it — "اجتماع استمر يومين، جمع وفوداً من X وY وZ", "مائدة مستديرة …
// جمعت على مدى يومين وفوداً من …" — within gatherReach words of the
// trigger, with no other trigger between; -1 if none.
func (s *scan) gatherAfter(f *frame) int {
	for i := f.trig + 1; i < f.end && i <= f.trig+gatherReach; i++ {
		if s.trigger(i) != 0 && !s.words[i].in(s.x.lex.ordinals) {
			return -1
		}
		if gatherVerb(s.words[i].norm) && s.mAt[i] < 0 {
			return i
		}
	}
	return -1
}

// gatherReach is how many words after a meeting noun its "جمع" may stand:
// the noun's own adjectives, place, date and a relative clause between.
const gatherReach = 14

// lateralCount returns how many sides the adjective right after the
// meeting noun at t counts ("اجتماعاً ثلاثياً": 3, "الرباعي": 4), 0 if
// none.
func lateralCount(s *scan, t int) int {
	if t+1 >= len(s.words) {
		return 0
	}
	w := strings.TrimPrefix(s.words[t+1].norm, "ال")
	for n, stem := range [...]string{"", "", "ثنائي", "ثلاثي", "رباعي", "خماسي"} {
		if stem != "" && strings.HasPrefix(w, stem) && len(w)-len(stem) <= len("ه") {
			return n
		}
	}
	return 0
}

// trilateralHost returns the side of whoever hosts the meeting of f, named
// before it in its sentence as the subject of a verb of hosting ("أعلنت
// الخارجية أن الوزير X استضاف … اجتماعاً ثلاثياً"), "" if none.
func (s *scan) trilateralHost(f *frame) string {
	a, _ := s.sentenceRange(f.sentence)
	for k := f.trig - 1; k > a && k >= f.trig-12; k-- {
		if !s.hostVerb(k) {
			continue
		}
		for j := k - 1; j >= a && j >= k-8; j-- {
			m, ok := s.mentionAt(j)
			if !ok {
				continue
			}
			switch {
			case m.Label == schema.LabelPerson:
				return s.personCountry(m.EntityID)
			case m.Label == schema.LabelCountry && m.Kind != entities.KindAdjective:
				return m.EntityID
			}
			return ""
		}
		return ""
	}
	return ""
}
