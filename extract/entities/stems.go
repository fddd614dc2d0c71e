package entities

import "github.com/negograph/negograph/extract/arabic"

// wordFlag marks the word lists (words.go) a normalized word belongs to.
type wordFlag uint32

const (
	flagLocative wordFlag = 1 << iota
	flagEvent
	flagRole
	flagGiven
	flagConn
	flagOrgCue
	flagStop
	// flagVerb: a verb form (قال، أكدت، يلتقي …), which ends a name. No
	// word entry has it: personScan.any looks verbs up in
	// Recognizer.verbs.
	flagVerb
	// flagTime: a time word (أمس، السبت، مارس …), which ends a name.
	flagTime
	// flagCommon: a common noun or adjective that ends a name
	// (المباحثات، الجولة، السابق …).
	flagCommon
	// flagLink: a word joining a title to its complement (باسم، لدى، في …).
	flagLink
	// flagQual: a rank qualifier after a title (الركن، طيار …).
	flagQual
	// flagPlaceLink: a link after which a country is a posting, not the
	// person's nationality (في، لدى، إلى).
	flagPlaceLink
	// flagPlural: a dual or plural title in construct (مساعدي، نائبي).
	flagPlural
	// flagHeadNoun: a noun that heads a title phrase in context only
	// (برئاسة، الوفد after ترأس).
	flagHeadNoun
	// flagDescr: a participle describing the name before it (المعروف).
	flagDescr
	// flagObject: a verbal noun opening an object (دعم، رفض).
	flagObject
	// flagFamilyTa: a family name written with ة (سلامة، حمادة).
	flagFamilyTa
	// flagWordName: a family name that is also a common word (سلام، حرب،
	// عون): written alone, it names the person only as a subject or after
	// a title.
	flagWordName
	// flagRank: a rank or honorific that stands right before a name
	// (العميد، اللواء، الدكتورة، الحاج): the word after it opens the name
	// as a listed given name would.
	flagRank
)

// wordEntry is what the recognizer knows of one normalized word: the
// gazetteer patterns that start with it and the word lists holding it. One
// map lookup answers every question about a word.
type wordEntry struct {
	pats  []pattern
	flags wordFlag
}

// has reports whether the word is in the list f; a nil entry (a word the
// recognizer does not know) is in none.
func (e *wordEntry) has(f wordFlag) bool { return e != nil && e.flags&f != 0 }

// patterns returns the patterns starting with the word.
func (e *wordEntry) patterns() []pattern {
	if e == nil {
		return nil
	}
	return e.pats
}

// is reports whether the normalized word w is in the list f.
func (r *Recognizer) is(w string, f wordFlag) bool { return r.words[w].has(f) }

// reading is one clitic reading of a token (arabic.Stems) with what the
// recognizer knows of its stem (nil if nothing).
type reading struct {
	arabic.Clitic
	*wordEntry
}

// readings holds the clitic readings of every token of one text, read and
// looked up once per Recognize call.
type readings struct {
	all []reading
	at  []int // the readings of token i are all[at[i]:at[i+1]]
	// owner is the memory of owners.
	owner []int32
}

// owners returns, for each of n tokens, the index in ms of the mention
// covering it, or -1, reusing rs's memory.
func (rs *readings) owners(n int, ms []Mention) []int32 {
	o := rs.owner[:0]
	for range n {
		o = append(o, -1)
	}
	for k, m := range ms {
		for t := max(m.TokStart, 0); t < m.TokEnd && t < n; t++ {
			o[t] = int32(k)
		}
	}
	rs.owner = o
	return o
}

// read looks up the readings of every token into rs, reusing its memory.
func (r *Recognizer) read(rs *readings, toks []arabic.Token) {
	rs.all, rs.at = rs.all[:0], append(rs.at[:0], 0)
	var buf [4]arabic.Clitic
	for _, t := range toks {
		for _, c := range arabic.AppendStems(buf[:0], t.Norm) {
			var e *wordEntry
			if r.sketch.MayHave(c.Stem) {
				e = r.words[c.Stem]
			}
			rs.all = append(rs.all, reading{Clitic: c, wordEntry: e})
		}
		rs.at = append(rs.at, len(rs.all))
	}
}

// of returns the readings of token i, the word itself first.
func (rs *readings) of(i int) []reading { return rs.all[rs.at[i]:rs.at[i+1]] }

// word returns the reading of token i as written, without clitics removed.
func (rs *readings) word(i int) *wordEntry { return rs.all[rs.at[i]].wordEntry }

// any reports whether a reading of token i is in the list f.
func (rs *readings) any(i int, f wordFlag) bool {
	for _, st := range rs.of(i) {
		if st.has(f) {
			return true
		}
	}
	return false
}
