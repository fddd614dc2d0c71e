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
	if i >= 2 && s.words[i-1].norm == "في" && shareVerb(s.words[i-2].norm) && s.mediatorsAfter(f, i+1) {
		return // "لقاء يشارك في رعايته الرئيس الفرنسي X": the verb's subject after it
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if s.complementizer(j) || s.in.Tokens[j].Sentence != s.in.Tokens[i].Sentence {
			return
		}
		m, ok := s.mentionAt(j)
		if !ok || m.Label == schema.LabelVenue || m.Label == schema.LabelCountry && m.Prefix == "" && m.TokStart > 0 && s.words[m.TokStart-1].exact(s.x.lex.in) {
			continue // "قمة … في مولدوفا، في لقاء …": a place is no possessor
		}
		if slices.Contains(f.parties, m.EntityID) {
			continue
		}
		s.addMediator(f, m)
		f.brokered = f.brokered || strings.Contains(s.words[i].norm, "وساط")
		return
	}
}

// shareVerb reports whether a normalized word is a verb of taking part
// ("يشارك في رعايته"), whose subject follows it.
func shareVerb(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "يشارك", "تشارك", "شارك", "شاركت", "يشاركه", "تشاركه", "يسهم", "تسهم", "ساهم", "ساهمت", "اسهم", "اسهمت":
		return true
	}
	return false
}
