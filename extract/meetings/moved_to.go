package meetings

import (
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// moveVerb reports whether a normalized word moves a round to another
// place: "نُقلت الجولة … إلى لندن", "انتقلت المحادثات إلى …".
func moveVerb(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "نقلت", "نقل", "انتقلت", "انتقل", "تنتقل", "ستنتقل", "ستنقل":
		return true
	}
	return false
}

// movedTo reads the place a round was moved to, told by a verb of moving
// right before its trigger and "إلى PLACE" after it ("نُقلت الجولة
// الرابعة، التي كان مقرراً أن تستضيفها باكو، إلى العاصمة البريطانية
// لندن"): where it is held, whatever the plan said. It reports whether it
// set the frame's venue.
func (s *scan) movedTo(f *frame) bool {
	moved := false
	for i := max(f.pre, f.trig-3); i < f.trig; i++ {
		if moveVerb(s.words[i].norm) {
			moved = true
		}
	}
	if !moved {
		return false
	}
	_, se := s.sentenceRange(f.sentence)
	for j := f.trig + 1; j < se && j <= f.trig+20; j++ {
		if s.words[j].norm != "الي" {
			continue
		}
		for k := j + 1; k < se && k <= j+4; k++ {
			m, ok := s.mentionAt(k)
			if !ok {
				if s.words[k].in(s.x.lex.placeNoun) || s.isAdjective(k) {
					continue // "إلى العاصمة البريطانية لندن"
				}
				break
			}
			if m.Kind == entities.KindAdjective {
				continue
			}
			if m.Label == schema.LabelVenue || m.Label == schema.LabelCountry {
				f.venue = s.placeOf(m)
				return true
			}
			break
		}
	}
	return false
}

// movedHere reports whether a frame tells the plan of the round being
// reported, put off and moved to where it was held: "وكان الاجتماع
// مقرراً في أربيل يوم الأربعاء، قبل أن يُرجأ ويُنقل إلى بغداد" with the
// round reported in Baghdad. Such a plan is no meeting of its own.
func (b *builder) movedHere(f *frame) bool {
	c := b.cur
	if c == nil || c.Venue == "" || f.status != StatusPostponed || f.kind != trigTalks || f.ordinal != "" ||
		len(f.parties) >= 2 && !subset(f.parties, c.Parties) || effective(c.Status) != StatusHeld {
		return false
	}
	s := b.s
	_, se := s.sentenceRange(f.sentence)
	for i := f.trig + 1; i+1 < se && i <= f.trig+24; i++ {
		if !passiveMove(s.words[i].norm) {
			continue
		}
		for j := i + 1; j < se && j <= i+5; j++ {
			if s.words[j].norm != "الي" {
				continue
			}
			if m, ok := s.mentionAt(j + 1); ok && (s.placeOf(m) == c.Venue || s.placeCountry(c.Venue) == m.EntityID) {
				return true
			}
		}
	}
	return false
}

// passiveMove reports whether a normalized word is the passive or
// imperfect of moving a round: "يُنقل", "ويُنقل", "تُنقل".
func passiveMove(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "ينقل", "تنقل", "نقل", "نقلت", "انتقل", "انتقلت":
		return true
	}
	return false
}
