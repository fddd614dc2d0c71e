package meetings

import "strings"

// directAndIndirect reports whether the word "direct" at i is joined to
// "indirect" ("المباشرة وغير المباشرة", "غير المباشرة والمباشرة", "مباشرة
// أو غير مباشرة"): talks of both kinds.
func (s *scan) directAndIndirect(i int) bool {
	if i+2 < len(s.words) && (s.words[i+1].norm == "وغير" || s.words[i+1].norm == "او" && s.words[i+2].norm == "غير") {
		return true
	}
	if i >= 2 && s.words[i-1].norm == "غير" && i+2 < len(s.words) && s.words[i+1].in(s.x.lex.direct) {
		return true // "غير المباشرة والمباشرة": the indirect first
	}
	if i >= 2 && strings.HasPrefix(s.words[i].norm, "و") && s.words[i-1].in(s.x.lex.direct) && s.words[i-2].norm == "غير" {
		return true
	}
	if i >= 2 && s.words[i-1].norm == "وغير" && s.words[i-2].in(s.x.lex.direct) {
		return true // the second half of "المباشرة وغير المباشرة"
	}
	return false
}
