package meetings

import (
	"strings"
	"unicode"

	"github.com/negograph/negograph/article"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// scene is what a sentence without a meeting sets up for the next one:
// "استقبل أردوغان أمس في إسطنبول وفدين يمثلان روسيا وأوكرانيا" gives the
// sides, the day and the place of the round the next sentence reports.
type scene struct {
	parties  []string
	date     article.Date
	venue    string
	sentence int
}

// sceneIn reads the scene of sentence si: the sides it names together, and
// its date and place when it has them.
func (s *scan) sceneIn(si int) (scene, bool) {
	ps := s.pairIn(si)
	if len(ps) < 2 {
		return scene{}, false
	}
	sc := scene{parties: ps, sentence: si}
	a, b := s.sentenceRange(si)
	for _, d := range s.in.Dates {
		if d.TokStart >= a && d.TokEnd <= b && !d.Since {
			sc.date = d.Date
			break
		}
	}
	tmp := &frame{trig: a, pre: a, end: b, sentence: si}
	if s.venueIn(tmp, a, b) {
		sc.venue = tmp.venue
	}
	return sc, true
}

// pairIn returns the sides a sentence without a meeting names together:
// "العلاقات بين السعودية وإيران", "وفدين يمثلان روسيا وأوكرانيا". They
// become the article's channel, which a later "الجانبان" points back to.
func (s *scan) pairIn(si int) []string {
	a, b := s.sentenceRange(si)
	if a < 0 {
		return nil
	}
	for i := a; i < b; i++ {
		w := s.words[i]
		if !w.exact(s.x.lex.between) && !strings.HasPrefix(w.norm, "يمثل") && !strings.HasPrefix(w.norm, "تمثل") {
			continue
		}
		var ps []string
		for j := i + 1; j < b && j <= i+10; j++ {
			m, ok := s.mentionAt(j)
			if !ok {
				break
			}
			p := s.partyOf(m)
			if p == "" || m.Label == schema.LabelPerson {
				break
			}
			if len(ps) > 0 && !strings.HasPrefix(m.Prefix, "و") && m.Kind != entities.KindAdjective {
				break
			}
			ps = appendUnique(ps, p)
			j = m.TokEnd - 1
		}
		if len(ps) >= 2 {
			return sortedCopy(ps)
		}
	}
	return nil
}

// multiDay reports whether the words of [a, b) say the event lasted several
// days: "استمرت يومين", "على مدى يومين", "يومي 15 و16", "يومي الأربعاء
// والخميس", "الاجتماع الذي يستمر ثلاثة أيام". "لليوم الثاني على التوالي"
// is not one: each day may be a session of its own.
func (s *scan) multiDay(a, b int) bool {
	for i := a; i < b; i++ {
		switch strings.TrimPrefix(s.words[i].norm, "و") {
		case "يومي":
			if i+1 < b && (s.dateAt(i+1) || s.words[i+1].in(s.x.lex.timeWord) || startsWithDigit(s.words[i+1].norm)) {
				return true
			}
		case "يومين", "ايام", "اياما", "اسبوعين", "اسبوع":
			for j := i - 1; j >= a && j >= i-3; j-- {
				switch strings.TrimPrefix(s.words[j].norm, "و") {
				case "مدي", "لمده", "استمرت", "استمر", "تستمر", "يستمر", "دامت", "دام", "تدوم", "يدوم", "طوال", "التي", "الذي":
					return true
				}
			}
		}
	}
	return false
}

func startsWithDigit(w string) bool {
	for _, r := range w {
		return unicode.IsDigit(r)
	}
	return false
}

// spokesperson reports whether a person speaks for a side rather than
// negotiates: a spokesman's role, or "المتحدث باسم" just before the name.
func (s *scan) spokesperson(m entities.Mention) bool {
	if e, ok := s.in.Entities[m.EntityID]; ok {
		for _, r := range e.Roles {
			if spokesRole(r) {
				return true
			}
		}
	}
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-7; j-- {
		if spokesRole(s.words[j].norm) {
			return true
		}
		if s.in.Tokens[j].Sentence != s.in.Tokens[m.TokStart].Sentence || commaBetween(s.in.Text, s.in.Tokens, j) {
			break
		}
	}
	return false
}

// spokesRole reports whether a role or word names a spokesperson.
func spokesRole(r string) bool {
	for _, p := range []string{"المتحدث", "المتحدثة", "المتحدثه", "الناطق", "الناطقة", "الناطقه", "متحدث", "ناطق"} {
		if strings.HasPrefix(r, p) || strings.HasPrefix(r, "و"+p) {
			return true
		}
	}
	return false
}

// proposer reports whether a person is the subject of a verb of proposing,
// calling for or welcoming ("اقترح بوتين", "رحب غوتيريش"): someone who
// speaks of the meeting, not one who sits in it.
func (s *scan) proposer(m entities.Mention) bool {
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-2; j-- {
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "اقترح", "اقترحت", "يقترح", "دعا", "دعت", "يدعو", "طالب", "يطالب", "رحب", "رحبت", "يرحب", "انتقد", "نفي", "نفت", "ينفي":
			return true
		case "قد", "كان":
			continue
		}
	}
	if m.TokEnd < len(s.words) {
		switch strings.TrimPrefix(s.words[m.TokEnd].norm, "و") {
		case "اقترح", "اقترحت", "دعا", "رحب", "نفي":
			return true
		}
		if m.TokEnd+1 < len(s.words) && s.words[m.TokEnd].norm == "قد" {
			switch s.words[m.TokEnd+1].norm {
			case "اقترح", "اقترحت", "دعا", "دعت":
				return true
			}
		}
	}
	return false
}

// delegationSide returns the side of the delegation a person heads or
// belongs to when the words just before name it: "ترأس الوفد الأوكراني
// وزير الدفاع رستم عمروف", "رئيس وفد حماس خليل الحية", "ومن الجانب
// الأميركي مستشار الأمن القومي"; "" when they name none.
func (s *scan) delegationSide(m entities.Mention) string {
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-6; j-- {
		if s.in.Tokens[j].Sentence != s.in.Tokens[m.TokStart].Sentence || commaBetween(s.in.Text, s.in.Tokens, j) {
			return ""
		}
		n := strings.TrimPrefix(s.words[j].norm, "و")
		if !s.delegationWord(j) && n != "الجانب" && n != "الطرف" {
			continue
		}
		if d, ok := s.mentionAt(j + 1); ok && (d.Kind == entities.KindAdjective || d.Label == schema.LabelOrganization || d.Label == schema.LabelCountry) {
			return s.partyOf(d)
		}
		return ""
	}
	return ""
}

// hostPerson reports whether a person is the subject of a verb of hosting
// or opening standing before the name and its title: "استضافت وزيرة
// الخارجية الألمانية أنالينا بيربوك", "وافتتح الوزير التركي الجلسة".
func (s *scan) hostPerson(m entities.Mention) bool {
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-6; j-- {
		if s.hostVerb(j) {
			return true
		}
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "افتتح", "افتتحت", "يفتتح", "ترأس", "ترأست", "رأس", "ادار", "ادارت":
			return true
		}
		if mm, ok := s.mentionAt(j); ok && mm.Kind == entities.KindAdjective || s.words[j].in(s.x.lex.title) || s.words[j].in(s.x.lex.titleTail) {
			continue
		}
		if _, ok := s.mentionAt(j); ok {
			continue
		}
		return false
	}
	return false
}
