package meetings

// This file holds the scan of one article: its words, mentions and
// per-token tables, and the lookups every reading of a frame uses.

import (
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// scan holds one article's words and mentions for frame building.
type scan struct {
	x     *Extractor
	in    Input
	words []word
	// mAt maps a token to the index of the mention covering it, or -1.
	mAt []int
	// ordinal marks ordinals that open an item of an enumeration of
	// rounds: "… ثلاث جولات: الأولى في مسقط يوم 12 أبريل، والثانية في روما …".
	ordinal map[int]bool
	// trig is each token's trigger kind; inDate marks tokens of dates;
	// sentA and sentB are each sentence's token range.
	trig         []trigKind
	inDate       []bool
	sentA, sentB []int
	// places are the places no list knows that frames named, by id.
	places map[string]Place
	// senders maps the people of no known country to the country of the
	// body that announces them (senderCountries), computed once.
	senders map[string]string
}

// tables are the per-token tables of a scan, kept between articles so that
// their memory is reused.
type tables struct {
	words  []word
	mAt    []int
	trig   []trigKind
	inDate []bool
}

// sized returns s with length n, all zero, reusing its memory when it can.
func sized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// newScan prepares the scan of an article, building its tables in t.
func (x *Extractor) newScan(in Input, t *tables) *scan {
	n := len(in.Tokens)
	t.words = readWords(t.words[:0], in.Tokens, &x.lex)
	t.mAt, t.trig, t.inDate = sized(t.mAt, n), sized(t.trig, n), sized(t.inDate, n)
	s := &scan{x: x, in: in, words: t.words, mAt: t.mAt, trig: t.trig, inDate: t.inDate}
	for i := range s.mAt {
		s.mAt[i] = -1
	}
	lastOrg := -1 // the token after the latest organization mention
	for mi, m := range in.Mentions {
		if m.Kind == entities.KindAdjective && m.TokStart == lastOrg {
			// "حركة طالبان الأفغانية": the adjective qualifies the
			// organization; it names no side of its own
			continue
		}
		if m.Label == schema.LabelOrganization {
			lastOrg = m.TokEnd
			if m.TokStart > 0 && isSeat(in.Tokens[m.TokStart-1].Norm) {
				continue // "في مقر البعثة الأممية": a place, not a side
			}
		}
		for t := m.TokStart; t < m.TokEnd && t < len(s.mAt); t++ {
			s.mAt[t] = mi
		}
	}
	for _, d := range in.Dates {
		for t := d.TokStart; t < d.TokEnd && t < len(s.inDate); t++ {
			if t >= 0 {
				s.inDate[t] = true
			}
		}
	}
	s.sentA = make([]int, len(in.Sentences))
	s.sentB = make([]int, len(in.Sentences))
	for i := range s.sentA {
		s.sentA[i], s.sentB[i] = -1, -1
	}
	for i, t := range in.Tokens {
		if t.Sentence < 0 || t.Sentence >= len(s.sentA) {
			continue
		}
		if s.sentA[t.Sentence] < 0 {
			s.sentA[t.Sentence] = i
		}
		s.sentB[t.Sentence] = i + 1
	}
	// the trigger table, once the others are built: the cues it reads (a
	// signing's signatories, a reception's host) look at sentences,
	// dates and mentions
	for i, w := range s.words {
		s.trig[i] = w.trig
		if s.trig[i] == 0 && s.concludedAgreement(i) {
			s.trig[i] = trigAgreement
		}
		if s.trig[i] == 0 && s.signingVerb(i) {
			s.trig[i] = trigTalks // the sides met to sign
		}
		if s.trig[i] == 0 && s.dialogueRound(i) {
			s.trig[i] = trigTalks // "انطلقت أعمال الحوار بين …": a round of the dialogue
		}
		if s.trig[i] == 0 && s.receptionVerb(i) {
			s.trig[i] = trigMeetVerb // the host met the delegation he received
		}
		if w.trig == trigTalks && w.norm == "المستديره" && i > 0 && (s.words[i-1].norm == "المائده" || s.words[i-1].norm == "الطاوله") {
			// "المائدة المستديرة": the round table's noun is the trigger,
			// so that a time set off by commas stands right before it
			s.trig[i-1], s.trig[i] = trigTalks, 0
		}
	}
	// what those cues cached was read before the trigger table was whole
	s.senders = nil
	return s
}

// mentionAt returns the mention starting at or covering token i.
func (s *scan) mentionAt(i int) (entities.Mention, bool) {
	if i < 0 || i >= len(s.mAt) || s.mAt[i] < 0 {
		return entities.Mention{}, false
	}
	return s.in.Mentions[s.mAt[i]], true
}

// partyOf returns the country or organization a mention stands for as a
// negotiating side: a country (named, adjective or capital metonym), an
// organization, or a person's country. Places are not parties.
func (s *scan) partyOf(m entities.Mention) string {
	switch m.Label {
	case schema.LabelCountry, schema.LabelOrganization:
		return m.EntityID
	case schema.LabelPerson:
		if g := s.groupTitle(m); g != "" {
			return g // "رئيس المجلس السياسي لجماعة X فلان": he sits for the group
		}
		if o := s.roleOrganization(m.EntityID); o != "" {
			// "المدير العام للوكالة الدولية للطاقة الذرية X": he sits for
			// the international body he heads, not for his country
			return o
		}
		return s.personCountry(m.EntityID)
	}
	return ""
}

// groupAndItsCountry reports whether two sides are a group and the
// country it belongs to — an officer read by his group's title, the other
// by his country: the organizations of both titles may say more.
func (s *scan) groupAndItsCountry(ps []string) bool {
	for k, p := range ps {
		if c := s.placeCountry(p); c != "" && c == ps[1-k] {
			return true
		}
	}
	return false
}

// titleBeforePerson reports whether an organization ends a title right
// before the person who holds it: "رئيس المجلس السياسي لحركة X فلان".
func (s *scan) titleBeforePerson(o entities.Mention) bool {
	k := o.TokEnd
	for k < len(s.words) && k < o.TokEnd+3 && s.mAt[k] < 0 && (rankWord(s.words[k].norm) || s.words[k].norm == "اول") {
		k++ // "رئيس أركان الجيش السوداني الفريق أول X"
	}
	p, ok := s.mentionAt(k)
	return ok && p.Label == schema.LabelPerson && o.TokStart > 0 &&
		(s.words[o.TokStart-1].in(s.x.lex.title) || s.words[o.TokStart-1].in(s.x.lex.titleTail) || s.words[o.TokStart-1].norm == "في")
}

// groupTitle returns the armed group or movement (entities.NegotiatingOrg)
// named in the title right before a person — "رئيس المكتب السياسي لحركة X
// فلان", "القيادي في جماعة X فلان" — whose side he is at talks, whatever
// his country; "" when the title names none.
func (s *scan) groupTitle(m entities.Mention) string {
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-4; j-- {
		if s.in.Tokens[j].Sentence != s.in.Tokens[m.TokStart].Sentence || commaBetween(s.in.Text, s.in.Tokens, j) {
			return ""
		}
		o, ok := s.mentionAt(j)
		if !ok {
			if rankWord(s.words[j].norm) || s.words[j].norm == "اول" {
				continue
			}
			return ""
		}
		if o.Label == schema.LabelOrganization && entities.NegotiatingOrg(s.in.Entities[o.EntityID]) && s.titleBeforePerson(o) {
			return o.EntityID
		}
		return ""
	}
	return ""
}

func (s *scan) personCountry(id string) string {
	if e, ok := s.in.Entities[id]; ok && e.Country != "" {
		return e.Country
	}
	if s.x.world != nil {
		if c := s.x.world.CountryOf(id); c != "" {
			return c
		}
	}
	if s.senders == nil {
		s.senders = s.senderCountries()
	}
	return s.senders[id]
}

// sentenceRange returns the token range of sentence si.
func (s *scan) sentenceRange(si int) (int, int) {
	if si < 0 || si >= len(s.sentA) {
		return -1, -1
	}
	return s.sentA[si], s.sentB[si]
}

func appendUnique(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
