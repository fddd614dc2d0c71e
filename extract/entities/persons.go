package entities

import (
	"strings"

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
//     words ("سامح شكري، وزير الخارجية");
//   - after a nationality that follows a verb: a listed given name and
//     name-shaped words ("يضيف النيجيري فيكتور أوسيمين").
//
// The role and the country the title phrase names are kept on the entity.
func (r *Recognizer) contextPersons(text string, toks []arabic.Token, rs *readings, covered []bool, known []Mention) ([]Mention, map[string]*Entity) {
	p := &personScan{r: r, text: text, toks: toks, rs: rs, covered: covered, known: known, info: map[string]*Entity{}}
	p.owner = rs.owners(len(toks), known)
	for i := 0; i < len(toks); i++ {
		if covered[i] || !rs.any(i, flagRole|flagHeadNoun) && !p.ownTitle(i) {
			continue // no title starts here ("رئيسها X": a title with its pronoun)
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
	p.nationalNames()
	p.bylines()
	p.listNames()
	return p.out, p.info
}

// listNames reads the names of a list opened by "كل من" / "كلاً من"
// without titles: "وضم الوفد كلاً من X Y وZ W، وU V", "كل من: X Y، وZ W".
// The first name needs two name-shaped words, each later one the
// conjunction; a title, a known entity or a word that is no name ends the
// list (names read with their titles are already covered and skipped).
func (p *personScan) listNames() {
	text, toks := p.text, p.toks
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Norm != "من" || toks[i-1].Sentence != toks[i].Sentence || !blankGap(text[toks[i-1].End:toks[i].Start]) {
			continue
		}
		if w := strings.TrimPrefix(toks[i-1].Norm, "و"); w != "كل" && w != "كلا" {
			continue
		}
		s := toks[i].Sentence
		joinable := func(j int) bool {
			return j < len(toks) && toks[j].Sentence == s && !p.covered[j] && p.owner[j] < 0 &&
				blankGap(text[toks[j-1].End:toks[j].Start])
		}
		j, first := i+1, true
		for n := 0; n < 8 && j < len(toks) && toks[j].Sentence == s; n++ {
			gap := text[toks[j-1].End:toks[j].Start]
			if !blankGap(gap) && !commaGap(gap) && !(first && strings.TrimSpace(gap) == ":") {
				break
			}
			if p.covered[j] || p.owner[j] >= 0 {
				// a person read with a title, or a known entity: skip it
				k := j + 1
				for k < len(toks) && toks[k].Sentence == s && (p.covered[k] || p.owner[k] >= 0) && blankGap(text[toks[k-1].End:toks[k].Start]) {
					k++
				}
				j, first = k, false
				continue
			}
			raw := text[toks[j].Start:toks[j].End]
			var end int
			var ok bool
			prefix := ""
			if !first && strings.HasPrefix(raw, "و") {
				if !p.coordinatedName(j, joinable) {
					break
				}
				end, ok = p.openName(j, true)
				prefix = "و"
			} else {
				pre, given := p.r.givenAt(p.rs, j)
				end, ok = p.openName(j, given && pre == "")
			}
			if !ok {
				break
			}
			p.emit(j, end, prefix, "", "", 0.75)
			j, first = end, false
		}
	}
}

// bylines reads the writer's name after "بقلم" ("بقلم: سلمى الخطيب"), with
// a colon or a space between them.
func (p *personScan) bylines() {
	text, toks := p.text, p.toks
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Norm != "بقلم" || p.covered[i+1] || toks[i+1].Sentence != toks[i].Sentence && !strings.Contains(text[toks[i].End:toks[i+1].Start], ":") {
			continue
		}
		if gap := strings.TrimSpace(text[toks[i].End:toks[i+1].Start]); gap != "" && gap != ":" {
			continue
		}
		_, given := p.r.givenAt(p.rs, i+1)
		if end, ok := p.openName(i+1, given); ok {
			p.emit(i+1, end, "", "كاتب", "", 0.8)
		}
	}
}

// nationalNames reads a name after a nationality that follows a verb, with
// no title: "قبل أن يضيف النيجيري فيكتور أوسيمين الهدف الثاني". The name
// must open with a listed given name; it takes the adjective's country.
func (p *personScan) nationalNames() {
	text, toks := p.text, p.toks
	for _, m := range p.known {
		i, at := m.TokStart, m.TokEnd
		if m.Kind != KindAdjective || m.Label != schema.LabelCountry || i == 0 || at >= len(toks) || m.Prefix != "" ||
			!strings.HasPrefix(m.Surface, "ال") || p.covered[at] {
			continue
		}
		if toks[i-1].Sentence != toks[i].Sentence || toks[at].Sentence != toks[i].Sentence ||
			!blankGap(text[toks[i-1].End:toks[i].Start]) || !blankGap(text[m.End:toks[at].Start]) || !p.verb(i-1) {
			continue
		}
		if prefix, given := p.r.givenAt(p.rs, at); !given || prefix != "" {
			continue
		}
		if end, ok := p.openName(at, true); ok {
			p.emit(at, end, "", "", m.EntityID, 0.75)
		}
	}
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

// titled reads a title phrase starting at token i and the name after it. It
// returns the end of what it found, or i.
func (p *personScan) titled(i int) int {
	ph, ok := p.phrase(i)
	if !ok {
		return i
	}
	end, ok := p.readName(ph.to, false, true)
	if !ok {
		if end, ok := p.honorificName(ph); ok {
			return end
		}
		return p.adjectiveNames(ph, i)
	}
	if ph.comma && end < len(p.toks) && p.toks[end].Sentence == p.toks[ph.to].Sentence &&
		!commaGap(p.text[p.toks[end-1].End:p.toks[end].Start]) {
		if end2, ok := p.pairAfterCountries(ph, end); ok {
			return end2
		}
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
			p.toks[m.TokEnd].Sentence != p.toks[end].Sentence || !sharedTitleGap(p.text[p.toks[end-1].End:p.toks[end].Start]) ||
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
	// "برئاسة نائبي رئيسي الوزراء X Y وZ W", "القياديين X Y وZ W وU V":
	// further names joined by the conjunction; the title may be shared,
	// their country is not known.
	for n := 0; n < 6 && end < len(p.toks) && end > ph.to && p.toks[end].Sentence == p.toks[ph.to].Sentence &&
		blankGap(p.text[p.toks[end-1].End:p.toks[end].Start]) && p.coordinatedName(end, func(j int) bool {
		return j < len(p.toks) && p.toks[j].Sentence == p.toks[end].Sentence && !p.covered[j] && p.owner[j] < 0 &&
			blankGap(p.text[p.toks[j-1].End:p.toks[j].Start])
	}); n++ {
		next, ok := p.openName(end, true)
		if !ok {
			break
		}
		p.emit(end, next, "و", "", "", 0.75)
		end = next
	}
	return end
}

// sharedTitleGap reports whether the gap before the second country of a
// shared title is blank or a comma ("وزيري خارجية أذربيجان X Y، وأرمينيا
// Z W").
func sharedTitleGap(s string) bool { return blankGap(s) || commaGap(s) }

// appositive reads a name followed by a comma and a title ("سامح شكري،
// وزير الخارجية"). The name starts with a listed given name, or, unlisted,
// it follows a verb or starts the sentence ("وقال كارين سيمونيان، وزير
// الخارجية الأرميني، …") and the title phrase is whole. It returns the end
// of the name, or i. ahead reports that a comma and a title follow within
// five words, which an unlisted name needs.
func (p *personScan) appositive(i int, ahead bool) int {
	prefix, given := p.r.givenAt(p.rs, i)
	// "وقال أندري يرماك رئيس مكتب الرئيس إن …": after a verb the title
	// may follow a name with a listed given name without a comma, when the
	// whole phrase ends at a verb or a function word (an unlisted name
	// needs the comma)
	bare := given && i > 0 && p.toks[i-1].Sentence == p.toks[i].Sentence && blankGap(p.text[p.toks[i-1].End:p.toks[i].Start]) && p.verb(i-1)
	if !given && !ahead && !bare {
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
	comma := ok && p.roleNext(end)
	if !ok || !comma && !(bare && p.bareRoleNext(end)) {
		return i
	}
	to, country := p.roleAfter(end)
	if to < 0 {
		if !given || !comma {
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
	if !blankGap(p.text[p.toks[i-1].End:p.toks[i].Start]) {
		return false
	}
	if i >= 2 && p.toks[i-1].Norm == "من" && p.toks[i-2].Sentence == p.toks[i].Sentence {
		// "رافقه كل من X، مساعد …", "وضم الوفد كلاً من X": a list opens
		switch strings.TrimPrefix(p.toks[i-2].Norm, "و") {
		case "كل", "كلا":
			return true
		}
	}
	return p.verb(i - 1)
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

// bareRoleNext reports whether a title follows the name ending at end
// with nothing but a space between them.
func (p *personScan) bareRoleNext(end int) bool {
	if end >= len(p.toks) || p.toks[end].Sentence != p.toks[end-1].Sentence || !blankGap(p.text[p.toks[end-1].End:p.toks[end].Start]) {
		return false
	}
	return p.rs.any(end, flagRole) && !p.conjoined(end)
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

// adjectiveNames reads the names of a title phrase given one by one after
// their nationality: "وزيرا الخارجية، الأرميني X والأذربيجاني Y", "الوزيران
// المصري X والسوداني Y". Each name takes its adjective's country. It
// returns the end of what it found, or i.
func (p *personScan) adjectiveNames(ph rolePhrase, i int) int {
	end := ph.to
	role := p.roleText(ph.from, ph.to)
	found := false
	for end < len(p.toks) && p.toks[end].Sentence == p.toks[ph.to].Sentence {
		o := p.owner[end]
		if o < 0 {
			break
		}
		m := p.known[o]
		if m.Kind != KindAdjective || m.Label != schema.LabelCountry || m.TokStart != end || (found && m.Prefix != "و") ||
			m.TokEnd >= len(p.toks) || !blankGap(p.text[m.End:p.toks[m.TokEnd].Start]) {
			break
		}
		next, ok := p.openName(m.TokEnd, false)
		if !ok {
			break
		}
		p.emit(m.TokEnd, next, "", role, m.EntityID, 0.8)
		found, end = true, next
		if end >= len(p.toks) || !blankGap(p.text[p.toks[end-1].End:p.toks[end].Start]) {
			break
		}
	}
	if !found {
		return i
	}
	return end
}

// pairAfterCountries reads the two names set off by a comma after a title
// shared by two countries: "وزيرا خارجية أرمينيا وأذربيجان، X Y وZ W،"; the
// first name, read up to first, is the first country's, the second the
// second's. It returns the end of the second name.
func (p *personScan) pairAfterCountries(ph rolePhrase, first int) (int, bool) {
	if ph.country == "" || ph.observer || first >= len(p.toks) {
		return first, false
	}
	second := ""
	for j := ph.from; j < ph.to; j++ {
		if o := p.owner[j]; o >= 0 {
			if m := p.known[o]; m.Label == schema.LabelCountry && m.Kind == KindName && m.Prefix == "و" && m.EntityID != ph.country {
				second = m.EntityID
			}
		}
	}
	if second == "" || p.toks[first].Sentence != p.toks[ph.to].Sentence ||
		!blankGap(p.text[p.toks[first-1].End:p.toks[first].Start]) || !p.coordinatedName(first, func(j int) bool {
		return j < len(p.toks) && p.toks[j].Sentence == p.toks[first].Sentence && !p.covered[j] && p.owner[j] < 0 &&
			blankGap(p.text[p.toks[j-1].End:p.toks[j].Start])
	}) {
		return first, false // "وZ W": the conjunction on a second name, not "وليد"
	}
	end, ok := p.openName(first, true)
	if !ok || end < len(p.toks) && p.toks[end].Sentence == p.toks[ph.to].Sentence && !commaGap(p.text[p.toks[end-1].End:p.toks[end].Start]) {
		return first, false // the pair stands between commas
	}
	role := p.roleText(ph.from, ph.to)
	p.emit(ph.to, first, "", role, ph.country, 0.8)
	p.emit(first, end, "و", role, second, 0.8)
	return end, true
}
