package dates

import (
	"strings"

	"github.com/negograph/negograph/extract/arabic"
)

// Word roles that need no value.
const (
	fThis       uint32 = 1 << iota // هذا، هذه
	fYom                           // يوم
	fSince                         // منذ
	fAgo                           // قبل
	fAfter                         // بعد
	fFiller                        // نحو، حوالي: skipped after منذ/قبل/بعد
	fCue                           // في، خلال، حتى: a bare year may follow
	fMin                           // من
	fYearSuffix                    // م، ميلادي after a year
	fFutureCue                     // سوف، من المقرر: the sentence looks ahead
	fShahr                         // شهر before a month name
	fYearWord                      // عام، العام، سنة، السنة before a year number
	fFirst                         // أول in أول أمس
	fGhad                          // غد in بعد غد
	fConcord                       // الموافق between a weekday and a date
	fAnaphor                       // التالي، نفسه، ذاته: "the same/next" day or month
	fBetween                       // بين، كلا before الاثنين ("both")
	fWas                           // كان: "كان من المقرر" looks back, not ahead
	fHijri                         // هـ، هجري after a year: not a Gregorian year
	fAnd                           // و alone (before digits): "عامي 2015 و2018"
	fProposal                      // اقترح: what is proposed lies ahead, even after كان
	fAla                           // على, in "على أن": a stipulation that looks ahead
	fAn                            // أن, in "على أن"
	fAgree                         // اتفق، الاتفاق: "اتفقا على جولة …" looks ahead
	fRoundNoun                     // جولة، اجتماع، لقاء: what sides agree to hold
	fPart                          // النصف، الأسبوع: "النصف الثاني من آذار" is no day
)

// Periods named by a word with the article.
const (
	pNone int8 = iota
	pDay
	pWeek
	pMonth
	pYear
	pHour // only as a duration unit
)

// Modifiers after a month, weekday or period.
const (
	modNone int8 = iota
	modPast
	modCur
	modNext
	modRecent // الأخيرة: "the last (days, weeks)"
)

// Month heads read with the next word: كانون and تشرين.
const (
	headKanun  = 13
	headTishri = 14
)

// lex is what the tables know about one normalized word. A word may have
// several roles (عام is a year word and a unit; الأول is an ordinal and the
// end of كانون الأول).
type lex struct {
	flags   uint32
	month   int8 // 1-12, or headKanun/headTishri
	weak    bool // the month name is also a common word (مارس، آب، ماي، جوان)
	weekday int8 // 1 (Sunday) to 7 (Saturday), 0 for none
	mod     int8
	period  int8 // with the article: الشهر، العام، الأسبوع
	plural  int8 // with the article, plural: الأيام، الأسابيع، الأشهر
	anchor  int8 // 1 early, 2 middle, 3 late
	ord     int8 // ordinal 1-10 (الحادي counts as 1 but only in compounds)
	ordOnly bool // الحادي: only before عشر or والعشرين
	tens    int8 // 10 (عشر after an ordinal), 20, 30
	tensAnd bool // والعشرين, والثلاثين: joins an ordinal unit
	num     int8 // cardinal 1-50, or -1 for a vague count (بضعة، عدة)
	unit    int8 // pDay, pWeek, pMonth, pYear for duration words
	count   int8 // 1 singular, 2 dual, 0 plural (needs a number or is vague)
	dayRel  int8 // offset in days for اليوم، أمس، غدا
	hasDay  bool // dayRel is set
	clitic  bool // reached through a clitic prefix (و ف ب ل ك)
	strip   int8 // letters of that prefix that can be cut off the mention
}

func (l lex) has(f uint32) bool { return l.flags&f != 0 }

// buildLexicon gives the normalized word table with clitic variants.
func buildLexicon() map[string]lex {
	base := map[string]lex{}
	add := func(words string, l lex) {
		for _, w := range strings.Fields(words) {
			k := arabic.Normalize(w)
			old := base[k]
			base[k] = merge(old, l)
		}
	}
	months := []struct {
		words string
		weak  string
	}{
		{"يناير ينايِر جانفي", ""},
		{"فبراير فبرير فيفري شباط", ""},
		{"آذار", "مارس"},
		{"أبريل إبريل ابريل أفريل افريل نيسان", ""},
		{"مايو أيار", "ماي"},
		{"يونيو يونيه حزيران", "جوان"},
		{"يوليو يوليه يوليوز تموز جويلية جويليه", ""},
		{"أغسطس اغسطس أوت غشت", "آب"},
		{"سبتمبر أيلول شتنبر", ""},
		{"أكتوبر اكتوبر", ""},
		{"نوفمبر نوڤمبر نونبر", ""},
		{"ديسمبر دجنبر", ""},
	}
	for i, m := range months {
		add(m.words, lex{month: int8(i + 1)})
		add(m.weak, lex{month: int8(i + 1), weak: true})
	}
	add("كانون", lex{month: headKanun})
	add("تشرين", lex{month: headTishri})

	for i, w := range []string{"الأحد", "الاثنين الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"} {
		add(w, lex{weekday: int8(i + 1)})
	}
	add("الماضي الماضية المنصرم المنصرمة الفائت الفائتة المنقضي الماضيين", lex{mod: modPast})
	add("الجاري الجارية الحالي الحالية", lex{mod: modCur})
	add("المقبل المقبلة القادم القادمة المقبلين القادمين", lex{mod: modNext})
	add("الأخيرة الأخير", lex{mod: modRecent})

	add("الشهر", lex{period: pMonth})
	add("العام السنة", lex{period: pYear, flags: fYearWord})
	add("عام سنة عامي العامين", lex{flags: fYearWord})
	add("الأسبوع", lex{period: pWeek})
	add("الأيام", lex{plural: pDay})
	add("الأسابيع", lex{plural: pWeek})
	add("الأشهر الشهور", lex{plural: pMonth})
	add("الأعوام السنوات العامين السنتين", lex{plural: pYear})
	add("اليومين", lex{plural: pDay})
	add("الأسبوعين", lex{plural: pWeek})
	add("الشهرين", lex{plural: pMonth})

	add("مطلع أوائل بداية بدايات مستهل", lex{anchor: 1})
	add("منتصف أواسط", lex{anchor: 2})
	add("أواخر نهاية ختام", lex{anchor: 3})

	ords := []string{"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"}
	for i, w := range ords {
		add(w, lex{ord: int8(i + 1)})
	}
	add("الحادي", lex{ord: 1, ordOnly: true})
	add("عشر عشرة", lex{tens: 10})
	add("العشرين", lex{tens: 20})
	add("الثلاثين", lex{tens: 30})
	add("والعشرين", lex{tens: 20, tensAnd: true})
	add("والثلاثين", lex{tens: 30, tensAnd: true})

	nums := []string{"واحد واحدة", "اثنين اثنان اثنتين", "ثلاثة ثلاث", "أربعة أربع", "خمسة خمس",
		"ستة ست", "سبعة سبع", "ثمانية ثماني ثمان", "تسعة تسع", "عشرة عشر"}
	for i, w := range nums {
		add(w, lex{num: int8(i + 1)})
	}
	add("عشرين", lex{num: 20})
	add("ثلاثين", lex{num: 30})
	add("أربعين", lex{num: 40})
	add("خمسين", lex{num: 50})
	add("بضعة بضع عدة", lex{num: -1})

	add("يوم يوما", lex{unit: pDay, count: 1})
	add("يومين", lex{unit: pDay, count: 2})
	add("أيام", lex{unit: pDay})
	add("أسبوع أسبوعا", lex{unit: pWeek, count: 1})
	add("أسبوعين", lex{unit: pWeek, count: 2})
	add("أسابيع", lex{unit: pWeek})
	add("شهر شهرا", lex{unit: pMonth, count: 1, flags: fShahr})
	add("شهرين", lex{unit: pMonth, count: 2})
	add("أشهر شهور", lex{unit: pMonth})
	add("عام عاما سنة", lex{unit: pYear, count: 1})
	add("عامين سنتين", lex{unit: pYear, count: 2})
	add("أعوام سنوات سنين", lex{unit: pYear})

	add("ساعة ساعه", lex{unit: pHour, count: 1})
	add("ساعتين", lex{unit: pHour, count: 2})
	add("ساعات", lex{unit: pHour})
	add("اليوم", lex{dayRel: 0, hasDay: true})
	add("أمس الأمس البارحة", lex{dayRel: -1, hasDay: true})
	add("غدا", lex{dayRel: 1, hasDay: true})

	add("هذا هذه", lex{flags: fThis})
	add("يوم", lex{flags: fYom})
	add("منذ", lex{flags: fSince | fCue})
	add("قبل", lex{flags: fAgo | fCue})
	add("بعد", lex{flags: fAfter | fCue})
	add("نحو حوالي حوالى قرابة زهاء", lex{flags: fFiller})
	add("في خلال حتى بحلول طوال", lex{flags: fCue})
	add("من", lex{flags: fMin})
	add("م ميلادي ميلادية", lex{flags: fYearSuffix})
	add("اقترح اقترحت يقترح تقترح", lex{flags: fFutureCue | fProposal})
	add("على وعلى", lex{flags: fAla})
	add("اتفق اتفقا اتفقت اتفقوا اتفاق الاتفاق والاتفاق واتفق واتفقا", lex{flags: fAgree})
	add("جولة جولات اجتماع لقاء موعد عقد", lex{flags: fRoundNoun})
	add("النصف الثلث الربع العشر الشطر الأسبوع", lex{flags: fPart})
	add("أن", lex{flags: fAn})
	add("سوف لن ولن فلن المقرر مقرر المزمع المتوقع المرتقب المرتقبة المنتظر يعتزم تعتزم سيعقد ستعقد سيزور ستزور سيلتقي ستلتقي سيجري ستجري ستبدأ سيبدأ ستنطلق تنطلق ستستأنف تستضيف يستضيف", lex{flags: fFutureCue})
	// A round called the next one ("الجولة المقبلة في باكو يوم 17
	// سبتمبر") lies ahead with its date.
	add("المقبلة المقبل القادمة القادم", lex{flags: fFutureCue})
	// Present verbs of hosting and holding, the style of headlines ("مسقط
	// تحتضن السبت جولة", "الوفدان يلتقيان الأحد"): what they date lies ahead.
	add("تحتضن يحتضن تشهد يشهد تعقد يعقد تعقدان يعقدان يلتقي تلتقي يلتقيان تلتقيان يجتمع تجتمع يجتمعان تجتمعان تستأنف يستأنف", lex{flags: fFutureCue})
	// Future verbs: س + the imperfect prefix (ي ت ن) + a common stem.
	for _, stem := range strings.Fields("عقد زور لتقي جري بدا صل توجه شارك بحث ناقش ستضيف قدم جتمع كون عود وقع نطلق ستانف حضر علن توقع تم طرح زور صدر") {
		add("سي"+stem+" ست"+stem+" سن"+stem, lex{flags: fFutureCue})
	}
	add("أول", lex{flags: fFirst})
	add("غد", lex{flags: fGhad})
	add("الموافق", lex{flags: fConcord})
	add("التالي التالية نفسه نفسها ذاته ذاتها السابق", lex{flags: fAnaphor})
	add("بين كلا", lex{flags: fBetween})
	add("كان كانت", lex{flags: fWas})
	add("و", lex{flags: fAnd})
	add("هـ ه هجري هجرية للهجرة", lex{flags: fHijri})

	// Clitic variants: و ف, then ب ل ك, alone or together. A variant never
	// replaces a word of its own.
	out := make(map[string]lex, len(base)*12)
	for k, v := range base {
		out[k] = v
	}
	conj := []string{"", "و", "ف"}
	prep := []string{"", "ب", "ل", "ك"}
	for k, v := range base {
		if len([]rune(k)) < 2 {
			continue
		}
		for _, c := range conj {
			for _, p := range prep {
				if c == "" && p == "" {
					continue
				}
				stem := k
				if p == "ل" && strings.HasPrefix(k, "ال") {
					stem = "ل" + k[len("ا"):] // ل + الشهر = للشهر
					p = ""
				}
				w := c + p + stem
				if _, ok := base[w]; ok {
					continue
				}
				cv := v
				cv.clitic = true
				cv.strip = int8(len([]rune(c + p)))
				if old, ok := out[w]; ok {
					cv = merge(old, cv)
				}
				out[w] = cv
			}
		}
	}
	return out
}

// merge joins the roles of two entries for the same word.
func merge(a, b lex) lex {
	a.flags |= b.flags
	if b.month != 0 {
		a.month, a.weak = b.month, b.weak
	}
	if b.weekday != 0 {
		a.weekday = b.weekday
	}
	if b.mod != 0 {
		a.mod = b.mod
	}
	if b.period != 0 {
		a.period = b.period
	}
	if b.plural != 0 {
		a.plural = b.plural
	}
	if b.anchor != 0 {
		a.anchor = b.anchor
	}
	if b.ord != 0 {
		a.ord, a.ordOnly = b.ord, b.ordOnly
	}
	if b.tens != 0 {
		a.tens, a.tensAnd = b.tens, b.tensAnd
	}
	if b.num != 0 {
		a.num = b.num
	}
	if b.unit != 0 {
		a.unit, a.count = b.unit, b.count
	}
	if b.hasDay {
		a.dayRel, a.hasDay = b.dayRel, true
	}
	if b.clitic && (!a.clitic || b.strip < a.strip) {
		a.strip = b.strip
	}
	a.clitic = a.clitic || b.clitic
	return a
}
