package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads the members of a delegation that a sentence lists after
// its head, and the people who accompany another: "أما الوفد الأوكراني فكان
// برئاسة X، يرافقه Y، وZ"، "ووصل الوفد الإسرائيلي … برئاسة X، وضم كلاً من
// Y، وZ"، "رافق بيراموف كل من X، وY".

// listedSide returns the side of the delegation whose head or members the
// sentence lists, when the person at mm is among them: the nearest
// delegation before the name, named with its side ("الوفد الأوكراني", "وفد
// حماس") or by the country it represents ("ومثّل إسرائيل وفد يقوده X"),
// with a word of heading, composition or company between it and the name
// (برئاسة، يقوده، ضم، يرافقه); a mediator's delegation ("وفد من الأمم
// المتحدة برئاسة X") gives the mediator. Another side's clause ("فيما"، "بينما"،
// "الجانب"), a complementizer or a relative pronoun ends the search; ""
// when no such list holds the person.
func (s *scan) listedSide(mm entities.Mention, parties, mediators []string) string {
	sent := s.in.Tokens[mm.TokStart].Sentence
	cue := false
	for j := mm.TokStart - 1; j >= 0 && j >= mm.TokStart-48 && s.in.Tokens[j].Sentence == sent; j-- {
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "الجانب", "الطرف":
			// "ومن الجانب الأوكراني، يشارك X، يرافقه Y": the side the
			// sentence opens with; any other mention of a side ends the list
			if d, ok := s.mentionAt(j + 1); ok && j > 0 && strings.TrimPrefix(s.words[j-1].norm, "و") == "من" &&
				d.TokStart == j+1 && (d.Kind == entities.KindAdjective || d.Label == schema.LabelCountry) {
				if side := s.partyOf(d); slices.Contains(parties, side) {
					return side
				}
			}
			return ""
		case "الذي", "التي":
			if j > 0 && s.delegationWord(j-1) {
				continue // "ويضم الوفد، الذي يرأسه X، كلاً من Y": the delegation's own clause
			}
			return ""
		case "فيما", "بينما", "حين", "المقابل", "الذين":
			return "" // another side, or a clause of its own
		}
		if s.complementizer(j) {
			return ""
		}
		if listCue(s.words[j].norm) || s.compositionCue(j) {
			cue = true
			continue
		}
		if !s.delegationWord(j) {
			continue
		}
		if !cue && j > 0 && chairWord(s.words[j-1].norm) {
			cue = true // "وسيرأس الوفد X"
		}
		if !cue {
			return ""
		}
		side := ""
		at := j + 1
		if at+1 < mm.TokStart && s.words[at].norm == "من" {
			at++ // "وفد من المنظمة الدولية يقوده X"
		}
		if d, ok := s.mentionAt(at); ok && d.TokStart == at && (d.Kind == entities.KindAdjective || d.Label == schema.LabelOrganization || d.Label == schema.LabelCountry) {
			side = s.partyOf(d)
		} else if j+1 < len(s.words) {
			side = s.representedBefore(j)
			if side == "" {
				side = s.headNounSide(s.words[j+1].norm, parties)
			}
			if side == "" && strings.HasSuffix(s.words[j].norm, "الوفد") && s.bareAt(j) {
				// "وسيرأس الوفد X، ويضم Y": the delegation the previous
				// sentence named, by its one side
				side = s.bareSide(sent, j, parties)
			}
		}
		if slices.Contains(parties, side) || slices.Contains(mediators, side) {
			return side
		}
		return ""
	}
	return ""
}

// listCue reports the words that head a delegation or join a member to its
// head: "برئاسة"، "يقوده"، "سيرأسه"، "يرافقه"، "برفقة".
func listCue(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
	switch w {
	case "برئاسه", "يقوده", "يقودها", "قاده", "سيقوده", "يراسه", "يتراسه", "سيراسه", "سيتراسه", "تراسه",
		"يرافقه", "يرافقها", "ترافقه", "رافقه", "رافقها", "رافقهم", "يرافقهم", "برفقه", "برفقته", "برفقتها", "معه", "معها":
		return true
	}
	return false
}

// representedBefore returns the country a delegation word at j represents
// by the verb before it: "ومثّل إسرائيل وفد يقوده X"; "" when none.
func (s *scan) representedBefore(j int) string {
	if j < 2 {
		return ""
	}
	c, ok := s.mentionAt(j - 1)
	if !ok || c.Label != schema.LabelCountry || c.TokEnd != j || c.TokStart < 1 {
		return ""
	}
	if representVerb(s.words[c.TokStart-1].norm) {
		return c.EntityID
	}
	return ""
}

// headNounSide returns the one organization among parties whose name starts
// with the noun w, with or without the article: "وفد الحركة" for "حركة
// حماس", "وفد الجيش" for "الجيش السوداني"; "" unless exactly one does.
func (s *scan) headNounSide(w string, parties []string) string {
	found := ""
	for _, p := range parties {
		e, ok := s.in.Entities[p]
		if !ok || e.Label != schema.LabelOrganization {
			continue
		}
		for _, name := range append([]string{e.NameAr}, e.Aliases...) {
			first, _, _ := strings.Cut(arabic.Normalize(name), " ")
			if first == "" || (first != w && "ال"+first != w) {
				continue
			}
			if found != "" && found != p {
				return ""
			}
			found = p
		}
	}
	return found
}

// companionSide returns the side of the person whom the person at mm
// accompanies: "رافق بيراموف كل من X، وY" (the one after the verb),
// "ورافقه X"، "يرافقه X" (the nearest person named before the verb, in
// the sentence or the one before). The side is the one that person has
// among the meeting's participants, or his country; "" when none.
func (b *builder) companionSide(m *Meeting, mm entities.Mention) string {
	s := b.s
	sent := s.in.Tokens[mm.TokStart].Sentence
	for j := mm.TokStart - 1; j >= 0 && j >= mm.TokStart-30 && s.in.Tokens[j].Sentence == sent; j-- {
		w := strings.TrimPrefix(s.words[j].norm, "و")
		switch w {
		case "فيما", "بينما", "حين", "الذي", "التي", "الذين":
			return ""
		}
		if s.complementizer(j) {
			return ""
		}
		switch w {
		case "رافق", "يرافق", "رافقت", "ترافق":
			// the one accompanied stands after the verb
			if o, ok := s.mentionAt(j + 1); ok && o.Label == schema.LabelPerson && o.TokStart == j+1 && o.EntityID != mm.EntityID {
				return b.sideOf(m, o.EntityID)
			}
			return ""
		}
		switch w {
		case "يرافقه", "يرافقها", "ترافقه", "رافقه", "رافقها", "رافقهم", "يرافقهم", "معه", "معها", "برفقته", "برفقتها",
			// "حسن رشاد ونائبه اللواء X": his own deputy or adviser
			"نائبه", "نائبها", "مساعده", "مساعدها", "مستشاره", "مستشارها":
			if (w == "مستشاره" || w == "مساعده") && !strings.HasSuffix(s.in.Text[s.in.Tokens[j].Start:s.in.Tokens[j].End], "ه") {
				continue // مستشارة، مساعدة: a title, no pronoun
			}
		default:
			continue
		}
		// "يرافقه X": the nearest person before the verb
		for k := j - 1; k >= 0 && s.in.Tokens[k].Sentence >= sent-1; k-- {
			if o, ok := s.mentionAt(k); ok && o.Label == schema.LabelPerson && o.EntityID != mm.EntityID {
				return b.sideOf(m, o.EntityID)
			}
		}
		return ""
	}
	return ""
}

// sideOf returns the side a person has among the meeting's participants,
// or else his country.
func (b *builder) sideOf(m *Meeting, person string) string {
	for _, p := range m.Participants {
		if p.PersonID == person && p.Side != "" && p.Side != SideMediator {
			return p.Side
		}
	}
	return b.s.personCountry(person)
}

// partyDelegation reports whether tokens [a, e) name the delegation of an
// organization among parties by the head noun of its name ("وفد الحركة"
// in talks with "حركة حماس"): the round's side named back.
func (s *scan) partyDelegation(a, e int, parties []string) bool {
	for i := a; i+1 < e; i++ {
		if s.delegationWord(i) && s.headNounSide(s.words[i+1].norm, parties) != "" {
			return true
		}
	}
	return false
}

// formerHolder reports whether the person's title is a former one: "وزير
// الخارجية الأوكراني السابق X", "الرئيسة السابقة X". One who held a post
// before speaks of a round; he sits in it only by a verb of attending.
func (s *scan) formerHolder(mm entities.Mention) bool {
	if e, ok := s.in.Entities[mm.EntityID]; ok && mm.Kind == entities.KindContext {
		for _, r := range e.Roles {
			for _, w := range arabic.Words(r) {
				if formerWord(w) {
					return true
				}
			}
		}
	}
	for j := mm.TokStart - 1; j >= 0 && j >= mm.TokStart-3; j-- {
		if formerWord(s.words[j].norm) {
			return true
		}
		if _, ok := s.mentionAt(j); !ok && !s.words[j].in(s.x.lex.title) && !s.words[j].in(s.x.lex.titleTail) {
			return false
		}
	}
	return false
}

// formerWord reports "السابق", "السابقة", "الأسبق" in normalized form.
func formerWord(w string) bool {
	switch w {
	case "السابق", "السابقه", "الاسبق", "الاسبقه":
		return true
	}
	return false
}

// headRole reports whether a person named without a title ("وقال زيلينسكي
// …") holds a head of state's or government's title the recognizer read
// elsewhere in the article ("الرئيس الأوكراني").
func (s *scan) headRole(mm entities.Mention) bool {
	e, ok := s.in.Entities[mm.EntityID]
	if !ok || mm.TokStart > 0 && headWord(s.words[mm.TokStart-1].norm) {
		return false // a title stands before the name: headOfState's
	}
	for _, r := range e.Roles {
		ws := arabic.Words(r)
		if len(ws) == 0 {
			continue
		}
		switch ws[0] {
		case "الرئيس", "الملك", "العاهل", "الامير":
			return true
		case "رئيس":
			if len(ws) > 1 && (ws[1] == "الوزراء" || ws[1] == "الحكومه" || ws[1] == "الجمهوريه" || ws[1] == "وزراء") {
				return true
			}
		}
	}
	return false
}

// namesDelegation reports whether the words after the person name the
// make-up of a delegation as his object: "أعلن الرئيس X مساء الاثنين
// تشكيلة الوفد". He announces who goes; he does not go.
func (s *scan) namesDelegation(mm entities.Mention) bool {
	sent := s.in.Tokens[mm.TokStart].Sentence
	for j := mm.TokEnd; j+1 < len(s.words) && j <= mm.TokEnd+4 && s.in.Tokens[j].Sentence == sent; j++ {
		switch s.words[j].norm {
		case "تشكيله", "تشكيل", "اسماء", "اعضاء":
			return s.delegationWord(j + 1)
		}
	}
	return false
}

// chairWord reports the verbs of heading a delegation written before it:
// "وسيرأس الوفد"، "ترأس الوفد"، "ويقود الوفد".
func chairWord(w string) bool { return entities.HeadsDelegation(w) }

// bareSide returns the side of a delegation named without it at token j of
// sentence sent: the one side the sentence names before it, or else the
// one its previous sentence names ("أعلن الرئيس الأوكراني تشكيلة الوفد …
// مع روسيا" gives Ukraine); "" when they name none or both.
func (s *scan) bareSide(sent, j int, parties []string) string {
	a, _ := s.sentenceRange(sent)
	if side := s.oneSideIn(a, j, parties); side != "" {
		return side
	}
	pa, pe := s.sentenceRange(sent - 1)
	if pa < 0 {
		return ""
	}
	return s.oneSideIn(pa, pe, parties)
}

// counterpart reports whether a mention stands after "مع": the other side
// of talks ("المفاوضات مع روسيا"، "محادثات مع المسؤولين المصريين"), not
// the side the sentence speaks for.
func (s *scan) counterpart(m entities.Mention) bool {
	i := m.TokStart
	if i > 0 && s.words[i-1].norm == "مع" && s.in.Tokens[i-1].Sentence == s.in.Tokens[i].Sentence {
		return true
	}
	// "مع المسؤولين المصريين": a nationality after the noun
	return m.Kind == entities.KindAdjective && i > 1 && s.words[i-2].norm == "مع" && s.in.Tokens[i-2].Sentence == s.in.Tokens[i].Sentence
}

// bareDelegationHead reports whether tokens [a, e) head or list the
// definite delegation without naming its side: "وسيرأس الوفد X"، "وضم
// الوفد X" — the delegation of the round just told.
func (s *scan) bareDelegationHead(a, e int) bool {
	for i := a + 1; i+1 < e; i++ {
		if !strings.HasSuffix(s.words[i].norm, "الوفد") || !s.delegationWord(i) {
			continue
		}
		if !s.bareAt(i) {
			continue // the side is named: not bare
		}
		if chairWord(s.words[i-1].norm) || s.compositionCue(i-1) {
			return true
		}
	}
	return false
}

// bareAt reports whether the delegation word at i names no side: a title,
// a person or a comma follows it ("الوفد السفير X"، "الوفد X"، "الوفد،"),
// not a nationality or a body the recognizer may not know ("الوفد
// الحوثي").
func (s *scan) bareAt(i int) bool {
	if i+1 >= len(s.words) || s.in.Tokens[i+1].Sentence != s.in.Tokens[i].Sentence || commaBetween(s.in.Text, s.in.Tokens, i) {
		return true
	}
	if m, ok := s.mentionAt(i + 1); ok {
		return m.Label == schema.LabelPerson
	}
	w := s.words[i+1]
	return w.in(s.x.lex.title) || w.in(s.x.lex.titleTail)
}

// contrastBetween reports whether a clause of contrast or time opens
// between tokens a and b ("بينما"، "فيما"، "في حين"، "عندما"): a person
// named before it does not sit in the meeting of its clause.
func (s *scan) contrastBetween(a, b int) bool {
	for i := a; i < b && i < len(s.words); i++ {
		switch strings.TrimPrefix(s.words[i].norm, "و") {
		case "بينما", "فيما", "حين", "عندما":
			return true
		}
	}
	return false
}
