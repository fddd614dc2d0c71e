package meetings

import "strings"

// laterFate reads the fate of the frame's round told after its clause in
// the same sentence by a verbal noun carrying the round's pronoun: "كان من
// المقرر أن تستضيفها مسقط يوم الأحد؛ إذ أعلنت الخارجية العمانية إلغاءها",
// "…، قبل أن تقرر الوساطة تأجيلها". No other meeting noun may stand
// between, nor a complementizer other than "قبل أن", or the pronoun may
// be another noun's.
func (s *scan) laterFate(f *frame, from int) (postponed, cancelled bool) {
	if from <= f.trig || from >= len(s.words) {
		return false, false
	}
	_, end := s.sentenceRange(s.in.Tokens[f.trig].Sentence)
	for i := from; i < end && i < from+20; i++ {
		if s.trigger(i) != 0 || s.complementizer(i) && s.words[i-1].norm != "قبل" {
			// another meeting noun, or a clause of its own ("أعلن أن
			// الانتخابات جرى تأجيلها"): the pronoun may be theirs
			return false, false
		}
		w := s.words[i]
		if !pronounSuffixed(w.norm) && !(i >= 2 && s.words[i-1].norm == "ان" && s.words[i-2].norm == "قبل") {
			continue // "قبل أن يُرجأ": the round, put off before it was held
		}
		switch {
		case w.in(s.x.lex.postponed):
			return true, false
		case w.in(s.x.lex.cancelled):
			return false, true
		}
	}
	return false, false
}

// pronounSuffixed reports whether a normalised verbal noun ends in the
// pronoun of a round ("إلغاءها", "تأجيلها", "إرجاءه").
func pronounSuffixed(n string) bool {
	return strings.HasSuffix(n, "ها") || strings.HasSuffix(n, "ه") && !strings.HasSuffix(n, "اه")
}
