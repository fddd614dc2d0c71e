package meetings

// This file gives the people of a delegation the side they sit for: the
// delegation named after them, its members and companions, a bare
// delegation in a sentence naming one side.

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// delegationAfter returns the side of the delegation a person is said to
// head just after the name: "عمروف سيقود الوفد الأوكراني", "X يرأس وفد
// حماس"; "" when the words say none.
func (s *scan) delegationAfter(m entities.Mention) string {
	i := m.TokEnd
	if i+1 >= len(s.words) || s.in.Tokens[i].Sentence != s.in.Tokens[m.TokStart].Sentence {
		return ""
	}
	switch strings.TrimPrefix(s.words[i].norm, "و") {
	case "سيقود", "يقود", "قاد", "سيراس", "يراس", "يتراس", "سيتراس", "تراس", "راس":
	default:
		return ""
	}
	if !s.delegationWord(i + 1) {
		return ""
	}
	if d, ok := s.mentionAt(i + 2); ok && (d.Kind == entities.KindAdjective || d.Label == schema.LabelOrganization || d.Label == schema.LabelCountry) {
		return s.partyOf(d)
	}
	return ""
}

// delegationMember returns the side of the delegation whose members the
// sentence lists, when the person is one of them: "وضم الوفد الكيني
// اللواء X رئيسا، والخبير Y، وZ", "وتألف وفد حماس من X وY", "أعضاء الوفد
// الأميركي: X وY". The list runs to the end of the sentence or to the next
// side or clause ("فيما ترأس الجانب الآخر …"); "" when the person is in no
// such list. It is asked only of people of no known country.
func (s *scan) delegationMember(m entities.Mention) string {
	sent := s.in.Tokens[m.TokStart].Sentence
	for j := m.TokStart - 1; j >= 1; j-- {
		if s.in.Tokens[j].Sentence != sent {
			return ""
		}
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "الجانب", "الطرف", "فيما", "بينما", "حين", "اما":
			return "" // another side, or a clause of its own
		}
		if !s.delegationWord(j) {
			continue
		}
		// the nearest delegation before the name decides: a list of
		// its members, or some other mention of a delegation
		if !s.compositionCue(j-1) && !(j >= 2 && s.compositionCue(j-2)) {
			return ""
		}
		if d, ok := s.mentionAt(j + 1); ok && (d.Kind == entities.KindAdjective || d.Label == schema.LabelOrganization || d.Label == schema.LabelCountry) {
			return s.partyOf(d)
		}
		return ""
	}
	return ""
}

// compositionCue reports whether token i says who a delegation is made of:
// a verb of composition ("ضم", "يضم", "تألف", "تشكل", "شمل") or the noun
// "أعضاء" / "عضوية".
func (s *scan) compositionCue(i int) bool {
	if i < 0 {
		return false
	}
	return arabic.Conjunct(s.words[i].norm, func(w string) bool {
		switch w {
		case "ضم", "يضم", "تضم", "ضمت", "سيضم", "تالف", "يتالف", "تتالف", "تشكل", "يتشكل", "شمل", "يشمل", "شملت",
			"اعضاء", "عضويه":
			return true
		}
		return false
	})
}

// delegationSide returns the side of the delegation a person heads or
// belongs to when the words just before name it: "ترأس الوفد الأوكراني
// وزير الدفاع أوليغ بيليك", "رئيس وفد حماس خليل الحية", "ومن الجانب
// الأميركي مستشار الأمن القومي"; "" when they name none.
func (s *scan) delegationSide(m entities.Mention) string {
	for j := m.TokStart - 1; j >= 0 && j >= min(m.TokStart-6, s.roleStart(m)-3); j-- {
		if s.in.Tokens[j].Sentence != s.in.Tokens[m.TokStart].Sentence || commaBetween(s.in.Text, s.in.Tokens, j) {
			return ""
		}
		n := strings.TrimPrefix(s.words[j].norm, "و")
		if !s.delegationWord(j) && n != "الجانب" && n != "الطرف" {
			continue
		}
		if d, ok := s.mentionAt(j + 1); ok && (d.Kind == entities.KindAdjective || d.Label == schema.LabelOrganization || d.Label == schema.LabelCountry) {
			return s.partyOf(d)
		}
		return ""
	}
	return ""
}

// organizationSide returns the organization among the meeting's parties a
// person of country c sits for: the only party organization of that
// country, or, when several are ("الجيش السوداني" and "قوات الدعم
// السريع"), the one the person's title names just before the name.
func (s *scan) organizationSide(mm entities.Mention, c string, m *Meeting) string {
	if c == "" {
		return ""
	}
	var orgs []string
	for _, p := range m.Parties {
		if e, ok := s.in.Entities[p]; ok && e.Label == schema.LabelOrganization && s.placeCountry(p) == c {
			orgs = append(orgs, p)
		} else if !ok && strings.HasPrefix(p, "org:") && s.placeCountry(p) == c {
			orgs = append(orgs, p)
		}
	}
	switch len(orgs) {
	case 0:
		return ""
	case 1:
		return orgs[0]
	}
	for j := mm.TokStart - 1; j >= 0 && j >= mm.TokStart-8; j-- {
		if o, ok := s.mentionAt(j); ok && slices.Contains(orgs, o.EntityID) {
			return o.EntityID // "نائب قائد قوات الدعم السريع عبد الرحيم دقلو"
		}
	}
	return ""
}

// bareDelegationSide returns the side of a delegation the text names
// without its nationality ("ووصل الوفد، الذي يضم X وY، إلى أنقرة",
// "وضم وفدها X"), when the person is in its list of members: the one side
// among parties that its sentence names before the delegation, or else the
// one its previous sentence names; "" when the discourse names none or
// both. It is asked only of people of no known country.
func (s *scan) bareDelegationSide(m entities.Mention, parties []string) string {
	j := s.memberListOf(m)
	if j < 0 {
		return ""
	}
	return s.bareSide(s.in.Tokens[m.TokStart].Sentence, j, parties)
}

// memberListOf returns the delegation word whose list of members holds the
// person — "الوفد، الذي يضم X"، "الوفد الذي تألف من X"، "وضم الوفد X" —
// when no nationality, organization or country follows the word (those are
// delegationMember's); -1 when the person is in no such list.
func (s *scan) memberListOf(m entities.Mention) int {
	sent := s.in.Tokens[m.TokStart].Sentence
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-12; j-- {
		if s.in.Tokens[j].Sentence != sent {
			return -1
		}
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "الجانب", "الطرف", "فيما", "بينما", "حين", "اما":
			return -1 // another side, or a clause of its own
		}
		if !s.delegationWord(j) && !ownDelegation(s.words[j].norm) {
			continue
		}
		if d, ok := s.mentionAt(j + 1); ok && (d.Kind == entities.KindAdjective || d.Label == schema.LabelOrganization || d.Label == schema.LabelCountry) {
			return -1
		}
		cue := j >= 1 && s.compositionCue(j-1) || j >= 2 && s.compositionCue(j-2)
		for k := j + 1; k < m.TokStart && k <= j+3 && !cue; k++ {
			// a relative clause after the delegation: "الذي يضم", "التي تضم"
			n := s.words[k].norm
			if n == "الذي" || n == "التي" {
				continue
			}
			cue = s.compositionCue(k)
		}
		if !cue {
			return -1
		}
		return j
	}
	return -1
}

// ownDelegation reports "وفدها", "وفده", "وفدهم": a delegation whose side
// the previous words name.
func ownDelegation(w string) bool {
	return arabic.Conjunct(w, func(w string) bool {
		switch w {
		case "وفدها", "وفده", "وفدهم", "وفدهما":
			return true
		}
		return false
	})
}

// oneSideIn returns the only party among parties that the mentions of
// tokens [a, b) name, "" when they name none or several. A party named
// after "مع" is the other side ("المفاوضات مع روسيا"), not the
// delegation's.
func (s *scan) oneSideIn(a, b int, parties []string) string {
	side := ""
	for i := a; i < b; i++ {
		mm, ok := s.mentionAt(i)
		if !ok || mm.TokStart != i {
			continue
		}
		p := s.partyOf(mm)
		if mm.Label == schema.LabelPerson {
			p = s.personCountry(mm.EntityID)
		}
		if p == "" || !slices.Contains(parties, p) || s.counterpart(mm) {
			continue
		}
		if side != "" && side != p {
			return ""
		}
		side = p
	}
	return side
}

// shortDelegationSide returns the party whose delegation a person heads
// when the words before name it by the head noun of its name alone: "ويرأس
// وفد الجيش السفير X" in an article where "الجيش السوداني" is a party. It
// is "" unless exactly one party's name or alias starts with that noun.
// "الوفد الحكومي", "وفد الحكومة" sit for the one country among the parties
// when the others are organizations (governmentSide).
func (s *scan) shortDelegationSide(m entities.Mention, parties []string) string {
	for j := m.TokStart - 1; j >= 1 && j >= m.TokStart-6; j-- {
		if s.in.Tokens[j].Sentence != s.in.Tokens[m.TokStart].Sentence || commaBetween(s.in.Text, s.in.Tokens, j) {
			return ""
		}
		if !s.delegationWord(j - 1) {
			continue
		}
		if _, ok := s.mentionAt(j); ok {
			return "" // a delegation named in full: delegationSide's
		}
		head := s.words[j].norm
		if head == "الحكومي" || head == "الحكومه" {
			return s.governmentSide(parties)
		}
		return s.headNounSide(head, parties)
	}
	return ""
}
