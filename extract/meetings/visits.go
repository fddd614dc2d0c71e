package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// This file reads trips and visits, and folds a trip into the talks it is
// made for.

// fillVisit reads "سافر X إلى Y", "زار X Y", "وصل X إلى Y".
func (s *scan) fillVisit(f *frame) {
	lex := &s.x.lex
	// Travellers: people right after the verb, coordinated, or right before.
	for i := f.trig + 1; i < f.end && i <= f.trig+12; i++ {
		m, ok := s.mentionAt(i)
		if !ok {
			if s.words[i].in(lex.to) || s.words[i].exact(lex.in) {
				break
			}
			continue
		}
		switch {
		case m.Label == schema.LabelPerson:
			f.travellers = appendUnique(f.travellers, m.EntityID)
		case len(f.travellers) > 0 && m.Kind == entities.KindAdjective:
			// "وصل وزير الخارجية الأميركي X ورئيس المكتب الأوكراني Y":
			// the title of a second traveller
		case len(f.travellers) > 0:
			i = f.end // the travellers are named; stop
			continue
		case m.Label == schema.LabelOrganization:
			// "وصل المدير العام للوكالة الدولية … غروسي": he travels for it
			f.travellerOrg = m.EntityID
		}
		i = m.TokEnd - 1
	}
	// "وصل وفد إيراني": a delegation marks its side.
	for i := f.trig + 1; i < f.end && i <= f.trig+3; i++ {
		if s.words[i].in(lex.subjectNoun) {
			if m, ok := s.mentionAt(s.afterDescriptors(i + 1)); ok && m.Kind == entities.KindAdjective {
				s.addParty(f, m.EntityID)
			}
		}
	}
	if len(f.travellers) == 0 {
		// "ماكغورك وبالي وصلا": a coordinated subject before the verb.
		for i := f.trig - 1; i >= f.pre && i >= f.trig-6; i-- {
			m, ok := s.mentionAt(i)
			if !ok {
				if len(f.travellers) > 0 {
					break
				}
				continue
			}
			if m.Label != schema.LabelPerson {
				break
			}
			if s.possessed(m.TokStart) {
				// "مستشار الرئيس الأميركي، جو بايدن، … برحلة": not the traveller
				break
			}
			f.travellers = appendUnique(f.travellers, m.EntityID)
			i = m.TokStart
			if !strings.HasPrefix(m.Prefix, "و") {
				break
			}
		}
	}
	// Destination: after إلى (the place, or the city of a building: "إلى
	// فندق … في جدة"), or the object of زار.
	limit := f.trig + 14
	for i := f.trig + 1; i < f.end && i <= limit; i++ {
		if s.words[i].in(lex.to) {
			limit = max(limit, i+6)
			break
		}
	}
	// A place after "إلى" wins over one after "في", which may belong to
	// a traveller's title: "وصل وفد برئاسة رئيس الحركة في قطاع غزة X إلى
	// القاهرة".
	for i := f.trig + 1; i < f.end && i <= limit; i++ {
		m, ok := s.mentionAt(i)
		if !ok || (m.Label != schema.LabelVenue && m.Label != schema.LabelCountry) || m.Kind == entities.KindAdjective {
			continue
		}
		if s.afterTo(m) {
			f.dest = m.EntityID
			if m.Kind == entities.KindMetonym {
				f.dest = s.capitalVenue(m)
			}
			return
		}
		i = m.TokEnd - 1
	}
	for i := f.trig + 1; i < f.end && i <= limit; i++ {
		m, ok := s.mentionAt(i)
		if !ok || (m.Label != schema.LabelVenue && m.Label != schema.LabelCountry) || m.Kind == entities.KindAdjective {
			continue
		}
		prevTo := s.locative(m) || m.Prefix == "ل"
		object := s.words[f.trig].norm == "زار" || s.words[f.trig].norm == "زارت" || s.words[f.trig].norm == "يزور"
		if prevTo || object || m.Kind == entities.KindMetonym {
			f.dest = m.EntityID
			if m.Kind == entities.KindMetonym {
				f.dest = s.capitalVenue(m)
			}
			break
		}
	}
}

// tripsForTalks folds a trip into the talks it is made for: "وصل وفد
// سعودي إلى صنعاء لإجراء محادثات مع الحوثيين", "وصل روبيو ويرماك إلى جدة
// … للاجتماع". The travellers' sides join the talks' parties, the
// destination is their venue, and the trip makes no visit of its own.
func (s *scan) tripsForTalks(out []*frame) []*frame {
	kept := out[:0]
	for n := 0; n < len(out); n++ {
		t := out[n]
		if t.kind != trigTravel || n+1 >= len(out) || out[n+1].kind == trigTravel || out[n+1].kind == trigContact || !s.purposeOf(out[n+1]) && !s.duringTrip(out[n+1]) {
			kept = append(kept, t)
			continue
		}
		talks := out[n+1]
		var sides []string
		sides = append(sides, t.parties...)
		if t.travellerOrg != "" {
			sides = appendUnique(sides, t.travellerOrg) // he travels for it, not for his country
		} else {
			for _, p := range t.travellers {
				if c := s.personCountry(p); c != "" {
					sides = appendUnique(sides, c)
				}
			}
		}
		if t.dest == "" {
			t.dest = t.venue
		}
		for _, p := range sides {
			if !talks.inherited {
				s.addParty(talks, p)
			}
		}
		if talks.inherited {
			talks.parties, talks.inherited = sides, false
		}
		if talks.venue == "" && len(talks.candidates) == 0 && t.dest != "" {
			talks.venue, talks.venueCountry = t.dest, s.placeCountry(t.dest)
		}
		if talks.date.IsZero() {
			talks.date, talks.future = t.date, t.future
		}
		talks.travellers, talks.travellerOrg = t.travellers, t.travellerOrg
		talks.faceToFace, talks.trip = true, true
		// the trip itself is dropped: it is the talks
	}
	return kept
}

// purposeOf reports whether a talks frame is the purpose of what comes
// before it: "لإجراء محادثات", "للاجتماع", "بهدف بحث".
func (s *scan) purposeOf(f *frame) bool {
	w := s.words[f.trig].norm
	if strings.HasPrefix(w, "لل") || strings.HasPrefix(w, "لم") && !strings.HasPrefix(w, "لمن") {
		return true
	}
	if f.trig > 0 {
		for j := f.trig - 1; j >= 0 && j >= f.trig-2; j-- {
			switch strings.TrimPrefix(s.words[j].norm, "و") {
			case "لاجراء", "لعقد", "لبحث", "للتباحث", "لحضور", "للمشاركه", "بهدف", "لخوض", "لاستئناف":
				return true // "لإجراء محادثات", "للمشاركة في جولة"
			}
		}
	}
	return false
}

// addVisit turns "X travelled to Y" into a visit meeting between X's
// country and Y's country, and makes the travellers participants of the
// current round when they belong to one of its sides.
func (b *builder) addVisit(f *frame) {
	s := b.s
	var sides []string
	for _, p := range f.travellers {
		sides = appendUnique(sides, s.personCountry(p))
	}
	if len(sides) >= 2 && !slices.Contains(sides, "") && !slices.Contains(sides, s.placeCountry(f.dest)) {
		// "وصل روبيو ويرماك إلى جدة": two sides arriving at a third place
		// are the channel the next "الوفدان" points back to
		b.channel = sortedCopy(sides)
	}
	if b.cur != nil && (compatible(b.cur, f) || b.arrivedForCurrent(f)) {
		joined := len(f.travellers) > 0
		for _, p := range f.travellers {
			c := s.personCountry(p)
			if slices.Contains(b.cur.Parties, c) {
				b.addParticipant(b.cur, p, c, f.sentence)
			} else {
				joined = false
			}
		}
		if joined {
			// a side travelling to the current round: no visit of its own
			return
		}
		if len(f.parties) > 0 && subset(f.parties, b.cur.Parties) || len(f.parties) == 0 && s.delegationIn(f.pre, f.end) {
			// "وصل وفد إيراني إلى مسقط، وكان من بين أعضائه …"; "ووصل الوفد،
			// الذي يضم X وY، إلى أنقرة": the side is the discourse's
			b.participants(b.cur, f.sentence, f.pre, f.end)
		}
	}
	if f.dest == "" {
		f.dest = f.venue // "وصل …، مساء الثلاثاء، إلى طهران": found as the place
	}
	if sides := s.delegationVisit(f); sides != nil {
		// "وصل وفد فني سعودي إلى طهران لبحث …": the two sides meet there
		vf := *f
		vf.parties, vf.venueCountry, vf.faceToFace = sides, sides[1], true
		m := b.sameRound(&vf)
		if m == nil {
			m = b.newMeeting(&vf, sides)
		}
		b.merge(m, &vf)
		return
	}
	if len(f.travellers) == 0 || f.dest == "" {
		return
	}
	if len(sides) >= 2 && !slices.Contains(sides, "") && !slices.Contains(sides, s.placeCountry(f.dest)) && f.travellerOrg == "" {
		// two sides arriving together at a third place meet there: their
		// talks, at the destination; the host is no party
		vf := *f
		vf.kind, vf.parties, vf.venue, vf.venueCountry = trigTalks, sortedCopy(sides), f.dest, s.placeCountry(f.dest)
		vf.faceToFace = true
		m := b.sameRound(&vf)
		if m == nil {
			m = b.newMeeting(&vf, vf.parties)
		}
		b.merge(m, &vf)
		for _, p := range f.travellers {
			b.addParticipant(m, p, s.personCountry(p), f.sentence)
		}
		b.cur = m
		return
	}
	from := s.personCountry(f.travellers[0])
	if f.travellerOrg != "" {
		from = f.travellerOrg
	}
	to := f.dest
	if c := s.placeCountry(f.dest); c != "" {
		to = c
	}
	if from == "" || to == "" || from == to {
		return
	}
	parties := []string{from, to}
	vf := *f
	vf.parties = parties
	vf.venueCountry = to
	m := b.sameRound(&vf)
	if m == nil {
		m = b.newMeeting(&vf, parties)
	}
	b.merge(m, &vf)
	for _, p := range f.travellers {
		side := s.personCountry(p)
		if f.travellerOrg != "" {
			side = f.travellerOrg
		}
		b.addParticipant(m, p, side, f.sentence)
	}
}

// arrivedForCurrent reports whether trip f arrives at the current round's
// place a day or two before it ("وكان X قد وصل إلى بكين مساء الثلاثاء"
// for the talks there on Wednesday): the eve of the round, no meeting of
// its own.
func (b *builder) arrivedForCurrent(f *frame) bool {
	c := b.cur
	if f.dest == "" || c.Venue == "" || f.dest != c.Venue ||
		f.date.Precision() != article.PrecisionDay || c.Date.Precision() != article.PrecisionDay {
		return false
	}
	return f.date.Before(c.Date) && dayGap(f.date, c.Date) <= 2
}

// delegationIn reports whether tokens [a, b) name a delegation.
func (s *scan) delegationIn(a, b int) bool {
	for i := max(a, 0); i < b && i < len(s.words); i++ {
		if s.delegationWord(i) || ownDelegation(s.words[i].norm) {
			return true
		}
	}
	return false
}
