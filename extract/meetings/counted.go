package meetings

import (
	"strings"
	"unicode/utf8"

	"github.com/negograph/negograph/internal/article"
)

// counted reports whether the frame's trigger is a number of rounds or
// meetings, not one of them: "عقد الطرفان أكثر من خمسة عشر اجتماعاً",
// "ثلاث جولات من المحادثات", "عشرات اللقاءات", "سلسلة من الاجتماعات". A
// number of days or sessions is no count of rounds ("ثلاثة أيام من
// المحادثات" is one round).
func (s *scan) counted(f *frame) bool {
	head := f.trig
	if head >= 2 && s.words[head-1].norm == "من" && roundCountNoun(s.words[head-2].norm) {
		head -= 2 // "ثلاث جولات من المحادثات": the rounds are counted
	}
	if !roundCountNoun(strings.TrimPrefix(s.words[head].norm, "ال")) || head == 0 {
		return false
	}
	if s.dateAt(head - 1) {
		return false // "في مارس 2024 لقاءً": a year, no count
	}
	before := s.words[head-1].norm
	if before == "من" && head >= 2 {
		before = s.words[head-2].norm // "سلسلة من اللقاءات", "عدد من الاجتماعات"
		return before == "سلسله" || before == "عدد" || before == "مجموعه"
	}
	return countWord(before)
}

// roundCountNoun reports whether w, without the article, is a round or a
// meeting as a counted noun: the plural, or the singular after eleven and
// more ("خمسة عشر اجتماعاً").
func roundCountNoun(w string) bool {
	switch w {
	case "جولات", "جوله", "اجتماعات", "اجتماعا", "اجتماع", "لقاءات", "لقاء", "لقاءا":
		return true
	}
	return false
}

// countWord reports whether w is a cardinal number or a vague count: a
// numeral, "ثلاث" to "عشر", the tens, "عشرات", "عدة", "بضعة".
func countWord(w string) bool {
	if w == "" {
		return false
	}
	if r := []rune(w)[0]; r >= '0' && r <= '9' || r >= '٠' && r <= '٩' {
		return utf8.RuneCountInString(w) < 4 // "2024" is a year
	}
	w = strings.TrimPrefix(w, "و")
	switch w {
	case "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه",
		"ثمان", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر", "عشره", "عشرات", "مئات", "عده", "بضع", "بضعه":
		return true
	}
	return tensValue(w) >= 20
}

// singlesOut reports whether the words after a counted trigger go on to
// name its rounds one by one: a colon ("ثلاث جولات متتالية: الأولى في …"),
// an ordinal ("خمس جولات …، كانت الرابعة في روما") or a day of its own
// ("شهدت ثلاث جولات …، وتوقفت منذ 11 نوفمبر": the last of them).
func (s *scan) singlesOut(f *frame) bool {
	if f.date.Precision() == article.PrecisionDay && !f.dateInherited {
		return true
	}
	for i := f.trig + 1; i < f.end; i++ {
		if s.words[i].in(s.x.lex.ordinals) || strings.Contains(s.in.Text[s.in.Tokens[i-1].End:s.in.Tokens[i].Start], ":") {
			return true
		}
	}
	return false
}
