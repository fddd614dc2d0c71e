package meetings

import "strings"

// This file reads "الوساطة بين الجانبين" inside a frame: the anaphor names
// the sides the frame itself gives ("بعد جولة مباحثات مع جماعة X، بمشاركة
// وفد عماني يتولى الوساطة بين الجانبين"), so it settles no sides of its own.

// mediationBetween reports whether the بين at i follows a word of
// mediation: "الوساطة بين", "يتوسط بين", "وسيطاً بين".
func (s *scan) mediationBetween(i int) bool {
	if i < 1 || !s.words[i].exact(s.x.lex.between) {
		return false
	}
	p := s.words[i-1]
	return p.in(s.x.lex.mediation) || p.in(s.x.lex.mediateVerb) || p.in(s.x.lex.mediatorNoun)
}

// mediatedAnaphor reports whether the anaphor at k is the object of a
// mediation's بين: "الوساطة بين الجانبين".
func (s *scan) mediatedAnaphor(k int) bool {
	return k >= 1 && k < len(s.words) && s.words[k].in(s.x.lex.anaphor) && s.mediationBetween(k-1)
}

// jointWorkBefore reports whether the مع at i follows a noun of working
// together: "بالتنسيق مع", "بالتعاون مع", "بالشراكة مع" — whom a side or a
// mediator works with, not whom it meets.
func (s *scan) jointWorkBefore(i int) bool {
	if i < 1 {
		return false
	}
	switch strings.TrimPrefix(s.words[i-1].norm, "و") {
	case "بالتنسيق", "التنسيق", "تنسيق", "بالتعاون", "التعاون", "تعاون", "بالشراكه", "الشراكه", "شراكه":
		return true
	}
	return false
}

// bothSidesWord reports whether token j names the two sides already known:
// "الطرفين", "الجانبين", "الوفدين".
func (s *scan) bothSidesWord(j int) bool {
	if s.words[j].in(s.x.lex.anaphor) {
		return true
	}
	switch strings.TrimPrefix(s.words[j].norm, "و") {
	case "الوفدين", "الوفدان":
		return true
	}
	return false
}
