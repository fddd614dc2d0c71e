package meetings

// This file tells the sides from the mediators in the words that describe
// a mediation: "الدول الثلاث التي تتوسط بين إسرائيل وحركة حماس", "جهود
// الوساطة بين روسيا وأوكرانيا", "الوسطاء بين X وY". Whoever stands between
// two sides mediates; the two named after "بين" are the sides.

// sidesAfter returns the sides named after "بين" right after the word of
// mediation at i ("الوساطة بين X وY", "تتوسط بين X وY"), or nil: they are
// the sides, never the mediators. In "بوساطة مصرية بين X وY" the
// mediator comes first and is read as before.
func (s *scan) sidesAfter(i, end int) []string {
	j := i + 1
	if j >= end || !s.words[j].exact(s.x.lex.between) {
		return nil
	}
	return s.coordinatedAfter(j, end)
}
