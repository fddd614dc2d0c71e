package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/schema"
)

// possessiveCue reports whether the word at i is a noun of mediation or
// sponsorship with a possessive pronoun ("رعايتها", "وساطته",
// "بوساطتها"): its mediator is the possessor named before it, not a
// mention after it.
func (s *scan) possessiveCue(i int) bool {
	n := strings.TrimPrefix(s.words[i].norm, "و")
	n = strings.TrimPrefix(n, "ب")
	n = strings.TrimPrefix(n, "ل")
	for _, stem := range []string{"رعايت", "وساطت"} {
		if rest, ok := strings.CutPrefix(n, stem); ok {
			switch rest {
			case "ها", "ه", "هم", "هما":
				return true
			}
		}
	}
	return false
}

// possessorMediator adds the mediator of a possessive cue at i: the
// nearest country, organisation or person before it in the sentence that is
// no side of the talks ("شكر البلدان الصين قيادة وحكومة على رعايتها
// للمباحثات", "أشاد الطرفان بقطر وبوساطتها"). It stops at a complementizer
// (the speaker is no possessor).
func (s *scan) possessorMediator(f *frame, i int) {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if s.complementizer(j) || s.in.Tokens[j].Sentence != s.in.Tokens[i].Sentence {
			return
		}
		m, ok := s.mentionAt(j)
		if !ok || m.Label == schema.LabelVenue {
			continue
		}
		if slices.Contains(f.parties, m.EntityID) {
			continue
		}
		s.addMediator(f, m)
		f.brokered = f.brokered || strings.Contains(s.words[i].norm, "وساط")
		return
	}
}
