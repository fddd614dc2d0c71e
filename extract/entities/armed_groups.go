package entities

import (
	"strings"

	"github.com/negograph/negograph/extract/arabic"
)

// This file reads the armed movements of a country named by their class
// as one side of talks: "الحكومة الانتقالية في تشاد والحركات السياسية
// العسكرية المعارضة", "الحكومة المالية والحركات المسلحة". Like an
// opposition named without a name, they are one Organization of their
// country ("org:armed-movements-COUNTRY"), so that the talks of a
// government with them have two sides.

// armedGroupHead reports whether a normalized word is a plural noun of
// groups with an optional conjunction or preposition written on it, and
// returns that prefix.
func armedGroupHead(norm string) (string, bool) {
	for _, head := range []string{"الحركات", "الفصائل", "الجماعات"} {
		for _, pre := range []string{"", "و", "ف", "ب", "وب", "ك"} {
			if norm == pre+head {
				return pre, true
			}
		}
		if rest, ok := strings.CutPrefix(head, "ال"); ok {
			for _, pre := range []string{"لل", "ولل"} {
				if norm == pre+rest { // "للحركات"
					return pre, true
				}
			}
		}
	}
	return "", false
}

// armedQualifier reports whether a normalized word qualifies groups as
// armed ("المسلحة", "العسكرية", "المتمردة") or describes them besides
// ("السياسية", "المعارضة"); armed is true for the first kind.
func armedQualifier(w string) (qualifies, armed bool) {
	switch w {
	case "المسلحه", "العسكريه", "المتمرده":
		return true, true
	case "السياسيه", "المعارضه":
		return true, false
	}
	return false, false
}

// armedGroupAt reads an armed-groups phrase at token i: its prefix, the
// token after its last qualifier and the phrase without the prefix
// ("الحركات السياسية العسكرية المعارضة"). ok is false unless one
// qualifier says the groups are armed.
func armedGroupAt(text string, toks []arabic.Token, i int) (pre string, end int, phrase string, ok bool) {
	pre, ok = armedGroupHead(toks[i].Norm)
	if !ok {
		return "", 0, "", false
	}
	armed := false
	end = i + 1
	for end < len(toks) && end <= i+3 && toks[end].Sentence == toks[i].Sentence {
		q, a := armedQualifier(toks[end].Norm)
		if !q || strings.TrimSpace(text[toks[end-1].End:toks[end].Start]) != "" {
			break
		}
		armed = armed || a
		end++
	}
	if !armed {
		return "", 0, "", false
	}
	start := toks[i].Start + prefixBytes(text[toks[i].Start:toks[i].End], pre)
	if strings.HasSuffix(pre, "لل") {
		start = toks[i].Start + prefixBytes(text[toks[i].Start:toks[i].End], strings.TrimSuffix(pre, "ل"))
		return pre, end, "ا" + text[start:toks[end-1].End], true // "للحركات" → "الحركات"
	}
	return pre, end, text[start:toks[end-1].End], true
}
