package meetings

import (
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads the subjects of a verb that opens a meeting ("عقد X وY
// لقاء"): people coordinated through their titles, and a day set off by
// commas between them and the meeting noun.

// coordinatedTitle reports whether the title before a person's name opens
// with the conjunction ("والرئيس الرواندي X", "ونظيره الأرميني X"): the
// person is coordinated with one named before. It returns the first token
// of the title. Only titles, their tails, nationality adjectives and the
// countries or bodies of the title may stand between the conjunction and
// the name.
func (s *scan) coordinatedTitle(m entities.Mention, from int) (int, bool) {
	lex := &s.x.lex
	// the title the recognizer read, which may be long: "ونظيره الأرميني
	// نائب رئيس البرلمان X"; its first word may carry the conjunction
	start := min(m.TokStart, s.roleStart(m))
	k := m.TokStart - 1
	if start < m.TokStart {
		k = start
	}
	for k >= from && k >= start-8 {
		if a, ok := s.mentionAt(k); ok && (a.Kind == entities.KindAdjective || a.Label == schema.LabelCountry || a.Label == schema.LabelOrganization) {
			if a.Kind == entities.KindAdjective && a.Prefix == "و" && a.TokEnd == m.TokStart {
				// "الإيراني X والأمريكي Y": the nationality alone stands for
				// the shared title, and carries the conjunction
				return a.TokStart, true
			}
			// "والرئيس الرواندي X", "ورئيس جمهورية الكونغو الديمقراطية X"
			k = a.TokStart - 1
			continue
		}
		if w := s.words[k]; w.in(lex.title) || w.in(lex.titleTail) {
			if strings.HasPrefix(w.norm, "و") && !w.exact(lex.title) && !w.exact(lex.titleTail) {
				return k, true
			}
			k--
			continue
		}
		break
	}
	return 0, false
}

// circumstanceAsides is timeAside over one to three asides of time or
// place in a row: "عقدت X وY، أمس، في مسقط، جولة" — it returns the token
// before the comma that opens the first of them.
func (s *scan) circumstanceAsides(i, from int) (int, bool) {
	k, ok := s.timeAside(i, from)
	if !ok {
		k, ok = s.placeAside(i, from)
	}
	if !ok {
		return 0, false
	}
	for n := 0; n < 2; n++ {
		next, more := s.timeAside(k, from)
		if !more {
			next, more = s.placeAside(k, from)
		}
		if !more {
			break
		}
		k = next
	}
	return k, true
}

// placeAside reports whether tokens up to i are a place set off by commas
// ("، في مسقط،", "، في العاصمة العمانية،") and returns the token before the
// comma that opens it.
func (s *scan) placeAside(i, from int) (int, bool) {
	place := false
	for k := i; k >= from && k > i-5; k-- {
		m, isMention := s.mentionAt(k)
		switch {
		case isMention && (m.Label == schema.LabelVenue || m.Label == schema.LabelCountry):
			place = true
			k = m.TokStart
			if m.Prefix == "في" || m.Prefix == "ب" || m.Prefix == "وفي" {
				if k-1 >= from && commaBetween(s.in.Text, s.in.Tokens, k-1) {
					return k - 1, true
				}
				return 0, false
			}
		case s.words[k].in(s.x.lex.placeNoun):
		default:
			if !place || !s.words[k].exact(s.x.lex.in) {
				return 0, false
			}
		}
		if s.words[k].exact(s.x.lex.in) || s.words[k].in(s.x.lex.placeNoun) && strings.HasPrefix(s.words[k].norm, "ب") {
			if place && k-1 >= from && commaBetween(s.in.Text, s.in.Tokens, k-1) {
				return k - 1, true
			}
			return 0, false
		}
	}
	return 0, false
}

// timeAside reports whether the words before the comma after token i, back
// to the comma before them, tell only a time ("، مساء الثلاثاء،", "،
// اليوم الخميس،", "، يومي الخميس والجمعة،"). It returns the last token
// before that earlier comma.
func (s *scan) timeAside(i, from int) (int, bool) {
	for k := i; k >= from && k > i-5; k-- {
		if !s.words[k].in(s.x.lex.timeWord) && !s.dateAt(k) && !s.timeConjunct(k) {
			return 0, false
		}
		if k-1 >= from && commaBetween(s.in.Text, s.in.Tokens, k-1) {
			return k - 1, true
		}
	}
	return 0, false
}

// coordinatedSide reports whether an organization before a meeting noun is
// one of coordinated subjects, a side like them: "عقدت السعودية والحوثيون
// محادثات", "الحوثيون والسعودية". after is the subject read just after it
// (the subjects are read backwards), or nil. Only a group of one country
// (a movement, an armed group, a party) is a side that way: alone before
// the verb, or an international organization beside a state, it announces
// or hosts ("أعلنت الأمم المتحدة وقطر عقد اجتماع").
func (s *scan) coordinatedSide(m entities.Mention, after *entities.Mention) bool {
	if s.inTitle(m) || s.groupCountry(m.EntityID) == "" {
		return false
	}
	if after != nil && after.TokStart == m.TokEnd && strings.HasPrefix(after.Prefix, "و") {
		return true
	}
	if !strings.HasPrefix(m.Prefix, "و") || m.TokStart == 0 {
		return false
	}
	b, ok := s.mentionAt(m.TokStart - 1)
	return ok && b.TokEnd == m.TokStart && b.Kind != entities.KindAdjective && !s.governed(b) &&
		(b.Label == schema.LabelCountry || b.Label == schema.LabelPerson || s.groupCountry(b.EntityID) != "" && !s.inTitle(b))
}

// groupCountry returns the country of an organization that belongs to one
// (a movement, an armed group, a party), or "".
func (s *scan) groupCountry(id string) string {
	if e, ok := s.in.Entities[id]; ok && e.Country != "" {
		return e.Country
	}
	if s.x.world != nil {
		return s.x.world.CountryOf(id)
	}
	return ""
}

// groupOf reads people named by a group noun and the movement or armed
// group they belong to, at token i: "قادة الحوثيين", "قيادة حركة حماس",
// "ممثلين عن قوات الدعم السريع", "مسؤولين من حماس". It returns the token
// where the group's mention starts, or -1. Only a group of one country is
// read that way: "مسؤولين عمانيين" are a mediator's people as often as a
// side's.
func (s *scan) groupOf(i int) int {
	switch strings.TrimPrefix(s.words[i].norm, "و") {
	case "قاده", "قياده", "قياديين", "قياديي", "زعماء", "مسؤولي", "مسؤولين", "ممثلي", "ممثلين", "مفاوضي", "اعضاء":
	default:
		return -1
	}
	j := i + 1
	if j < len(s.words) && (s.words[j].norm == "من" || s.words[j].norm == "عن") {
		j++
	}
	m, ok := s.mentionAt(j)
	if !ok || m.Label != schema.LabelOrganization || m.Kind == entities.KindAdjective || s.groupCountry(m.EntityID) == "" {
		return -1
	}
	return j
}

// delegationsList reads the sides of a round from the delegations it names
// in a list after the trigger: "بمشاركة وفود X وY وZ", "بين وفدي X وY".
func (s *scan) delegationsList(f *frame) []string {
	for i := f.trig + 1; i < f.end && i <= f.trig+24; i++ {
		switch s.words[i].norm {
		case "وفود", "وفدي", "ووفود", "ووفدي", "بوفود", "بوفدي", "لوفود", "لوفدي":
			if ps := s.coordinatedAfter(i, f.end); len(ps) >= 2 {
				return ps
			}
		}
	}
	return nil
}

// unnamedTitle reports whether a country adjective closes a title that no
// name follows ("التقى وزير الخارجية القطري وفد حماس", "… نظيره الإيراني
// في الدوحة"): the office holder stands for the country. The adjective
// must follow a title word, and no person come next, past other titles.
func (s *scan) unnamedTitle(m entities.Mention, end int) bool {
	if m.TokStart == 0 || !(s.words[m.TokStart-1].in(s.x.lex.title) || s.words[m.TokStart-1].in(s.x.lex.titleTail)) {
		return false
	}
	j := m.TokEnd
	for j < end && (s.words[j].in(s.x.lex.title) || s.words[j].in(s.x.lex.titleTail)) && s.mAt[j] < 0 {
		j++
	}
	n, ok := s.mentionAt(j)
	return !(ok && n.Label == schema.LabelPerson)
}

// timeConjunct reports whether token i is "يومي" or a time word joined by
// و ("والجمعة"): the parts of "يومي الخميس والجمعة".
func (s *scan) timeConjunct(i int) bool {
	n := s.words[i].norm
	if n == "يومي" {
		return true
	}
	if !strings.HasPrefix(n, "و") {
		return false
	}
	_, ok := s.x.lex.timeWord.words[strings.TrimPrefix(n, "و")]
	return ok
}
