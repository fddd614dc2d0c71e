package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/schema"
)

// This file reads the chairs of a session told around a relative pronoun:
// "المفاوضات التي ترأسها مكتب المبعوث الأممي X واللجنة الدولية للصليب
// الأحمر" (the bodies after the verb, its object the talks before it) and
// "المبعوث الأممي X، الذي ترأس الجلسة الختامية" (the person before it).
// Co-chairs of two sides' talks mediate them; they are no side.

// fillChairedBy adds to the frame's mediators the chairs of its session
// named around "الذي/التي + a verb of chairing", when they are no side.
func (s *scan) fillChairedBy(f *frame) {
	for i := f.pre + 1; i < f.end; i++ {
		verb, object := chairVerb(s.words[i].norm)
		if !verb || !relativePronoun(strings.TrimPrefix(s.words[i-1].norm, "و")) {
			continue
		}
		var chairs []int
		if object {
			// "التي ترأسها X وY": the chairs follow, the session is the antecedent
			chairs = s.coordinatedChairs(i+1, f.end)
		} else if i+1 < f.end && sessionNoun(s.words[i+1].norm) {
			// "X، الذي ترأس الجلسة": the chair is the antecedent
			if k, ok := s.antecedentPerson(i - 1); ok {
				chairs = []int{k}
			}
		}
		for _, k := range chairs {
			m, _ := s.mentionAt(k)
			if p := s.partyOf(m); m.Label != schema.LabelPerson && slices.Contains(f.parties, p) {
				continue
			}
			s.addMediator(f, m)
		}
	}
}

// coordinatedChairs returns the mentions (people and organizations) from i
// on, joined by و: "مكتب المبعوث الأممي X واللجنة الدولية للصليب الأحمر".
func (s *scan) coordinatedChairs(i, end int) []int {
	var out []int
	for j := i; j < end && j <= i+12; j++ {
		m, ok := s.mentionAt(j)
		if !ok {
			if len(out) > 0 && !strings.HasPrefix(s.words[j].norm, "و") && s.listEnd(j) {
				break
			}
			continue
		}
		if m.Label == schema.LabelPerson || m.Label == schema.LabelOrganization {
			out = append(out, m.TokStart)
		}
		j = m.TokEnd - 1
	}
	return out
}

// antecedentPerson returns the person named right before the relative
// pronoun at r ("… غروندبرغ، الذي"), if any.
func (s *scan) antecedentPerson(r int) (int, bool) {
	for j := r - 1; j >= 0 && j >= r-2; j-- {
		if m, ok := s.mentionAt(j); ok {
			return m.TokStart, m.Label == schema.LabelPerson
		}
	}
	return 0, false
}
