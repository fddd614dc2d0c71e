package entities

import "strings"

// prepositionHamza reports whether a written word starts with the
// preposition ل، ب or ك (after an optional و or ف) joined to a hamza on
// alif: "لأسباب", "بإشراف", "وكأن". Transliterated names do not start so,
// while nouns governed by these prepositions often stand right after a
// title ("أرجأها الوسيط العماني لأسباب لوجستية").
func prepositionHamza(raw string) bool {
	raw = strings.TrimPrefix(strings.TrimPrefix(raw, "و"), "ف")
	for _, p := range []string{"لأ", "لإ", "بأ", "بإ", "كأ", "كإ"} {
		if strings.HasPrefix(raw, p) {
			return true
		}
	}
	return false
}
