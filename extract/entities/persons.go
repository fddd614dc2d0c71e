package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// contextPersons finds people the gazetteer does not know: a given name,
// followed by name-shaped words (with connectors such as بن، عبد، آل),
// standing next to a role title ("وزير الخارجية الإيراني …", "…، المتحدث
// باسم …").
func (r *Recognizer) contextPersons(text string, toks []arabic.Token, rs *readings, covered []bool, known []Mention) ([]Mention, map[string]*Entity) {
	var out []Mention
	info := map[string]*Entity{}
	for i := 0; i < len(toks); i++ {
		if covered[i] {
			continue
		}
		prefix, ok := r.givenAt(rs, i)
		if !ok {
			continue
		}
		if strings.HasSuffix(text[toks[i].Start:toks[i].End], "ى") {
			continue // "على" (on) folds to the name "علي"
		}
		end := r.nameEnd(toks, rs, covered, i)
		if end-i < 2 {
			continue
		}
		if rs.word(i).has(flagRole) && strings.HasPrefix(toks[i+1].Norm, "ال") {
			continue // "أمين المجلس", "أمير المنطقة": a title, not a given name
		}
		// A second family word before a comma: "سعيد خطيب زاده، المتحدث …".
		if end+1 < len(toks) && !covered[end] && toks[end].Sentence == toks[i].Sentence && nameShaped(toks[end].Norm, rs.word(end)) &&
			strings.ContainsAny(text[toks[end].End:toks[end+1].Start], ",،") && r.roleAfter(text, toks, rs, end+1) {
			end++
		}
		conf := 0.0
		roleFrom, roleTo := -1, -1
		if k := r.roleBefore(toks, rs, i); k >= 0 {
			conf, roleFrom, roleTo = 0.85, k, i
		} else if r.roleAfter(text, toks, rs, end) {
			conf, roleFrom, roleTo = 0.8, end, r.phraseEnd(text, toks, end)
		}
		if conf == 0 {
			continue
		}
		start := toks[i].Start + prefixBytes(text[toks[i].Start:toks[i].End], prefix)
		surface := text[start:toks[end-1].End]
		var norms []string
		for _, t := range normTokens(surface) {
			norms = append(norms, t)
		}
		id := "person:" + strings.Join(norms, "-")
		e := info[id]
		if e == nil {
			e = &Entity{ID: id, Label: schema.LabelPerson, Name: surface, NameAr: surface}
			info[id] = e
		}
		if role := strings.Trim(text[toks[roleFrom].Start:toks[roleTo-1].End], " ،,:\"«»()"); role != "" && roleTo > roleFrom {
			e.Roles = appendNew(e.Roles, role)
		}
		if e.Country == "" && !r.observer(toks[roleFrom].Norm) {
			// "الباحث في الشؤون الإيرانية" studies Iran, he does not speak for it
			e.Country = r.countryIn(known, roleFrom, roleTo)
		}
		out = append(out, Mention{
			EntityID: id, Label: schema.LabelPerson, Kind: KindContext,
			Start: start, End: toks[end-1].End, TokStart: i, TokEnd: end, Sentence: toks[i].Sentence,
			Surface: surface, Prefix: prefix, Confidence: conf,
		})
		for j := i; j < end; j++ {
			covered[j] = true
		}
		i = end - 1
	}
	return out, info
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

// nameEnd extends a name from its given name at i: further given names,
// connectors with what follows them, and one final name-shaped word.
func (r *Recognizer) nameEnd(toks []arabic.Token, rs *readings, covered []bool, i int) int {
	s := toks[i].Sentence
	j := i + 1
	for j < len(toks) && j-i < 5 && toks[j].Sentence == s && !covered[j] {
		w, e := toks[j].Norm, rs.word(j)
		switch {
		case e.has(flagConn):
			if j+1 < len(toks) && toks[j+1].Sentence == s && !covered[j+1] && nameShaped(toks[j+1].Norm, rs.word(j+1)) {
				j += 2
				continue
			}
			return j
		case e.has(flagGiven) && j-i < 3:
			j++
			continue
		case nameShaped(w, e):
			j++
			// "فتح الله", "نصر الله": the divine name closes a compound
			if j < len(toks) && toks[j].Norm == "الله" && toks[j].Sentence == s {
				j++
				// and a family name may follow: "علي فتح الله نجاد إن …"
				if j+1 < len(toks) && toks[j].Sentence == s && !covered[j] && nameShaped(toks[j].Norm, rs.word(j)) && rs.word(j+1).has(flagStop) {
					j++
				}
			}
			return j
		}
		return j
	}
	return j
}

// nameShaped reports whether a word, whose entry is e, can be part of a
// name: not a function word, not a role title, at least two letters, no
// digits.
func nameShaped(w string, e *wordEntry) bool {
	if utf8.RuneCountInString(w) < 2 || e.has(flagStop) || e.has(flagRole) {
		return false
	}
	for _, c := range w {
		if c >= '0' && c <= '9' {
			return false
		}
	}
	return true
}

// roleBefore reports whether a role title stands within the six words
// before i in the same sentence, with only role words, adjectives,
// organizations and connecting words between.
func (r *Recognizer) roleBefore(toks []arabic.Token, rs *readings, i int) int {
	s := toks[i].Sentence
	found := -1
	for back := 1; back <= 6 && i-back >= 0; back++ {
		t := toks[i-back]
		if t.Sentence != s {
			break
		}
		if rs.any(i-back, flagRole) {
			found = i - back
		}
		// at the start of the text nothing continues the phrase leftwards
		// (the loop ends there anyway)
		if found >= 0 && back > 1 && (i-back-1 < 0 || !roleWordOrModifier(rs, i-back-1)) {
			break
		}
	}
	return found
}

// roleWordOrModifier reports whether token i can continue a role phrase
// leftwards: another role word.
func roleWordOrModifier(rs *readings, i int) bool { return rs.any(i, flagRole) }

// roleAfter reports whether the name is followed by a comma and a role
// title ("فلان، نائب المتحدث باسم …").
func (r *Recognizer) roleAfter(text string, toks []arabic.Token, rs *readings, end int) bool {
	if end >= len(toks) || toks[end].Sentence != toks[end-1].Sentence {
		return false
	}
	between := text[toks[end-1].End:toks[end].Start]
	if !strings.ContainsAny(between, ",،") {
		return false
	}
	return rs.any(end, flagRole)
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
