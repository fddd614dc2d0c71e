package entities

import (
	"sort"
	"strings"
	"unicode/utf8"

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
}

type pattern struct {
	toks      []string
	entry     int
	kind      Kind
	ambiguous bool
}

// Recognizer finds entity mentions in text. It is safe for concurrent use
// once built: Recognize does not change it.
type Recognizer struct {
	entries   []Known
	byID      map[string]int
	index     map[string][]pattern
	capitalOf map[string]string // venue id -> country id
	locative  map[string]bool
	events    map[string]bool
	roles     map[string]bool
	given     map[string]bool
	conn      map[string]bool
	orgCue    map[string]bool
	stop      map[string]bool
}

// NewRecognizer indexes the known entities. Every name, alias and adjective
// is normalized with arabic.Normalize and split into words.
func NewRecognizer(known []Known) *Recognizer {
	r := &Recognizer{
		entries:   known,
		byID:      make(map[string]int, len(known)),
		index:     make(map[string][]pattern, len(known)*4),
		capitalOf: map[string]string{},
		locative:  setOf(locatives()),
		events:    setOf(eventNouns()),
		roles:     setOf(roleWords()),
		given:     setOf(givenNames()),
		conn:      setOf(connectors()),
		orgCue:    setOf(orgCues()),
		stop:      setOf(stopWords()),
	}
	for i, k := range known {
		r.byID[k.ID] = i
		if k.Capital != "" {
			r.capitalOf[k.Capital] = k.ID
		}
	}
	for i, k := range known {
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
			r.index[toks[0]] = append(r.index[toks[0]], pattern{toks: toks, entry: i, kind: kind, ambiguous: ambiguous})
		}
		add(k.NameAr, KindName, false)
		add(k.Name, KindName, false)
		for _, a := range k.Aliases {
			add(a, KindName, false)
		}
		for _, a := range k.AmbiguousAliases {
			add(a, KindName, true)
		}
		for _, a := range k.Adjectives {
			add(a, KindAdjective, false)
			toks := normTokens(a)
			if len(toks) == 1 && !strings.HasPrefix(toks[0], "ال") {
				add("ال"+toks[0], KindAdjective, false)
			}
		}
	}
	return r
}

// hostVerb reports whether a normalized word is a form of استضاف or احتضن.
func hostVerb(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
	for _, stem := range []string{"استضاف", "احتضن", "تستضيف", "تحتضن", "يستضيف", "يحتضن", "ستستضيف", "ستحتضن"} {
		if strings.HasPrefix(w, stem) && utf8.RuneCountInString(w)-utf8.RuneCountInString(stem) <= 3 {
			return true
		}
	}
	return false
}

// capitalFollows reports whether a capital joined by و starts at token i.
func (r *Recognizer) capitalFollows(toks []arabic.Token, i int) bool {
	if i >= len(toks) || !strings.HasPrefix(toks[i].Norm, "و") {
		return false
	}
	c, ok := r.longestAt(toks, i)
	if !ok {
		return false
	}
	for _, p := range c.pats {
		if r.capitalOf[r.entries[p.entry].ID] != "" {
			return true
		}
	}
	return false
}

// postBefore reports whether a role noun phrase ends right before token
// i: "كبير المفاوضين النوويين", "السفير الإيراني".
func (r *Recognizer) postBefore(toks []arabic.Token, i int) bool {
	for back := 1; back <= 3 && i-back >= 0; back++ {
		t := toks[i-back]
		if t.Sentence != toks[i].Sentence {
			return false
		}
		for _, st := range arabic.AppendStems(make([]arabic.Clitic, 0, 4), t.Norm) {
			if r.roles[st.Stem] {
				return true
			}
		}
		if !strings.HasPrefix(t.Norm, "ال") {
			return false
		}
	}
	return false
}

// Entry returns the known entity with the id.
func (r *Recognizer) Entry(id string) (Known, bool) {
	i, ok := r.byID[id]
	if !ok {
		return Known{}, false
	}
	return r.entries[i], true
}

// CapitalOf returns the country whose capital the venue is, or "".
func (r *Recognizer) CapitalOf(venueID string) string { return r.capitalOf[venueID] }

func normTokens(s string) []string {
	var out []string
	for _, t := range arabic.Tokens(s) {
		out = append(out, t.Norm)
	}
	return out
}

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
	var mentions []Mention

	for i := 0; i < len(toks); {
		c, ok := r.longestAt(toks, i)
		if !ok {
			i++
			continue
		}
		if m, ok := r.resolve(text, toks, c, mentions); ok {
			mentions = append(mentions, m)
			for j := c.start; j < c.end; j++ {
				covered[j] = true
			}
			i = c.end
			continue
		}
		i++
	}
	ctx, ctxInfo := r.contextPersons(text, toks, covered, mentions)
	mentions = append(mentions, ctx...)
	sortMentions(mentions)
	mentions = append(mentions, r.surnames(text, toks, covered, mentions)...)
	sortMentions(mentions)

	for _, m := range mentions {
		e := res.Entities[m.EntityID]
		if e == nil {
			if ci, ok := ctxInfo[m.EntityID]; ok {
				e = ci
			} else {
				e = r.entityFor(m, text, toks)
			}
			res.Entities[m.EntityID] = e
		}
		if m.Confidence > e.Confidence {
			e.Confidence = m.Confidence
		}
	}
	res.Mentions = mentions
	return res
}

func sortMentions(ms []Mention) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].TokStart < ms[j].TokStart })
}

// longestAt finds the longest gazetteer pattern starting at token i, trying
// the word itself before its clitic readings.
func (r *Recognizer) longestAt(toks []arabic.Token, i int) (candidate, bool) {
	var best candidate
	found := false
	for _, st := range arabic.AppendStems(make([]arabic.Clitic, 0, 4), toks[i].Norm) {
		pats := r.index[st.Stem]
		for _, p := range pats {
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
func (r *Recognizer) resolve(text string, toks []arabic.Token, c candidate, prev []Mention) (Mention, bool) {
	start := toks[c.start].Start + prefixBytes(text[toks[c.start].Start:toks[c.start].End], c.prefix)
	surface := text[start:toks[c.end-1].End]
	p, ok := r.pick(text, toks, c, surface)
	if !ok {
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
		if country := r.capitalOf[k.ID]; country != "" && !r.isPlace(toks, c, prev) {
			m.EntityID, m.Label, m.Kind, m.Confidence = country, schema.LabelCountry, KindMetonym, 0.8
		}
	}
	return m, true
}

// pick chooses among the patterns of a candidate: ambiguous aliases need an
// organization cue or quotes; several entities sharing a form are told apart
// by diacritics written in the text and by related entities in the sentence.
func (r *Recognizer) pick(text string, toks []arabic.Token, c candidate, surface string) (pattern, bool) {
	var opts []pattern
	for _, p := range c.pats {
		if p.ambiguous && !r.hasOrgCue(text, toks, c) {
			// a place name that is also a word ("مشهد") counts where a place
			// is expected: "في مشهد", "إلى مشهد"
			if l := r.entries[p.entry].Label; !(l == schema.LabelVenue || l == schema.LabelCountry) || !r.isPlace(toks, c, nil) {
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
	k := r.entries[i]
	forms := append([]string{k.NameAr}, k.Aliases...)
	forms = append(forms, k.Adjectives...)
	for _, f := range forms {
		toks := normTokens(f)
		if len(toks) == 1 {
			if words[toks[0]] || words["ال"+toks[0]] {
				return true
			}
		}
	}
	return false
}

func (r *Recognizer) hasOrgCue(text string, toks []arabic.Token, c candidate) bool {
	if c.start > 0 && toks[c.start-1].Sentence == toks[c.start].Sentence {
		for _, st := range arabic.AppendStems(make([]arabic.Clitic, 0, 4), toks[c.start-1].Norm) {
			if r.orgCue[st.Stem] {
				return true
			}
		}
	}
	// Quoted: a quote mark right before the name.
	before := strings.TrimRight(text[:toks[c.start].Start], " ")
	return strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "«") || strings.HasSuffix(before, "“")
}

// isPlace decides whether a capital is written as a place (في طهران، بدمشق،
// العاصمة الإيرانية طهران، اتفاق القاهرة، في مسقط أو الدوحة) rather than as
// its government.
func (r *Recognizer) isPlace(toks []arabic.Token, c candidate, prev []Mention) bool {
	if strings.Contains(c.prefix, "ب") {
		return true
	}
	s := toks[c.start].Sentence
	for back := 1; back <= 3 && c.start-back >= 0; back++ {
		t := toks[c.start-back]
		if t.Sentence != s {
			break
		}
		if back == 1 && hostVerb(t.Norm) {
			return true // "احتضنت بغداد الجولة": the host city
		}
		for _, st := range arabic.AppendStems(make([]arabic.Clitic, 0, 4), t.Norm) {
			if back == 1 && r.events[st.Stem] && r.capitalFollows(toks, c.end) {
				// "محادثات واشنطن وطهران": two governments, not places
				return false
			}
			if r.locative[st.Stem] || (back == 1 && r.events[st.Stem]) {
				// "كبير المفاوضين في طهران", "السفير في الرياض": a post in
				// the capital stands for its government.
				if st.Stem == "في" && r.postBefore(toks, c.start-back) {
					return false
				}
				return true
			}
		}
		// Only adjectives (العاصمة الإيرانية طهران) may stand between a
		// locative and the name.
		if back == 1 && !(strings.HasPrefix(t.Norm, "ال") && strings.HasSuffix(t.Norm, "يه")) {
			break
		}
	}
	// Coordinated with a place just before: في مسقط أو الدوحة.
	if n := len(prev); n > 0 {
		last := prev[n-1]
		gap := c.start - last.TokEnd
		coordinated := (gap == 0 && strings.HasPrefix(c.prefix, "و")) ||
			(gap == 1 && (toks[last.TokEnd].Norm == "او" || toks[last.TokEnd].Norm == "و"))
		if coordinated && last.Label == schema.LabelVenue {
			return true
		}
	}
	return false
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
	return &Entity{ID: m.EntityID, Label: schema.LabelPerson, Name: m.Surface, NameAr: m.Surface, Known: false}
}
