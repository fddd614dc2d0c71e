package meetings

import "strings"

// This file tells a match from a meeting: "منتخبا لبنان وسوريا يلتقيان
// ودياً", "يلتقي منتخب X نظيره Y في مباراة": national teams meet on a
// pitch, not at a table. A sentence that speaks of a match has no round of
// talks.

// sportsWord reports whether a normalized word (without a conjunction,
// a preposition or the article) speaks of a match.
func sportsWord(w string) bool {
	for _, pre := range []string{"و", "ب", "ل", "وب", "ول", "ف"} {
		if rest, ok := strings.CutPrefix(w, pre); ok && len(rest) > 4 && sportsStem(strings.TrimPrefix(rest, "ال")) {
			return true
		}
	}
	return sportsStem(strings.TrimPrefix(w, "ال"))
}

// sportsStem reports whether a stem without the article speaks of a match.
func sportsStem(w string) bool {
	switch w {
	case "مباراه", "مباريات", "منتخب", "منتخبا", "منتخبي", "منتخبين", "منتخبات", "شوط", "تصفيات", "مونديال":
		return true
	}
	return false
}

// sportsSentence reports whether sentence si speaks of a match.
func (s *scan) sportsSentence(si int) bool {
	a, b := s.sentenceRange(si)
	for i := a; i >= 0 && i < b; i++ {
		if sportsWord(s.words[i].norm) {
			return true
		}
		if strings.TrimPrefix(s.words[i].norm, "ل") == "كره" && i+1 < b && s.words[i+1].norm == "القدم" {
			return true // "كرة القدم"
		}
	}
	return false
}
