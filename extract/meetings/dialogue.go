package meetings

import "strings"

// dialogueWord reports whether a normalized word is "الحوار" or "حوار",
// with "و" or "ب" written on it.
func dialogueWord(w string) bool {
	w = strings.TrimPrefix(w, "و")
	w = strings.TrimPrefix(w, "ب")
	return w == "الحوار" || w == "حوار"
}

// dialogueRound reports whether "الحوار" at token i names a round of talks
// rather than dialogue as a policy ("ترحب بالحوار مع جيرانها", "الحوار هو
// الطريق الوحيد"): the sessions of it ("انطلقت أعمال الحوار"), its sides after "بين" within four words of its clause ("الحوار
// التمهيدي بين الحكومة و…"), or a ranked session of it ("الدورة الثانية
// من الحوار").
func (s *scan) dialogueRound(i int) bool {
	if !dialogueWord(s.words[i].norm) {
		return false
	}
	if i > 0 {
		switch strings.TrimPrefix(s.words[i-1].norm, "و") {
		case "اعمال", "جلسات", "جلسه":
			return true
		}
	}
	if i > 2 && s.words[i-1].norm == "من" && OrdinalRank(strings.TrimPrefix(s.words[i-2].norm, "ال")) > 0 {
		switch strings.TrimPrefix(s.words[i-3].norm, "و") {
		case "الدوره", "دوره":
			return true
		}
	}
	for j := i + 1; j < len(s.words) && j <= i+4; j++ {
		if commaBetween(s.in.Text, s.in.Tokens, j-1) || s.in.Tokens[j].Sentence != s.in.Tokens[i].Sentence {
			return false
		}
		if s.words[j].norm == "بين" {
			return true
		}
	}
	return false
}
