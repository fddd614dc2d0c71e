package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// rolePhrase is a title phrase before a name.
type rolePhrase struct {
	// from and to are the tokens of the role text; to is where the name
	// starts.
	from, to int
	// country is the country the phrase names as the person's (not one
	// after a place link such as "لدى"), and countryTok its first token.
	country    string
	countryTok int
	// comma reports that a comma separates the phrase from the name.
	comma bool
	// observer: the title is an analyst's or journalist's, whose country
	// adjective is a subject, not a nationality.
	observer bool
}

// roleText returns the text of tokens [from, to) without the clitic prefix
// of the first one ("ورئيس" gives "رئيس") and stray punctuation.
func (p *personScan) roleText(from, to int) string {
	if to <= from {
		return ""
	}
	start := p.toks[from].Start
	if n := p.toks[from].Norm; strings.HasSuffix(n, "رئاسه") || strings.HasSuffix(n, "قياده") || strings.HasSuffix(n, "زعامه") {
		// "برئاسة", "بقيادة": the title is the one after it, if any
		if from+1 >= to {
			return ""
		}
		from++
		start = p.toks[from].Start
	}
	for _, st := range p.rs.of(from) {
		if st.has(flagRole) {
			start += prefixBytes(p.text[start:p.toks[from].End], st.Prefix)
			break
		}
	}
	role := strings.Trim(p.text[start:p.toks[to-1].End], " ،,:\"«»()")
	// a quoted or bracketed name inside the title keeps its closer:
	// "رئيس جهاز الأمن العام (الشاباك)"
	for _, pair := range [][2]string{{"(", ")"}, {"«", "»"}, {"“", "”"}} {
		if strings.Count(role, pair[0]) > strings.Count(role, pair[1]) {
			role += pair[1]
		}
	}
	if strings.Count(role, "\"")%2 == 1 {
		role += "\""
	}
	if p.membership(from) {
		return "عضو" // "في عضويته X": a member
	}
	if n := p.toks[from].Norm; n == "الوفد" || n == "وفد" {
		role = "رئيس " + role // "ترأس الوفد الروسي X": X heads it
	}
	return role
}

// head reports whether token i starts a title phrase, and whether the title
// is complete by itself (definite: "الرئيس", "السفيرة") rather than waiting
// for a complement ("وزير الخارجية", "رئيس وزراء أرمينيا").
func (p *personScan) head(i int) (ok, complete bool) {
	if p.rs.any(i, flagRole) {
		n := p.toks[i].Norm
		return true, p.definite(i) || n == "د" || n == "سمو" || n == "معالي" || p.ownTitle(i)
	}
	if p.ownTitle(i) {
		return true, true // "ومستشاره X", "نائبها X": the pronoun completes the title
	}
	if !p.rs.any(i, flagHeadNoun) {
		return false, false
	}
	if p.membership(i) {
		return true, true // "وفي عضويته X وY": the members follow
	}
	for _, st := range p.rs.of(i) {
		switch st.Stem {
		case "رئاسه", "قياده", "زعامه": // "برئاسة X", "بقيادة X", "بزعامة X"
			return st.Prefix == "ب" || st.Prefix == "وب", true
		case "الوفد", "وفد": // "ترأس الوفد الروسي X"
			if i > 0 && p.toks[i-1].Sentence == p.toks[i].Sentence && chairVerb(p.toks[i-1].Norm) {
				return true, st.Stem == "الوفد"
			}
			if i > 0 && p.toks[i-1].Sentence == p.toks[i].Sentence && leadVerb(p.toks[i-1].Norm) {
				// "ويقود الوفد X", "فيما قاد وفد المعارضة X" (a title after
				// the complement starts its own phrase)
				return true, st.Stem == "الوفد"
			}
		}
	}
	return false, false
}

// chairVerb reports whether a normalized word is a form of ترأس or رأس
// ("ترأس الوفد", "يرأس وفد").
func chairVerb(w string) bool {
	if w == "فراس" || w == "وفراس" {
		return false // a given name, not ف + رأس
	}
	return arabic.Conjunct(w, func(w string) bool {
		switch w {
		case "تراس", "تراست", "يتراس", "تتراس", "راس", "راست", "يراس", "سيتراس", "سيراس":
			return true
		}
		return false
	})
}

// leadVerb reports whether a normalized word is a form of قاد, which heads
// a title phrase before "الوفد" ("ويقود الوفد X") or "وفد" and its
// complement ("قاد وفد المعارضة X"; in "يقود وفد الحركة المتحدث باسمها X"
// the title after starts a phrase of its own).
func leadVerb(w string) bool {
	return arabic.Conjunct(w, func(w string) bool {
		switch w {
		case "قاد", "قادت", "يقود", "تقود", "سيقود", "ستقود":
			return true
		}
		return false
	})
}

// HeadsDelegation reports whether a normalized word is a verb of heading a
// delegation: a form of ترأس، رأس or قاد ("وسيرأس الوفد", "ويقود الوفد").
func HeadsDelegation(w string) bool { return chairVerb(w) || leadVerb(w) }

// phrase reads the title phrase starting at token i: the title, then
// further titles, rank qualifiers, definite words (الخارجية، الأرمينية),
// known countries and organizations, links (باسم، لدى، في) and at most three
// indefinite words completing a title (رئيس وزراء …، عضو هيئة إدارة …).
// It ends where a name may start.
func (p *personScan) phrase(i int) (rolePhrase, bool) {
	text, toks, rs := p.text, p.toks, p.rs
	ok, complete := p.head(i)
	if !ok {
		return rolePhrase{}, false
	}
	ph := rolePhrase{from: i, countryTok: -1, observer: p.r.observer(toks[i].Norm)}
	s := toks[i].Sentence
	link, placeLink, chain := false, false, 0
	inherit := ""   // the country of an earlier title of the same person
	closed := false // the gap before j closes a quoted or bracketed span
	for j := i + 1; j < len(toks) && j-i <= 14; {
		gap := text[toks[j-1].End:toks[j].Start]
		if toks[j].Sentence != s {
			if toks[j-1].Norm != "د" || strings.TrimSpace(gap) != "." {
				return rolePhrase{}, false
			}
			s = toks[j].Sentence // the abbreviation's dot ended a "sentence"
		}
		if !blankGap(gap) && !(closed && closerGap(gap)) {
			switch {
			case toks[j-1].Norm == "د" && strings.TrimSpace(gap) == ".": // "د. هالة"
			case commaGap(gap) && complete && !link:
				ph.to, ph.comma = j, true
				return ph.inherit(inherit), true
			case strings.TrimSpace(gap) == "(" && complete && !link && p.bracketedName(j):
				// "والعميد (طارق عبد السلام) مسؤول …": the name in brackets
				ph.to = j
				return ph.inherit(inherit), true
			case p.spanEnd(j, complete && !link) > j:
				// "رئيس جهاز الأمن العام (الشاباك) X", "رئيس الكتلة البرلمانية
				// لحزب "خادم الشعب" X": a bracketed or quoted name inside the
				// title, which goes on after it
				j = p.spanEnd(j, true)
				complete, link, closed = true, false, true
				continue
			default:
				return rolePhrase{}, false
			}
		}
		closed = false
		if o := p.owner[j]; o >= 0 {
			m := p.known[o]
			if m.Label == schema.LabelPerson || m.TokStart != j {
				return rolePhrase{}, false // a known person: nothing to find
			}
			if m.Label == schema.LabelCountry && ph.country == "" && !placeLink {
				ph.country, ph.countryTok = m.EntityID, j
			}
			complete, link, j = true, false, m.TokEnd
			// "صحيفة "هآرتس" X": the quote the name opened closes after it
			closed = strings.ContainsAny(m.Surface, "\"«“(")
			continue
		}
		if p.covered[j] {
			return rolePhrase{}, false
		}
		w := rs.word(j)
		switch {
		case complete && w.has(flagGiven) && !link && !p.spokesmanLink(j) && p.nameAt(j, w.has(flagLink|flagRole)):
			// "الرئيس أمين …", "… حماس باسم نعيم": a given name, though
			// also a title or a link
			ph.to = j
			return ph.inherit(inherit), true
		case !complete && !link && chain >= 1 && w.has(flagGiven) && !w.has(flagLink|flagRole) && p.nameAt(j, false):
			// "مدرب فنربخشة جوزيه مورينيو": a complement no list knows,
			// then a listed given name opening a name
			ph.to = j
			return ph.inherit(inherit), true
		case rs.any(j, flagRole):
			if p.conjoined(j) {
				return rolePhrase{}, false // "… ورئيس …": a second person
			}
			switch {
			case placeLink || (j == ph.from+1 && (rs.word(ph.from).has(flagPlural) || p.membership(ph.from))):
				// "الرئيس الأمريكي في البيت الأبيض رئيس الوزراء …": a new
				// title after a place is a new phrase
				ph = rolePhrase{from: j, countryTok: -1, observer: p.r.observer(toks[j].Norm)}
				placeLink = false
			case ph.country != "" && complete && !p.definite(j):
				// "رئيس الوفد الأوكراني وزير الدفاع X": the last function is
				// the role; the country stays unless the new title names
				// another ("الرئيس المصري رئيس الوزراء الإثيوبي X"). A rank
				// (السفير، الفريق) adds to the phrase.
				inherit = ph.country
				ph = rolePhrase{from: j, countryTok: -1, observer: p.r.observer(toks[j].Norm)}
			}
			complete, link = p.definite(j) || toks[j].Norm == "د", false
			j++
		case w.has(flagQual):
			j++
		case j+1 < len(toks) && rs.any(j, flagOrgCue) && p.spanEnd(j+1, false) > j+1:
			// "لحزب "خادم الشعب"": an outlet or party named in quotes
			j = p.spanEnd(j+1, false)
			complete, link, closed = true, false, true
			continue
		case complete && !link && compoundAdjective(toks, j):
			// "رئيس الآلية الأفريقية رفيعة المستوى X": an adjective with
			// its own definite complement qualifies the title, which goes on
			j += 2
		case complete && !link && numberWord(toks[j].Norm):
			// "القناة الثانية عشرة X": the ordinal goes on, no name starts
			j++
		case toks[j].Norm == "ما" && j+1 < len(toks) && (toks[j+1].Norm == "يسمي" || toks[j+1].Norm == "تسمي"):
			// "رئيس ما يسمى لجنة شؤون الأسرى X": the writer's distance
			// from the title, which goes on
			complete, link = false, true
			j += 2
		case complete && !link && p.betweenPlaces(j) > j:
			// "الممثل الخاص للحوار بين بلغراد وبريشتينا X", "المبعوث
			// الخاص لتطبيع العلاقات مع أرمينيا X": what the post is about,
			// not the person's country
			j = p.betweenPlaces(j)
		case pronounComplement(text[toks[j].Start:toks[j].End], func(w string) bool { return p.r.is(arabic.Normalize(w), flagLink) }):
			// "المتحدث باسمها X", "وزير خارجيتها X": the pronoun is the
			// complement, the title is whole
			complete, link = true, false
			j++
		case complete && !link && p.purposeNoun(j):
			// "المبعوث الخاص لتطبيع العلاقات …": a verbal noun with لـ
			// opens the post's object, its definite complement follows
			complete = false
			j++
		case rs.any(j, flagLink) && !p.conjoined(j):
			placeLink = placeLink || rs.any(j, flagPlaceLink)
			complete, link = false, true
			j++
		case p.definite(j):
			if p.any(j, flagStop|flagTime|flagVerb) {
				return rolePhrase{}, false
			}
			complete, link = true, false
			j++
		case !complete && chain < 3 && p.plain(j):
			chain++
			// "وزيرة الدولة لشؤون أوروبا، X": the complement of a link
			// completes the title
			complete = link && j+1 < len(toks) && commaGap(text[toks[j].End:toks[j+1].Start])
			link = false
			j++
		default:
			if !complete || link {
				return rolePhrase{}, false
			}
			ph.to = j
			return ph.inherit(inherit), true
		}
	}
	return rolePhrase{}, false
}

// inherit returns ph with the country c if ph names none.
func (ph rolePhrase) inherit(c string) rolePhrase {
	if ph.country == "" {
		ph.country = c
	}
	return ph
}

// observer reports whether a role word names an analyst or journalist,
// whose title's country adjective is a subject, not a nationality.
func (r *Recognizer) observer(w string) bool {
	for _, st := range arabic.AppendStems(make([]arabic.Clitic, 0, 4), w) {
		switch st.Stem {
		case "الباحث", "باحث", "المحلل", "محلل", "الخبير", "خبير", "الكاتب", "الصحفي", "المراسل", "مراسل", "الاكاديمي":
			return true
		}
	}
	return false
}

// phraseEnd returns the end of a role phrase starting at i: up to the next
// comma or the end of the sentence, at most eight words.
func (r *Recognizer) phraseEnd(text string, toks []arabic.Token, i int) int {
	j := i + 1
	for j < len(toks) && j-i < 8 && toks[j].Sentence == toks[i].Sentence {
		if strings.ContainsAny(text[toks[j-1].End:toks[j].Start], ",،.") {
			break
		}
		j++
	}
	return j
}

// countryIn returns the country a role phrase names ("وزير الخارجية
// الإيراني"), from the mentions already found in tokens [a, b).
func (r *Recognizer) countryIn(known []Mention, a, b int) string {
	for _, m := range known {
		if m.TokStart >= a && m.TokEnd <= b && m.Label == schema.LabelCountry {
			return m.EntityID
		}
	}
	return ""
}

// betweenPlaces reads, at token j of a title phrase, "بين X وY" or "مع X"
// where X and Y are known countries, places or organizations: the parties
// of a post ("المبعوث الخاص للحوار بين بلغراد وبريشتينا"). It returns the
// token after them, or j.
func (p *personScan) betweenPlaces(j int) int {
	n := p.toks[j].Norm
	if (n != "بين" && n != "مع") || j+1 >= len(p.toks) {
		return j
	}
	k, want := j+1, 1
	if n == "بين" {
		want = 2
	}
	for got := 0; got < want; got++ {
		if k >= len(p.toks) || p.toks[k].Sentence != p.toks[j].Sentence || !blankGap(p.text[p.toks[k-1].End:p.toks[k].Start]) {
			return j
		}
		o := p.owner[k]
		if o < 0 {
			return j
		}
		m := p.known[o]
		if m.TokStart != k || m.Label == schema.LabelPerson || m.Kind == KindAdjective || (got == 1 && m.Prefix != "و") {
			return j
		}
		k = m.TokEnd
	}
	return k
}

// pronounComplement reports whether a written word is a noun of a title
// phrase with an attached pronoun: a link ("باسمها", "باسمه"; isLink
// tells a link word) or the
// complement of a title ("خارجيتها", "خارجيتهم"). Only the suffixes ها،
// هم، هما are read on plain words; ه (masculine) is read on links alone,
// since a written ه also ends names (طه، عبده).
func pronounComplement(raw string, isLink func(string) bool) bool {
	for _, suf := range []string{"هما", "ها", "هم", "ه"} {
		stem, ok := strings.CutSuffix(raw, suf)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		if isLink(stem) {
			return true // a link word read with its pronoun
		}
		return suf != "ه" && strings.HasSuffix(stem, "ت") // خارجيتها: a feminine noun in construct
	}
	return false
}

// purposeNoun reports whether token j is a noun with the preposition لـ
// whose complement, written with the article, follows: "لتطبيع
// العلاقات", "لإعادة الإعمار". A name never starts so ("لين تريسي" is
// followed by no article).
func (p *personScan) purposeNoun(j int) bool {
	raw := p.text[p.toks[j].Start:p.toks[j].End]
	if !strings.HasPrefix(raw, "ل") || strings.HasPrefix(raw, "لل") || utf8.RuneCountInString(raw) < 5 || j+1 >= len(p.toks) {
		return false
	}
	if p.toks[j+1].Sentence != p.toks[j].Sentence || !blankGap(p.text[p.toks[j].End:p.toks[j+1].Start]) {
		return false
	}
	return p.definite(j+1) && !p.any(j+1, flagStop|flagTime|flagVerb) && p.owner[j+1] < 0
}

// closerGap reports whether the text between two words is a closing quote
// or bracket with white space: the end of a span spanEnd skipped.
func closerGap(s string) bool {
	t := strings.TrimSpace(s)
	return t == "\"" || t == "»" || t == ")" || t == "”"
}

// spanEnd reads a quoted or bracketed span of one to four words opening in
// the gap before token j, inside a title phrase: a name in quotes after a
// noun that introduces one (لحزب "خادم الشعب"، صحيفة «هآرتس»), or, when
// bracket (the phrase is complete), an acronym in brackets ("(الشاباك)").
// It returns the token after the span, or j when none stands there.
func (p *personScan) spanEnd(j int, bracket bool) int {
	open := strings.TrimSpace(p.text[p.toks[j-1].End:p.toks[j].Start])
	var closer string
	switch open {
	case "(":
		if !bracket {
			return j
		}
		closer = ")"
	case "\"", "«", "“":
		if !p.rs.any(j-1, flagOrgCue) {
			return j
		}
		closer = map[string]string{"\"": "\"", "«": "»", "“": "”"}[open]
	default:
		return j
	}
	for k := j; k < len(p.toks) && k < j+4; k++ {
		if p.toks[k].Sentence != p.toks[j].Sentence || (p.owner[k] >= 0 && p.known[p.owner[k]].Label == schema.LabelPerson) {
			return j
		}
		if k+1 >= len(p.toks) {
			return j
		}
		gap := p.text[p.toks[k].End:p.toks[k+1].Start]
		if blankGap(gap) {
			continue
		}
		if strings.TrimSpace(gap) != closer || !strings.HasSuffix(gap, " ") || p.toks[k+1].Sentence != p.toks[j].Sentence {
			return j
		}
		return k + 1
	}
	return j
}

// bracketedName reports whether a name of two words or more stands in the
// brackets opening before token j: "(طارق عبد السلام)".
func (p *personScan) bracketedName(j int) bool {
	end, ok := p.openName(j, false)
	if !ok || end >= len(p.toks) {
		return false
	}
	t := strings.TrimSpace(p.text[p.toks[end-1].End:p.toks[end].Start])
	return strings.HasPrefix(t, ")")
}

// compoundAdjective reports whether tokens j and j+1 are an adjective
// with its definite complement that qualifies a title: "رفيعة المستوى",
// "كامل الصلاحيات".
func compoundAdjective(toks []arabic.Token, j int) bool {
	if j+1 >= len(toks) || toks[j+1].Sentence != toks[j].Sentence {
		return false
	}
	switch toks[j].Norm {
	case "رفيع", "رفيعه", "عالي", "عاليه", "كامل", "كامله", "متعدد", "متعدده":
		switch toks[j+1].Norm {
		case "المستوي", "الصلاحيات", "الاطراف", "الجنسيات":
			return true
		}
	}
	return false
}

// numberWord reports the number words of a compound ordinal ("الثانية
// عشرة"), which belong to the title, never to a name.
func numberWord(w string) bool { return w == "عشر" || w == "عشره" }

// ownTitle reports whether token i is a title with an attached pronoun, as
// written: "مستشاره" (his adviser, not "مستشارة"), "نائبها", "مساعده". The
// pronoun is its complement: the title is complete.
func (p *personScan) ownTitle(i int) bool {
	if n := p.toks[i].Norm; !strings.HasSuffix(n, "ه") && !strings.HasSuffix(n, "ها") {
		return false // no pronoun: most words stop here
	}
	return arabic.Conjunct(p.text[p.toks[i].Start:p.toks[i].End], func(raw string) bool {
		for _, suf := range []string{"ها", "ه"} {
			stem, ok := strings.CutSuffix(raw, suf)
			if !ok || utf8.RuneCountInString(stem) < 4 {
				continue
			}
			switch arabic.Normalize(stem) {
			case "مستشار", "نائب", "مساعد", "مبعوث", "ممثل", "سفير", "وزير", "متحدث",
				"نظير", "نظيرت", // "مع نظيره X", "ونظيرته X": the counterpart
				"رئيس", "امين", "قائد", "زعيم", "منسق": // "رئيسها X", "أمينها العام X"
				return true
			}
		}
		return false
	})
}
