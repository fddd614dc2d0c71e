package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// This file reads a reception as a meeting: "استقبل وزير الدفاع X، يوم
// الثلاثاء في الرياض، وفداً من جماعة Y يرأسه Z" — the host and the
// delegation he receives sat together, that day, in that place. Only a
// delegation received makes a meeting: "استقبل الرئيس السفراء" or a crowd
// received at an airport does not.

// receptionVerb reports whether token i is a verb of receiving whose object,
// in the same clause, is a delegation (وفد، وفداً، الوفد، الوفدين، وفود).
func (s *scan) receptionVerb(i int) bool {
	if !receiving(strings.TrimPrefix(s.words[i].norm, "و")) || s.mAt[i] >= 0 {
		return false
	}
	for j := i + 1; j < len(s.words) && j <= i+18; j++ {
		if s.in.Tokens[j].Sentence != s.in.Tokens[i].Sentence {
			return false
		}
		if delegationNoun(s.words[j].norm) {
			return true
		}
		if j > i+1 && receiving(strings.TrimPrefix(s.words[j].norm, "و")) {
			return false // a second reception: its own frame
		}
		if clauseLink(s.words[j].norm) {
			return false // "…، بينما ينتظر وفد …": another clause's delegation
		}
	}
	return false
}

// clauseLink reports whether w opens a clause of its own after the one
// before it: "فيما", "بينما", "في حين" (حين), "عندما", "ثم", "لكن".
func clauseLink(w string) bool {
	switch w {
	case "فيما", "بينما", "حين", "عندما", "ثم", "لكن", "ولكن":
		return true
	}
	return false
}

// receiving reports whether w (without its conjunction) is a form of
// "to receive (a visitor)".
func receiving(w string) bool {
	switch w {
	case "استقبل", "استقبلت", "يستقبل", "تستقبل", "سيستقبل", "ستستقبل", "استقبلا", "استقبلوا":
		return true
	}
	return false
}

// delegationNoun reports whether w names a delegation, with or without the
// article, the conjunction or a preposition: "وفداً", "الوفدين", "ووفد".
func delegationNoun(w string) bool {
	for _, f := range [2]string{w, strings.TrimPrefix(w, "و")} {
		switch strings.TrimPrefix(f, "ال") {
		case "وفد", "وفدا", "وفدين", "وفدان", "وفود", "وفدي":
			return true
		}
	}
	return false
}

// fillReception adds to a reception frame the side of the delegation
// received, which the subject reading leaves out: "وفداً إيرانياً",
// "الوفدين المصري والقطري" (adjectives), "وفداً من جماعة X", "وفداً يمثل
// X", "وفد حركة X" (a name after the noun).
func (s *scan) fillReception(f *frame) {
	d := s.receivedAt(f)
	if d < 0 {
		return
	}
	sides := s.delegationSides(d, f.end)
	if len(sides) == 0 {
		return
	}
	host := s.hostSide(f, d)
	if h := s.delegationHead(d, f.end); h != "" && len(sides) == 1 && len(f.travellers) == 0 {
		// "وفداً من جماعة X يرأسه المتحدث باسمها Y": Y sits for X
		f.travellers, f.travellerOrg = []string{h}, sides[0]
	}
	switch {
	case len(sides) >= 2 && !slices.Contains(sides, host):
		// "استقبل X وفدين يمثلان Y وZ": the two delegations are the
		// sides; who receives them hosts
		f.parties = sides
	case host != "" && !slices.Contains(sides, host):
		// the host and the delegation he received are the sides; a
		// country read from the delegation head's nationality is not
		f.parties = []string{host, sides[0]}
		f.subject = host
	default:
		for _, p := range sides {
			s.addParty(f, p)
		}
	}
}

// delegationHead returns the person a delegation noun at d is said to be
// headed by ("برئاسة", "يرأسه", "يقوده" and a title), "" if none.
func (s *scan) delegationHead(d, end int) string {
	for i := d + 1; i < end && i <= d+8; i++ {
		if !s.words[i].in(s.x.lex.headedBy) {
			continue
		}
		for j := i + 1; j < end && j <= i+10; j++ {
			if m, ok := s.mentionAt(j); ok {
				if m.Label == schema.LabelPerson {
					return m.EntityID
				}
				j = m.TokEnd - 1
			}
		}
		return ""
	}
	return ""
}

// receivedAt returns the delegation noun a reception frame's verb
// receives, -1 if the frame is no reception.
func (s *scan) receivedAt(f *frame) int {
	if !receiving(strings.TrimPrefix(s.words[f.trig].norm, "و")) {
		return -1
	}
	for j := f.trig + 1; j < f.end && j <= f.trig+18; j++ {
		if delegationNoun(s.words[j].norm) {
			return j
		}
	}
	return -1
}

// delegationSides returns the sides a delegation noun at d names after it,
// before end.
func (s *scan) delegationSides(d, end int) []string {
	var out []string
	i := d + 1
	if i < end {
		switch strings.TrimPrefix(s.words[i].norm, "و") {
		case "من", "عن", "يمثل", "تمثل", "يمثلان", "يمثلون", "لحركه", "لجماعه":
			i++
		case "الحكومه", "حكومه":
			if m, ok := s.mentionAt(i + 1); ok && m.Kind == entities.KindAdjective {
				i++ // "وفد الحكومة الفنزويلية": its country
			}
		}
	}
	for i < end {
		m, ok := s.mentionAt(i)
		if !ok {
			break
		}
		if n, ok := s.bracketedName(m); ok {
			m = n // "وقوات الشرق (الجيش الوطني الليبي)"
		}
		if p := s.sideOfMention(m); p != "" {
			out = appendUnique(out, p)
		}
		i = m.TokEnd
		if k := s.asideAfterSide(i, end); k > i {
			i = k // "وفدي حكومة الوفاق، المعترف بها دولياً، وقوات الشرق"
			continue
		}
		// "السعودي والعماني": a coordinated adjective names a second side
		if n, ok := s.mentionAt(i); !ok || n.Kind != m.Kind || !strings.HasPrefix(n.Prefix, "و") {
			break
		}
	}
	return out
}

// hostSide returns the side of whoever receives: the first country,
// organization or known person's country between the verb and the
// delegation noun at d ("استقبل وزير الدفاع السعودي …"), else before the
// verb in its clause ("وكان رئيس الوزراء X قد استقبل …").
func (s *scan) hostSide(f *frame, d int) string {
	side := func(i int) (string, int, bool) {
		m, ok := s.mentionAt(i)
		if !ok {
			return "", i, false
		}
		switch m.Label {
		case schema.LabelCountry, schema.LabelOrganization:
			return m.EntityID, m.TokStart, true
		case schema.LabelPerson:
			return s.personCountry(m.EntityID), m.TokStart, true
		}
		return "", m.TokStart, true
	}
	for i := f.trig + 1; i < d; i++ {
		if p, _, ok := side(i); ok && p != "" {
			return p
		}
	}
	for i := f.trig - 1; i >= f.pre && i >= f.trig-10; i-- {
		p, at, ok := side(i)
		if ok && p != "" {
			return p
		}
		i = min(i, at)
	}
	return ""
}

// sideOfMention returns the country or organization a mention after a
// delegation noun names, "" for people and places.
func (s *scan) sideOfMention(m entities.Mention) string {
	if m.Label == schema.LabelCountry || m.Label == schema.LabelOrganization {
		return m.EntityID
	}
	return ""
}

// closingOf reports whether the trigger at i is named as the end of what it
// names: "في ختام مشاورات امتدت خمسة أيام", "في نهاية زيارة", "لدى اختتام
// المحادثات".
func (s *scan) closingOf(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "ختام", "نهايه", "اختتام", "بختام", "بنهايه", "باختتام":
			return true
		}
	}
	return false
}

// foldClosing folds into a reception the talks or visit the sentence names
// it the end of: "استقبل X وفداً من Y، في ختام مشاورات امتدت خمسة أيام" is
// one round, the reception its last day; the round lasted several days.
func (s *scan) foldClosing(out []*frame) []*frame {
	kept := out[:0]
	for n, f := range out {
		if n > 0 && (f.kind == trigTalks || f.kind == trigTravel) && s.closingOf(f.trig) {
			r := kept[len(kept)-1]
			if receiving(strings.TrimPrefix(s.words[r.trig].norm, "و")) && len(r.parties) >= 2 {
				r.multiDay = r.multiDay || f.multiDay || s.multiDay(f.trig, f.end)
				for _, m := range f.mediators {
					r.mediators = appendUnique(r.mediators, m)
				}
				continue
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// receptionOfCurrent reads a reception told after the round it belongs to
// in the current round's terms: a delegation of the round's mediator
// received with a side's ("استقبل X الوفدين السعودي والعماني" while Oman
// mediates) mediates, and a host read as a country whose organization is
// a side of the round ("رئيس المجلس التابع للجماعة") stands for it.
func (b *builder) receptionOfCurrent(f *frame) {
	c := b.cur
	if c == nil || f.kind != trigMeetVerb {
		return
	}
	d := b.s.receivedAt(f)
	if d < 0 {
		return
	}
	date := f.date
	if !compatible(c, f) {
		day := article.PrecisionDay
		if !c.MultiDay || c.Date.Precision() != day || f.date.Precision() != day || dayGap(f.date, c.Date) < 0 || dayGap(f.date, c.Date) > 7 {
			return
		}
		date = c.Date // a day of the round over several days being reported
	}
	var parties, mediators []string
	for _, p := range append([]string{b.s.hostSide(f, d)}, f.parties...) {
		switch {
		case p == "":
			continue
		case slices.Contains(c.Mediators, p):
			mediators = append(mediators, p)
			continue
		case !slices.Contains(c.Parties, p):
			for _, q := range c.Parties {
				if q != p && b.s.personCountry(q) == p && !slices.Contains(f.parties, q) {
					p = q // the organization of that country the round has as a side
					break
				}
			}
		}
		parties = appendUnique(parties, p)
	}
	if len(b.s.delegationSides(d, f.end)) == 0 && subset(parties, c.Parties) {
		// "استقبل X الوفدين": the delegations of the round being reported
		parties = append([]string(nil), c.Parties...)
	}
	if !slices.Equal(sortedCopy(parties), sortedCopy(c.Parties)) {
		return // another meeting
	}
	// a day of this round, even told in the pluperfect ("وكان X قد استقبل")
	f.parties, f.date, f.earlier = parties, date, false
	for _, m := range mediators {
		f.mediators = appendUnique(f.mediators, m)
	}
}

// receivedInMeeting gives a frame still without two sides, whose trigger
// follows "في" or "خلال" after a reception of a person in its sentence —
// "استقبل الرئيس السوري X، أمس، في قصر الشعب قائد قوات Y Z، في اجتماع
// بوساطة أميركية" — the sides of the host and of the one received.
func (s *scan) receivedInMeeting(f *frame) {
	if len(f.parties) >= 2 || f.trig < 2 {
		return
	}
	switch s.words[f.trig-1].norm {
	case "في", "خلال":
	default:
		return
	}
	a, _ := s.sentenceRange(f.sentence)
	for k := f.trig - 2; k >= a && k >= f.trig-receptionReach; k-- {
		if s.trigger(k) != 0 {
			return // another meeting's words between
		}
		if !receiving(strings.TrimPrefix(s.words[k].norm, "و")) || s.mAt[k] >= 0 {
			continue
		}
		if s.setSides(f, s.namedSides(k+1, f.trig-1, false)) {
			if f.venue == "" {
				f.venue = s.placeIn(k+1, f.trig-1) // "استقبل X في مسقط Y"
				f.venueCountry = s.placeCountry(f.venue)
			}
		}
		return
	}
}

// receptionReach is how many words before a meeting noun the verb of a
// reception it is may stand: host, day, place and guest with their titles.
const receptionReach = 28

// placeIn returns the first place named after "في" in [a, b), "" if none.
func (s *scan) placeIn(a, b int) string {
	for i := a + 1; i < b; i++ {
		if m, ok := s.mentionAt(i); ok && m.Label == schema.LabelVenue && s.words[i-1].exact(s.x.lex.in) {
			return m.EntityID
		}
	}
	return ""
}
