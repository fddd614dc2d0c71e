package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/schema"
)

// This file reads the co-chairs of a round ("وترأس الجولة الرؤساء
// المشاركون الثلاثة: ممثل الاتحاد الأوروبي X، وممثلة الأمم المتحدة Y،
// …"): third parties who run the talks of the sides mediate them, with the
// bodies or countries their titles name.

// coChairsWord reports whether a normalized word names co-chairs: "الرؤساء
// المشاركون", "الرئيسان المشاركان", "الرئاسة المشتركة".
func coChairsWord(w, next string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "الرؤساء", "رؤساء", "الرئيسان", "الرئيسين", "الرئاسه":
		switch next {
		case "المشاركون", "المشاركين", "المشاركان", "المشتركون", "المشتركه", "المشاركه":
			return true
		}
	}
	return false
}

// fillCoChairs adds to the frame's mediators the people its sentence
// names after co-chairs, and the bodies their titles name, unless they
// are the frame's sides; it reports whether it found one.
func (s *scan) fillCoChairs(f *frame) bool {
	a, e := s.sentenceRange(f.sentence)
	if a < 0 {
		return false
	}
	found := false
	for i := a; i+1 < e; i++ {
		if !coChairsWord(s.words[i].norm, s.words[i+1].norm) {
			continue
		}
		for j := i + 2; j < e; j++ {
			m, ok := s.mentionAt(j)
			if !ok || m.TokStart != j || m.Label != schema.LabelPerson {
				continue
			}
			if s.titleOrganization(m) == "" && s.personCountry(m.EntityID) == "" && s.titleCountry(m) == "" {
				continue
			}
			if c := s.personCountry(m.EntityID); c != "" && slices.Contains(f.parties, c) {
				continue
			}
			s.addMediator(f, m)
			found = true
			j = m.TokEnd - 1
		}
		break
	}
	return found
}
