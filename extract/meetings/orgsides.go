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

// governmentAdjective reports whether the adjective mention m qualifies
// "الحكومة" right before it ("الحكومة المالية"): the government stands for
// its country, the side of the talks. It returns the government word's
// token and whether it carries the conjunction و.
func (s *scan) governmentAdjective(m entities.Mention) (int, bool, bool) {
	if m.Kind != entities.KindAdjective || m.Label != schema.LabelCountry || m.Prefix != "" {
		return 0, false, false
	}
	gov, conj := s.governmentWord(m.TokStart - 1)
	return m.TokStart - 1, conj, gov
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
