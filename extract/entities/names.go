package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// nameAt reports whether a name starts at token j. With strict (the given
// name is also a link or a title: باسم، أمين) no later word of the name may
// end with ة: "المتحدثة باسم وزارة …" is no name.
func (p *personScan) nameAt(j int, strict bool) bool {
	if p.spokesmanLink(j) {
		return false // "المتحدث باسم X": on behalf of X
	}
	end, ok := p.openName(j, false)
	if !ok || !strict {
		return ok
	}
	for k := j + 1; k < end; k++ {
		if strings.HasSuffix(p.text[p.toks[k].Start:p.toks[k].End], "ة") {
			return false
		}
	}
	return true
}

// nameWord reports whether token i can be a word of a name: an Arabic word
// of two letters or more, without the article, that is no function word,
// verb, time word, title or common noun — a listed given name always is,
// and a word with a conjunction (وليد، ويلسون) is unless what follows the
// conjunction is a known word or a given name (a second person: "ومحمد").
func (p *personScan) nameWord(i int, first bool) bool {
	norm := p.toks[i].Norm
	if !arabicWord(norm) {
		return false
	}
	raw := p.text[p.toks[i].Start:p.toks[i].End]
	w := p.rs.word(i)
	if w.has(flagGiven) {
		return !(norm == "علي" && strings.HasSuffix(raw, "ى"))
	}
	ends := flagStop | flagVerb | flagTime | flagCommon | flagRole | flagLink | flagQual | flagEvent | flagLocative | flagOrgCue
	madda := strings.HasPrefix(raw, "آ")
	if madda {
		ends &^= flagStop // "آن" (Anne) folds to the particle "أن"
	}
	if prepositionHamza(raw) {
		return false // "الوسيط العماني لأسباب وصفها": a preposition, not a name
	}
	if w.has(ends) || p.verb(i) && !madda || p.definite(i) || verbShaped(norm) || waslShaped(raw) || strings.ContainsAny(raw, "\u064b\u064c\u064d") {
		// tanween marks an indefinite noun or adjective ("بياناً"), never a name
		return false
	}
	for _, st := range p.rs.of(i)[1:] {
		if st.has(ends) || (!first && st.has(flagGiven) && strings.HasPrefix(st.Prefix, "و")) {
			return false
		}
		if st.Prefix != "" && !st.has(flagGiven) && tafilShaped(st.Stem) {
			return false // "وتشكيل حكومة": a verbal noun with a clitic
		}
	}
	return true
}

// tafilShaped reports whether a normalized word has the shape of the verbal
// noun of form II, تفعيل (تشكيل، تسليم، تعزيز، تنفيذ): five letters, ت
// first and ي fourth. Read after a clitic it opens a clause, not a name
// (given names of that shape, توفيق، تيسير, are listed).
func tafilShaped(w string) bool {
	r := []rune(w)
	return len(r) == 5 && r[0] == 'ت' && r[3] == 'ي'
}

// pronounSuffixed reports whether a written word of five letters or more
// ends with an attached pronoun of the third person (ها، هم، هما). A name
// may end so (سيبيها), but a third word so written after two words of a
// name is a noun of the clause ("إينا سوفسون تشككها").
func pronounSuffixed(raw string) bool {
	if utf8.RuneCountInString(raw) < 5 {
		return false
	}
	for _, suf := range []string{"هما", "ها", "هم"} {
		if strings.HasSuffix(raw, suf) {
			return true
		}
	}
	return false
}

// verbShaped reports whether a normalized word has the shape of an
// imperfect verb of the derived forms V, VI, VII and X (يتمسك، تستضيف،
// ينتظر), a prefix no transliterated name starts with, or of a future verb
// in the dual or plural.
func verbShaped(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, pre := range []string{"يت", "تت", "يست", "تست", "ينت", "نت", "سيت", "ستت"} {
		if strings.HasPrefix(w, pre) {
			return true
		}
	}
	// the future with a dual or plural ending: سيجلسان، ستعقدون (but not
	// the Armenian "-يان" of سيمونيان)
	return utf8.RuneCountInString(w) >= 6 && (strings.HasPrefix(w, "سي") || strings.HasPrefix(w, "ست")) &&
		(strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "ان")) && !strings.HasSuffix(w, "يان")
}

// conjoinedTitleBefore reports whether a title with the conjunction stands
// in the four words before token i ("ورئيس الوزراء الأرميني X"): the name
// is the second of two subjects, which a dual verb may follow.
func (p *personScan) conjoinedTitleBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4 && p.toks[j].Sentence == p.toks[i].Sentence; j-- {
		for _, st := range p.rs.of(j) {
			if st.Prefix == "و" && st.has(flagRole) {
				return true // the conjunction, not the root و of "وزير"
			}
		}
	}
	return false
}

// dualVerbShaped reports whether a normalized word has the shape of a
// verb of three root letters in the dual past, "حققا", "عقدا": after two
// words of a name and before no other name word ("لولا دا سيلفا" goes on),
// the verb of the subjects before it.
func dualVerbShaped(w string) bool {
	return utf8.RuneCountInString(w) == 4 && strings.HasSuffix(w, "ا") && !strings.HasSuffix(w, "يا") && !strings.HasSuffix(w, "وا")
}

// waslShaped reports whether a written word has the shape of a verb or
// verbal noun of the derived forms VII, VIII and X, which start with a plain
// alif (hamzat al-wasl): اختتم، اعتراف، انسحاب، استقبل، استئناف.
func waslShaped(raw string) bool {
	if !strings.HasPrefix(raw, "ا") {
		return false // أ and إ start names (أرارات، إلهام), not these forms
	}
	var rs [8]rune
	n := 0
	for _, c := range raw {
		if arabic.Fold(c) == -1 {
			continue // diacritics
		}
		if n == len(rs) {
			return false
		}
		rs[n] = c
		n++
	}
	switch {
	case n == 5 && rs[2] == 'ت': // VIII past: اختتم، اعتبر
		return true
	case n == 6 && rs[2] == 'ت' && rs[4] == 'ا': // VIII noun: اعتراف، اجتماع
		return true
	case n == 6 && rs[1] == 'ن' && rs[4] == 'ا': // VII noun: انسحاب
		return true
	case n == 6 && rs[1] == 'س' && rs[2] == 'ت': // X past: استقبل
		return true
	case n == 7 && rs[1] == 'س' && rs[2] == 'ت' && rs[5] == 'ا': // X noun: استقبال
		return true
	}
	return false
}

// tribalShaped reports whether a word with the article has the shape of a
// family name of the pattern فعاللة (الخصاونة، الطراونة، الرواشدة), the
// one common shape of family names written with ة. Words starting with م
// are left out: they are the verbal nouns مفاعلة (المعارضة، المبادرة).
func tribalShaped(norm string) bool {
	rs := []rune(strings.TrimPrefix(norm, "ال"))
	return len(rs) == 6 && rs[0] != 'م' && rs[2] == 'ا' && rs[5] == 'ه'
}

// familyName reports whether token i, written with the article, can end a
// name ("البشير", "السيسي"): no clitic, not a plural or feminine noun
// (المباحثات، الجولة، الوسطاء), no known common word.
func (p *personScan) familyName(i int) bool {
	norm := p.toks[i].Norm
	if !arabicWord(norm) || !strings.HasPrefix(norm, "ال") || !p.definite(i) {
		return false
	}
	if strings.HasSuffix(norm, "ات") || strings.HasSuffix(norm, "ون") || strings.HasSuffix(norm, "اء") ||
		(strings.HasSuffix(norm, "ه") && !tribalShaped(norm)) {
		return false
	}
	return !p.any(i, flagStop|flagVerb|flagTime|flagCommon|flagRole|flagLink|flagQual|flagEvent|flagLocative|flagOrgCue)
}

// openName reads a name starting at token from: words (nameWord), connectors
// with what follows them (بن سلمان، عبد الرحمن، آل ثاني، أبو …), the divine
// name closing a compound (فتح الله، ذبيح الله، نور الدين) and at most one
// final family name with the article. A name has two to four parts (a
// connector and its word are one part) and stops at any punctuation or quote,
// at a known entity, and at a word that cannot be part of a name. With
// firstOK the caller has checked the first word (a given name after a
// clitic).
func (p *personScan) openName(from int, firstOK bool) (int, bool) {
	return p.readName(from, firstOK, false)
}

// readName is openName; titled reports that a title phrase stands right
// before the name. After a title, an unlisted first word may take a family
// name with the article (titleOpens, looseFamily); after a title or a rank
// (rankBefore), which opens a name as a listed given name does, the family
// name may be written with ة (taFamily) or be two words with the article
// ("العقيد X الY الZ").
func (p *personScan) readName(from int, firstOK, titled bool) (int, bool) {
	text, toks := p.text, p.toks
	if from >= len(toks) || p.covered[from] || p.owner[from] >= 0 {
		return from, false
	}
	s := toks[from].Sentence
	k, parts, last := from, 0, -1
	arabicStyle := false // a listed given name or a connector
	rank := p.rankBefore(from)
	loose := false // an unlisted first word right after a title
	// joinable reports whether token j continues the name after j-1.
	joinable := func(j int) bool {
		return j < len(toks) && toks[j].Sentence == s && !p.covered[j] && p.owner[j] < 0 &&
			(blankGap(text[toks[j-1].End:toks[j].Start]) || hyphenGap(text[toks[j-1].End:toks[j].Start]))
	}
loop:
	for parts < 4 && (k == from || joinable(k)) {
		norm := toks[k].Norm
		switch {
		case p.rs.word(k).has(flagConn) && (k > from || norm == "ابو" || norm == "عبد"):
			if !joinable(k+1) || k+2-from > 6 {
				break loop // a name has six words at most ("لد آل بر آل بر آل بر" is none)
			}
			switch {
			case norm == "عبد" && p.definite(k+1) && arabicWord(toks[k+1].Norm):
				k += 2 // عبد الرحمن، عبد الله
			case p.nameWord(k+1, false):
				k += 2
			case norm != "عبد" && p.definite(k+1) && p.rs.word(k+1).has(flagRole) && joinable(k+2) && p.nameWord(k+2, false):
				k += 2 // "ولد الشيخ أحمد": a title inside the name, more follows
			case norm != "ال" && p.familyName(k+1):
				k += 2 // "بن الشيخ"
				parts++
				break loop
			default:
				break loop
			}
			parts++
			arabicStyle = true
		case k > from && (norm == "الله" || norm == "الدين" || norm == "الاسلام"):
			k++ // the compound closes: فتح الله، نور الدين
		case k > from && p.definite(k):
			// an Arabic family name, in a name with a listed given name or
			// a connector ("عمر حسن البشير", "صديق أبو القاسم"), not after
			// words no list knows ("… غولييف الوسطاء", "نظراءه الأوروبيين")
			ordinal := joinable(k+1) && ordinalWord(toks[k+1].Norm)
			switch {
			case ordinal:
			case p.familyName(k) && arabicStyle:
				k++
				parts++
				// "والعقيد X الY الZ": a second family name with the
				// article after a rank or title, where the name ends
				if (rank || titled) && parts < 4 && joinable(k) && p.familyName(k) && !(joinable(k+1) && ordinalWord(toks[k+1].Norm)) &&
					(!joinable(k+1) || p.nameBoundary(k+1)) {
					k++
					parts++
				}
			case loose && parts == 1 && p.looseFamily(k):
				k++ // "رئيس المجلس الرئاسي X الY": an unlisted given name
				parts++
			case (rank || titled) && arabicStyle && parts == 1 && p.taFamily(k, joinable):
				// (after one word: "والي X Y تعليق الدراسة" is a clause)
				k++ // "العميد X الYة": a family name written with ة
				parts++
			}
			break loop
		case parts >= 2 && k > from && p.coordinatedName(k, joinable):
			break loop // "مهر غريغوريان وشاهين مصطفاييف": a second person
		case k > from && p.conjoinedWord(k):
			break loop // "آبي أحمد وقيادة الجبهة": the conjunction and a noun
		case parts >= 2 && !p.rs.word(k).has(flagGiven) && dualVerbShaped(toks[k].Norm) && !(joinable(k+1) && p.nameWord(k+1, false)) &&
			p.conjoinedTitleBefore(from):
			// "… نيكول باشينيان حققا «تقدماً»": the dual verb of the two
			// subjects before it
			break loop
		case parts >= 2 && !p.rs.word(k).has(flagGiven) && (pronounSuffixed(text[toks[k].Start:toks[k].End]) ||
			femininePlural(toks[k].Norm) && !(joinable(k+1) && strings.HasPrefix(text[toks[k+1].Start:toks[k+1].End], "و"))):
			// "… إينا سوفسون تشككها في …": a noun with its pronoun; "…
			// جوزيه مورينيو قرارات الحكم": a plural noun
			break loop
		case (k == from && firstOK) || p.nameWord(k, k == from):
			arabicStyle = arabicStyle || p.rs.word(k).has(flagGiven) || (k == from && firstOK) ||
				(k == from && rank && p.rankOpens(k)) // "اللواء X الY": the rank opens the name
			loose = k == from && titled && !arabicStyle && p.titleOpens(k)
			last = k
			if k == from || !hyphenGap(text[toks[k-1].End:toks[k].Start]) {
				parts++ // "هيرتز-لوفغرين" is one part
			}
			k++
		default:
			break loop
		}
	}
	// "… سارة ليندي فريق الوساطة": a last word followed by a definite noun
	// (or by a verbal noun opening an object) heads an idafa, it is no
	// family name (a listed given name stays: "عيسى بكري محمد"); a word
	// after و opens the next conjunct, no complement.
	if parts >= 3 && last == k-1 && joinable(k) && !strings.HasPrefix(text[toks[k].Start:toks[k].End], "و") &&
		((p.definite(k) && !p.familyName(k)) || p.rs.word(k).has(flagObject)) &&
		!p.any(k, flagTime|flagStop|flagVerb|flagRole|flagLink|flagDescr) && !p.rs.word(last).has(flagGiven) {
		k--
		parts--
	}
	// "… تفاصيل جديدة": a last word written with ة after words no list
	// knows is an adjective or a noun, not a transliterated family name
	// (unless it is a listed one: "تينا سلامة")
	if parts >= 2 && !arabicStyle && last == k-1 && strings.HasSuffix(text[toks[last].Start:toks[last].End], "ة") &&
		!p.rs.word(last).has(flagFamilyTa) &&
		// "وزير الخارجية الجزائري X لعمامرة بصفته …": after a title, a
		// two-word name that ends where the clause does keeps its family name
		!(titled && parts == 2 && (!joinable(k) || p.nameBoundary(k)) && punctOrStopAfter(p, k) &&
			!adjectiveShaped(text[toks[last].Start:toks[last].End])) {
		k--
		parts--
	}
	if parts < 2 {
		return from, false
	}
	return k, true
}

// coordinatedName reports whether token i, after a name of two words or
// more, opens a second name with the conjunction: "وX Y" where X (without
// و) is a listed given name or a name word, Y a name word, and "وX" no
// listed given name itself (وليد، وسام).
func (p *personScan) coordinatedName(i int, joinable func(int) bool) bool {
	raw := p.text[p.toks[i].Start:p.toks[i].End]
	if !strings.HasPrefix(raw, "و") || utf8.RuneCountInString(raw) < 3 || p.rs.word(i).has(flagGiven) {
		return false // ("وري يونغ هو": two letters after it may open a name)
	}
	given := false // "وغازي": a listed given name after the conjunction
	for _, st := range p.rs.of(i)[1:] {
		if st.Prefix == "و" && st.has(flagGiven) {
			given = true
		}
	}
	// the second word may be a family name with the article ("وعلي
	// التكبالي")
	return (given || p.nameWord(i, false)) && joinable(i+1) && (p.nameWord(i+1, false) || p.familyName(i+1))
}

// hyphenGap reports whether two words are joined by a hyphen alone, as the
// parts of a double family name are ("هينيس-بلاسخارت").
func hyphenGap(s string) bool { return s == "-" || s == "‐" }

// ordinalWord reports a definite ordinal: after a word with the article it
// makes a noun phrase ("الهدف الثاني", "الشوط الأول"), so that word is no
// family name.
func ordinalWord(w string) bool {
	switch w {
	case "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الاخير":
		return true
	}
	return false
}

// femininePlural reports a word of five letters or more ending in ات, the
// sound feminine plural of nouns (قرارات، تصريحات): as the third word
// after two words of a name it opens the clause's object.
func femininePlural(w string) bool {
	return utf8.RuneCountInString(w) >= 5 && strings.HasSuffix(w, "ات")
}

// insideLongerName reports whether a known person's name matched at c
// follows "بن", "ابن" or "بنت": it is the father's name inside a longer
// one ("عبد الله بن محمد الخليفي" is not محمد الخليفي), read from context.
func (r *Recognizer) insideLongerName(text string, toks []arabic.Token, c candidate) bool {
	if c.start == 0 || c.prefix != "" || toks[c.start-1].Sentence != toks[c.start].Sentence ||
		!blankGap(text[toks[c.start-1].End:toks[c.start].Start]) {
		return false
	}
	switch toks[c.start-1].Norm {
	case "بن", "ابن", "بنت":
	default:
		return false
	}
	for _, p := range c.pats {
		if r.entries[p.entry].Label != schema.LabelPerson {
			return false
		}
	}
	return true
}

// anotherGivenName reports whether a known person's one-word name matched
// at c follows a given name that is not his ("مركز جورج شولتز" is not
// Olaf Scholz): another person of that family name.
func (r *Recognizer) anotherGivenName(text string, toks []arabic.Token, rs *readings, c candidate) bool {
	if c.end-c.start != 1 || c.start == 0 || c.prefix != "" || toks[c.start-1].Sentence != toks[c.start].Sentence ||
		!blankGap(text[toks[c.start-1].End:toks[c.start].Start]) {
		return false
	}
	prefix, ok := r.givenAt(rs, c.start-1)
	if !ok {
		return false
	}
	given := strings.TrimPrefix(toks[c.start-1].Norm, prefix)
	for _, p := range c.pats {
		e := r.entries[p.entry]
		if e.Label != schema.LabelPerson {
			return false
		}
		w := arabic.Words(e.NameAr)
		if len(w) < 2 || sameGivenName(arabic.Normalize(w[0]), given) {
			return false // his own given name (or a spelling of it), or none known
		}
	}
	return true
}

// sameGivenName reports whether two normalized given names can be spellings
// of one: equal, or sharing their first three letters ("ستيف", "ستيفن").
func sameGivenName(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 3 || len(rb) < 3 {
		return a == b
	}
	return string(ra[:3]) == string(rb[:3])
}

// punctOrStopAfter reports whether token k (one past a name) is missing,
// follows punctuation, or is a function word or a verb: the name ends at
// a boundary of its clause, not before a noun it heads.
func punctOrStopAfter(p *personScan, k int) bool {
	if k >= len(p.toks) || p.toks[k].Sentence != p.toks[k-1].Sentence || !blankGap(p.text[p.toks[k-1].End:p.toks[k].Start]) {
		return true
	}
	return p.any(k, flagStop|flagVerb)
}

// adjectiveShaped reports whether a word written with ة has the shape of
// an adjective: a relational one in ية, or فعيلة (جديدة، كبيرة).
func adjectiveShaped(raw string) bool {
	r := []rune(raw)
	n := len(r)
	return strings.HasSuffix(raw, "ية") || n >= 4 && r[n-3] == 'ي'
}

// possessedTitles lists the titles with li- and a pronoun that qualify a
// title before the name ("الممثل الخاص لرئيسها X").
func possessedTitles() []string {
	var out []string
	for _, t := range []string{"رئيس", "وزير", "مبعوث", "ممثل", "نائب", "مستشار", "سفير", "زعيم", "قائد"} {
		for _, suf := range []string{"ه", "ها", "هم", "هما"} {
			out = append(out, "ل"+t+suf)
		}
	}
	return out
}

// conjoinedWord reports whether token i is the conjunction and a word no
// name holds — a title, a head noun, a common noun, a function or time
// word ("وقيادة", "والوفد"): it ends the name before it.
func (p *personScan) conjoinedWord(i int) bool {
	for _, st := range p.rs.of(i) {
		if st.Prefix == "و" && st.has(flagRole|flagHeadNoun|flagCommon|flagStop|flagTime|flagLink) {
			return true
		}
	}
	return false
}
