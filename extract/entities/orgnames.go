package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// This file reads organisations no list knows from the way Arabic news
// names them: a class noun (حركة، جبهة، جيش، قوات، تحالف، مجلس، حزب …)
// followed by the words of the name up to a boundary ("جبهة تحرير مورو
// الإسلامية"، "الحركة الوطنية لتحرير أزواد"، "جبهة التغيير والوفاق في
// تشاد"), often with its Latin acronym in brackets ("(MNLA)"). A
// nationality adjective closing the name ("حركة المقاومة الوطنية
// الموزمبيقية") belongs to it and is no second party. Later in the
// article the bare class noun ("الحركة"، "الجبهة") or "المتمردون" points
// back to the last such group. Armed groups, movements, fronts and rival
// councils are the sides of the talks they negotiate; a list of them never
// covers the next one in the news.

// orgClassOf returns the class noun of an organisation a normalized stem
// is ("حركه" for "الحركه" and "حركه"), and whether it is written with the
// article.
func orgClassOf(stem string) (string, bool, bool) {
	def := strings.HasPrefix(stem, "ال")
	switch c := strings.TrimPrefix(stem, "ال"); c {
	case "حركه", "جبهه", "جيش", "قوات", "تحالف", "مجلس", "حزب", "ائتلاف", "تنسيقيه", "هيئه", "تنظيم":
		return c, def, true
	case "منصه":
		// "المنصة الوطنية للتغيير"; without the article it is a social
		// network ("منصة إكس")
		return c, true, def
	case "اتحاد":
		// "اتحاد قوى المقاومة"; with the article it is most often a
		// union the gazetteer knows or a state ("الاتحاد السوفيتي")
		return c, false, !def
	case "قوي":
		// "قوى الحرية والتغيير"; with the article it is "the powers" or
		// "the strong"
		return c, false, !def
	}
	return "", false, false
}

// armedClass reports whether organisations of a class are the ones
// "المتمردون" points back to.
func armedClass(c string) bool {
	switch c {
	case "حركه", "جبهه", "جيش", "قوات", "تحالف", "ائتلاف", "تنسيقيه", "قوي":
		return true
	}
	return false
}

// anaphoricClass reports whether the bare class noun with the article
// points back to an organisation named before ("الحركة"، "الجبهة"). "الجيش"
// and "القوات" alone are most often a country's own army, and are not read.
func anaphoricClass(c string) bool {
	switch c {
	case "حركه", "جبهه", "تحالف", "مجلس", "حزب", "ائتلاف", "تنسيقيه":
		return true
	}
	return false
}

// rebelsWord reports whether a normalized word is "المتمردون" (with a
// conjunction or preposition written on it).
func rebelsWord(w string) bool {
	for _, p := range []string{"", "و", "ف", "ل", "ب", "وب", "ول"} {
		switch strings.TrimPrefix(w, p) {
		case "المتمردون", "المتمردين", "لمتمردين":
			return strings.HasPrefix(w, p)
		}
	}
	return false
}

// genericOrgWord reports whether a normalized word (article and
// prepositions removed) describes an organisation rather than naming it:
// "المجلس العسكري الانتقالي"، "الجيش النظامي"، "قوات الأمن"، "جيش
// الاحتلال"، "الجبهة الشرقية" name no group of their own.
func genericOrgWord(w string) bool {
	w = strings.TrimPrefix(w, "ال")
	if _, _, ok := orgClassOf(w); ok {
		return true // "جيش الجبهة": the army of a group named before
	}
	switch strings.TrimSuffix(w, "ه") {
	case "عسكري", "انتقالي", "حاكم", "مسلح", "حكومي", "نظامي", "رسمي", "احتلال", "متمرد", "نظام",
		"امن", "امني", "حكوم", "حكومات", "سيادي", "وزاري", "وزراء", "دولي", "اعلي", "اعل", "جديد", "اخري", "اخر",
		"شرقي", "غربي", "شمالي", "جنوبي", "داخلي", "خارجي", "امامي", "موحد", "مشترك", "محلي",
		"شعبي", "جيش", "شرط", "دفاع", "ملكي", "جمهوري", "خاص", "مركزي", "عام", "عليا", "ادار",
		"معارض", "حرب", "سياسي", "مالي", "اجنبي",
		"تابع", "جماع", "قتال", "معارك", "موالي", "مدعوم", "مرتبط", "مقرب", "حليف", "متحالف", "موجود", "منتشر", "مشارك", "مختلف", "متعدد", "كبير", "صغير", "رئيسي", "اول", "ثاني", "ثالث", "قوات", "ذات", "نفس":
		return true
	}
	return false
}

// stateOrgWord reports whether a generic word describes a state's own
// forces or bodies ("العسكري"، "الحاكم"، "الأمن"، "الاحتلال"): with it, no
// number of describing words makes a name ("المجلس العسكري الانتقالي"),
// while two others do ("المجلس الانتقالي الجنوبي").
func stateOrgWord(w string) bool {
	switch strings.TrimSuffix(strings.TrimPrefix(w, "ال"), "ه") {
	case "عسكري", "حاكم", "مسلح", "حكومي", "نظامي", "رسمي", "احتلال", "متمرد", "نظام", "امن", "امني", "حكوم",
		"حكومات", "سيادي", "وزاري", "وزراء", "جيش", "شرط", "دفاع", "ملكي", "تابع", "موالي", "مدعوم", "مرتبط",
		"مقرب", "حليف", "متحالف", "موجود", "منتشر", "مشارك", "اجنبي", "قتال", "معارك", "حرب", "جماع", "مالي":
		return true
	}
	return false
}

// literalMovement reports whether the word after "حركة" makes it the
// common noun (traffic, flow) rather than a movement: "حركة المرور"،
// "حركة الملاحة"، "حركة الشاحنات".
func literalMovement(w string) bool {
	switch strings.TrimSuffix(strings.TrimPrefix(w, "ال"), "ه") {
	case "مرور", "ملاح", "شاحنات", "سفن", "طيران", "سير", "تجار", "نقل", "عبور", "تنقل", "بضائع", "مسافرين",
		"ركاب", "اسواق", "اسهم", "تداول", "نزوح", "هجر", "لاجئين", "سياح", "استثمار", "قطارات", "رحلات", "سفر",
		"مياه", "رياح", "اموال", "سيول", "بيع", "شراء", "دخول", "خروج", "حدود", "موانئ", "ميناء", "مطار", "مطارات":
		return true
	}
	return false
}

// orgStop reports whether a normalized word ends the name of an
// organisation: a government noun, or another class noun joined by و.
func orgStop(w string) bool {
	if arabic.Conjunct(w, func(w string) bool {
		switch strings.TrimPrefix(w, "ال") {
		case "حكومه", "حكومات", "سلطات", "سلطه", "دوله", "رئيس", "رئاسه", "وفد", "وفود", "طرفين", "طرفان",
			"جانبين", "جانبان", "نظام", "بلاد":
			return true
		}
		return false
	}) {
		return true
	}
	switch w {
	case "برعايه", "بوساطه", "بتيسير", "بحضور", "بمشاركه", "بدعم", "بقياده", "برئاسه", "بزعامه", "بين", "مقابل", "ضمن":
		return true
	}
	if rest, ok := strings.CutPrefix(w, "و"); ok && utf8.RuneCountInString(rest) >= 3 {
		_, _, cls := orgClassOf(rest) // "وحركة …": another group joined by و
		return cls
	}
	return false
}

// latinAcronym reports whether the text of a token is an acronym: two to
// eight capital Latin letters or digits, a letter first ("MNLA"، "M23").
func latinAcronym(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for i, c := range s {
		switch {
		case c >= 'A' && c <= 'Z':
		case unicode.IsDigit(c) && i > 0:
		default:
			return false
		}
	}
	return true
}

// bracketAfter returns, when token j stands alone in brackets right after
// the text at offset end ("… (MNLA)"), the token's text.
func bracketAfter(text string, toks []arabic.Token, j, end int) (string, bool) {
	if j >= len(toks) || strings.TrimSpace(text[end:toks[j].Start]) != "(" {
		return "", false
	}
	if toks[j].End >= len(text) || text[toks[j].End] != ')' {
		return "", false
	}
	return text[toks[j].Start:toks[j].End], true
}

// agrees reports whether a definite word w can be an adjective of the
// name: right after a head with the article, one of its gender ("الجبهة
// الموحدة"، "المجلس الأعلى"); after a noun in construct or a complement, a
// relative adjective in -ي or -ية ("جبهة تحرير مورو الإسلامية") or one
// of the pattern af'al ("جبهة تحرير الوادي الأخضر"). Any other
// definite word is no part of the name ("رفضت الجبهة التوقيع").
func agrees(class string, afterHead bool, w string) bool {
	if !afterHead {
		// or an adjective of the pattern af'al ("الأخضر"، "الأعلى")
		return strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه") ||
			strings.HasPrefix(w, "الا") && utf8.RuneCountInString(w) == 6 && !strings.HasSuffix(w, "ه")
	}
	switch class {
	case "حركه", "جبهه", "قوات", "تنسيقيه", "هيئه", "منصه":
		return strings.HasSuffix(w, "ه")
	}
	return !strings.HasSuffix(w, "ه")
}

// NegotiatingOrg reports whether an organisation is of the kind that is a
// side of talks in its own name, as the subject of a meeting verb ("عقدت
// الحكومة وجبهة التحرير جولة"): one read from its class noun or an
// opposition (not known to the gazetteer), or a known one of a country
// whose name opens with the class noun of an armed group or movement ("جيش
// التحرير الوطني"، "حركة طالبان"). Ministries, outlets, agencies and
// international forces are not.
func NegotiatingOrg(e *Entity) bool {
	if e == nil || e.Label != schema.LabelOrganization {
		return false
	}
	if !e.Known {
		return true
	}
	if e.Country == "" {
		return false // an international force or body ("قوات الأمم المتحدة المؤقتة")
	}
	if strings.HasPrefix(e.NameAr, "حكومة ") {
		return true // a region's or a rival government: "حكومة إقليم كردستان"
	}
	for _, n := range append([]string{e.NameAr}, e.Aliases...) {
		if w := arabic.Words(n); len(w) > 1 {
			if c, _, ok := orgClassOf(w[0]); ok && armedClass(c) {
				return true
			}
		}
	}
	return false
}

// acronymSkeleton returns the consonants of a word in Latin or Arabic
// letters as the other alphabet writes them ("RENAMO" and "رينامو" give
// "rnm"): vowels, weak letters and h are left out.
func acronymSkeleton(w string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(w) {
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h', 'ا', 'و', 'ي', 'ى', 'ة', 'ه', 'ع', 'ء', 'أ', 'إ', 'آ', 'ئ', 'ؤ':
		case 'g', 'j', 'ج', 'غ':
			b.WriteByte('j')
		case 'c', 'q', 'k', 'ك', 'ق', 'خ':
			b.WriteByte('k')
		case 'v', 'f', 'ف':
			b.WriteByte('f')
		case 'p', 'b', 'ب':
			b.WriteByte('b')
		case 't', 'ت', 'ط':
			b.WriteByte('t')
		case 'd', 'د', 'ض':
			b.WriteByte('d')
		case 'r', 'ر':
			b.WriteByte('r')
		case 'z', 'ز', 'ذ', 'ظ':
			b.WriteByte('z')
		case 's', 'س', 'ص', 'ش':
			b.WriteByte('s')
		case 'l', 'ل':
			b.WriteByte('l')
		case 'm', 'م':
			b.WriteByte('m')
		case 'n', 'ن':
			b.WriteByte('n')
		}
	}
	return b.String()
}
