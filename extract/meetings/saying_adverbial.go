package meetings

import "strings"

// sayingAdverbial reports whether a normalised word is a masdar or
// participle of saying that opens what was said after another verb:
// "فاجأ الصحافيين الاثنين بقوله إن …", "ردّ الأحد قائلاً إن …", "علّق
// السبت معتبراً أن …".
func sayingAdverbial(n string) bool {
	n = strings.TrimPrefix(n, "و")
	switch n {
	case "بقوله", "بقولها", "بقولهم", "قائلا", "قائله", "قائلين", "قائلتا",
		"معتبرا", "معتبره", "مؤكدا", "مؤكده", "موكدا", "موكده", "مضيفا", "مضيفه",
		"موضحا", "موضحه", "مشيرا", "مشيره", "لافتا", "لافته", "مشددا", "مشدده",
		"معلنا", "معلنه":
		return true
	}
	return false
}

// saidBetween reports whether a saying adverbial and its complementizer
// stand between tokens a and b of one sentence, so that a date before a
// dates the statement and a meeting after b is what was said about: "فاجأ
// ترامب الصحافيين الاثنين بقوله إن الولايات المتحدة تجري محادثات".
func (s *scan) saidBetween(a, b int) bool {
	for j := a; j+1 < b && j+1 < len(s.words); j++ {
		if s.in.Tokens[j].Sentence != s.in.Tokens[b].Sentence {
			continue
		}
		if sayingAdverbial(s.words[j].norm) && s.complementizer(j+1) {
			return true
		}
	}
	return false
}
