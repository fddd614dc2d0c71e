package meetings

import "strings"

// continuedOn reports whether the date d follows a verb of going on
// ("على أن تُستكمل اليوم الاثنين", "وتتواصل غداً", "على أن تستأنف
// المحادثات الثلاثاء"): the later day of a round already under way, not the
// day it is dated by.
func (s *scan) continuedOn(d *DateMention) bool {
	for j := d.TokStart - 1; j >= 0 && j >= d.TokStart-2; j-- {
		if s.in.Tokens[j].Sentence != s.in.Tokens[d.TokStart].Sentence || commaBetween(s.in.Text, s.in.Tokens, j) {
			return false
		}
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "تستكمل", "يستكمل", "ستستكمل", "تستانف", "يستانف", "ستستانف", "تتواصل", "يتواصل", "ستتواصل", "تستمر", "يستمر", "ستستمر":
			return true
		}
	}
	return false
}
