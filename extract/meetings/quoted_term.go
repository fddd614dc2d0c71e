package meetings

import (
	"strings"

	"github.com/negograph/negograph/extract/arabic"
)

// This file tells a quoted term from a quotation. News sets a word or two
// in quotes inside the clause ("استئناف المحادثات "العاجلة" يوم الخميس",
// "الجولة «الحاسمة» في الدوحة"): those quotes end no clause, unlike the
// quotation of a statement.

// maxQuotedTerm is the longest quoted span, in tokens, read as a term.
const maxQuotedTerm = 3

// quotedTermGap reports whether the gap after token i holds only the
// opening or closing mark of a quoted term of at most maxQuotedTerm tokens.
func quotedTermGap(text string, toks []arabic.Token, i int) bool {
	gap := text[toks[i].End:toks[i+1].Start]
	if strings.ContainsAny(gap, "،,;؛:()") {
		return false
	}
	open, close := quoteOpens(gap), quoteCloses(gap)
	if open == close {
		return false // no quote, or one closing and another opening
	}
	if open {
		for k := i + 1; k < len(toks)-1 && k <= i+maxQuotedTerm; k++ {
			if g := text[toks[k].End:toks[k+1].Start]; quoteCloses(g) {
				return true
			} else if strings.ContainsAny(g, "،,;؛:()«\".؟!") {
				return false
			}
		}
		return false
	}
	for k := i - 1; k >= 0 && k >= i-maxQuotedTerm; k-- {
		if g := text[toks[k].End:toks[k+1].Start]; quoteOpens(g) {
			return true
		} else if strings.ContainsAny(g, "،,;؛:()»\".؟!") {
			return false
		}
	}
	return false
}

// quoteOpens reports whether a gap ends with an opening quote mark: "«",
// or '"' after a space.
func quoteOpens(gap string) bool {
	g := strings.TrimRight(gap, " ")
	if len(g) < len(gap) {
		return false // a space after the mark: it closes what came before
	}
	return strings.HasSuffix(g, "«") || strings.HasSuffix(g, "\"") && strings.TrimSpace(g) != g
}

// quoteCloses reports whether a gap starts with a closing quote mark: "»",
// or '"' before a space.
func quoteCloses(gap string) bool {
	g := strings.TrimLeft(gap, " ")
	if len(g) < len(gap) {
		return false
	}
	return strings.HasPrefix(g, "»") || strings.HasPrefix(g, "\"") && strings.TrimSpace(g) != g
}
