package entities

import (
	"strings"
	"unicode/utf8"
)

// rankWords are military ranks and honorifics that news writes right
// before a name and hardly ever before anything else: after one, the next
// word opens a name whether or not its given name is listed ("اللواء X
// الY"), and the name may end with a family name written with ة ("العميد X
// الYة"). Each is also a role word.
func rankWords() []string {
	return []string{"العميد", "اللواء", "الفريق", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم",
		"المشير", "الجنرال", "العماد", "الأدميرال", "الأميرال", "الدكتور", "الدكتورة", "د",
		"المهندس", "المهندسة", "الشيخ", "الشيخة", "السيد", "السيدة", "الأستاذ", "الأستاذة",
		"البروفيسور", "الحاج", "الملا", "المولوي"}
}

// membershipNouns are "its membership" written with the pronoun: "وضم
// الوفد في عضويته X وY" lists the members after it, as a title would.
func membershipNouns() []string {
	return []string{"عضويته", "عضويتها", "عضويتهم", "عضويتهما"}
}

// membership reports whether token i is a membership noun (عضويته).
func (p *personScan) membership(i int) bool {
	for _, st := range p.rs.of(i) {
		switch st.Stem {
		case "عضويته", "عضويتها", "عضويتهم", "عضويتهما":
			return true
		}
	}
	return false
}

// rankBefore reports whether a rank word stands right before token i,
// possibly with rank qualifiers between ("العميد الركن X", "د. X").
func (p *personScan) rankBefore(i int) bool {
	for j := i - 1; j >= 0; j-- {
		gap := p.text[p.toks[j].End:p.toks[j+1].Start]
		dot := p.toks[j].Norm == "د" && strings.TrimSpace(gap) == "."
		if !dot && (p.toks[j].Sentence != p.toks[i].Sentence || !blankGap(gap)) {
			return false
		}
		if p.rs.any(j, flagRank) {
			return true
		}
		if !p.rs.any(j, flagQual) || j < i-3 {
			return false
		}
	}
	return false
}

// rankOpens reports whether an unlisted word at token i, after a rank, may
// open a name: not a verbal noun opening an object ("أكد العميد ضرورة …"),
// not a feminine plural, and written with ة only after a feminine rank
// (الدكتورة).
func (p *personScan) rankOpens(i int) bool {
	raw := p.text[p.toks[i].Start:p.toks[i].End]
	if p.rs.any(i, flagObject) || femininePlural(p.toks[i].Norm) || pronounSuffixed(raw) {
		return false
	}
	if strings.HasSuffix(raw, "ة") {
		j := i - 1
		for j > 0 && p.rs.any(j, flagQual) {
			j--
		}
		return strings.HasSuffix(p.text[p.toks[j].Start:p.toks[j].End], "ة")
	}
	return true
}

// titleOpens reports whether an unlisted word at token i, right after a
// title phrase, may open a name whose family name is written with the
// article ("رئيس المجلس الرئاسي X الY"). After a title the verb's object
// may stand there too ("بحث الرئيس سبل التعاون", "أكد الوزير تضامن
// الشعب"): the word needs four letters, no ة, no plural ending, and not
// the shape of a verbal noun (تفاعل، تفعيل، إفعال).
func (p *personScan) titleOpens(i int) bool {
	if !p.rankOpens(i) {
		return false
	}
	raw := p.text[p.toks[i].Start:p.toks[i].End]
	norm := p.toks[i].Norm
	rs := []rune(norm)
	if len(rs) < 4 || strings.HasSuffix(raw, "ة") || strings.HasSuffix(norm, "ين") || strings.HasSuffix(norm, "ون") ||
		strings.HasSuffix(raw, "ا") || // "الزعيمين قبلا الجلوس": a dual verb
		(len(rs) >= 5 && strings.HasSuffix(raw, "ه")) { // "نظراءه": a noun with its pronoun
		return false
	}
	switch {
	case rs[0] == 'ت' && len(rs) == 5 && (rs[2] == 'ا' || rs[3] == 'ي'): // تضامن، تعاون، تطوير
		return false
	case strings.HasPrefix(raw, "إ") && len(rs) == 5 && rs[3] == 'ا': // إعلان، إرسال
		return false
	case rs[0] == 'م' && len(rs) >= 5: // مستقبل، مجالات: nouns of place and participles
		return false
	}
	return true
}

// looseFamily reports whether a word with the article, after an unlisted
// word that follows a title, may be a family name: a nisba (المهدوي،
// العمامي) or a word that is not the verbal noun of a derived form (التعاون،
// الاستقرار، الإعلان) nor a participle (المفاوض).
func (p *personScan) looseFamily(k int) bool {
	if !p.familyName(k) {
		return false
	}
	raw := p.text[p.toks[k].Start:p.toks[k].End]
	if strings.HasSuffix(raw, "ين") {
		return false // "الأوروبيين": a plural adjective
	}
	if strings.HasSuffix(raw, "ي") && utf8.RuneCountInString(raw) >= 6 {
		return true
	}
	for _, pre := range []string{"الت", "الم", "الا", "الإ"} {
		if strings.HasPrefix(raw, pre) {
			return false
		}
	}
	return true
}

// taFamily reports whether a word with the article written with ة can end
// a name read after a title or rank and a listed given name ("وزير الدفاع
// X الYة"): no clitic, no nisba (…ية), not the verbal noun مفاعلة nor one
// of the derived forms (التسوية، الاستعادة، الإدارة), no known word, and the
// name ends with it.
func (p *personScan) taFamily(k int, joinable func(int) bool) bool {
	norm := p.toks[k].Norm
	raw := p.text[p.toks[k].Start:p.toks[k].End]
	if !strings.HasPrefix(raw, "ال") || !strings.HasSuffix(raw, "ة") || strings.HasSuffix(norm, "يه") || !p.definite(k) {
		return false
	}
	if utf8.RuneCountInString(norm) < 6 {
		return false
	}
	for _, pre := range []string{"الت", "الم", "الا", "الإ"} {
		if strings.HasPrefix(raw, pre) {
			return false
		}
	}
	if p.any(k, flagStop|flagVerb|flagTime|flagCommon|flagRole|flagLink|flagQual|flagEvent|flagLocative|flagOrgCue) {
		return false
	}
	return !joinable(k+1) || p.nameBoundary(k+1)
}

// nameBoundary reports whether token k, right after a name, is a word
// that ends it: a verb, a function word, a time word, a word with the
// conjunction (a second name or clause) or a preposition with the article
// ("بالاتفاق").
func (p *personScan) nameBoundary(k int) bool {
	if p.any(k, flagVerb|flagStop|flagTime|flagRole) {
		return true
	}
	raw := p.text[p.toks[k].Start:p.toks[k].End]
	for _, pre := range []string{"و", "ف", "بال", "لل", "وال"} {
		if strings.HasPrefix(raw, pre) {
			return true
		}
	}
	return false
}

// honorificName reads a one-word name after an honorific that is written
// as part of it in Afghan and Pakistani names ("نائب وزير الداخلية الحاج
// X إن …", "الملا X"): a listed given name where the name ends. The name
// keeps the honorific; the title before it is the role. It returns the end
// of the name.
func (p *personScan) honorificName(ph rolePhrase) (int, bool) {
	h, j := ph.to-1, ph.to
	if h < ph.from || j >= len(p.toks) || p.covered[j] || p.owner[j] >= 0 {
		return 0, false
	}
	switch p.toks[h].Norm {
	case "الحاج", "الملا", "المولوي":
	default:
		return 0, false
	}
	raw := p.text[p.toks[j].Start:p.toks[j].End]
	if !p.rs.word(j).has(flagGiven) || (p.toks[j].Norm == "علي" && strings.HasSuffix(raw, "ى")) ||
		p.toks[j].Sentence != p.toks[h].Sentence || !blankGap(p.text[p.toks[h].End:p.toks[j].Start]) {
		return 0, false
	}
	if n := j + 1; n < len(p.toks) && p.toks[n].Sentence == p.toks[j].Sentence &&
		blankGap(p.text[p.toks[j].End:p.toks[n].Start]) && !p.nameBoundary(n) {
		return 0, false
	}
	country := ph.country
	if ph.observer {
		country = ""
	}
	p.emit(h, j+1, "", p.roleText(ph.from, h), country, 0.75)
	return j + 1, true
}
