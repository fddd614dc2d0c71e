package meetings

import (
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads the two ends of a shuttle and keeps the heads of the
// delegations out of the mediators: "يتنقل مورا بين القصر، حيث يجتمع الوفد
// الإيراني …، والفندق الذي يقيم فيه الوفد الأميركي برئاسة المبعوث روبرت
// مالي، لنقل الرسائل" — the delegations the go-between visits are the
// sides, and the envoy heading one of them carries no messages.

// shuttleEnds adds as sides of the frame the delegations named with their
// side ("الوفد الإيراني", "وفد حماس") in the rest of the sentence after the
// "بين" of a shuttle at bayn.
func (s *scan) shuttleEnds(f *frame, bayn int) {
	sent := s.in.Tokens[bayn].Sentence
	for k := bayn + 1; k+1 < len(s.words) && s.in.Tokens[k].Sentence == sent; k++ {
		if !s.delegationWord(k) {
			continue
		}
		d, ok := s.mentionAt(k + 1)
		if !ok || d.Label == schema.LabelVenue || d.Label == schema.LabelPerson {
			continue
		}
		if d.Kind == entities.KindAdjective || d.Label == schema.LabelCountry || d.Label == schema.LabelOrganization {
			s.addParty(f, s.partyOf(d))
		}
	}
}

// delegationHead reports whether a person is named as the head of a
// delegation just before: "الوفد الأميركي برئاسة المبعوث الخاص روبرت
// مالي", "وفد بقيادة الوزير X" — a negotiator, never a mediator.
func (s *scan) delegationHead(m entities.Mention) bool {
	if m.Label != schema.LabelPerson {
		return false
	}
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-6; j-- {
		if s.in.Tokens[j].Sentence != s.in.Tokens[m.TokStart].Sentence {
			return false
		}
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "برئاسه", "بقياده", "يراسه", "يقوده", "تراسه", "قاده", "يتقدمه":
			return true
		}
		if o, ok := s.mentionAt(j); ok && o.Label == schema.LabelPerson {
			return false // another name ends the title ("لشؤون إيران" does not)
		}
	}
	return false
}
