package meetings

import (
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads organisations as the sides of talks: armed groups,
// movements, fronts, oppositions and rival councils, which the news names
// as the subject of a meeting verb like a government ("عقدت الحكومة
// المالية والحركة الوطنية لتحرير أزواد جولة محادثات").

// sideOrg reports whether an organisation mention can be a side as a
// subject (entities.NegotiatingOrg), rather than a ministry, an agency or
// an outlet that announces or reports.
func (s *scan) sideOrg(m entities.Mention) bool {
	return entities.NegotiatingOrg(s.in.Entities[m.EntityID]) && !s.inTitle(m)
}

// governmentWord reports whether the word at i is "الحكومة" or "حكومة",
// with a conjunction or preposition written on it, and whether that
// prefix holds the conjunction و.
func (s *scan) governmentWord(i int) (bool, bool) {
	if i < 0 || i >= len(s.words) {
		return false, false
	}
	n := s.words[i].norm
	for _, p := range []string{"", "و", "ب", "ل", "وب", "ول"} {
		switch n {
		case p + "الحكومه", p + "حكومه":
			return true, strings.HasPrefix(p, "و")
		}
	}
	if n == "للحكومه" || n == "وللحكومه" {
		return true, strings.HasPrefix(n, "و")
	}
	return false, false
}

// governmentHead reports whether a normalized word heads a phrase that
// names a country's rulers: "الحكومة"، "المجلس" (العسكري)، "السلطات"،
// "النظام", with a conjunction written on it or not (conj).
func governmentHead(w string) (head, conj bool) {
	conj = strings.HasPrefix(w, "و")
	switch strings.TrimPrefix(w, "و") {
	case "الحكومه", "حكومه", "المجلس", "السلطات", "سلطات", "السلطه", "النظام":
		return true, conj
	}
	return false, false
}

// rulerWord reports whether a normalized word describes rulers between
// their head noun and their country ("المجلس العسكري الحاكم في ميانمار").
func rulerWord(w string) bool {
	switch w {
	case "العسكري", "العسكريه", "الحاكم", "الحاكمه", "الانتقالي", "الانتقاليه", "السيادي", "المؤقته", "المؤقت", "الجديده", "الجديد":
		return true
	}
	return false
}

// governmentOf reports whether the country mention m closes a phrase that
// names the country's rulers: "الحكومة المالية"، "المجلس العسكري الحاكم في
// ميانمار"، "السلطات الانتقالية التشادية". The rulers stand for their
// country, a side of the talks. It returns the phrase's first token and
// whether that token carries the conjunction و.
func (s *scan) governmentOf(m entities.Mention) (int, bool, bool) {
	if m.Label != schema.LabelCountry || m.Prefix != "" {
		return 0, false, false
	}
	j := m.TokStart - 1
	if m.Kind != entities.KindAdjective {
		if j < 0 || s.words[j].norm != "في" {
			return 0, false, false
		}
		j--
	}
	ruler := m.Kind == entities.KindAdjective
	for ; j >= 0 && j >= m.TokStart-5; j-- {
		if head, conj := governmentHead(s.words[j].norm); head {
			h := strings.TrimPrefix(s.words[j].norm, "و")
			if !ruler && h != "الحكومه" && h != "السلطات" && h != "السلطه" || h == "حكومه" {
				return 0, false, false // "المجلس في مالي": a council there, not its rulers
			}
			return j, conj, true
		}
		if !rulerWord(s.words[j].norm) {
			return 0, false, false
		}
		ruler = true
	}
	return 0, false, false
}

// governmentIn reads "الحكومة (الانتقالية) في COUNTRY" at token i (before
// end): the country whose government it is, and one past its mention; ""
// when the words are not that.
func (s *scan) governmentIn(i, end int) (string, int) {
	if gov, _ := s.governmentWord(i); !gov {
		return "", 0
	}
	for j := i + 1; j < end && j <= i+3; j++ {
		if commaBetween(s.in.Text, s.in.Tokens, j-1) {
			return "", 0
		}
		if s.words[j].norm != "في" {
			if _, ok := s.mentionAt(j); ok || !strings.HasPrefix(s.words[j].norm, "ال") {
				return "", 0 // only adjectives stand between: "الانتقالية"، "المؤقتة"
			}
			continue
		}
		if m, ok := s.mentionAt(j + 1); ok && m.TokStart == j+1 && m.Label == schema.LabelCountry && m.Kind != entities.KindAdjective {
			return m.EntityID, m.TokEnd
		}
		return "", 0
	}
	return "", 0
}

// groupGovernmentIn reads "حكومة GROUP في COUNTRY" at token i (before end):
// the government a group runs in a country is that country's ("وحكومة
// طالبان في أفغانستان"); it returns the country and one past its mention,
// or "".
func (s *scan) groupGovernmentIn(i, end int) (string, int) {
	if gov, _ := s.governmentWord(i); !gov || i+1 >= end {
		return "", 0
	}
	g, ok := s.mentionAt(i + 1)
	if !ok || g.TokStart != i+1 || g.Label != schema.LabelOrganization || g.TokEnd+1 >= end || s.words[g.TokEnd].norm != "في" {
		return "", 0
	}
	if c, ok := s.mentionAt(g.TokEnd + 1); ok && c.Label == schema.LabelCountry && c.Kind == entities.KindName {
		return c.EntityID, c.TokEnd
	}
	return "", 0
}

// bareGovernment returns the country "الحكومة" stands for when no country
// follows it ("بين الحكومة والحركة"): the country of an organisation side
// named in the sentence ("حركة المقاومة الوطنية الموزمبيقية"), or else the
// only country whose government the article names ("الحكومة التشادية").
func (s *scan) bareGovernment(i int) string {
	if m, ok := s.mentionAt(i + 1); ok && m.TokStart == i+1 && m.Label == schema.LabelCountry {
		return "" // "حكومة جنوب السودان": the country is named
	}
	a, b := s.sentenceRange(s.in.Tokens[i].Sentence)
	found := ""
	for j := a; j < b; j++ {
		m, ok := s.mentionAt(j)
		if !ok || m.TokStart != j || m.Label != schema.LabelOrganization || !s.sideOrg(m) {
			continue
		}
		if c := s.placeCountry(m.EntityID); c != "" && !strings.HasPrefix(m.EntityID, "org:opposition-") {
			if found != "" && found != c {
				return ""
			}
			found = c
		}
	}
	if found != "" {
		return found
	}
	for _, m := range s.in.Mentions {
		if m.Label != schema.LabelCountry || m.Prefix != "" {
			continue
		}
		if gov, _ := s.governmentWord(m.TokStart - 1); !gov {
			continue
		}
		if found != "" && found != m.EntityID {
			return ""
		}
		found = m.EntityID
	}
	return found
}

// orgApposition reads backwards from token i (followed by a comma) a
// description of an organisation side set off by commas ("والجبهة
// الديمقراطية الوطنية، الذراع السياسية للحزب الشيوعي، أمس في أوسلو
// محادثات"): it returns the last token of the organisation when the words
// back to the previous comma follow one, hold no meeting word and are at
// most ten.
func (s *scan) orgApposition(i, min int) (int, bool) {
	for j := i; j > min && j >= i-10; j-- {
		if s.trigger(j) != 0 {
			return 0, false
		}
		if !s.realCommaBefore(j) {
			continue
		}
		m, ok := s.mentionAt(j - 1)
		if ok && m.TokEnd == j && m.Label == schema.LabelOrganization && s.sideOrg(m) {
			return j - 1, true
		}
		return 0, false
	}
	return 0, false
}

// bracketClose reports whether the comma-like gap after token i is only
// the closing bracket of the acronym that ends a mention ("جيش التحالف
// الوطني (MNDAA) أمس"): no clause ends there.
func (s *scan) bracketClose(i int) bool {
	m, ok := s.mentionAt(i)
	if !ok || m.TokEnd != i+1 || i+1 >= len(s.in.Tokens) {
		return false
	}
	return strings.TrimSpace(s.in.Text[s.in.Tokens[i].End:s.in.Tokens[i+1].Start]) == ")"
}

// orgDesignation reports whether a country named after "في" closes the
// designation of an organisation ("بعثة الأمم المتحدة للدعم في ليبيا"):
// an organisation, then one complement with li- ("للدعم") right before
// "في". The country is the mission's field, not where talks are held.
func (s *scan) orgDesignation(m entities.Mention) bool {
	i := m.TokStart - 1
	if i < 2 || s.words[i].norm != "في" || !strings.HasPrefix(s.words[i-1].norm, "ل") || s.mAt[i-1] >= 0 {
		return false
	}
	o, ok := s.mentionAt(i - 2)
	return ok && o.TokEnd == i-1 && o.Label == schema.LabelOrganization
}
