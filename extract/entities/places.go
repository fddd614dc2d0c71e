package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// Places no list knows. News names towns, villages and buildings the
// gazetteer cannot hold; the text says they are places by the class noun
// that opens them ("بلدة X", "قريتي X وY", "قصر X", "فندق X") or by where
// they stand ("في X جنوبي لبنان", "في X الحدودية"). Such a place becomes a
// Venue entity of its own, not known, whose id is "venue:" followed by the
// normalized Arabic words of its name joined by "-" (one word: exactly
// what package meetings names a place it reads from a meeting's frame).
//
// Conventions:
//   - A town's name is the words after the class noun ("بلدة المرج" is
//     the Venue المرج); a building keeps its class noun ("قصر
//     تشيراغان", "فندق ريتز كارلتون", "القصر الجمهوري"), as its name
//     does in every language.
//   - A building is a place only where the text puts something in it: after
//     في، إلى، داخل، من … or ب ("بقصر X"), or as the subject or object of a
//     host verb ("احتضنها قصر X"). "قال قصر X" or "أعلن القصر الجمهوري"
//     speak of the institution, not of a place, and give no Venue (the
//     gazetteer lists the presidencies news writes that way, قصر الإليزيه
//     among them, as organizations). "قصر" as "shortness" ("قصر المدة")
//     never has that context and is listed among the words no name starts
//     with.
//   - "مقر X" is the seat of an organization, not a place of its own (package
//     meetings reads the place after it, "في مقر البعثة الأممية في X", as a
//     meeting's venue).
//   - "منطقة X" is a place only where the text also says where it lies
//     ("منطقة X جنوبي لبنان"): "منطقة" heads too many common phrases.
//   - A name the gazetteer knows is never read again: "مدينة غزة" stays
//     Gaza.
//   - Once an article has introduced a place, its later bare mentions name
//     it too.

// placeLex holds the word lists of place recognition, normalized.
type placeLex struct {
	town      map[string]bool // بلدة، قرية، مدينة …: the name follows
	several   map[string]bool // قريتي، بلدات …: names joined by و follow
	building  map[string]bool // قصر، فندق …: the class noun is in the name
	area      map[string]bool // منطقة: needs a located name
	into      map[string]bool // في، إلى …: a building after them is a place
	direction map[string]bool // جنوبي، شمال …
	near      map[string]bool // قرب، بالقرب (من): like a direction
	adjective map[string]bool // الحدودية …: an adjective only places take
	construct map[string]bool // رأس، دير، بيت …: open a two-word name
	notName   map[string]bool // words no place name is made of
}

func wordSet(words ...[]string) map[string]bool {
	out := map[string]bool{}
	for _, l := range words {
		for _, w := range l {
			out[arabic.Normalize(w)] = true
		}
	}
	return out
}

func newPlaceLex() *placeLex {
	return &placeLex{
		town:     wordSet([]string{"بلدة", "قرية", "مدينة", "جزيرة", "منتجع", "ضاحية", "بلدتي", "قريتي", "مدينتي", "بلدتا", "قريتا", "مدينتا", "بلدات", "قرى", "مدن"}),
		several:  wordSet([]string{"بلدتي", "قريتي", "مدينتي", "بلدتا", "قريتا", "مدينتا", "بلدات", "قرى", "مدن", "منطقتي"}),
		building: wordSet([]string{"قصر", "القصر", "فندق", "مجمع", "ميناء", "ملعب", "استاد", "ستاد"}),
		area:     wordSet([]string{"منطقة", "منطقتي"}),
		into: wordSet([]string{"في", "وفي", "إلى", "الى", "وإلى", "داخل", "من", "ومن", "قرب", "عند", "أمام", "نحو",
			"حتى", "وصولا", "باحة", "حديقة", "قاعة", "قاعات", "أروقة", "جناح"}),
		direction: wordSet([]string{"جنوب", "جنوبي", "شمال", "شمالي", "شرق", "شرقي", "غرب", "غربي", "وسط",
			"جنوب شرق", "جنوب غرب", "شمال شرق", "شمال غرب", "جنوبلبنان"}),
		near: wordSet([]string{"قرب", "بالقرب"}),
		adjective: wordSet([]string{"الحدودية", "الحدودي", "الساحلية", "الساحلي", "الجبلية", "الجبلي",
			"النائية", "المحاذية", "المتاخمة", "الواقعة", "الصغيرة"}),
		construct: wordSet([]string{"رأس", "دير", "بيت", "عين", "كفر", "خان", "تل", "جسر", "أم", "أبو", "بئر",
			"بني", "بنت", "مرج", "وادي", "جبل", "سيدي", "حمام", "سوق", "باب", "قلعة", "شرم", "مجدل", "عرب"}),
		notName: wordSet(placeNotNames()),
	}
}

// placeNotNames are words that follow a class noun without naming a place:
// adjectives, abstract nouns (قصر المدة "the shortness of the time"),
// directions and the common nouns of war and diplomacy news.
func placeNotNames() []string {
	return []string{
		// adjectives
		"صغيرة", "كبيرة", "جديدة", "قديمة", "قريبة", "بعيدة", "نائية", "مجاورة", "محاذية", "حدودية",
		"ساحلية", "جبلية", "آمنة", "عازلة", "منزوعة", "محاصرة", "مدمرة", "واحدة", "أخرى", "ثانية",
		"أولى", "كاملة", "مهجورة", "رئيسية", "فخم", "فخمة", "فاخر", "فاخرة", "كبير", "صغير", "جديد",
		"قديم", "شهير", "شهيرة", "تاريخي", "تاريخية", "ضخم", "ضخمة", "مطل", "مطلة", "المطل", "المطلة",
		"فاخرا", "سياحي", "سياحية", "رئاسي", "ملكي", "عسكري", "عسكرية", "حكومي", "حكومية",
		"تجاري", "صناعي", "محلي", "رئيسي", "حدودي", "ساحلي", "جبلي", "سكني", "تاريخي", "دولي", "عالمي",
		"العرب", "السلام", "اللغة",
		// their masculine forms: "فندق آخر", "فندق قريب", "مبنى مجاور"
		"آخر", "قريب", "بعيد", "مجاور", "منفصل", "منفصلة", "مختلف", "مختلفة", "ثان", "واحد", "أول",
		// where something stands, not what it is called ("فندق خارج المدينة")
		"خارج", "داخل", "قرب", "بالقرب", "بجوار", "جوار", "حول", "بين", "ضمن", "عند", "لدى", "وسط",
		// abstract nouns after قصر ("shortness") and مجمع ("gathering")
		"المدة", "النظر", "الفترة", "الوقت", "القامة", "الزمن", "المسافة", "العمر", "الحياة", "مدة",
		"نظر", "فترة", "عليه", "عليها",
		// what follows a place without being part of its name ("قصر X
		// بحضور", "فندق X برعاية"), and titles that open the names of
		// people as well as places
		"حضور", "مشاركة", "رعاية", "دعوة", "رئاسة", "إشراف", "استضافة", "انعقاد", "عقد", "متابعة",
		"الشهيد", "الشهيدة", "الإمام", "الشيخ", "الملك", "الأمير", "الرئيس", "السلطان", "الزعيم",
		// class nouns with the article: the place named before
		"الحي", "المنطقة", "المدينة", "البلدة", "القرية", "المخيم", "المبنى", "القاعة", "الطابق",
		// directions and regions
		"الشرق", "الغرب", "الشمال", "الجنوب", "الوسط", "الخليج", "الساحل", "الحدود", "الصراع",
		"النزاع", "العمليات", "المعارك", "الحرب", "القتال", "الاشتباكات", "التماس", "النفوذ",
		"اليورو", "التجارة", "الأعمال", "الحظر", "الأمان", "نزاع", "صراع", "عمليات", "نفوذ",
		// places of every town
		"الملاهي", "المعارض", "الإنتاج", "الألعاب", "الرياضية", "الجامعية", "الطبية", "العمالية",
		"الصناعية", "الإعلامية", "التعليمية", "الشباب", "المؤتمرات",
		// "the same" after a place named before ("في القصر ذاته")
		"ذاته", "ذاتها", "نفسه", "نفسها", "عينه", "عينها",
	}
}

// placeScan is the state of one recognition of unknown places.
type placeScan struct {
	r       *Recognizer
	lex     *placeLex
	text    string
	toks    []arabic.Token
	rs      *readings
	covered []bool
	owner   []int32 // index in known of the mention covering a token, or -1
	known   []Mention
	out     []Mention
	info    map[string]*Entity
}

// unknownPlaces finds the places no list knows (see the comment at the top
// of this file), then every later mention of them. It returns the towns,
// the buildings (KindSite, which Recognize keeps out of Result.Mentions)
// and the entities of both.
func (r *Recognizer) unknownPlaces(text string, toks []arabic.Token, rs *readings, covered []bool, known []Mention) (towns, sites []Mention, info map[string]*Entity) {
	p := &placeScan{r: r, lex: r.placeLex, text: text, toks: toks, rs: rs, covered: covered, known: known, info: map[string]*Entity{}}
	p.owner = append([]int32(nil), rs.owners(len(toks), known)...)
	for i := 0; i < len(toks); i++ {
		if covered[i] {
			continue
		}
		if end := p.at(i); end > i {
			i = end - 1
		}
	}
	if len(p.out) == 0 {
		return nil, nil, p.info
	}
	p.again()
	for _, m := range p.out {
		if m.Kind == KindSite {
			sites = append(sites, m)
		} else {
			towns = append(towns, m)
		}
	}
	sortMentions(sites)
	return towns, sites, p.info
}

// at reads a place opened at token i and returns the token after it, or i.
func (p *placeScan) at(i int) int {
	w, pre := p.stem(i)
	lex := p.lex
	switch {
	case lex.building[w] && p.buildingContext(i, pre):
		return p.building(i, w)
	case lex.town[w] && !strings.HasPrefix(w, "ال"):
		return p.towns(i, lex.several[w], false)
	case lex.area[w]:
		return p.towns(i, lex.several[w], true)
	case p.into(i, pre):
		// "في X جنوبي لبنان", "في X الحدودية": a located bare name
		if end, ok := p.name(i+1, false); ok && end == i+2 && p.located(end) {
			p.emit(i+1, end, KindContext, "", p.countryAfter(end))
			return end
		}
	}
	return i
}

// stem returns token i without the conjunction and preposition written on
// it, and that prefix.
func (p *placeScan) stem(i int) (string, string) {
	best := p.rs.of(i)[0]
	for _, st := range p.rs.of(i) {
		if p.lex.building[st.Stem] || p.lex.town[st.Stem] || p.lex.area[st.Stem] {
			return st.Stem, st.Prefix
		}
	}
	return best.Stem, best.Prefix
}

// into reports whether token i puts what follows in a place: في، إلى …
func (p *placeScan) into(i int, prefix string) bool {
	return prefix == "" && p.lex.into[p.toks[i].Norm] && p.toks[i].Norm != "من" && p.toks[i].Norm != "ومن"
}

// buildingContext reports whether the building noun at token i is written
// as a place: with ب, after a locative word, or next to a host verb.
func (p *placeScan) buildingContext(i int, prefix string) bool {
	if strings.Contains(prefix, "ب") {
		return true
	}
	if prefix != "" && prefix != "و" {
		return false
	}
	for back := 1; back <= 2 && i-back >= 0; back++ {
		t := p.toks[i-back]
		if t.Sentence != p.toks[i].Sentence || !blankGap(p.text[t.End:p.toks[i-back+1].Start]) {
			return false
		}
		if back == 1 && (p.lex.into[t.Norm] || hostVerb(t.Norm)) {
			return true
		}
		if back == 2 && hostVerb(t.Norm) {
			return true // "احتضن أمس قصر X"
		}
	}
	// "قصر X الذي احتضن", "قصر X يستضيف": the host verb after the name
	return false
}

// building reads "قصر X" at token i, head the normalized class noun.
func (p *placeScan) building(i int, head string) int {
	end, ok := p.name(i+1, true)
	if !ok {
		if head != "القصر" || i+1 >= len(p.toks) || !p.joined(i+1) || p.covered[i+1] {
			return i
		}
		// "القصر الجمهوري", "القصر الرئاسي": the palace of an office
		adj := p.toks[i+1].Norm
		if !strings.HasPrefix(adj, "ال") || !strings.HasSuffix(adj, "ي") || utf8.RuneCountInString(adj) < 5 {
			return i
		}
		end = i + 2
	}
	if head == "القصر" && end != i+2 {
		return i
	}
	_, pre := p.stem(i)
	p.emit(i, end, KindSite, pre, p.countryAfter(end))
	return end
}

// towns reads "بلدة X", "قريتي X وY" at token i; area asks that the text
// says where the place lies.
func (p *placeScan) towns(i int, several, area bool) int {
	end, ok := p.name(i+1, false)
	if !ok || (area && !p.located(end)) {
		return i
	}
	p.emit(i+1, end, KindContext, "", p.countryAfter(end))
	if !several {
		return end
	}
	// "قريتي X الأرمنية وY Z الأذربيجانية"
	next := end
	if k := p.owner[min(next, len(p.toks)-1)]; next < len(p.toks) && k >= 0 && p.known[k].Kind == KindAdjective {
		next = p.known[k].TokEnd
	}
	if next < len(p.toks) && p.joined(next) && strings.HasPrefix(p.toks[next].Norm, "و") {
		if end2, ok := p.name(next, false); ok {
			p.emit(next, end2, KindContext, p.conjunction(next), p.countryAfter(end2))
			return end2
		}
	}
	return end
}

// joined reports whether token i follows the token before it in the same
// sentence with only white space between them.
func (p *placeScan) joined(i int) bool {
	return i > 0 && i < len(p.toks) && p.toks[i].Sentence == p.toks[i-1].Sentence &&
		blankGap(p.text[p.toks[i-1].End:p.toks[i].Start])
}

// name reads the name of a place starting at token i and returns its end:
// one word with the article ("المرج"), or up to three words without it
// ("دولما بهتشة"), closed by a word with the article after a word that
// opens compound names ("رأس المرج", "دير البلح"). A building's name
// may hold no known place; a town's must be no known entity at all.
func (p *placeScan) name(i int, building bool) (int, bool) {
	if i >= len(p.toks) || !p.joined(i) || !p.nameWord(i) {
		return i, false
	}
	w := p.bare(i)
	if !strings.HasPrefix(w, "ال") && strings.HasSuffix(w, "يه") {
		return i, false // "بلدة ساحلية", "منطقة صناعية": an adjective
	}
	if strings.HasPrefix(w, "ال") {
		if !building && (strings.HasSuffix(w, "ات") || strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ون")) {
			return i, false // "بلدة المسلحين" — plurals name no town
		}
		return i + 1, true
	}
	end := i + 1
	for end < len(p.toks) && end < i+3 && p.joined(end) && p.nameWord(end) {
		v := p.toks[end].Norm
		if strings.HasPrefix(v, "ال") {
			if p.lex.construct[p.toks[end-1].Norm] || (end-1 == i && p.lex.construct[p.bare(i)]) {
				end++
			}
			break
		}
		end++
	}
	return end, true
}

// placeAround reports whether the words around tokens [i, end), the first
// written with the clitic prefix pre, expect a place: ب, a locative word
// or a class noun before, a direction or a place adjective after.
func (p *placeScan) placeAround(i, end int, pre string) bool {
	if strings.Contains(pre, "ب") || p.located(end) {
		return true
	}
	if !p.joined(i) {
		return false
	}
	w, _ := p.stem(i - 1)
	return p.lex.into[p.toks[i-1].Norm] || p.lex.town[w] || p.lex.area[w] || w == "سكان" || w == "اهالي" || w == "اهل"
}

// bare returns token i without a conjunction و or ف written on it.
func (p *placeScan) bare(i int) string {
	return strings.TrimPrefix(p.toks[i].Norm, p.conjunction(i))
}

// conjunction returns the conjunction و or ف written on token i, or "".
func (p *placeScan) conjunction(i int) string {
	for _, st := range p.rs.of(i)[1:] {
		if st.Prefix == "و" || st.Prefix == "ف" {
			return st.Prefix
		}
	}
	return ""
}

// nameWord reports whether token i can be a word of a place's name.
func (p *placeScan) nameWord(i int) bool {
	if p.covered[i] || p.owner[i] >= 0 {
		return false
	}
	w := p.toks[i].Norm
	raw := p.text[p.toks[i].Start:p.toks[i].End]
	if !arabicWord(w) || (utf8.RuneCountInString(w) < 3 && !p.lex.construct[w]) || p.lex.notName[w] || p.lex.direction[w] || p.lex.adjective[w] ||
		strings.ContainsAny(raw, "\u064b\u064c\u064d") || verbShaped(w) || waslShaped(raw) {
		return false
	}
	const ends = flagStop | flagTime | flagCommon | flagRole | flagLink | flagEvent | flagLocative | flagOrgCue |
		flagDescr | flagObject | flagPlaceLink | flagHeadNoun | flagPlural
	for _, st := range p.rs.of(i) {
		if st.Prefix != "" && utf8.RuneCountInString(st.Stem) < 3 {
			continue // "كلا" is no "ك" + "لا"
		}
		if st.has(ends) || p.lex.notName[st.Stem] || (p.r.verbSketch.MayHave(st.Stem) && p.r.verbs[st.Stem]) {
			return false
		}
		if st.Prefix == "" && (p.lex.town[st.Stem] || p.lex.building[st.Stem] || p.lex.area[st.Stem]) {
			return false
		}
	}
	if strings.HasPrefix(w, "ال") {
		n := utf8.RuneCountInString(w)
		// verbal nouns of the derived forms: التصعيد، الانسحاب، الاستهداف
		if n >= 7 && (strings.HasPrefix(w, "الت") || strings.HasPrefix(w, "الا")) {
			return false
		}
	}
	return true
}

// located reports whether the words from token i say where the place
// before them lies: a direction or "near" and a known place ("جنوبي
// لبنان", "قرب بيروت", "بالقرب من بيروت"), or an adjective that only
// places take ("الحدودية").
func (p *placeScan) located(i int) bool {
	if i >= len(p.toks) || !p.joined(i) {
		return false
	}
	w := p.toks[i].Norm
	if p.lex.adjective[w] || w == "جنوبلبنان" {
		return true
	}
	j := i + 1
	switch {
	case p.lex.near[w]:
		if w == "بالقرب" && j < len(p.toks) && p.toks[j].Norm == "من" {
			j++ // "بالقرب من بيروت"
		}
	case !p.lex.direction[w]:
		return false
	case j < len(p.toks) && p.lex.direction[p.toks[j].Norm]:
		j++ // "جنوب شرق"
	}
	if j >= len(p.toks) || p.toks[j].Sentence != p.toks[i].Sentence {
		return false
	}
	k := p.owner[j]
	return k >= 0 && (p.known[k].Label == schema.LabelCountry || p.known[k].Label == schema.LabelVenue) && p.known[k].Kind != KindAdjective
}

// countryAfter returns the country the words after a place's name (ending
// at token i) put it in: "الأرمنية", "جنوبي لبنان", "في جدة",
// "بالعاصمة السعودية", or "".
func (p *placeScan) countryAfter(i int) string {
	for j := i; j < len(p.toks) && j <= i+3; j++ {
		if !p.joined(j) && !(j == i && j < len(p.toks) && j > 0 && p.toks[j].Sentence == p.toks[j-1].Sentence) {
			return ""
		}
		if k := p.owner[j]; k >= 0 {
			m := p.known[k]
			switch {
			case m.Label == schema.LabelCountry:
				return m.EntityID
			case m.Label == schema.LabelVenue:
				if e, ok := p.r.Entry(m.EntityID); ok {
					return e.Country
				}
			}
			return ""
		}
		w := p.toks[j].Norm
		if p.lex.direction[w] || p.lex.near[w] || w == "من" && j > i && p.toks[j-1].Norm == "بالقرب" ||
			w == "في" || w == "بالعاصمه" || w == "العاصمه" || w == "بمدينه" || w == "مدينه" {
			continue
		}
		return ""
	}
	return ""
}

// emit records the place named by tokens [from, to), whose first token
// carries the clitic prefix pre.
func (p *placeScan) emit(from, to int, kind Kind, pre, country string) {
	start := p.toks[from].Start
	start += prefixBytes(p.text[start:p.toks[from].End], pre)
	surface := p.text[start:p.toks[to-1].End]
	words := arabic.Words(surface)
	if len(words) == 0 {
		return
	}
	id := "venue:" + strings.Join(words, "-")
	p.out = append(p.out, Mention{
		EntityID: id, Label: schema.LabelVenue, Kind: kind,
		Start: start, End: p.toks[to-1].End, TokStart: from, TokEnd: to,
		Sentence: p.toks[from].Sentence, Surface: surface, Prefix: pre, Confidence: 0.6,
	})
	for k := from; k < to; k++ {
		p.covered[k] = true
	}
	if e := p.info[id]; e != nil {
		if e.Country == "" {
			e.Country = country
		}
		return
	}
	p.info[id] = &Entity{ID: id, Label: schema.LabelVenue, Name: surface, NameAr: surface, Country: country, Confidence: 0.6}
}

// again marks the later bare mentions of the places found: the same words,
// with or without a conjunction or preposition written on the first. A
// name of one word with the article may also be a common noun ("بلدة
// الأمل" … "الأمل ضعيف"), so it counts again only where a place is
// expected (see placeAround).
func (p *placeScan) again() {
	type name struct {
		words []string
		id    string
		kind  Kind
	}
	var names []name
	seen := map[string]bool{}
	for _, m := range p.out {
		if !seen[m.EntityID] {
			seen[m.EntityID] = true
			names = append(names, name{words: arabic.Words(m.Surface), id: m.EntityID, kind: m.Kind})
		}
	}
	found := p.out
	for i := 0; i < len(p.toks); i++ {
		if p.covered[i] {
			continue
		}
	next:
		for _, n := range names {
			end := i + len(n.words)
			if end > len(p.toks) || p.toks[end-1].Sentence != p.toks[i].Sentence {
				continue
			}
			for k := 1; k < len(n.words); k++ {
				if p.covered[i+k] || p.toks[i+k].Norm != n.words[k] {
					continue next
				}
			}
			for _, st := range p.rs.of(i) {
				if st.Stem != n.words[0] || (len(n.words) == 1 && strings.HasPrefix(n.words[0], "ال") && !p.placeAround(i, end, st.Prefix)) {
					continue
				}
				start := p.toks[i].Start + prefixBytes(p.text[p.toks[i].Start:p.toks[i].End], st.Prefix)
				found = append(found, Mention{
					EntityID: n.id, Label: schema.LabelVenue, Kind: n.kind,
					Start: start, End: p.toks[end-1].End, TokStart: i, TokEnd: end,
					Sentence: p.toks[i].Sentence, Surface: p.text[start:p.toks[end-1].End], Prefix: st.Prefix, Confidence: 0.6,
				})
				for k := i; k < end; k++ {
					p.covered[k] = true
				}
				i = end - 1
				break next
			}
		}
	}
	p.out = found
}
