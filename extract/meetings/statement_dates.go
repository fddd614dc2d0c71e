package meetings

import "strings"

// statementDate reports whether a date is the day of a statement told with
// its setting or set off by commas between the verb of saying and the
// complementizer that opens what was said: "قال المتحدث … في مؤتمره
// الصحفي الأسبوعي يوم الاثنين إن …", "وقالت الوكالة، السبت، إن …", "أعلن
// الوزير في بيان مساء الأحد أن …". It dates the statement, not the meeting
// spoken of. A bare "أعلن X السبت أن الجولة …" is left to the other rules
// (the round may be reported as going on that day), and so is a meeting
// word between the verb and the date ("قال إن الاجتماع عقد يوم الأحد").
func (s *scan) statementDate(d *DateMention) bool {
	sent := s.in.Tokens[d.TokStart].Sentence
	if d.TokEnd >= len(s.words) || s.in.Tokens[d.TokEnd].Sentence != sent || !s.complementizer(d.TokEnd) {
		return false
	}
	setting := d.TokStart > 0 && commaBetween(s.in.Text, s.in.Tokens, d.TokStart-1) && commaBetween(s.in.Text, s.in.Tokens, d.TokEnd-1)
	for j := d.TokStart - 1; j >= 0 && j >= d.TokStart-20; j-- {
		if s.in.Tokens[j].Sentence != sent || s.complementizer(j) || s.trigger(j) != 0 {
			return false
		}
		if s.words[j].in(s.x.lex.reporting) {
			return setting
		}
		setting = setting || statementSetting(s.words[j].norm)
	}
	return false
}

// statementSetting reports whether a normalised word names the setting of a
// statement: "في بيان", "في مؤتمره الصحفي", "في تصريحات", "في مقابلة".
func statementSetting(n string) bool {
	n = strings.TrimPrefix(n, "و")
	if strings.HasPrefix(n, "بال") {
		n = n[len("ب"):]
	}
	n = strings.TrimPrefix(n, "ال")
	for _, p := range []string{"بيان", "مؤتمر", "تصريح", "مقابله", "تغريد", "خطاب", "كلمه", "منشور", "حديث"} {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}
