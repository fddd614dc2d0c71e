package meetings

import (
	"strings"

	"github.com/negograph/negograph/schema"
)

// circumstantialCarrier reads "…، ناقلاً إليه الملاحظات": a participle of
// carrying set off by a comma tells what the subject of the clause did.
// The carrier is the first person the sentence names as a subject (not
// after a preposition, not the head of a delegation met: "بوفد حماس
// برئاسة X"), never the name just before the comma. It reports whether
// it found him.
func (s *scan) circumstantialCarrier(f *frame, i int) bool {
	switch strings.TrimPrefix(s.words[i].norm, "و") {
	case "ناقلا", "ناقله", "حاملا", "حامله", "ناقلين", "حاملين":
	default:
		return false
	}
	if !s.realCommaBefore(i) {
		return false
	}
	a, _ := s.sentenceRange(f.sentence)
	for j := a; j < i; j++ {
		m, ok := s.mentionAt(j)
		if !ok || m.TokStart != j {
			continue
		}
		if m.Label == schema.LabelPerson && !s.governed(m) && !s.headOfDelegation(j) {
			s.addMediator(f, m)
			return true
		}
		j = m.TokEnd - 1
	}
	return false
}

// headOfDelegation reports whether the words just before token j make the
// person there the head or a member of a delegation ("برئاسة القيادي X",
// "الذي يرأسه X", "ويضم X").
func (s *scan) headOfDelegation(j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if s.words[k].in(s.x.lex.headedBy) {
			return true
		}
		switch strings.TrimPrefix(s.words[k].norm, "و") {
		case "يضم", "تضم", "ضم":
			return true
		}
	}
	return false
}
