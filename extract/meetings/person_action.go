package meetings

import (
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// personActionBetween reports whether a subordinate clause about what a
// person did opens in [a, b): "أُرجئت المحادثات بعدما قرر الرئيس
// الأوكراني X البقاء في أنقرة" — a place after it is where the person
// stayed, not where the talks were held. The clause opens with a
// conjunction of time or cause ("بعدما", "عندما", "حينما", "لأن", "بعد أن")
// and names a person within a few words.
func (s *scan) personActionBetween(a, b int) bool {
	for i := a; i < b; i++ {
		n := strings.TrimPrefix(s.words[i].norm, "و")
		opens := false
		switch n {
		case "بعدما", "عندما", "حينما", "لان", "اذ":
			opens = true
		case "بعد", "قبل":
			opens = i+1 < b && s.words[i+1].norm == "ان"
		}
		if !opens {
			continue
		}
		for j := i + 1; j < b && j <= i+8; j++ {
			if m, ok := s.mentionAt(j); ok && m.Label == schema.LabelPerson {
				return true
			}
		}
	}
	return false
}

// placeOfEvent reports whether a place mention stands after "في" that
// follows an event noun ("الحرب في غزة", "الهجوم في رفح"): the place of
// the war or the attack, not of talks — unless the event noun only names
// the sides ("طرفا الحرب في القاهرة": the sides met there).
func (s *scan) placeOfEvent(m entities.Mention) bool {
	i := m.TokStart
	if i < 2 || !s.words[i-1].exact(s.x.lex.in) {
		return false
	}
	if !s.words[i-2].in(s.x.lex.eventNoun) {
		return false
	}
	if i >= 3 {
		switch strings.TrimPrefix(s.words[i-3].norm, "و") {
		case "طرفا", "طرفي", "اطراف", "طرفاء":
			return false // "بحث طرفا الحرب في القاهرة": where the sides met
		}
	}
	return true
}
