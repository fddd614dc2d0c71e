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

// beganVerb reports whether a normalised word is a verb of opening: the
// day after it, in a relative clause on a round, is its first day.
func beganVerb(n string) bool {
	switch n {
	case "بدات", "بدا", "انطلقت", "انطلق", "استهلت", "افتتحت":
		return true
	}
	return false
}
