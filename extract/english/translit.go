package english

import "strings"

// nameKey folds the spelling variants of a transliterated name onto one
// key: Araghchi and Araqchi, Shoukry and Shukri, Al-Busaidi and Albusaidi
// (the article joined) compare equal. Letters only, lower case; gh (not
// initial) and q,
// ou/oo and u, ee/ey and i, a final y and i, kh and k, dh and d are one;
// doubled consonants count once.
func nameKey(w string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	s := b.String()
	if len(s) > 2 && s[:2] == "gh" {
		s = "G" + s[2:] // an initial gh stays apart: Ghani is not Qani
	}
	s = strings.NewReplacer("gh", "q", "kh", "k", "dh", "d", "ou", "u", "oo", "u", "ee", "i", "ey", "i").Replace(s)
	if strings.HasSuffix(s, "y") {
		s = s[:len(s)-1] + "i"
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] && !strings.ContainsRune("aeiou", rune(s[i])) {
			continue // doubled consonants count once; Ghaani is not Ghani
		}
		out = append(out, s[i])
	}
	return string(out)
}

// article reports whether a word is the Arabic article written apart
// ("Al Busaidi", "el-Sisi").
func arabicArticle(w string) bool { return w == "al" || w == "el" }

// keyWords returns the name keys of the words of toks[i:], the Arabic
// article joined to the next word and an English "the" after the first
// word skipped, with for each key the number of tokens it
// covers; at most max keys, within the sentence of toks[i].
func keyWords(toks []Token, i, max int) (keys []string, spans []int) {
	skipped := 0
	for j := i; j < len(toks) && len(keys) < max && toks[j].Sentence == toks[i].Sentence; {
		if j > i && toks[j-1].Possessive {
			break
		}
		if j > i && toks[j].Lower == "the" {
			skipped++ // "Republic of (the) Congo": the article inside a name is optional
			j++
			continue
		}
		if arabicArticle(toks[j].Lower) && j+1 < len(toks) && toks[j+1].Sentence == toks[j].Sentence && toks[j+1].Cap() {
			keys = append(keys, nameKey(toks[j].Lower+toks[j+1].Lower))
			spans = append(spans, 2+skipped)
			skipped = 0
			j += 2
			continue
		}
		keys = append(keys, nameKey(toks[j].Lower))
		spans = append(spans, 1+skipped)
		skipped = 0
		j++
	}
	return keys, spans
}
