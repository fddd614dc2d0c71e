package meetings

import (
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads the two ends of a shuttle and keeps the heads of the
// delegations out of the mediators: "يتنقل مورا بين القصر، حيث يجتمع الوفد
// الإيراني …، والفندق الذي يقيم فيه الوفد الأميركي برئاسة المبعوث روبرت
// مالي، لنقل الرسائل" — the delegations the go-between visits are the
// sides, and the envoy heading one of them carries no messages.

// shuttleEnds reads the sides of the frame from the delegations named with
// their side ("الوفد الإيراني", "وفد حماس") in the rest of the sentence
// after the "بين" of a shuttle at bayn. Two or more of them are the
// channel the go-between serves, and replace the sides read before (those
// the delegation at one end meets directly: "حيث يجتمع الوفد الإيراني مع
// ممثلي بريطانيا والصين …"); one is added to them.
func (s *scan) shuttleEnds(f *frame, bayn int) {
	var ends []string
	defer func() {
		if len(ends) >= 2 {
			f.parties = ends
			return
		}
		for _, p := range ends {
			s.addParty(f, p)
		}
	}()
	sent := s.in.Tokens[bayn].Sentence
	for k := bayn + 1; k+1 < len(s.words) && s.in.Tokens[k].Sentence == sent; k++ {
		if !s.delegationWord(k) {
			continue
		}
		d, ok := s.mentionAt(k + 1)
		if !ok || d.Label == schema.LabelVenue || d.Label == schema.LabelPerson {
			continue
		}
		if p := s.partyOf(d); p != "" && (d.Kind == entities.KindAdjective || d.Label == schema.LabelCountry || d.Label == schema.LabelOrganization) {
			ends = appendUnique(ends, p)
		}
	}
}

// headedDelegation reports whether a person is named as the head of a
// delegation just before: "الوفد الأميركي برئاسة المبعوث الخاص روبرت
// مالي", "وفد بقيادة الوزير X" — a negotiator, never a mediator.
func (s *scan) headedDelegation(m entities.Mention) bool {
	if m.Label != schema.LabelPerson {
		return false
	}
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-6; j-- {
		if s.in.Tokens[j].Sentence != s.in.Tokens[m.TokStart].Sentence {
			return false
		}
		if s.words[j].in(s.x.lex.headedBy) {
			return true
		}
		if o, ok := s.mentionAt(j); ok && o.Label == schema.LabelPerson {
			return false // another name ends the title ("لشؤون إيران" does not)
		}
	}
	return false
}

// earlierTitleOrganization returns the international organization the
// title of an earlier mention of the same person names: "منسق الاتحاد
// الأوروبي إنريكي مورا" in the lead, then "فيتنقل مورا بين …" — he
// mediates for the Union. "" when no earlier title names one.
func (s *scan) earlierTitleOrganization(m entities.Mention) string {
	for _, e := range s.in.Mentions {
		if e.TokStart < m.TokStart && e.EntityID == m.EntityID {
			if o := s.titleOrganization(e); o != "" {
				return o
			}
		}
	}
	return ""
}
