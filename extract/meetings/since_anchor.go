package meetings

import "strings"

// sinceAnchored reports whether the date d, after the trigger at trig, is
// the date of the reference point of a "منذ" phrase between them: "كما
// جرت العادة منذ انطلاق هذا المسار في أبريل", "وهذه أول جولة منذ توقف
// المفاوضات في 20 حزيران" — the date of the start or the stop named after
// منذ, not of the meeting before it. A phrase on the round itself
// ("المستمرة منذ انطلاقها في 3 آب") keeps its date: its head noun carries
// the pronoun of the round, and a date word right after منذ ("منذ تاريخ 11
// نوفمبر") is the date itself: the phrase needs two words before its date.
func (s *scan) sinceAnchored(trig int, d *DateMention) bool {
	for j := d.TokStart - 3; j > trig && j >= d.TokStart-5; j-- {
		if commaBetween(s.in.Text, s.in.Tokens, j) {
			return false
		}
		if !s.words[j].in(s.x.lex.since) {
			continue
		}
		head := s.words[j+1].norm
		for _, suf := range []string{"ها", "هما", "هم"} {
			if strings.HasSuffix(head, suf) {
				return false
			}
		}
		return true
	}
	return false
}
