package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// contextPersons finds people the gazetteer does not know, in three ways:
//
//   - after a title phrase: a title (وزير، السفيرة، العميد …) with its
//     complement, adjectives, organizations and links ("المتحدثة باسم
//     وزارة الخارجية الأرمينية", "رئيس وفد الحكومة السودانية"), then a name
//     of two to four parts whose given name need not be listed (openName);
//     "X وY" after a name continues a title shared by two countries
//     ("وزيرا خارجية أرمينيا … وأذربيجان …");
//   - before a title, after a comma: a listed given name and name-shaped
//     words ("سامح شكري، وزير الخارجية").
//
// The role and the country the title phrase names are kept on the entity.
func (r *Recognizer) contextPersons(text string, toks []arabic.Token, rs *readings, covered []bool, known []Mention) ([]Mention, map[string]*Entity) {
	p := &personScan{r: r, text: text, toks: toks, rs: rs, covered: covered, known: known, info: map[string]*Entity{}}
	p.owner = rs.owners(len(toks), known)
	for i := 0; i < len(toks); i++ {
		if covered[i] || !rs.any(i, flagRole|flagHeadNoun) {
			continue // no title starts here
		}
		if end := p.titled(i); end > i {
			i = end - 1
		}
	}
	brk := 0 // the first word after i with punctuation before it
	for i := 0; i < len(toks); i++ {
		if brk <= i {
			for brk = i + 1; brk < len(toks) && blankGap(text[toks[brk-1].End:toks[brk].Start]); brk++ {
			}
		}
		if covered[i] {
			continue
		}
		// an unlisted name needs a comma and a title within five words
		ahead := brk-i <= 5 && brk < len(toks) && commaGap(text[toks[brk-1].End:toks[brk].Start]) && rs.any(brk, flagRole)
		if end := p.appositive(i, ahead); end > i {
			i = end - 1
		}
	}
	return p.out, p.info
}

// personScan is the state of one contextPersons call.
type personScan struct {
	r       *Recognizer
	text    string
	toks    []arabic.Token
	rs      *readings
	covered []bool
	known   []Mention
	// owner[i] is the index in known of the mention covering token i, or
	// -1.
	owner []int32
	out   []Mention
	info  map[string]*Entity
}

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

// titled reads a title phrase starting at token i and the name after it. It
// returns the end of what it found, or i.
func (p *personScan) titled(i int) int {
	ph, ok := p.phrase(i)
	if !ok {
		return i
	}
	end, ok := p.openName(ph.to, false)
	if !ok {
		return i
	}
	if ph.comma && end < len(p.toks) && p.toks[end].Sentence == p.toks[ph.to].Sentence &&
		!commaGap(p.text[p.toks[end-1].End:p.toks[end].Start]) {
		return i // "…، X Y،" after a title: the name stands between commas
	}
	country := ph.country
	if ph.observer {
		country = ""
	}
	p.emit(ph.to, end, "", p.roleText(ph.from, ph.to), country, 0.85)
	// "وزيرا خارجية أرمينيا X وأذربيجان Y": the same title for a second
	// country.
	for end < len(p.toks) && ph.country != "" && !ph.observer {
		o := p.owner[end]
		if o < 0 {
			break
		}
		m := p.known[o]
		if m.Label != schema.LabelCountry || m.Prefix != "و" || m.TokStart != end || m.TokEnd >= len(p.toks) ||
			p.toks[m.TokEnd].Sentence != p.toks[end].Sentence || !blankGap(p.text[p.toks[end-1].End:p.toks[end].Start]) ||
			!blankGap(p.text[m.End:p.toks[m.TokEnd].Start]) {
			break
		}
		next, ok := p.openName(m.TokEnd, false)
		if !ok {
			break
		}
		role := ""
		if ph.countryTok > ph.from {
			role = strings.TrimSpace(p.roleText(ph.from, ph.countryTok) + " " + strings.TrimPrefix(m.Surface, "و"))
		}
		p.emit(m.TokEnd, next, "", role, m.EntityID, 0.8)
		end = next
	}
	return end
}

// appositive reads a name followed by a comma and a title ("سامح شكري،
// وزير الخارجية"). The name starts with a listed given name, or, unlisted,
// it follows a verb or starts the sentence ("وقال كارين سيمونيان، وزير
// الخارجية الأرميني، …") and the title phrase is whole. It returns the end
// of the name, or i. ahead reports that a comma and a title follow within
// five words, which an unlisted name needs.
func (p *personScan) appositive(i int, ahead bool) int {
	prefix, given := p.r.givenAt(p.rs, i)
	if !given && !ahead {
		return i
	}
	raw := p.text[p.toks[i].Start:p.toks[i].End]
	if given && strings.HasSuffix(raw, "ى") && p.toks[i].Norm == "علي" {
		return i // "على" (on) folds to the name "علي"
	}
	var end int
	var ok bool
	switch {
	case given:
		end, ok = p.openName(i, true)
	case p.opensClause(i):
		prefix = ""
		end, ok = p.openName(i, false)
	}
	if !ok || !p.roleNext(end) {
		return i
	}
	to, country := p.roleAfter(end)
	if to < 0 {
		if !given {
			return i // an unlisted name needs a clear title phrase
		}
		to = p.r.phraseEnd(p.text, p.toks, end)
		country = p.r.countryIn(p.known, end, to)
	}
	if p.r.observer(p.toks[end].Norm) {
		country = ""
	}
	p.emit(i, end, prefix, p.roleText(end, to), country, 0.8)
	return end
}

// roleAfter reads the title phrase at token i after a name: it returns
// where the phrase ends and the country it names, or -1 when no whole
// phrase stands there, ended by a comma, a verb or a function word.
func (p *personScan) roleAfter(i int) (int, string) {
	ph, ok := p.phrase(i)
	if !ok {
		return -1, ""
	}
	if !ph.comma && !p.any(ph.to, flagVerb|flagStop) {
		return -1, ""
	}
	to := ph.to
	for to > i+1 && p.toks[to-1].Sentence != p.toks[i].Sentence {
		to--
	}
	return to, ph.country
}

// opensClause reports whether token i starts a sentence or follows a verb
// ("وقال …").
func (p *personScan) opensClause(i int) bool {
	if i == 0 || p.toks[i-1].Sentence != p.toks[i].Sentence {
		return true
	}
	return blankGap(p.text[p.toks[i-1].End:p.toks[i].Start]) && p.verb(i-1)
}

// roleNext reports whether a comma and a title follow the name ending at
// end.
func (p *personScan) roleNext(end int) bool {
	if end >= len(p.toks) || p.toks[end].Sentence != p.toks[end-1].Sentence {
		return false
	}
	if !commaGap(p.text[p.toks[end-1].End:p.toks[end].Start]) {
		return false
	}
	return p.rs.any(end, flagRole) && !p.conjoined(end)
}

// nameSurface returns the written name of tokens toks, from byte start of
// the first: the words as written with the gaps between them cleaned. A gap
// of spaces becomes one space, invisible format marks are dropped (a
// right-to-left mark inside a gap is noise of the page), and a gap of
// nothing but such marks separates two words as the tokenizer does.
func nameSurface(text string, toks []arabic.Token, start int) string {
	var b strings.Builder
	b.Grow(toks[len(toks)-1].End - start)
	b.WriteString(text[start:toks[0].End])
	for j := 1; j < len(toks); j++ {
		gap := strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Cf, r) {
				return -1
			}
			return r
		}, text[toks[j-1].End:toks[j].Start])
		if strings.TrimSpace(gap) == "" {
			gap = " "
		}
		b.WriteString(gap)
		b.WriteString(text[toks[j].Start:toks[j].End])
	}
	return b.String()
}

// emit records a person whose name is tokens [from, to), written after the
// clitic prefix of its first token.
func (p *personScan) emit(from, to int, prefix, role, country string, conf float64) {
	text, toks := p.text, p.toks
	start := toks[from].Start + prefixBytes(text[toks[from].Start:toks[from].End], prefix)
	name := nameSurface(text, toks[from:to], start)
	id := "person:" + strings.Join(normTokens(name), "-")
	e := p.info[id]
	if e == nil {
		e = &Entity{ID: id, Label: schema.LabelPerson, Name: name, NameAr: name}
		p.info[id] = e
	}
	if role != "" {
		e.Roles = appendNew(e.Roles, role)
	}
	if e.Country == "" {
		e.Country = country
	}
	p.out = append(p.out, Mention{
		EntityID: id, Label: schema.LabelPerson, Kind: KindContext,
		Start: start, End: toks[to-1].End, TokStart: from, TokEnd: to, Sentence: toks[from].Sentence,
		Surface: text[start:toks[to-1].End], Prefix: prefix, Confidence: conf,
	})
	for j := from; j < to; j++ {
		p.covered[j] = true
	}
}

// roleText returns the text of tokens [from, to) without the clitic prefix
// of the first one ("ورئيس" gives "رئيس") and stray punctuation.
func (p *personScan) roleText(from, to int) string {
	if to <= from {
		return ""
	}
	start := p.toks[from].Start
	if strings.HasSuffix(p.toks[from].Norm, "رئاسه") {
		// "برئاسة": the title is the one after it, if any
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
		return true, p.definite(i) || n == "د" || n == "سمو" || n == "معالي"
	}
	if !p.rs.any(i, flagHeadNoun) {
		return false, false
	}
	for _, st := range p.rs.of(i) {
		switch st.Stem {
		case "رئاسه": // "برئاسة X"
			return st.Prefix == "ب" || st.Prefix == "وب", true
		case "الوفد", "وفد": // "ترأس الوفد الروسي X"
			if i > 0 && p.toks[i-1].Sentence == p.toks[i].Sentence && chairVerb(p.toks[i-1].Norm) {
				return true, st.Stem == "الوفد"
			}
		}
	}
	return false, false
}

// chairVerb reports whether a normalized word is a form of ترأس or رأس
// ("ترأس الوفد", "يرأس وفد").
func chairVerb(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
	switch w {
	case "تراس", "تراست", "يتراس", "تتراس", "راس", "راست", "يراس", "سيتراس", "سيراس":
		return true
	}
	return false
}

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
	inherit := "" // the country of an earlier title of the same person
	for j := i + 1; j < len(toks) && j-i <= 12; {
		gap := text[toks[j-1].End:toks[j].Start]
		if toks[j].Sentence != s {
			if toks[j-1].Norm != "د" || strings.TrimSpace(gap) != "." {
				return rolePhrase{}, false
			}
			s = toks[j].Sentence // the abbreviation's dot ended a "sentence"
		}
		if !blankGap(gap) {
			switch {
			case toks[j-1].Norm == "د" && strings.TrimSpace(gap) == ".": // "د. هالة"
			case commaGap(gap) && complete && !link:
				ph.to, ph.comma = j, true
				return ph.inherit(inherit), true
			default:
				return rolePhrase{}, false
			}
		}
		if o := p.owner[j]; o >= 0 {
			m := p.known[o]
			if m.Label == schema.LabelPerson || m.TokStart != j {
				return rolePhrase{}, false // a known person: nothing to find
			}
			if m.Label == schema.LabelCountry && ph.country == "" && !placeLink {
				ph.country, ph.countryTok = m.EntityID, j
			}
			complete, link, j = true, false, m.TokEnd
			continue
		}
		if p.covered[j] {
			return rolePhrase{}, false
		}
		w := rs.word(j)
		switch {
		case complete && w.has(flagGiven) && !link && p.nameAt(j, w.has(flagLink|flagRole)):
			// "الرئيس أمين …", "… حماس باسم نعيم": a given name, though
			// also a title or a link
			ph.to = j
			return ph.inherit(inherit), true
		case rs.any(j, flagRole):
			if p.conjoined(j) {
				return rolePhrase{}, false // "… ورئيس …": a second person
			}
			switch {
			case placeLink || (j == ph.from+1 && rs.word(ph.from).has(flagPlural)):
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

// nameAt reports whether a name starts at token j. With strict (the given
// name is also a link or a title: باسم، أمين) no later word of the name may
// end with ة: "المتحدثة باسم وزارة …" is no name.
func (p *personScan) nameAt(j int, strict bool) bool {
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

// any reports whether a reading of token i is in the list f, verbs
// included.
func (p *personScan) any(i int, f wordFlag) bool {
	return p.rs.any(i, f&^flagVerb) || (f&flagVerb != 0 && p.verb(i))
}

// verb reports whether a reading of token i is a verb form.
func (p *personScan) verb(i int) bool {
	for _, st := range p.rs.of(i) {
		if p.r.verbSketch.MayHave(st.Stem) && p.r.verbs[st.Stem] {
			return true
		}
	}
	return false
}

// conjoined reports whether token i is written with the conjunction و or ف
// before a word the recognizer knows ("ورئيس", "وفي").
func (p *personScan) conjoined(i int) bool {
	for _, st := range p.rs.of(i)[1:] {
		if (st.Prefix == "و" || st.Prefix == "ف") && st.wordEntry != nil {
			return true
		}
	}
	return false
}

// definite reports whether token i is written with the article, possibly
// after clitics ("الخارجية", "للأمم", "بالوفد"). The written text decides:
// "إلهام" folds to a word starting with ال, but its hamza shows it has no
// article.
func (p *personScan) definite(i int) bool {
	raw := p.text[p.toks[i].Start:p.toks[i].End]
	for _, st := range p.rs.of(i) {
		if !strings.HasPrefix(st.Stem, "ال") || utf8.RuneCountInString(st.Stem) < 4 {
			continue
		}
		rest := raw[prefixBytes(raw, st.Prefix):]
		if strings.HasPrefix(rest, "ال") || (strings.HasSuffix(st.Prefix, "ل") && strings.HasPrefix(rest, "ل")) {
			return true
		}
	}
	return false
}

// plain reports whether token i is an Arabic word that may complete a title
// or be part of a name: no digits or Latin letters, and no reading that is a
// function word, verb, time word or title link.
func (p *personScan) plain(i int) bool {
	if !arabicWord(p.toks[i].Norm) {
		return false
	}
	return !p.any(i, flagStop|flagVerb|flagTime|flagLink)
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
	const ends = flagStop | flagVerb | flagTime | flagCommon | flagRole | flagLink | flagQual | flagEvent | flagLocative | flagOrgCue
	if w.has(ends) || p.verb(i) || p.definite(i) || verbShaped(norm) || waslShaped(raw) || strings.ContainsAny(raw, "\u064b\u064c\u064d") {
		// tanween marks an indefinite noun or adjective ("بياناً"), never a name
		return false
	}
	for _, st := range p.rs.of(i)[1:] {
		if st.has(ends) || (!first && st.has(flagGiven) && strings.HasPrefix(st.Prefix, "و")) {
			return false
		}
	}
	return true
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
	text, toks := p.text, p.toks
	if from >= len(toks) || p.covered[from] || p.owner[from] >= 0 {
		return from, false
	}
	s := toks[from].Sentence
	k, parts, last := from, 0, -1
	arabicStyle := false // a listed given name or a connector
	// joinable reports whether token j continues the name after j-1.
	joinable := func(j int) bool {
		return j < len(toks) && toks[j].Sentence == s && !p.covered[j] && p.owner[j] < 0 &&
			blankGap(text[toks[j-1].End:toks[j].Start])
	}
loop:
	for parts < 4 && (k == from || joinable(k)) {
		norm := toks[k].Norm
		switch {
		case p.rs.word(k).has(flagConn) && (k > from || norm == "ابو" || norm == "عبد"):
			if !joinable(k + 1) {
				break loop
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
			if p.familyName(k) && arabicStyle {
				k++
				parts++
			}
			break loop
		case (k == from && firstOK) || p.nameWord(k, k == from):
			arabicStyle = arabicStyle || p.rs.word(k).has(flagGiven) || (k == from && firstOK)
			last = k
			k++
			parts++
		default:
			break loop
		}
	}
	// "… مولي فيي فريق الوساطة": a last word followed by a definite noun
	// (or by a verbal noun opening an object) heads an idafa, it is no
	// family name (a listed given name stays: "موسى فقي محمد").
	if parts >= 3 && last == k-1 && joinable(k) && ((p.definite(k) && !p.familyName(k)) || p.rs.word(k).has(flagObject)) &&
		!p.any(k, flagTime|flagStop|flagVerb|flagRole|flagLink|flagDescr) && !p.rs.word(last).has(flagGiven) {
		k--
		parts--
	}
	// "… تفاصيل جديدة": a last word written with ة after words no list
	// knows is an adjective or a noun, not a transliterated family name
	if parts >= 2 && !arabicStyle && last == k-1 && strings.HasSuffix(text[toks[last].Start:toks[last].End], "ة") {
		k--
		parts--
	}
	if parts < 2 {
		return from, false
	}
	return k, true
}

// boundary reports whether token i clearly ends a name before it: a verb, a
// function word, a time word, a title or a known entity.
func (p *personScan) boundary(i int) bool {
	return p.owner[i] >= 0 || p.any(i, flagStop|flagVerb|flagTime|flagRole|flagLink)
}

// blankGap reports whether the text between two words is white space only
// (a name never runs over punctuation or quotes).
func blankGap(s string) bool {
	for _, c := range s {
		switch c {
		case ' ', '\u00a0', '\u200e', '\u200f', '\u200c', '\u200d':
		default:
			return false
		}
	}
	return true
}

// commaGap reports whether the text between two words is a comma with white
// space around it.
func commaGap(s string) bool {
	n := 0
	for _, c := range s {
		switch c {
		case ',', '،':
			n++
		case ' ', '\t', '\u00a0', '\u200e', '\u200f':
		default:
			return false
		}
	}
	return n == 1
}

// arabicWord reports whether a normalized word is made of two or more Arabic
// letters only.
func arabicWord(w string) bool {
	n := 0
	for _, c := range w {
		if c < 0x0621 || c > 0x064A || c == 0x0640 {
			return false
		}
		n++
	}
	return n >= 2
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

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// givenAt reports whether a word is a given name, possibly after a clitic.
func (r *Recognizer) givenAt(rs *readings, i int) (prefix string, ok bool) {
	for _, st := range rs.of(i) {
		if st.has(flagGiven) {
			return st.Prefix, true
		}
	}
	return "", false
}

// prefixBytes returns how many bytes of the written word the normalized
// clitic prefix takes (diacritics after a clitic letter are included).
func prefixBytes(word, prefix string) int {
	n := utf8.RuneCountInString(prefix)
	if n == 0 {
		return 0
	}
	i := 0
	for i < len(word) && n > 0 {
		c, size := utf8.DecodeRuneInString(word[i:])
		i += size
		if arabic.Fold(c) != -1 {
			n--
		}
	}
	for i < len(word) {
		c, size := utf8.DecodeRuneInString(word[i:])
		if arabic.Fold(c) != -1 {
			break
		}
		i += size
	}
	return i
}

// surnames resolves a surname written alone to the person whose full name
// the article gives ("ماكغورك" after "بريت ماكغورك"). A surname shared by
// two people of the article is left alone.
func (r *Recognizer) surnames(text string, toks []arabic.Token, rs *readings, covered []bool, ms []Mention) []Mention {
	owner := map[string]string{}
	clash := map[string]bool{}
	addKey := func(key, id string) {
		if utf8.RuneCountInString(key) < 3 || r.is(key, flagStop|flagGiven) {
			return
		}
		if o, ok := owner[key]; ok && o != id {
			clash[key] = true
		}
		owner[key] = id
	}
	// the last word of a full name, or a connector and the last word
	addName := func(nt []string, id string) {
		if len(nt) < 2 {
			return
		}
		addKey(nt[len(nt)-1], id)
		if len(nt) >= 3 && r.is(nt[len(nt)-2], flagConn) {
			addKey(nt[len(nt)-2]+" "+nt[len(nt)-1], id)
		}
	}
	for _, m := range ms {
		if m.Label != schema.LabelPerson || m.TokEnd-m.TokStart < 2 {
			continue
		}
		addName(normTokens(m.Surface), m.EntityID)
		if i, ok := r.byID[m.EntityID]; ok {
			addName(r.derived[i].nameArWords, m.EntityID)
		}
	}
	var out []Mention
	if len(owner) == 0 {
		return out
	}
	// Most words are no surname: a sketch of the keys' lengths and last
	// bytes rules them out before the map is searched.
	var lens, lasts uint64
	for key := range owner {
		lens |= 1 << (len(key) & 63)
		lasts |= 1 << (key[len(key)-1] & 63)
	}
	for i := 0; i < len(toks); i++ {
		if covered[i] {
			continue
		}
		for _, st := range rs.of(i) {
			end, key := i+1, st.Stem
			// two-word keys start with a connector (addKey above)
			if st.has(flagConn) && i+1 < len(toks) && !covered[i+1] && toks[i+1].Sentence == toks[i].Sentence {
				if two := st.Stem + " " + toks[i+1].Norm; owner[two] != "" {
					end, key = i+2, two
				}
			}
			if lens>>(len(key)&63)&1 == 0 || lasts>>(key[len(key)-1]&63)&1 == 0 {
				continue // not a key of owner
			}
			id := owner[key]
			if id == "" || clash[key] {
				continue
			}
			start := toks[i].Start + prefixBytes(text[toks[i].Start:toks[i].End], st.Prefix)
			out = append(out, Mention{
				EntityID: id, Label: schema.LabelPerson, Kind: KindSurname,
				Start: start, End: toks[end-1].End, TokStart: i, TokEnd: end, Sentence: toks[i].Sentence,
				Surface: text[start:toks[end-1].End], Prefix: st.Prefix, Confidence: 0.85,
			})
			for j := i; j < end; j++ {
				covered[j] = true
			}
			i = end - 1
			break
		}
	}
	return out
}
