package meetings

import (
	"strings"

	"github.com/negograph/negograph/schema"
)

// This file finds the trigger words of meeting frames.

// concludedAgreement reports whether token i is an agreement the text says
// was reached ("اتفاق تم في مارس", "الاتفاق الذي جرى التوصل إليه",
// "اتفاق القاهرة الموقع بين"), not one sought ("التوصل إلى اتفاق").
func (s *scan) concludedAgreement(i int) bool {
	w := s.words[i]
	if !(w.norm == "اتفاق" || w.norm == "الاتفاق" || w.norm == "اتفاقا" || w.norm == "باتفاق" || w.norm == "واتفاق" || w.norm == "والاتفاق") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "التوصل", "للتوصل", "يتوصل", "تتوصل", "نتوصل", "بلوغ", "لبلوغ", "ابرام", "لابرام", "لاتفاق":
			return false // "التوصل إلى اتفاق": sought, not reached
		}
	}
	for j := i + 1; j < len(s.words) && j <= i+4; j++ {
		if s.in.Tokens[j].Sentence != s.in.Tokens[i].Sentence {
			break
		}
		if s.words[j].in(s.x.lex.concluded) {
			return true
		}
	}
	return false
}

// triggersIn returns the trigger tokens of [a, b) after removing generic,
// negated and adjacent repeated triggers.
func (s *scan) triggersIn(a, b int) []int {
	lex := &s.x.lex
	var out []int
	s.markOrdinals(a, b)
	for i := a; i < b; i++ {
		k := s.trigger(i)
		if s.ordinal[i] {
			out = append(out, i)
			continue
		}
		if k == 0 {
			continue
		}
		if s.mAt[i] >= 0 {
			continue // part of a name
		}
		if k == trigContact && s.genericContacts(i, b) {
			continue // "وتوقفت الاتصالات العلنية": contacts in general
		}
		if len(out) > 0 && (i-out[len(out)-1] <= 3 || s.rankedOf(out[len(out)-1], i)) && s.trigger(out[len(out)-1]) != trigTravel && k != trigTravel &&
			!s.timeLinkIn(out[len(out)-1]+1, i) {
			continue // "جولة من المحادثات": one frame; "محادثات ألماتي بعد جولة برلين": two
		}
		if i > a && s.words[i-1].in(lex.generic) && !s.futureDateNear(i, b) {
			continue // "استئناف المحادثات": talk about talks, unless dated ahead
		}
		if i > a && k != trigTravel && s.words[i-1].in(lex.negation) {
			continue
		}
		if i > a+1 && s.words[i-2].in(lex.negation) && k == trigMeetVerb {
			continue
		}
		if i+1 < b && s.words[i+1].in(lex.genericAfter) {
			continue
		}
		if k != trigTravel && s.delegationPost(i, a) {
			continue // "رئيس وفد الحكومة إلى مفاوضات مكسيكو، X": his post
		}
		out = append(out, i)
	}
	return out
}

// delegationPost reports whether the meeting noun at token i ends the post
// of a delegation's member ("رئيس وفد الحكومة الفنزويلية إلى مفاوضات
// مكسيكو"): "إلى" just before it, and back from there, within six words,
// a delegation noun after a title word.
func (s *scan) delegationPost(i, a int) bool {
	if i-1 <= a || !s.words[i-1].in(s.x.lex.to) {
		return false
	}
	for j := i - 2; j > a && j >= i-7; j-- {
		if delegationNoun(s.words[j].norm) {
			w := strings.TrimPrefix(s.words[j-1].norm, "و")
			return w == "رئيس" || w == "عضو" || w == "نائب" || w == "رئيسه" || w == "عضوه" || w == "اعضاء"
		}
	}
	return false
}

// markOrdinals finds the ordinals of [a, b) that open an item of an
// enumeration of rounds: after a rounds noun earlier in the sentence, at the
// start of a clause, with a place or a date right after.
func (s *scan) markOrdinals(a, b int) {
	rounds := false
	for i := a; i < b; i++ {
		if k := s.trigger(i); k == trigTalks {
			rounds = true
			continue
		}
		if !rounds || !s.words[i].in(s.x.lex.ordinals) {
			continue
		}
		opens := strings.HasPrefix(s.words[i].norm, "و") || (i > a && strings.ContainsAny(s.in.Text[s.in.Tokens[i-1].End:s.in.Tokens[i].Start], ":،,"))
		if !opens {
			continue
		}
		for j := i + 1; j < b && j <= i+3; j++ {
			if s.words[j].exact(s.x.lex.in) || s.dateAt(j) {
				if s.ordinal == nil {
					s.ordinal = map[int]bool{}
				}
				s.ordinal[i] = true
				break
			}
		}
	}
}

func (s *scan) trigger(i int) trigKind {
	if s.ordinal[i] {
		return trigTalks
	}
	return s.trig[i]
}

// timeLinkIn reports whether a word placing one event after or before
// another stands in [a, b): "بعد", "قبل", "منذ", "عقب", "إثر".
func (s *scan) timeLinkIn(a, b int) bool {
	for i := a; i < b; i++ {
		switch strings.TrimPrefix(s.words[i].norm, "و") {
		case "بعد", "قبل", "منذ", "عقب", "اثر", "غداه":
			return true
		}
	}
	return false
}

// withdrawnFrom reports whether the trigger at i is what a side suspends,
// leaves or boycotts its part in: "تعليق مشاركتها في المفاوضات", "انسحاب
// الوفد من المحادثات", "مقاطعتها للمحادثات" — talk about talks, no round;
// its sides are still the channel the article speaks of.
func (s *scan) withdrawnFrom(i int) bool {
	if i < 2 {
		return false
	}
	prep := strings.TrimPrefix(s.words[i-1].norm, "و")
	if prep != "في" && prep != "من" {
		// "مقاطعتها للمحادثات": the preposition is the trigger's clitic
		return i > 0 && strings.HasPrefix(s.in.Tokens[i].Norm, "لل") && leaving(s.words[i-1].norm)
	}
	j := i - 2
	if prep == "من" && j >= 0 && !leaving(s.words[j].norm) {
		if _, ok := s.mentionAt(j); ok || s.words[j].in(s.x.lex.subjectNoun) {
			j-- // "انسحاب الوفد من المحادثات", "انسحاب إيران من المفاوضات"
		}
	}
	if j < 0 {
		return false
	}
	if leaving(s.words[j].norm) {
		return prep == "من" || strings.Contains(s.words[j].norm, "مقاطع")
	}
	if !strings.HasPrefix(strings.TrimPrefix(s.words[j].norm, "ال"), "مشارك") || j < 1 {
		return false
	}
	// "تعليق مشاركتها في", "وقف مشاركته في", "مقاطعة المشاركة في"; a verb
	// may stand before its subject: "علّقت مصر مشاركتها في"
	k := j - 1
	if m, ok := s.mentionAt(k); ok && m.TokStart > 0 {
		k = m.TokStart - 1
	}
	w := s.words[k].norm
	for _, f := range [2]string{w, strings.TrimPrefix(w, "و")} { // "وقف" is the verb itself, "وعلقت" has the conjunction
		switch f {
		case "وقف", "تعلق", "يعلق", "علق", "علقت", "اوقفت", "اوقف", "تجمد", "يجمد", "جمدت", "تجميد":
			return true // "تعلق مشاركتها في", "جمدت مشاركتها في"
		}
	}
	return s.words[k].in(s.x.lex.generic) || leaving(s.words[k].norm)
}

// leaving reports whether a word is a noun of leaving or boycotting:
// انسحاب, انسحابها, مقاطعة, مقاطعتها.
func leaving(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ال")
	w = strings.TrimPrefix(w, "ب")
	return strings.HasPrefix(w, "انسحاب") || strings.HasPrefix(w, "مقاطع")
}

// suspendsTalks reports whether the article says the talks are suspended
// now: a noun or verb of suspending right before a talks noun ("تعليق
// المحادثات", "علّقت المفاوضات") or a side's part in them suspended
// ("تعليق مشاركتها في المفاوضات"), not a suspension recalled as past
// ("بعد تعليقها", "منذ تعليق المحادثات"), denied ("لم تعلق"), threatened,
// called for or refused ("قد تعلق", "دعا إلى تعليق", "رفضت دعوات إلى
// تعليق"). sides are the countries and organisations the sentence names:
// the talks suspended are theirs (none: the article's).
func (s *scan) suspendsTalks() (ok bool, sides map[string]bool) {
	for i := 1; i < len(s.words); i++ {
		if s.trigger(i) != trigTalks {
			continue
		}
		j := i - 1
		withdrawn := s.withdrawnFrom(i)
		if !suspending(s.words[j].norm) && !withdrawn {
			continue
		}
		if withdrawn {
			j = max(0, i-3)
		}
		unreal := false
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			switch strings.TrimPrefix(s.words[k].norm, "و") {
			case "بعد", "منذ", "عقب", "اثر", "لم", "لن", "لا", "دون", "عدم":
				unreal = unreal || k >= j-2 // recalled as past, or denied
			case "قد", "هدد", "هددت", "تهدد", "يهدد", "دعا", "دعت", "يدعو", "تدعو", "دعوه", "دعوات", "طالب", "طالبت",
				"يطالب", "تطالب", "رفض", "رفضت", "يرفض", "ترفض":
				unreal = true // threatened, called for or refused: not done
			}
		}
		if unreal {
			continue
		}
		sides = map[string]bool{}
		for _, m := range s.in.Mentions {
			if m.Sentence == s.in.Tokens[i].Sentence && (m.Label == schema.LabelCountry || m.Label == schema.LabelOrganization) {
				sides[m.EntityID] = true
			}
		}
		return true, sides
	}
	return false, nil
}

// suspending reports whether w is a noun or verb of suspending or freezing.
func suspending(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "تعليق", "علقت", "تعلق", "يعلق", "علق", "تجميد", "جمدت", "تجمد", "يجمد":
		return true
	}
	return false
}

// rankedOf reports whether only a compound rank and "من" stand between
// the round noun at a and the talks noun at b: "الجولة الثانية عشرة من
// المحادثات" is one frame.
func (s *scan) rankedOf(a, b int) bool {
	if b-a > 5 || s.words[b-1].norm != "من" {
		return false
	}
	for j := a + 1; j < b-1; j++ {
		if !s.words[j].in(s.x.lex.ordinals) && !tensWord(s.words[j].norm) {
			return false
		}
	}
	return true
}
