package entities

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// Known is a gazetteer entity as the recognizer needs it.
type Known struct {
	ID     string
	Label  string
	Name   string
	NameAr string
	// Aliases are further names and spellings, in any script.
	Aliases []string
	// AmbiguousAliases are names that are also common words: they count
	// only after an organization cue or inside quotes.
	AmbiguousAliases []string
	// Adjectives are country adjective forms without the article.
	Adjectives []string
	// Country is the person's country or the place's country.
	Country string
	// Capital is, for a country, the id of its capital.
	Capital string
	Roles   []string
	// GivenNames are, for an entry labelled LabelGivenNames, given names:
	// such an entry names no entity, it extends the recognizer's list of
	// given names.
	GivenNames []string
}

// LabelGivenNames is the label of a Known entry that lists given names
// rather than naming an entity.
const LabelGivenNames = "GivenNames"

type pattern struct {
	toks      []string
	entry     int
	kind      Kind
	ambiguous bool
}

// Recognizer finds entity mentions in text. It is safe for concurrent use
// once built: Recognize does not change its tables (it only borrows scratch
// buffers from a pool).
type Recognizer struct {
	entries   []Known
	byID      map[string]int
	words     map[string]*wordEntry // patterns and word lists by normalized word
	sketch    *arabic.Sketch        // rules out most words not in words
	derived   []derived             // by entry
	capitalOf map[string]string     // venue id -> country id
	// verbs holds the verb forms (verbForms) that end a name. They are
	// kept out of words, which every token of a text is looked up in:
	// only the few words near a title are looked up here.
	verbs      map[string]bool
	verbSketch *arabic.Sketch // rules out most words not in verbs
	placeLex   *placeLex      // the word lists of unknownPlaces
	// scratch recycles the readings of Recognize (*readings): after the
	// tokens, they are the bulk of what recognition allocates, and never
	// leave Recognize.
	scratch sync.Pool
}

// NewRecognizer indexes the known entities. Every name, alias and adjective
// is normalized with arabic.Normalize and split into words.
func NewRecognizer(known []Known) *Recognizer {
	r := &Recognizer{
		entries:   known,
		byID:      make(map[string]int, len(known)),
		words:     make(map[string]*wordEntry, len(known)*4),
		capitalOf: map[string]string{},
		placeLex:  newPlaceLex(),
	}
	for _, l := range []struct {
		words []string
		flag  wordFlag
	}{
		{locatives(), flagLocative}, {eventNouns(), flagEvent}, {roleWords(), flagRole},
		{connectors(), flagConn}, {orgCues(), flagOrgCue}, {stopWords(), flagStop},
		{timeWords(), flagTime}, {commonNouns(), flagCommon},
		{phraseLinks(), flagLink}, {possessedTitles(), flagQual}, {rankQualifiers(), flagQual}, {placeLinks(), flagPlaceLink},
		{pluralHeads(), flagRole | flagPlural}, {[]string{"رئاسه", "قياده", "زعامه", "الوفد", "وفد"}, flagHeadNoun},
		{descriptors(), flagCommon | flagDescr}, {objectNouns(), flagCommon | flagObject}, {familyNamesTa(), flagFamilyTa}, {wordNames(), flagWordName},
		{rankWords(), flagRole | flagRank}, {membershipNouns(), flagHeadNoun},
	} {
		for _, w := range l.words {
			r.entry(arabic.Normalize(w)).flags |= l.flag
		}
	}
	forms := append(verbForms(), objectVerbForms()...)
	r.verbs = make(map[string]bool, len(forms))
	r.verbSketch = new(arabic.Sketch)
	for _, v := range forms {
		v = arabic.Normalize(v)
		r.verbs[v] = true
		r.verbSketch.Add(v)
	}
	for _, k := range known {
		for _, g := range k.GivenNames {
			// one word only: a given name is looked up word by word
			if toks := normTokens(g); len(toks) == 1 {
				r.entry(toks[0]).flags |= flagGiven
			}
		}
	}
	for i, k := range known {
		r.byID[k.ID] = i
		if k.Capital != "" {
			r.capitalOf[k.Capital] = k.ID
		}
	}
	for i, k := range known {
		if k.Label == LabelGivenNames {
			continue // a word list, not an entity to find
		}
		seen := map[string]bool{}
		add := func(s string, kind Kind, ambiguous bool) {
			toks := normTokens(s)
			if len(toks) == 0 {
				return
			}
			key := strings.Join(toks, " ") + "|" + string(kind)
			if seen[key] {
				return
			}
			seen[key] = true
			e := r.entry(toks[0])
			e.pats = append(e.pats, pattern{toks: toks, entry: i, kind: kind, ambiguous: ambiguous})
		}
		add(k.NameAr, KindName, false)
		add(k.Name, KindName, false)
		for _, a := range k.Aliases {
			add(a, KindName, false)
		}
		for _, a := range k.AmbiguousAliases {
			add(a, KindName, true)
			if k.Label == schema.LabelCountry && !strings.Contains(a, " ") && strings.HasSuffix(a, "ي") {
				// "مالي" is also "financial": its adjective ("الحكومة
				// المالية") counts only after a noun of the state
				// (stateNounBefore)
				for _, f := range []string{"ال" + a + "ة", "ال" + a, "ال" + a + "ين", "ال" + a + "ون"} {
					add(f, KindAdjective, true)
				}
			}
		}
		for _, a := range k.Adjectives {
			add(a, KindAdjective, false)
			toks := normTokens(a)
			if len(toks) == 1 && !strings.HasPrefix(toks[0], "ال") {
				add("ال"+toks[0], KindAdjective, false)
			}
			if len(toks) > 1 && isArabicPhrase(a) && !strings.HasPrefix(toks[0], "ال") && !directionNoun(toks[0]) {
				// "كوري شمالي": "الكوري الشمالي", the article on each word
				// (not "جنوب أفريقي": "الجنوب الأفريقي" is a region)
				words := strings.Fields(a)
				for w := range words {
					words[w] = "ال" + words[w]
				}
				add(strings.Join(words, " "), KindAdjective, false)
			}
		}
	}
	r.sketch = new(arabic.Sketch)
	for w := range r.words {
		r.sketch.Add(w)
	}
	r.derived = make([]derived, len(known))
	for i, k := range known {
		d := &r.derived[i]
		d.nameArWords = normTokens(k.NameAr)
		forms := append([]string{k.NameAr}, k.Aliases...)
		for _, f := range append(forms, k.Adjectives...) {
			if toks := normTokens(f); len(toks) == 1 {
				d.related = append(d.related, toks[0], "ال"+toks[0])
			}
		}
	}
	return r
}

// derived is what NewRecognizer reads once from the names of an entry.
type derived struct {
	// nameArWords are the normalized words of NameAr.
	nameArWords []string
	// related lists the one-word forms of NameAr, Aliases and Adjectives,
	// each followed by its form with the article.
	related []string
}

// entry returns the entry of a word, adding it if new; only NewRecognizer
// calls it.
func (r *Recognizer) entry(w string) *wordEntry {
	e := r.words[w]
	if e == nil {
		e = &wordEntry{}
		r.words[w] = e
	}
	return e
}

// Entry returns the known entity with the id.
func (r *Recognizer) Entry(id string) (Known, bool) {
	i, ok := r.byID[id]
	if !ok {
		return Known{}, false
	}
	return r.entries[i], true
}

func normTokens(s string) []string { return arabic.Words(s) }

// candidate is a pattern matched at a token position.
type candidate struct {
	start, end int // token range
	prefix     string
	pats       []pattern
}

// Recognize finds the mentions in text, whose tokens are toks (from
// arabic.Tokens(text)).
func (r *Recognizer) Recognize(text string, toks []arabic.Token) Result {
	res := Result{Entities: map[string]*Entity{}}
	covered := make([]bool, len(toks))
	// one mention per six words is more than most articles have
	mentions := make([]Mention, 0, len(toks)/6+4)
	rs, _ := r.scratch.Get().(*readings)
	if rs == nil {
		rs = &readings{}
	}
	defer func() {
		clear(rs.all) // do not keep this text's words alive
		r.scratch.Put(rs)
	}()
	r.read(rs, toks)

	for i := 0; i < len(toks); {
		c, ok := r.longestAt(toks, rs, i)
		if !ok {
			i++
			continue
		}
		if r.insideLongerName(text, toks, c) || r.anotherGivenName(text, toks, rs, c) {
			i = c.end // the father's name inside a longer one, or another man's surname
			continue
		}
		if m, ok := r.resolve(text, toks, rs, c, mentions); ok {
			mentions = append(mentions, m)
			for j := c.start; j < c.end; j++ {
				covered[j] = true
			}
			i = c.end
			continue
		}
		i++
	}
	mentions, oppInfo := r.organizations(text, toks, rs, covered, mentions)
	places, sites, placeInfo := r.unknownPlaces(text, toks, rs, covered, mentions)
	if len(places) > 0 {
		mentions = append(mentions, places...)
		sortMentions(mentions)
	}
	ctx, ctxInfo := r.contextPersons(text, toks, rs, covered, mentions)
	mentions = append(mentions, ctx...)
	for id, e := range placeInfo {
		ctxInfo[id] = e
	}
	for id, e := range oppInfo {
		ctxInfo[id] = e
	}
	sortMentions(mentions)
	mentions = append(mentions, r.surnames(text, toks, rs, covered, mentions)...)
	sortMentions(mentions)

	for _, ms := range [2][]Mention{mentions, sites} {
		for _, m := range ms {
			e := res.Entities[m.EntityID]
			if e == nil {
				if ci, ok := ctxInfo[m.EntityID]; ok {
					e = ci
				} else {
					e = r.entityFor(m, text, toks)
				}
				res.Entities[m.EntityID] = e
			}
			e.Confidence = max(e.Confidence, m.Confidence)
		}
	}
	if len(sites) > 0 {
		res.Sites = sites
	}
	if len(mentions) > 0 {
		res.Mentions = mentions // none stays nil, as it always was
	}
	return res
}

func sortMentions(ms []Mention) {
	slices.SortStableFunc(ms, func(a, b Mention) int { return cmp.Compare(a.TokStart, b.TokStart) })
}

// longestAt finds the longest gazetteer pattern starting at token i, trying
// the word itself before its clitic readings.
func (r *Recognizer) longestAt(toks []arabic.Token, rs *readings, i int) (candidate, bool) {
	var best candidate
	found := false
	for _, st := range rs.of(i) {
		for _, p := range st.patterns() {
			end := i + len(p.toks)
			if end > len(toks) || toks[end-1].Sentence != toks[i].Sentence {
				continue
			}
			match := true
			for k := 1; k < len(p.toks); k++ {
				if toks[i+k].Norm != p.toks[k] {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			switch {
			case !found || end > best.end:
				best = candidate{start: i, end: end, prefix: st.Prefix, pats: []pattern{p}}
				found = true
			case end == best.end && st.Prefix == best.prefix:
				best.pats = append(best.pats, p)
			}
		}
		if found {
			// A reading without (or with fewer) clitics wins over a longer
			// clitic reading only when it is at least as long.
			break
		}
	}
	return best, found
}

// resolve picks the entity of a matched candidate and decides its label and
// kind in context.
func (r *Recognizer) resolve(text string, toks []arabic.Token, rs *readings, c candidate, prev []Mention) (Mention, bool) {
	start := toks[c.start].Start + prefixBytes(text[toks[c.start].Start:toks[c.start].End], c.prefix)
	surface := text[start:toks[c.end-1].End]
	p, ok := r.pick(text, toks, rs, c, surface)
	if !ok || r.cliticInName(text, toks, rs, c) {
		return Mention{}, false
	}
	k := r.entries[p.entry]
	m := Mention{
		EntityID: k.ID, Label: k.Label, Kind: p.kind,
		Start: start, End: toks[c.end-1].End,
		TokStart: c.start, TokEnd: c.end, Sentence: toks[c.start].Sentence,
		Surface: surface, Prefix: c.prefix, Confidence: 0.95,
	}
	if p.kind == KindAdjective {
		m.Confidence = 0.8
		return m, true
	}
	if k.Label == schema.LabelVenue {
		if country := r.capitalOf[k.ID]; country != "" && !r.isPlace(toks, rs, c, prev) && !r.placeOfStory(text, toks, rs, c) {
			m.EntityID, m.Label, m.Kind, m.Confidence = country, schema.LabelCountry, KindMetonym, 0.8
		}
	}
	return m, true
}

// pick chooses among the patterns of a candidate: ambiguous aliases need an
// organization cue or quotes; several entities sharing a form are told apart
// by diacritics written in the text and by related entities in the sentence.
func (r *Recognizer) pick(text string, toks []arabic.Token, rs *readings, c candidate, surface string) (pattern, bool) {
	var opts []pattern
	for _, p := range c.pats {
		if p.ambiguous && p.kind == KindAdjective {
			if stateNounBefore(toks, c.start) {
				opts = append(opts, p)
			}
			continue
		}
		if p.ambiguous && !r.hasOrgCue(text, toks, rs, c) {
			// a place name that is also a word ("مشهد") counts where a place
			// is expected: "في مشهد", "إلى مشهد"
			if l := r.entries[p.entry].Label; !(l == schema.LabelVenue || l == schema.LabelCountry) || !r.isPlace(toks, rs, c, nil) ||
				commonNounAfter(text, toks, rs, c) {
				continue
			}
		}
		opts = append(opts, p)
	}
	if len(opts) == 0 {
		return pattern{}, false
	}
	if len(opts) == 1 {
		return opts[0], true
	}
	sentence := sentenceNorms(toks, toks[c.start].Sentence, c.start)
	best, bestScore := opts[0], -1
	for _, p := range opts {
		k := r.entries[p.entry]
		score := 0
		for _, form := range append([]string{k.NameAr}, k.Aliases...) {
			if hasDiacritic(form) && strings.Contains(surface, stripClitic(form)) {
				score += 4
			}
		}
		if k.Country != "" && r.relatedInSentence(k.Country, sentence) {
			score += 2
		}
		if k.Label == schema.LabelCountry {
			score++ // the country reading is the default
		}
		if score > bestScore {
			best, bestScore = p, score
		}
	}
	return best, true
}

// stateNounBefore reports whether the word before token i is a noun of a
// state that an ambiguous country adjective may follow: "الحكومة المالية",
// "الجيش المالي", not "الجانب المالي" or "العاصمة المالية" (financial).
func stateNounBefore(toks []arabic.Token, i int) bool {
	if i == 0 || toks[i-1].Sentence != toks[i].Sentence {
		return false
	}
	switch strings.TrimPrefix(toks[i-1].Norm, "و") {
	case "الحكومه", "حكومه", "الجيش", "القوات", "الرئيس", "الوفد", "وفد", "الشعب", "الخارجيه", "المعارضه", "الدبلوماسيه", "الرئاسه", "الجنود", "المسؤولين", "المجلس":
		return true
	}
	return false
}

func stripClitic(s string) string { return strings.TrimSpace(s) }

func hasDiacritic(s string) bool {
	for _, r := range s {
		if r >= 0x064B && r <= 0x065F {
			return true
		}
	}
	return false
}

// sentenceNorms returns the normalized stems of every word of sentence s,
// except those of the candidate at skip.
func sentenceNorms(toks []arabic.Token, s, skip int) map[string]bool {
	out := map[string]bool{}
	lo := skip
	for lo > 0 && toks[lo-1].Sentence == s {
		lo--
	}
	for i := lo; i < len(toks) && toks[i].Sentence == s; i++ {
		if i == skip {
			continue
		}
		for _, st := range arabic.AppendStems(make([]arabic.Clitic, 0, 4), toks[i].Norm) {
			out[st.Stem] = true
		}
	}
	return out
}

// relatedInSentence reports whether the country (by name or adjective) is
// named among the sentence's words.
func (r *Recognizer) relatedInSentence(countryID string, words map[string]bool) bool {
	i, ok := r.byID[countryID]
	if !ok {
		return false
	}
	for _, f := range r.derived[i].related {
		if words[f] {
			return true
		}
	}
	return false
}

func (r *Recognizer) hasOrgCue(text string, toks []arabic.Token, rs *readings, c candidate) bool {
	if c.start > 0 && toks[c.start-1].Sentence == toks[c.start].Sentence && rs.any(c.start-1, flagOrgCue) {
		return true
	}
	// Quoted: a quote mark right before the name.
	before := strings.TrimRight(text[:toks[c.start].Start], " ")
	if strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "«") || strings.HasSuffix(before, "“") {
		return true
	}
	// Coordinated with an organization named unambiguously: "فتح وحماس",
	// "حماس وفتح".
	if c.end < len(toks) && toks[c.end].Sentence == toks[c.start].Sentence && strings.HasPrefix(toks[c.end].Norm, "و") &&
		r.orgNameAt(toks, c.end, strings.TrimPrefix(toks[c.end].Norm, "و")) {
		return true
	}
	return c.start > 0 && strings.HasPrefix(toks[c.start].Norm, "و") && toks[c.start-1].Sentence == toks[c.start].Sentence &&
		r.orgNameAt(toks, c.start-1, toks[c.start-1].Norm) && r.orgNameEnds(toks[c.start-1].Norm)
}

// orgNameAt reports whether an organization's name or alias, not an
// ambiguous one, starts at token i, whose word (without its conjunction)
// is first.
func (r *Recognizer) orgNameAt(toks []arabic.Token, i int, first string) bool {
	for _, p := range r.words[first].patterns() {
		if p.ambiguous || r.entries[p.entry].Label != schema.LabelOrganization || i+len(p.toks) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(p.toks) && ok; k++ {
			ok = toks[i+k].Norm == p.toks[k]
		}
		if ok {
			return true
		}
	}
	return false
}

// orgNameEnds reports whether the word alone is an organization's name or
// alias, not an ambiguous one ("حماس" before "وفتح").
func (r *Recognizer) orgNameEnds(w string) bool {
	for _, p := range r.words[w].patterns() {
		if !p.ambiguous && len(p.toks) == 1 && r.entries[p.entry].Label == schema.LabelOrganization {
			return true
		}
	}
	return false
}

// commonNounAfter reports whether an ambiguous place name is read as the
// common word it also is, by what follows it in the same clause: a word
// that is no function word, time word, place word or name ("في مشهد وصفه
// ترامب", "في مشهد مؤثر"). After the place the clause ends, or goes on with
// a preposition, a date or another place ("في مشهد، حيث", "في مشهد شمال
// البلاد").
func commonNounAfter(text string, toks []arabic.Token, rs *readings, c candidate) bool {
	if c.end >= len(toks) || toks[c.end].Sentence != toks[c.start].Sentence {
		return false
	}
	gap := text[toks[c.end-1].End:toks[c.end].Start]
	if strings.TrimSpace(gap) != "" {
		return false // punctuation ends the clause
	}
	return !rs.any(c.end, flagStop|flagTime|flagLocative|flagLink)
}

// entityFor builds the Entity of a mention from the gazetteer, or from the
// mention itself for people found from context.
func (r *Recognizer) entityFor(m Mention, text string, toks []arabic.Token) *Entity {
	if i, ok := r.byID[m.EntityID]; ok {
		k := r.entries[i]
		aliases := append([]string(nil), k.Aliases...)
		return &Entity{ID: k.ID, Label: k.Label, Name: k.Name, NameAr: k.NameAr, Aliases: aliases,
			Roles: k.Roles, Country: k.Country, Known: true}
	}
	name := m.Surface
	if m.TokStart < m.TokEnd && m.TokEnd <= len(toks) {
		name = nameSurface(text, toks[m.TokStart:m.TokEnd], m.Start)
	}
	return &Entity{ID: m.EntityID, Label: schema.LabelPerson, Name: name, NameAr: name, Known: false}
}

// isArabicPhrase reports whether a phrase is written in Arabic letters.
func isArabicPhrase(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}

// directionNoun reports whether a normalized word is a point of the
// compass.
func directionNoun(w string) bool {
	switch w {
	case "جنوب", "شمال", "شرق", "غرب":
		return true
	}
	return false
}
