package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file keeps the country that invites to talks out of their sides:
// "الحركة تقبل دعوة مصرية إلى جولة حوار مع إسرائيل", "تلقت دعوة رسمية
// من مصر للمشاركة في جولة … مع إسرائيل" — Egypt hosts the round, the
// movement and Israel are its sides.

// invitationNoun reports whether a normalized word is the noun of an
// invitation: "دعوة", "بدعوة", "الدعوة".
func invitationNoun(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "دعوه", "بدعوه", "الدعوه", "لدعوه", "دعوات", "الدعوات", "بدعوات":
		return true
	}
	return false
}

// inviterMention reports whether mention m names who invites: the
// adjective of an invitation ("دعوة صينية"، "دعوة رسمية صينية"), its
// source ("دعوة رسمية من الصين") or the subject of a verb of inviting
// ("دعت قطر").
func (s *scan) inviterMention(m entities.Mention) bool {
	j := m.TokStart - 1
	if j >= 0 && inviteVerb(s.words[j].norm) {
		return true // "دعت قطر الحركة إلى …": the subject of inviting
	}
	if j >= 0 && m.Kind != entities.KindAdjective && s.words[j].norm == "من" {
		j-- // "دعوة من الصين"
	} else if m.Kind != entities.KindAdjective && m.Prefix != "من" {
		return false
	}
	if j >= 1 && !invitationNoun(s.words[j].norm) && !strings.HasPrefix(s.words[j].norm, "ال") {
		j-- // "دعوة رسمية …": one adjective between
	}
	return j >= 0 && invitationNoun(s.words[j].norm)
}

// dropInviters removes from the frame's sides those the frame's window
// names only as who invites to the talks.
func (s *scan) dropInviters(f *frame) {
	if len(f.parties) == 0 {
		return
	}
	inviter := map[string]bool{}
	other := map[string]bool{}
	for i := f.pre; i < f.end; i++ {
		m, ok := s.mentionAt(i)
		if !ok || m.TokStart != i {
			continue
		}
		p := s.partyOf(m)
		if s.inviterMention(m) {
			inviter[p] = true
		} else {
			other[p] = true
		}
	}
	f.parties = slices.DeleteFunc(f.parties, func(p string) bool { return inviter[p] && !other[p] })
}

// invitedSubject gives a frame with one side, whose trigger is what someone
// is asked to take part in ("تلقت دعوة … للمشاركة في جولة … مع إسرائيل"), the
// first side its sentence names before it — the one who takes part — unless
// that side only invites.
func (s *scan) invitedSubject(f *frame) {
	if len(f.parties) != 1 || f.trig < 2 || s.words[f.trig-1].norm != "في" {
		return
	}
	switch strings.TrimPrefix(s.words[f.trig-2].norm, "و") {
	case "للمشاركه", "المشاركه", "بالمشاركه":
	default:
		return
	}
	a, _ := s.sentenceRange(f.sentence)
	for i := max(a, 0); i < f.trig-2; i++ {
		m, ok := s.mentionAt(i)
		if !ok || m.TokStart != i || m.Kind == entities.KindAdjective || s.inviterMention(m) {
			continue
		}
		p := s.partyOf(m)
		if p == "" || m.Label == schema.LabelVenue {
			continue // "رام الله - أعلنت …": the dateline
		}
		if p != f.parties[0] {
			s.addParty(f, p)
		}
		return
	}
}

// invitationTaken reports whether token i is an invitation received,
// accepted or sent to named sides ("تلقت دعوة", "تلبية دعوة", "وجهت
// دعوة"): the round it is to is planned, not wished.
func (s *scan) invitationTaken(i int) bool {
	if !invitationNoun(s.words[i].norm) || i == 0 {
		return false
	}
	switch strings.TrimPrefix(s.words[i-1].norm, "و") {
	case "تلقت", "تلقي", "تلقوا", "تلقيا", "قبلت", "قبل", "قبول", "لبت", "لبي", "تلبيه", "بتلبيه", "وجهت", "وجه", "توجيه", "تسلمت", "تسلم":
		return true
	}
	return false
}

// convenerMediators adds to frame f as mediators who convene its talks by
// invitation when they are an international body or its envoy: "بدعوة من
// المبعوث الشخصي للأمين العام للأمم المتحدة …، الدبلوماسي X" — the body
// named in the envoy's title, and the envoy once named. A country that
// invites only hosts.
func (s *scan) convenerMediators(f *frame) {
	for i := f.pre; i+1 < f.end; i++ {
		if !invitationNoun(s.words[i].norm) || s.words[i+1].norm != "من" {
			continue
		}
		body := false
		for j := i + 2; j < f.end && j <= i+18; j++ {
			if s.trigger(j) != 0 {
				break // "بدعوة من الأمم المتحدة، اجتمع الوزير X": the main clause
			}
			m, ok := s.mentionAt(j)
			if !ok || m.TokStart != j {
				continue
			}
			switch {
			case m.Label == schema.LabelOrganization && s.placeCountry(m.EntityID) == "":
				s.addMediator(f, m) // "بدعوة من الأمم المتحدة", "… للأمين العام للأمم المتحدة"
				body = true
			case m.Label == schema.LabelPerson && body:
				// "…، الدبلوماسي النمساوي X": the envoy, for the body
				// (his nationality is no mediator)
				f.medPersons = appendUnique(f.medPersons, m.EntityID)
				return
			case m.Label == schema.LabelCountry && m.Kind != entities.KindAdjective && !body:
				return // "بدعوة من مصر": a host
			}
			j = m.TokEnd - 1
		}
	}
}

// inviteVerb reports whether w is a verb of inviting: "دعت", "يدعو".
func inviteVerb(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "دعا", "دعت", "يدعو", "تدعو", "دعوا", "دعيا":
		return true
	}
	return false
}
