package meetings

import (
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// counterpartCountry returns the country of a counterpart named without
// one ("أجرى وزير الخارجية التركي X محادثات في العاصمة اليونانية مع نظيره
// Y"): the country of the place the sentence names before him, other than
// that of the person whose counterpart he is; "" when it names none.
func (s *scan) counterpartCountry(m entities.Mention) string {
	i := m.TokStart
	if i == 0 || !counterpartWord(s.words[i-1].norm) {
		return ""
	}
	sent := s.in.Tokens[i].Sentence
	a, _ := s.sentenceRange(sent)
	own := ""
	for j := i - 2; j >= a; j-- {
		if o, ok := s.mentionAt(j); ok && o.Label == schema.LabelPerson {
			if e, ok := s.in.Entities[o.EntityID]; ok && e.Country != "" {
				own = e.Country
			} else if s.x.world != nil {
				own = s.x.world.CountryOf(o.EntityID)
			}
			break
		}
	}
	if own == "" {
		return ""
	}
	// a place before him ("محادثات في العاصمة اليونانية مع نظيره X"), not
	// one the talks were about after him ("… تناولت الأوضاع في غزة")
	return s.placedIn(a, i-1, own)
}

// placedIn returns the country of the first place tokens [a, b) put
// something in — a city after "في" or "إلى", or "العاصمة" and a country's
// adjective ("في العاصمة اليونانية") — other than except; "" when none.
func (s *scan) placedIn(a, b int, except string) string {
	for j := a; j < b; j++ {
		o, ok := s.mentionAt(j)
		if !ok || o.TokStart != j {
			continue
		}
		c := ""
		switch {
		case o.Label == schema.LabelVenue && s.locative(o):
			c = s.placeCountry(o.EntityID)
		case o.Label == schema.LabelCountry && o.Kind == entities.KindAdjective && j > a && capitalNoun(s.words[j-1].norm):
			c = o.EntityID
		}
		if c != "" && c != except {
			return c
		}
	}
	return ""
}

// hostOfficial returns the country of a titled official named without one
// whom a delegation of an organization meets in a place of that country:
// "التقى وفد من المجموعة الاقتصادية …، أمس، بالعاصمة النيجرية نيامي، رئيس
// المجلس العسكري الجنرال X" — the host's man. "" when the subject is no
// organization or its delegation, or the sentence names no such place.
func (s *scan) hostOfficial(m entities.Mention) string {
	e, ok := s.in.Entities[m.EntityID]
	if !ok || len(e.Roles) == 0 {
		return ""
	}
	sent := s.in.Tokens[m.TokStart].Sentence
	a, b := s.sentenceRange(sent)
	verb := -1
	for j := m.TokStart - 1; j >= a && j >= m.TokStart-20; j-- {
		if s.trigger(j) == trigMeetVerb {
			verb = j
			break
		}
	}
	if verb < 0 {
		return ""
	}
	// the subject right after the verb: an organization ("التقى الاتحاد
	// الأفريقي …") or its delegation ("التقى وفد من المجموعة …")
	j := verb + 1
	if j < m.TokStart && s.delegationWord(j) {
		j = s.afterDelegationQualifiers(j, m.TokStart)
		if j < m.TokStart && s.words[j].norm == "من" {
			j++
		}
	}
	o, ok := s.mentionAt(j)
	if !ok || o.TokStart != j || o.Label != schema.LabelOrganization || s.inTitle(o) {
		return ""
	}
	for k := o.TokEnd; k < m.TokStart; k++ {
		if t, ok := s.mentionAt(k); ok && t.Label == schema.LabelOrganization {
			// "رئيس الحركة الشعبية X": his office is a group's, not the
			// host state's (an organization meets people at its seat)
			return ""
		}
	}
	return s.placedIn(a, b, "")
}

// counterpartWord reports whether w is "نظيره" or "نظيرته", with or
// without a conjunction or preposition.
func counterpartWord(w string) bool {
	for _, p := range []string{"و", "ب", "وب", "ل"} {
		if t, ok := strings.CutPrefix(w, p); ok && (t == "نظيره" || t == "نظيرته") {
			return true
		}
	}
	return w == "نظيره" || w == "نظيرته"
}

// capitalNoun reports whether w is "العاصمة" (with a preposition), before
// the adjective of the country whose capital it is.
func capitalNoun(w string) bool {
	switch w {
	case "العاصمه", "بالعاصمه", "للعاصمه", "والعاصمه":
		return true
	}
	return false
}
