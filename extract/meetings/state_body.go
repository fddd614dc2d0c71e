package meetings

import (
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// stateBodySide returns the country a government body speaks for when the
// mention names one ("الخارجية الإيرانية", "وزارة الخارجية الأمريكية",
// "الحكومة القطرية", "الرئاسة المصرية"), "" otherwise. A movement or an
// armed group named as an organization is a side of its own, never its
// country's voice.
func (s *scan) stateBodySide(m entities.Mention) string {
	if m.Label != schema.LabelOrganization {
		return ""
	}
	head := strings.TrimPrefix(s.words[m.TokStart].norm, m.Prefix)
	for _, h := range []string{head, strings.TrimPrefix(head, "و")} { // "ووزارة"
		switch strings.TrimPrefix(h, "ال") {
		case "وزاره", "خارجيه", "حكومه", "رئاسه", "ديوان", "مكتب":
			return s.placeCountry(m.EntityID)
		}
	}
	return ""
}

// mediatorBetween reports whether token i is a "بين" that belongs to a
// mediator just before it and points back ("بدور الوسيط بين البلدين"): the
// sides are the mediated ones named elsewhere, not an anaphoric "بين" of the
// trigger's own. Named sides ("جهود الوساطة بين روسيا وأوكرانيا") stay.
func (s *scan) mediatorBetween(i int) bool {
	if i < 1 || i+1 >= len(s.words) || !s.words[i].exact(s.x.lex.between) || !s.words[i+1].in(s.x.lex.anaphor) {
		return false
	}
	switch strings.TrimPrefix(strings.TrimPrefix(s.words[i-1].norm, "و"), "ب") {
	case "الوسيط", "وسيط", "وسيطا", "الوسطاء", "وسطاء":
		return true
	}
	return false
}

// coordinationWith reports whether a normalised word before "مع" makes
// what follows a partner in arranging the talks, not the other side:
// "سيُحدد موعد الجولة بالتنسيق مع الجانب العماني", "بالتشاور مع الوسطاء".
func coordinationWith(n string) bool {
	switch strings.TrimPrefix(n, "و") {
	case "بالتنسيق", "تنسيقا", "بالتشاور", "بالتعاون", "بالاتفاق":
		return true
	}
	return false
}
