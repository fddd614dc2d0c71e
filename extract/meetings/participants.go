package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file finds the people taking part in a meeting, and the sentences
// without a meeting of their own that tell of the current one.

// context attaches a sentence without a trigger to the current meeting when
// it speaks of mediation or participation in it.
func (b *builder) context(si int) {
	if b.cur == nil {
		return
	}
	s := b.s
	a, e := s.sentenceRange(si)
	if a < 0 {
		return
	}
	lex := &s.x.lex
	var cue bool
	for i := a; i < e; i++ {
		if s.words[i].in(lex.mediation) || s.words[i].in(lex.mediateVerb) || s.words[i].in(lex.shuttle) || s.words[i].in(lex.partCue) || s.words[i].in(lex.messages) || isChairVerb(s.words[i].norm) ||
			s.oneTable(i) {
			cue = true
			break
		}
	}
	if !cue {
		return
	}
	f := &frame{trig: a, pre: a, end: e, sentence: si}
	s.fillMediation(f, a)
	f.parties = b.cur.Parties
	s.fillChairedBy(f) // "X، الذي ترأس الجلسة الختامية"
	f.parties = nil
	chaired := s.fillChair(f, a, b.cur.Parties)
	// The sentence must speak of this channel: a party or an anaphor, and
	// no country foreign to it.
	var ours, foreign bool
	for i := a; i < e; i++ {
		if s.words[i].in(lex.anaphor) {
			ours = true
		}
		m, ok := s.mentionAt(i)
		if !ok {
			continue
		}
		p := s.partyOf(m)
		if m.Label == schema.LabelVenue || m.Label == schema.LabelOrganization &&
			!slices.Contains(b.cur.Parties, p) && !slices.Contains(b.cur.Mediators, p) {
			p = "" // places and outlets do not make a sentence foreign (a party's own name is ours)
		}
		switch {
		case p == "":
		case slices.Contains(b.cur.Parties, p) || slices.Contains(b.cur.Mediators, p):
			ours = true
		case slices.Contains(f.mediators, p):
		case p == b.cur.venueCountry || p == s.placeCountry(b.cur.Venue):
			// "رئيسة وزراء باربادوس": the host country of the round's place
		case m.Label == schema.LabelCountry && (m.Kind == entities.KindName || m.Kind == entities.KindMetonym):
			// another country named outright: the sentence may be about
			// another channel ("نظيره المصري" beside the speaker is not)
			foreign = true
		}
	}
	if !ours {
		// "وترأس الوفد الحكومي …", "وحضر الجلسة الختامية …": the round
		// named back
		ours = s.governmentDelegation(a, e, b.cur.Parties) || s.attendedBack(a, e) || s.partyDelegation(a, e, b.cur.Parties) || s.bareDelegationHead(a, e)
	}
	// "وأدار وزير الخارجية التركي X الجلسة": the session chaired is the
	// round being reported
	ours = ours || chaired
	if !ours || foreign {
		return
	}
	for i := a; i < e; i++ {
		switch {
		case s.words[i].in(lex.shuttle):
			f.format = FormatIndirect
		case f.format == "" && s.oneTable(i):
			// "وجلس الوفدان إلى طاولة واحدة بحضور …": the round sat together
			f.format = FormatDirect
			if s.negatedWithin(i, 12) {
				f.format = FormatIndirect
			}
		}
	}
	if len(f.mediators) > 0 || f.format != "" {
		b.merge(b.cur, f)
	}
	// a sentence with no meeting of its own names the mediator's people
	// only as arguments of its cues (fillMediation): a head of state or a
	// minister of the mediating country named nearby is no mediator
	b.sidesOnly = true
	b.participants(b.cur, si, a, e)
	b.sidesOnly = false
}

// participants adds the people of a clause who belong to a side or to the
// mediator of the meeting.
func (b *builder) participants(m *Meeting, si, a, e int) {
	s := b.s
	if a < 0 {
		return
	}
	sa, se := s.sentenceRange(si)
	if sa >= 0 {
		a, e = sa, se
	}
	b.participantsIn(m, si, a, e)
}

// participantsIn adds the people of tokens [a, e) of sentence si.
func (b *builder) participantsIn(m *Meeting, si, a, e int) {
	s := b.s
	for i := a; i < e; i++ {
		mm, ok := s.mentionAt(i)
		if !ok || mm.TokStart != i || mm.Label != schema.LabelPerson {
			continue
		}
		if s.possessed(i) || s.spokesperson(mm) || s.proposer(mm) || s.staysAway(mm) || s.mentionedOnly(mm, b.frameTrig, e) {
			continue
		}
		if b.frameTrig > mm.TokEnd && s.contrastBetween(mm.TokEnd, b.frameTrig) {
			continue // "… وزير الدفاع X، بينما غاب Y الذي كان قد التقى Z": another clause's meeting
		}
		c := s.personCountry(mm.EntityID)
		if c == "" {
			c = s.titleCountry(mm)
		}
		if o := s.roleOrganization(mm.EntityID); o != "" && (slices.Contains(m.Parties, o) || slices.Contains(m.Mediators, o)) {
			c = o // "الممثلة العليا … في الاتحاد الأوروبي X" sits for the union
		}
		d := s.delegationSide(mm)
		if d == "" {
			d = s.delegationAfter(mm) // "عمروف سيقود الوفد الأوكراني"
		}
		if d != "" && (c == "" || slices.Contains(m.Parties, d)) {
			c = d // "وترأس الوفد الأوكراني وزير الدفاع أوليغ بيليك"
		}
		if c == "" {
			c = s.delegationMember(mm) // "وضم الوفد الأوكراني X وY وZ"
		}
		if c == "" {
			c = s.bareDelegationSide(mm, m.Parties) // "ووصل الوفد، الذي يضم X وY، إلى …"
		}
		if c == "" {
			c = s.shortDelegationSide(mm, m.Parties) // "ويرأس وفد الجيش السفير X", the army a party
		}
		represented := false
		if c == "" {
			c = s.representedSide(mm) // "ومثّل رواندا وزير خارجيتها X"
			represented = c != ""
		}
		listed := ""
		if c == "" {
			listed = s.listedSide(mm, m.Parties, m.Mediators) // "أما الوفد الأوكراني فكان برئاسة X، يرافقه Y، وZ"
			if listed == "" {
				listed = b.companionSide(m, mm) // "رافق بيراموف كل من X، وY"
			}
			c = listed
		}
		if listed == "" && s.formerHolder(mm) && !(b.frameTrig < mm.TokStart && s.attendsExplicitly(mm)) {
			continue // "وكان وزير الخارجية السابق X قد انتقد …", unless a delegation lists him
		}
		if c == "" {
			// "نائب المبعوث الأممي X": the body his title names mediates
			if o := s.titleOrganization(mm); slices.Contains(m.Mediators, o) {
				c = o
			}
		}
		if !slices.Contains(m.Parties, c) && !slices.Contains(m.Mediators, c) {
			if o := s.organizationSide(mm, c, m); o != "" {
				c = o // a Hamas negotiator sits for Hamas, not for Palestine
			}
		}
		switch {
		case slices.Contains(m.Parties, c):
			b.addParticipant(m, mm.EntityID, c, si)
		case slices.Contains(m.Mediators, c) && (!s.speaker(mm, e) || s.selfReport(mm)) && (!b.sidesOnly || represented || s.hostPerson(mm) || b.frameTrig < mm.TokStart && s.attendsExplicitly(mm)):
			// a mediator's official who only comments ("وقال وزير الخارجية
			// التركي إن الجولة …") is no mediator of the round
			b.addParticipant(m, mm.EntityID, SideMediator, si)
		case b.frameTrig < mm.TokStart && s.attendsExplicitly(mm):
			// "وحضر الاجتماع الرئيس البوروندي X": one who attends, of
			// neither side (not the round of a clause after him: "… X،
			// بينما غاب Y الذي كان قد التقى …")
			b.addParticipant(m, mm.EntityID, "", si)
		}
	}
}

// possessed reports whether the person at token i only qualifies a noun
// before it: "مستشار الرئيس الأميركي، جو بايدن", "إدارة بايدن".
func (s *scan) possessed(i int) bool {
	if mm, ok := s.mentionAt(i); ok && mm.TokStart == i && mm.Kind == entities.KindContext {
		// "مساعد الرئيس الروسي فلاديمير سيلين": the title the recognizer
		// read before a person it did not know is his own
		if r := s.roleStart(mm); r < i && r <= i-2 {
			return false
		}
	}
	head := false // a head of state stands between: "مستشار الرئيس بايدن"
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := s.words[j]
		if w.in(s.x.lex.possessor) {
			// "إدارة بايدن", "مستشار الرئيس بايدن" qualify a noun; "المبعوث
			// الأمريكي ستيف ويتكوف" is the person's own title
			return head || j == i-1 && !strings.HasPrefix(w.norm, "ال") && !strings.HasPrefix(w.norm, "وال")
		}
		if m, ok := s.mentionAt(j); ok && m.Kind == entities.KindAdjective {
			j = m.TokStart
			continue
		}
		if w.norm == "الرئيس" || w.norm == "رئيس" {
			head = true
			continue
		}
		return false
	}
	return false
}

func (b *builder) addParticipant(m *Meeting, person, side string, si int) {
	key := "participant:" + person
	for _, p := range m.Participants {
		if p.PersonID == person {
			if l := m.Support[key]; len(l) == 0 || l[len(l)-1] != si {
				m.Support[key] = append(l, si)
			}
			return
		}
	}
	m.Participants = append(m.Participants, Participant{PersonID: person, Side: side})
	m.Support[key] = append(m.Support[key], si)
}

// spokesperson reports whether a person speaks for a side rather than
// negotiates: a spokesman's role, or "المتحدث باسم" just before the name.
func (s *scan) spokesperson(m entities.Mention) bool {
	if e, ok := s.in.Entities[m.EntityID]; ok {
		for _, r := range e.Roles {
			if spokesRole(r) {
				return true
			}
		}
	}
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-7; j-- {
		if spokesRole(s.words[j].norm) {
			return true
		}
		if s.in.Tokens[j].Sentence != s.in.Tokens[m.TokStart].Sentence || commaBetween(s.in.Text, s.in.Tokens, j) || s.complementizer(j) {
			break // "وقال المتحدث إن ويتكوف …": the spokesman speaks of another
		}
	}
	return false
}

// spokesRole reports whether a role or word names a spokesperson.
func spokesRole(r string) bool {
	for _, p := range []string{"المتحدث", "المتحدثة", "المتحدثه", "الناطق", "الناطقة", "الناطقه", "متحدث", "ناطق"} {
		if strings.HasPrefix(r, p) || strings.HasPrefix(r, "و"+p) {
			return true
		}
	}
	return false
}

// proposer reports whether a person is the subject of a verb of proposing,
// calling for or welcoming ("اقترح بوتين", "رحب غوتيريش"): someone who
// speaks of the meeting, not one who sits in it.
func (s *scan) proposer(m entities.Mention) bool {
	if j := s.beforeTitle(m.TokStart); j >= 0 && j < m.TokStart-2 {
		// "وهاجمت الوزيرة الإسرائيلية X المحادثات": the verb before the title
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "انتقد", "انتقدت", "ينتقد", "هاجم", "هاجمت", "يهاجم", "تهاجم":
			return true
		}
	}
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-2; j-- {
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "اقترح", "اقترحت", "يقترح", "دعا", "دعت", "يدعو", "طالب", "يطالب", "رحب", "رحبت", "يرحب", "انتقد", "نفي", "نفت", "ينفي",
			"انتقدت", "ينتقد", "هاجم", "هاجمت", "يهاجم", "تهاجم", // "وهاجمت الوزيرة X المحادثات"
			"اتفق", "اتفقا", "اتفقت", "اتفقوا", "اتفقتا":
			return true // "واتفق باشينيان وعلييف على أن يعقد وزيرا الخارجية محادثات"
		case "قد", "كان":
			continue
		}
	}
	if m.TokEnd < len(s.words) {
		switch strings.TrimPrefix(s.words[m.TokEnd].norm, "و") {
		case "اقترح", "اقترحت", "دعا", "رحب", "نفي":
			return true
		}
		if m.TokEnd+1 < len(s.words) && s.words[m.TokEnd].norm == "قد" {
			switch s.words[m.TokEnd+1].norm {
			case "اقترح", "اقترحت", "دعا", "دعت", "انتقد", "انتقدت", "هاجم", "هاجمت":
				return true
			}
		}
	}
	return false
}

// hostPerson reports whether a person is the subject of a verb of hosting
// or opening standing before the name and its title: "استضافت وزيرة
// الخارجية الألمانية أنالينا بيربوك", "وافتتح الوزير التركي الجلسة".
func (s *scan) hostPerson(m entities.Mention) bool {
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-6; j-- {
		if s.hostVerb(j) {
			return true
		}
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "افتتح", "افتتحت", "يفتتح", "تراس", "تراست", "يتراس", "راس", "ادار", "ادارت":
			return true
		}
		if mm, ok := s.mentionAt(j); ok && mm.Kind == entities.KindAdjective || s.words[j].in(s.x.lex.title) || s.words[j].in(s.x.lex.titleTail) {
			continue
		}
		if _, ok := s.mentionAt(j); ok {
			continue
		}
		return false
	}
	return false
}

// staysAway reports whether the text says the person will not (or did
// not) take part: "ولن يشارك زيلينسكي"، "لم يحضر".
func (s *scan) staysAway(m entities.Mention) bool {
	mw := &s.x.lex.mood
	for j := m.TokStart - 1; j >= 1 && j >= m.TokStart-2; j-- {
		if s.words[j].in(mw.eventVerb) && s.words[j-1].exact(mw.negator) {
			return true
		}
	}
	return false
}
