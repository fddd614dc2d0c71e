package meetings

import (
	"strings"

	"github.com/negograph/negograph/schema"
)

// This file reads the words around a delegation received or met that
// must not lose its sides: a host's title set off by commas ("رئيس
// المخابرات …، اللواء X،") and adjectives after the delegation noun
// ("وفداً قيادياً من حركة …"). Receptions themselves are reception.go's.

// appositionComma reports whether the comma after token j-1 only opens an
// apposition naming the person of the title before it: "رئيس جهاز
// المخابرات العامة المصرية، اللواء حسن رشاد،". Right after the comma comes
// the person, or up to two rank or title words and then the person.
func (s *scan) appositionComma(j, end int) bool {
	for k := j; k < end && k <= j+2; k++ {
		if m, ok := s.mentionAt(k); ok {
			return m.Label == schema.LabelPerson
		}
		if k > j && commaBetween(s.in.Text, s.in.Tokens, k-1) {
			return false
		}
		if !s.words[k].in(s.x.lex.title) && !s.words[k].in(s.x.lex.titleTail) && !rankWord(s.words[k].norm) {
			return false
		}
	}
	return false
}

// rankWord reports whether a word is a rank or honorific put before a
// name: "اللواء", "الفريق", "العميد", "الدكتور", "الشيخ".
func rankWord(n string) bool {
	switch n {
	case "اللواء", "الفريق", "العميد", "العقيد", "الدكتور", "د", "الشيخ", "الامير", "السيد", "السيده", "المهندس", "الجنرال", "الاميرال":
		return true
	}
	return false
}

// afterDelegationQualifiers returns the token after the words that qualify
// a delegation noun at i before the side it belongs to: "وفداً قيادياً من
// حركة حماس", "وفداً رفيع المستوى من", "وفداً أمنياً مصرياً" (the side
// itself, an adjective mention, is not skipped). It returns i+1 when none.
func (s *scan) afterDelegationQualifiers(i, end int) int {
	j := i + 1
	for j < end && j <= i+3 {
		if _, ok := s.mentionAt(j); ok || commaBetween(s.in.Text, s.in.Tokens, j-1) {
			break
		}
		n := s.words[j].norm
		if n == "رفيع" || n == "رفيعا" || n == "المستوى" || n == "المستوي" || n == "موسعا" || n == "كبيرا" ||
			n != "من" && (strings.HasSuffix(n, "يا") || strings.HasSuffix(n, "يه")) && !strings.HasPrefix(n, "ال") && len([]rune(n)) > 4 {
			j++
			continue
		}
		break
	}
	return j
}
