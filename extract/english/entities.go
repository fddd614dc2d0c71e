package english

import (
	"strings"
	"unicode"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// Recognizer finds the gazetteer's entities in English text by their
// English names, Latin-script aliases and adjectives ("Iranian"), by the
// surname of a known person, and finds unknown people after a role title
// ("envoy Jane Roe"). It is immutable and safe for concurrent use.
type Recognizer struct {
	known []entities.Known
	byID  map[string]int
	// patterns maps the first word of a name to its patterns.
	patterns map[string][]pattern
	// capitalOf maps a capital's id to its country's id.
	capitalOf map[string]string
	// orgOf maps a known person to the organisation their role is with
	// (see roleOrgs).
	orgOf map[string]string
}

type pattern struct {
	words []string
	entry int
	kind  entities.Kind
	// exact asks the text to match the case of the name ("US", not "us").
	exact string
}

// NewRecognizer indexes the English forms of known.
func NewRecognizer(known []entities.Known) *Recognizer {
	r := &Recognizer{known: known, byID: map[string]int{}, patterns: map[string][]pattern{}, capitalOf: map[string]string{}}
	add := func(s string, entry int, kind entities.Kind) {
		if !latin(s) {
			return
		}
		toks, _ := Tokenize(s)
		if len(toks) == 0 {
			return
		}
		for _, t := range toks[:len(toks)-1] {
			if t.Possessive {
				return // "People's Republic of China" would match "People" alone (keyWords stops at 's)
			}
		}
		p := pattern{entry: entry, kind: kind}
		p.words, _ = keyWords(toks, 0, len(toks))
		if len(p.words) == 0 || p.words[0] == "" {
			return
		}
		if len(toks) == 1 && strings.ToUpper(s) == s {
			p.exact = strings.ReplaceAll(s, ".", "")
		}
		r.patterns[p.words[0]] = append(r.patterns[p.words[0]], p)
	}
	for i, k := range known {
		if k.Label == entities.LabelGivenNames {
			continue
		}
		r.byID[k.ID] = i
		if k.Capital != "" {
			r.capitalOf[k.Capital] = k.ID
		}
		add(k.Name, i, entities.KindName)
		for _, a := range k.Aliases {
			add(a, i, entities.KindName)
		}
		for _, a := range k.Adjectives {
			add(a, i, entities.KindAdjective)
		}
		if k.Label == schema.LabelPerson {
			if f := strings.Fields(k.Name); len(f) >= 2 && len(f[len(f)-1]) > 3 {
				add(f[len(f)-1], i, entities.KindSurname)
			}
		}
	}
	r.orgOf = roleOrgs(known)
	return r
}

// OrgOf returns the organisation a known person's role is with ("" when
// none is listed).
func (r *Recognizer) OrgOf(id string) string { return r.orgOf[id] }

// latin reports whether s is written in Latin script (no Arabic letter).
func latin(s string) bool {
	has := false
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return false
		}
		if unicode.IsLetter(r) {
			has = true
		}
	}
	return has
}

// Entry returns the gazetteer entry of an id.
func (r *Recognizer) Entry(id string) (entities.Known, bool) {
	i, ok := r.byID[id]
	if !ok {
		return entities.Known{}, false
	}
	return r.known[i], true
}

// Recognize finds the mentions of text (tokenized as toks) and their
// entities. Mentions are in text order and do not overlap.
func (r *Recognizer) Recognize(text string, toks []Token) entities.Result {
	res := entities.Result{Entities: map[string]*entities.Entity{}}
	surnames := map[string]string{} // name key of a context person's last word -> id
	acronyms := map[string]*entities.Entity{}
	// add records a mention of an entity the gazetteer does not know; the
	// first mention's entity stands for the article.
	add := func(m entities.Mention, e *entities.Entity) {
		res.Mentions = append(res.Mentions, m)
		if _, seen := res.Entities[m.EntityID]; !seen {
			res.Entities[m.EntityID] = e
		}
	}
	unknown := func(m entities.Mention, label string) *entities.Entity {
		return &entities.Entity{ID: m.EntityID, Label: label, Name: m.Surface, NameAr: m.Surface, Confidence: m.Confidence}
	}
	for i := 0; i < len(toks); {
		if m, e, n, ok := r.organization(text, toks, i, acronyms); ok && m.TokEnd-m.TokStart > 1 {
			add(m, e) // a name that starts with a known place ("Tigray People's Liberation Front (TPLF)")
			i += n
			continue
		}
		p, n, ok := r.longestAt(toks, i)
		if !ok {
			if m, n, ok := r.building(text, toks, i); ok {
				add(m, unknown(m, schema.LabelVenue))
				i += n
				continue
			}
			if m, e, n, ok := r.organization(text, toks, i, acronyms); ok {
				add(m, e)
				i += n
				continue
			}
			if m, n, ok := r.contextPerson(text, toks, i); ok {
				add(m, unknown(m, schema.LabelPerson))
				surnames[nameKey(toks[i+n-1].Lower)] = m.EntityID
				i += n
				continue
			}
			// a surname alone, of a person found earlier from context
			if id, ok := surnames[nameKey(toks[i].Lower)]; ok && toks[i].Cap() && len(toks[i].Text) > 3 &&
				!(i+1 < len(toks) && properWord(toks[i+1]) && toks[i+1].Sentence == toks[i].Sentence) {
				res.Mentions = append(res.Mentions, entities.Mention{EntityID: id, Label: schema.LabelPerson, Kind: entities.KindSurname,
					Start: toks[i].Start, End: toks[i].End, TokStart: i, TokEnd: i + 1, Sentence: toks[i].Sentence,
					Surface: toks[i].Text, Confidence: 0.5})
			}
			i++
			continue
		}
		k := r.known[p.entry]
		m := entities.Mention{EntityID: k.ID, Label: k.Label, Kind: p.kind, Start: toks[i].Start, End: toks[i+n-1].End,
			TokStart: i, TokEnd: i + n, Sentence: toks[i].Sentence, Surface: text[toks[i].Start:toks[i+n-1].End], Confidence: 0.9}
		if p.kind == entities.KindSurname {
			m.Confidence = 0.7
		}
		if k.Label == schema.LabelCountry && m.Kind == entities.KindName && modifier(text, toks, i, n) {
			m.Kind = entities.KindAdjective // "US envoy", "U.S.-led": it marks a side, it names nothing
		}
		if country, ok := r.capitalOf[k.ID]; ok && m.Kind == entities.KindName && r.metonym(toks, i, n, res.Mentions) {
			if ck, ok := r.Entry(country); ok {
				k = ck // "Washington said": the capital stands for the government
				m.EntityID, m.Label, m.Kind, m.Confidence = ck.ID, ck.Label, entities.KindMetonym, 0.8
			}
		}
		res.Mentions = append(res.Mentions, m)
		if e, seen := res.Entities[k.ID]; !seen {
			res.Entities[k.ID] = &entities.Entity{ID: k.ID, Label: k.Label, Name: k.Name, NameAr: k.NameAr,
				Aliases: append([]string(nil), k.Aliases...), Roles: k.Roles, Country: k.Country, Known: true, Confidence: m.Confidence}
		} else if m.Confidence > e.Confidence {
			e.Confidence = m.Confidence
		}
		i += n
	}
	return res
}

// longestAt returns the longest pattern that matches at token i and the
// number of tokens it covers. Words compare by their name keys (see
// nameKey).
func (r *Recognizer) longestAt(toks []Token, i int) (pattern, int, bool) {
	keys, spans := keyWords(toks, i, 8)
	if len(keys) == 0 {
		return pattern{}, 0, false
	}
	var best pattern
	bestWords, bestN := 0, 0
	for _, p := range r.patterns[keys[0]] {
		n := len(p.words)
		if n <= bestWords || n > len(keys) {
			continue
		}
		ok := true
		for j := 1; j < n && ok; j++ {
			ok = keys[j] == p.words[j]
		}
		if !ok {
			continue
		}
		if p.exact != "" && strings.ReplaceAll(toks[i].Text, ".", "") != p.exact {
			continue
		}
		if p.kind != entities.KindAdjective && !toks[i].Cap() {
			continue // names are capitalized: "turkey" is a bird
		}
		tokN := 0
		for _, sp := range spans[:n] {
			tokN += sp
		}
		best, bestWords, bestN = p, n, tokN
	}
	return best, bestN, bestN > 0
}

// modifier reports whether a country abbreviation at toks[i:i+n] ("US",
// "U.S.") qualifies the next word: a hyphen or a following noun or title.
func modifier(text string, toks []Token, i, n int) bool {
	last := toks[i+n-1]
	if n != 1 || strings.ToUpper(last.Text) != last.Text || last.Comma || last.Possessive || i+n >= len(toks) ||
		toks[i+n].Sentence != last.Sentence {
		return false
	}
	if last.End < len(text) && text[last.End] == '-' {
		return true
	}
	next := toks[i+n]
	if next.Start != last.End+1 {
		return false // punctuation between
	}
	switch next.Lower {
	case "and", "or", "is", "was", "has", "had", "will", "would", "said", "says", "to", "in", "on", "at", "with", "for", "of", "as", "by", "from":
		return false
	}
	return !strings.HasSuffix(next.Lower, "ed") || next.Lower == "led"
}

// roleTitle reports whether a word introduces a person's name.
func roleTitle(w string) bool {
	switch w {
	case "envoy", "minister", "ambassador", "spokesman", "spokeswoman", "spokesperson", "secretary", "president",
		"coordinator", "negotiator", "chief", "commander", "adviser", "advisor", "affairs", "mediator", "leader",
		"premier", "general", "deputy", "official", "diplomat", "representative", "spokesmen", "mr", "mrs", "ms", "dr",
		"aide", "aides", "head", "chairman", "chairwoman", "speaker", "mayor", "governor", "prosecutor",
		"ministers", "envoys", "negotiators", "presidents", "leaders", "senator", "senators", "lawmaker", "congressman", "counterpart", "counterparts",
		"congresswoman", "commissioner":
		return true
	}
	return false
}

// ledBy reports whether toks[j] is the "by" of a delegation's head or
// members ("led by", "headed by", "represented by"): the name after it is
// a person's.
func ledBy(toks []Token, j int) bool {
	if j < 1 || toks[j].Lower != "by" || toks[j-1].Sentence != toks[j].Sentence {
		return false
	}
	switch toks[j-1].Lower {
	case "led", "headed", "represented", "chaired", "joined", "accompanied":
		return true
	}
	return false
}

// contextPerson reads two or three capitalized words after a role title
// ("Foreign Minister Jane Roe", "spokesman John Doe") as a person the
// gazetteer does not know.
func (r *Recognizer) contextPerson(text string, toks []Token, i int) (entities.Mention, int, bool) {
	if i == 0 || toks[i-1].Sentence != toks[i].Sentence || toks[i-1].Comma {
		if !apposition(toks, i) {
			return entities.Mention{}, 0, false
		}
		return r.contextName(text, toks, i)
	}
	// "spokesmen Jane Roe and John Doe": a second name after "and"
	listed := false
	// "Ambassador to Algeria Jane Roe"
	if i >= 3 && (toks[i-2].Lower == "to" || toks[i-2].Lower == "of" || toks[i-2].Lower == "for") && roleTitle(toks[i-3].Lower) &&
		toks[i-1].Cap() && toks[i-3].Sentence == toks[i].Sentence {
		listed = true
	}
	if toks[i-1].Lower == "and" {
		for j := i - 2; j >= 0 && j >= i-5 && toks[j].Sentence == toks[i].Sentence; j-- {
			if roleTitle(toks[j].Lower) || ledBy(toks, j) {
				listed = j < i-3 // a title, then a name of two words at least
				break
			}
			if !properWord(toks[j]) {
				break
			}
		}
	}
	if !roleTitle(toks[i-1].Lower) && !ledBy(toks, i-1) && !listed && !apposition(toks, i) {
		return entities.Mention{}, 0, false
	}
	return r.contextName(text, toks, i)
}

// contextName reads two or three proper words at i as a person the
// gazetteer does not know.
func (r *Recognizer) contextName(text string, toks []Token, i int) (entities.Mention, int, bool) {
	n := 0
	proper := 0
	for proper < 3 && i+n < len(toks) && toks[i+n].Sentence == toks[i].Sentence {
		if n > 0 && nameParticle(toks[i+n].Lower) && !toks[i+n].Comma && i+n+1 < len(toks) &&
			toks[i+n+1].Sentence == toks[i].Sentence && properWord(toks[i+n+1]) {
			n++ // "Dafallah al-Haj", "Ahmed bin Saleh"
			continue
		}
		if !properWord(toks[i+n]) {
			break
		}
		if p, _, known := r.longestAt(toks, i+n); known && !(n > 0 && p.kind == entities.KindSurname) {
			break // a known name starts here; a known surname may be another person's
		}
		n++
		proper++
		if toks[i+n-1].Possessive || toks[i+n-1].Comma {
			break
		}
	}
	for n > 0 && nameParticle(toks[i+n-1].Lower) {
		n-- // a name does not end in "de", "al" or "van"
	}
	proper = 0
	for _, t := range toks[i : i+n] {
		if !nameParticle(t.Lower) {
			proper++
		}
	}
	if proper < 2 {
		return entities.Mention{}, 0, false // "De La", "Carl De": not two words of a name
	}
	surface := text[toks[i].Start:toks[i+n-1].End]
	words := make([]string, n)
	for j := range n {
		words[j] = toks[i+j].Lower
	}
	return entities.Mention{EntityID: "person:" + strings.Join(words, "-"), Label: schema.LabelPerson, Kind: entities.KindContext,
		Start: toks[i].Start, End: toks[i+n-1].End, TokStart: i, TokEnd: i + n, Sentence: toks[i].Sentence,
		Surface: surface, Confidence: 0.6}, n, true
}

// nameParticle reports whether a lower-case word can join the parts of a
// personal name ("al-Haj", "bin Saleh", "de la Cruz", "van der Berg").
func nameParticle(w string) bool {
	switch w {
	case "al", "el", "bin", "ben", "ibn", "abu", "bint", "ould", "de", "da", "del", "la", "van", "von", "der", "dos":
		return true
	}
	return false
}

// apposition reports whether two or three proper words at i are followed
// by a comma and a role title within a few words ("Jane Roe, the envoy",
// "John Doe, a veteran negotiator").
func apposition(toks []Token, i int) bool {
	n := 0
	for n < 3 && i+n < len(toks) && toks[i+n].Sentence == toks[i].Sentence && properWord(toks[i+n]) {
		n++
		if toks[i+n-1].Comma {
			break
		}
	}
	if n < 2 || !toks[i+n-1].Comma {
		return false
	}
	j := i + n
	if j < len(toks) && toks[j].Sentence == toks[i].Sentence && roleTitle(toks[j].Lower) && toks[j].Lower != "affairs" &&
		!toks[j].Cap() && (lower(toks, j+1) == "of" || lower(toks, j+1) == "to" || lower(toks, j+1) == "for") {
		return true // "Jane Roe, head of the presidential office", "John Doe, aide to the president"
	}
	if j >= len(toks) || (toks[j].Lower != "the" && toks[j].Lower != "a" && toks[j].Lower != "an") {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+5 && toks[k].Sentence == toks[i].Sentence; k++ {
		if roleTitle(toks[k].Lower) && toks[k].Lower != "affairs" {
			return true
		}
		if toks[k].Comma {
			break
		}
	}
	return false
}

// properWord reports whether a token can be part of a person's name.
func properWord(t Token) bool {
	if !t.Cap() || len(t.Text) < 2 || strings.ToUpper(t.Text) == t.Text {
		return false
	}
	switch t.Lower {
	case "the", "of", "and", "for", "in", "on", "said", "state", "affairs", "foreign", "minister", "envoy":
		return false
	}
	return monthNumber(t.Lower) == 0 && weekdayNumber(t.Lower) < 0 && !roleTitle(t.Lower)
}

// buildingNoun reports whether a capitalized word names a kind of
// building or site where talks are held ("Dolmabahce Palace", "Ritz-Carlton
// Hotel"). "House" is left out: "the White House" is a government.
func buildingNoun(w string) bool {
	switch w {
	case "palace", "hotel", "castle", "hall", "resort", "villa", "centre", "center", "complex", "mansion", "estate", "fort":
		return true
	}
	return false
}

// building reads one to three proper words and a building noun at i
// ("Dolmabahce Palace", "the Ciragan Palace", "Ritz-Carlton Hotel") as a
// place the gazetteer does not know, unless the building speaks or acts
// for its government ("the Elysee Palace said").
func (r *Recognizer) building(text string, toks []Token, i int) (entities.Mention, int, bool) {
	n := 0
	for n < 3 && i+n < len(toks) && toks[i+n].Sentence == toks[i].Sentence && properWord(toks[i+n]) && !buildingNoun(toks[i+n].Lower) {
		if _, _, known := r.longestAt(toks, i+n); known || toks[i+n].Comma || toks[i+n].Possessive {
			return entities.Mention{}, 0, false
		}
		n++
	}
	j := i + n
	if n == 0 || j >= len(toks) || toks[j].Sentence != toks[i].Sentence || !buildingNoun(toks[j].Lower) || !toks[j].Cap() {
		return entities.Mention{}, 0, false
	}
	if j+1 < len(toks) && toks[j+1].Sentence == toks[i].Sentence && !toks[j].Comma && actorVerb(toks[j+1].Lower) {
		return entities.Mention{}, 0, false
	}
	words := make([]string, 0, n+1)
	for k := i; k <= j; k++ {
		words = append(words, toks[k].Lower)
	}
	return entities.Mention{EntityID: "venue:" + strings.Join(words, "-"), Label: schema.LabelVenue, Kind: entities.KindContext,
		Start: toks[i].Start, End: toks[j].End, TokStart: i, TokEnd: j + 1, Sentence: toks[i].Sentence,
		Surface: text[toks[i].Start:toks[j].End], Confidence: 0.6}, n + 1, true
}
