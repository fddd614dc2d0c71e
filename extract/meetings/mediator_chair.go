package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads the official of a third country who opens, chairs or
// runs the session of two sides: "وافتتحه وزير الخارجية التركي X بكلمة",
// "وترأس X، وزير الخارجية التركي، الجلسة", "قبل أن يدير الجلسة". He does
// more than host: he mediates, with his country.

// chairWindow is how far after the verb its object and its subject are
// looked for.
const chairWindow = 8

// chairVerb reports whether a normalized word is a verb of opening,
// chairing or running, and whether it carries its object as a pronoun
// ("افتتحه": opened it).
func chairVerb(w string) (verb, object bool) {
	w = strings.TrimPrefix(w, "و")
	if w == "اداره" {
		return false, false // "إدارة بايدن": the noun, once ة is folded to ه
	}
	for _, stem := range []string{"افتتح", "يفتتح", "تفتتح", "تراس", "يتراس", "تتراس", "ادار", "يدير", "تدير"} {
		switch w {
		case stem, stem + "ت", stem + "ان", stem + "ا", stem + "ون", stem + "وا":
			// "يديران المحادثات": two chairs, or more
			return true, false
		case stem + "ه", stem + "ها", stem + "تها", stem + "ته":
			return true, true
		}
	}
	return false, false
}

// sessionNoun reports whether a normalized word names a session or round
// of talks, the object of a verb of chairing.
func sessionNoun(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "الجلسه", "الجلسات", "جلسه", "الاجتماع", "اجتماع", "المحادثات", "المفاوضات", "الجوله", "جلسات":
		return true
	}
	return false
}

// fillChair adds to the frame's mediators the person who opens, chairs or
// runs its session, when his country is known and is not one of the
// frame's sides (parties gives them); it reports whether it found one.
func (s *scan) fillChair(f *frame, from int, parties []string) bool {
	found := false
	for i := from; i < f.end; i++ {
		verb, object := chairVerb(s.words[i].norm)
		if !verb {
			continue
		}
		var person *int
		for j := i + 1; j < f.end && j <= i+chairWindow; j++ {
			w := s.words[j].norm
			if w == "الوفد" || w == "وفد" || strings.HasPrefix(w, "وفد") {
				break // "ترأس الوفد الروسي X": he heads a side
			}
			if sessionNoun(w) {
				object = true
			}
			if m, ok := s.mentionAt(j); ok && m.Label == schema.LabelPerson && person == nil {
				k := j
				person = &k
				j = m.TokEnd - 1
			}
		}
		if person == nil || !object {
			continue
		}
		m, _ := s.mentionAt(*person)
		c := s.personCountry(m.EntityID)
		if c == "" {
			c = s.titleCountry(m)
		}
		if c == "" || slices.Contains(parties, c) {
			continue
		}
		s.addMediator(f, m)
		found = true
	}
	return found
}

// subjectChairs adds to frame f as mediators the people named right before
// a verb of running or chairing whose object is the session ("وزير الدولة
// X ورئيس جهاز الاستخبارات التركي Y يديران المحادثات"), and reports whether
// it found any. People of the sides of the round being reported (sides)
// chair it as sides: "وزير الخارجية X ونظيره Y يترأسان اجتماع اللجنة".
func (s *scan) subjectChairs(f *frame, sides []string) bool {
	a := max(f.pre, 1)
	found := false
	for i := a; i < f.end; i++ {
		verb, object := chairVerb(s.words[i].norm)
		if !verb || object || i+1 >= f.end || !sessionNoun(s.words[i+1].norm) {
			continue
		}
		// the people coordinated right before the verb
		for j := i - 1; j >= a && j >= i-20; j-- {
			m, ok := s.mentionAt(j)
			if !ok {
				if s.words[j].in(s.x.lex.title) || s.words[j].in(s.x.lex.titleTail) || s.isAdjective(j) {
					continue
				}
				break
			}
			j = m.TokStart
			if m.Label == schema.LabelPerson {
				c := s.personCountry(m.EntityID)
				if c == "" {
					c = s.titleCountry(m)
				}
				if !slices.Contains(sides, c) {
					s.addMediator(f, m)
					found = true
				}
				j = min(j, s.roleStart(m)) // "ورئيس جهاز الاستخبارات التركي Y": his title
			} else if m.Label != schema.LabelOrganization && m.Kind != entities.KindAdjective {
				break
			}
		}
	}
	return found
}

// isChairVerb reports whether a normalized word is a verb of opening,
// chairing or running (chairVerb).
func isChairVerb(w string) bool {
	v, _ := chairVerb(w)
	return v
}
