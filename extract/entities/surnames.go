package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// surnames resolves a surname written alone to the person whose full name
// the article gives ("ماكغورك" after "بريت ماكغورك"), also where a place
// was read in it with a clitic ("باراك" after "توم باراك" is no ب +
// أراك) or a country adjective stands alone where a person is expected
// ("التقى السوداني الرئيس" after "محمد شياع السوداني"): that mention of
// ms is rewritten in place. A surname shared by two people of the article
// is left alone.
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
	// "عن باراك قوله": the surname of a person the article named (given
	// name or not), not a place read with a clitic (ب + أراك)
	last := map[string]string{}
	for _, m := range ms {
		if m.Label != schema.LabelPerson || m.TokEnd-m.TokStart < 2 {
			continue
		}
		nt := normTokens(m.Surface)
		if len(nt) == 0 {
			continue
		}
		if k := nt[len(nt)-1]; last[k] == "" || last[k] == m.EntityID {
			last[k] = m.EntityID
		} else {
			last[k] = "-"
		}
	}
	for k := range ms {
		m := &ms[k]
		if m.TokEnd-m.TokStart != 1 || m.Label != schema.LabelVenue && m.Label != schema.LabelCountry {
			continue
		}
		if m.Prefix == "" && !(m.Kind == KindAdjective && r.personSlot(text, toks, rs, m.TokStart)) {
			// "وقال السوداني إن" after "محمد شياع السوداني": the man, not
			// the country's adjective
			continue
		}
		if id := last[toks[m.TokStart].Norm]; id != "" && id != "-" {
			i := m.TokStart
			*m = Mention{
				EntityID: id, Label: schema.LabelPerson, Kind: KindSurname,
				Start: toks[i].Start, End: toks[i].End, TokStart: i, TokEnd: i + 1, Sentence: toks[i].Sentence,
				Surface: text[toks[i].Start:toks[i].End], Confidence: 0.85,
			}
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
			if r.is(key, flagWordName) && !r.wordNameCue(text, toks, rs, i, end) {
				continue // "نحو سلام دائم": the word, not Nawaf Salam
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

// wordNameCue reports whether a surname that is also a common word, at
// tokens [i, end), stands where a person is expected: right after a verb
// or a title ("وأكد سلام", "الرئيس عون"), or before a verb, a
// complementizer or a colon ("سلام قال", "سلام: …", "عون أن …").
func (r *Recognizer) wordNameCue(text string, toks []arabic.Token, rs *readings, i, end int) bool {
	verbAt := func(k int) bool {
		for _, st := range rs.of(k) {
			if r.verbSketch.MayHave(st.Stem) && r.verbs[st.Stem] {
				return true
			}
		}
		return false
	}
	if i > 0 && toks[i-1].Sentence == toks[i].Sentence && blankGap(text[toks[i-1].End:toks[i].Start]) &&
		(verbAt(i-1) || rs.any(i-1, flagRole)) {
		return true
	}
	if end < len(toks) && toks[end].Sentence == toks[i].Sentence {
		gap := text[toks[end-1].End:toks[end].Start]
		if strings.Contains(gap, ":") || blankGap(gap) && verbAt(end) {
			return true
		}
		if n := toks[end].Norm; commaGap(gap) && (n == "الذي" || n == "التي") {
			return true // "عون، الذي …"
		}
	}
	return false
}

// personSlot reports whether the single word at i stands where a person,
// not an adjective, is expected: right after a verb ("التقى السوداني
// الرئيس"), or opening its clause before a verb or a colon ("السوداني:
// …"). After a noun it is that noun's adjective ("الجيش السوداني قال").
func (r *Recognizer) personSlot(text string, toks []arabic.Token, rs *readings, i int) bool {
	verbAt := func(k int) bool {
		for _, st := range rs.of(k) {
			if r.verbSketch.MayHave(st.Stem) && r.verbs[st.Stem] {
				return true
			}
		}
		return false
	}
	opens := i == 0 || toks[i-1].Sentence != toks[i].Sentence || !blankGap(text[toks[i-1].End:toks[i].Start])
	if !opens && verbAt(i-1) {
		return true
	}
	if !opens || i+1 >= len(toks) || toks[i+1].Sentence != toks[i].Sentence {
		return false
	}
	gap := text[toks[i].End:toks[i+1].Start]
	return strings.Contains(gap, ":") || blankGap(gap) && verbAt(i+1)
}
