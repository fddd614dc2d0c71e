package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/internal/article"
)

// This file folds the frames of one article into its rounds: which
// meeting a frame speaks of, and what it adds to it.

// channelRound places a background or unmatched frame with a date of its
// own (at least the month) on the channel being reported: an existing round
// with a compatible date, or a new round of the latest meeting of the same
// kind. A series ("جولات") or an undated frame makes nothing.
func (b *builder) channelRound(f *frame) *Meeting {
	// "على أن تنعقد الجولة الثانية … مطلع العام المقبل", "فيما عقدت الجولة
	// الأولى في كراكاس أواخر العام الماضي": a round of a rank the article
	// has not reported yet, planned or placed, needs no month
	ranked := f.ordinal != "" && !f.date.IsZero() && (f.status == StatusPlanned || f.future || f.venue != "") &&
		!slices.ContainsFunc(b.ms, func(m *Meeting) bool { return m.Ordinal == f.ordinal })
	if (f.date.Precision() < article.PrecisionMonth && !ranked && !sincePlaced(f) || f.date.IsZero() || f.dateInherited) && !b.plannedElsewhere(f) ||
		isSeries(b.s, f) {
		return nil
	}
	var base *Meeting
	for i := len(b.ms) - 1; i >= 0; i-- {
		m := b.ms[i]
		if m.Kind == f.kind.kindName() && subset(f.parties, m.Parties) && !sidesMediate(f, m.Parties) {
			base = m
			break
		}
	}
	if base == nil {
		if f.kind == trigContact {
			return nil // a call of one side with someone else is no call of the talks' sides
		}
		base = b.cur
	}
	if base == nil || !subset(f.parties, base.Parties) || sidesMediate(f, base.Parties) {
		return nil
	}
	parties := base.Parties
	if len(f.parties) == 0 && b.sceneAfter(base) {
		// "… بين موسكو وكييف. ولم يلتق مفاوضو البلدين منذ الجولة الثالثة":
		// the sides named since the last meeting
		parties = b.channel
	}
	if len(f.parties) == 0 {
		parties = b.anaphorSides(f, parties)
	}
	for _, m := range b.ms {
		if slices.Equal(m.Parties, parties) && !m.Date.IsZero() && m.Date.Precision() >= article.PrecisionMonth && compatible(m, f) &&
			effective(f.status) == effective(m.Status) {
			return m
		}
	}
	return b.newMeeting(f, parties)
}

// plannedElsewhere reports whether an undated frame plans the channel's
// talks at a place of its own, other than the current round's ("اتفق
// الطرفان على استئناف المحادثات في روما" after a round in Muscat): the
// next round, which needs no date to be told apart.
func (b *builder) plannedElsewhere(f *frame) bool {
	vague := f.date.IsZero() || f.future && f.date.Precision() == article.PrecisionYear // "الأسبوع المقبل" across two months
	return f.status == StatusPlanned && vague && f.venue != "" && b.cur != nil && b.cur.Venue != "" &&
		!venueCompatible(f.venue, b.cur.Venue, f.venueCountry, b.cur.venueCountry) && f.ordinal == ""
}

// earlierRound places "the previous round" on the current round's
// channel: a round of the article it can be other than the current one, or
// a new one.
func (b *builder) earlierRound(f *frame) *Meeting {
	for _, m := range b.ms {
		if m != b.cur && slices.Equal(m.Parties, b.cur.Parties) && compatible(m, f) && !m.Date.IsZero() && (f.date.IsZero() || !m.Date.IsZero()) {
			return m
		}
	}
	if f.date.IsZero() && f.venue == "" {
		return nil // nothing to tell it by
	}
	return b.newMeeting(f, b.cur.Parties)
}

// sideOfCurrent reports whether a two-sided frame pairs one side of the
// current round with its host or mediator; the other country then becomes
// the mediator and the frame describes the current round.
func (b *builder) sideOfCurrent(f *frame) bool {
	c := b.cur
	if c == nil || f.background || f.other || f.item || len(f.parties) != 2 || !compatible(c, f) {
		return false
	}
	host := b.s.placeCountry(c.Venue)
	var side, helper string
	for _, p := range f.parties {
		switch {
		case slices.Contains(c.Parties, p):
			side = p
		case p == host || slices.Contains(c.Mediators, p):
			helper = p
		}
	}
	if side == "" || helper == "" || len(c.Parties) != 2 {
		return false
	}
	// the helper stays out of the parties; only a stated mediation (or an
	// earlier one) makes it a mediator
	f.parties = []string{side}
	return true
}

// reference finds the meeting an anaphoric or one-sided frame speaks of.
func (b *builder) reference(f *frame) *Meeting {
	fits := func(m *Meeting) bool {
		if !compatible(m, f) {
			return false
		}
		if f.ordinal != "" && (m.Ordinal != "" && m.Ordinal != f.ordinal ||
			m.Status == StatusPlanned && f.status == "" && !f.date.IsZero() && !f.future) {
			// "الجولة الأولى … أواخر العام الماضي" is neither the third
			// round nor the next one announced
			return false
		}
		for _, p := range f.parties {
			if !slices.Contains(m.Parties, p) && !slices.Contains(m.Mediators, p) {
				return false
			}
		}
		return true
	}
	sameKind := func(m *Meeting) bool { return (m.Kind == "contact") == (f.kind == trigContact) }
	if b.cur != nil && fits(b.cur) && sameKind(b.cur) {
		return b.cur
	}
	for _, strict := range []bool{true, false} {
		for i := len(b.ms) - 1; i >= 0; i-- {
			if f.kind == trigContact && !sameKind(b.ms[i]) {
				continue // a call is not the round of talks
			}
			if fits(b.ms[i]) && (!strict || sameKind(b.ms[i]) && b.ms[i].Kind != "visit") {
				return b.ms[i]
			}
		}
	}
	return nil
}

// sameRound finds a meeting of the same parties the frame can be.
func (b *builder) sameRound(f *frame) *Meeting {
	parties := sortedCopy(f.parties)
	var best *Meeting
	bestScore := -1
	for _, m := range b.ms {
		if !slices.Equal(m.Parties, parties) || !compatible(m, f) || effective(f.status) != effective(m.Status) {
			continue
		}
		if f.item && (m.Date.IsZero() || m.Date.Precision() < f.date.Precision()) {
			continue // an enumerated round is one of several: only a dated match
		}
		if (m.Kind == "contact") != (f.kind == trigContact) && f.kind != trigTravel && m.Kind != "visit" {
			continue // a call is not a round of talks
		}
		score := 0
		switch {
		case m == b.cur && f.earlier:
			continue // "وكانت … أجرت محادثات": an earlier round, not this one
		case m == b.cur:
			score += 2
		}
		if m.Kind == f.kind.kindName() {
			score++
		}
		if score > bestScore {
			best, bestScore = m, score
		}
	}
	return best
}

// refines reports whether hesitant cities replace hesitant countries:
// "في مسقط أو الدوحة" after "في عمان أو قطر".
func (b *builder) refines(cities, countries []string) bool {
	for _, c := range countries {
		if b.s.placeCountry(c) != c {
			return false // already cities
		}
	}
	for _, c := range cities {
		if b.s.placeCountry(c) == c || !slices.Contains(countries, b.s.placeCountry(c)) {
			return false
		}
	}
	return true
}

func effective(status string) string {
	if status == "" {
		return StatusHeld
	}
	return status
}

// compatible reports whether a frame can describe the meeting: no
// conflicting status, date or venue. A frame without a status fits any
// meeting; a stated status must match the meeting's (held by default).
func compatible(m *Meeting, f *frame) bool {
	if f.status != "" && f.status != effective(m.Status) {
		return false
	}
	if f.ordinal != "" && m.Ordinal != "" && f.ordinal != m.Ordinal {
		return false // the third round is not the fourth
	}
	if !f.date.IsZero() && !m.Date.IsZero() && !f.date.Compatible(m.Date) && !m.spans(f.date) {
		return false
	}
	if f.venue != "" && m.Venue != "" && !venueCompatible(f.venue, m.Venue, f.venueCountry, m.venueCountry) && !slices.Contains(m.VenueCandidates, f.venue) {
		return false
	}
	return true
}

// spans reports whether a round of several days, from the day it began to
// the day reported, covers the day d ("دخلت الجولة يومها الثالث اليوم"
// after "انطلقت السبت": Sunday is one of its days).
func (m *Meeting) spans(d article.Date) bool {
	if !m.MultiDay || m.Began.IsZero() || d.Precision() != article.PrecisionDay || m.Date.Precision() != article.PrecisionDay {
		return false
	}
	return !d.Before(m.Began) && !m.Date.Before(d)
}

// venueCompatible reports whether two places can be the same venue: equal,
// or a city and its country.
func venueCompatible(a, b, countryA, countryB string) bool {
	return a == b || countryA == b || countryB == a
}

func (b *builder) newMeeting(f *frame, parties []string) *Meeting {
	m := &Meeting{Parties: sortedCopy(parties), Kind: f.kind.kindName(), Support: map[string][]int{}}
	b.ms = append(b.ms, m)
	return m
}

func (b *builder) merge(m *Meeting, f *frame) {
	support := func(key string) {
		list := m.Support[key]
		if len(list) == 0 || list[len(list)-1] != f.sentence {
			m.Support[key] = append(list, f.sentence)
		}
	}
	support("meeting")
	for _, p := range f.parties {
		if slices.Contains(m.Parties, p) {
			support("party:" + p)
		}
	}
	if !f.date.IsZero() && (m.Date.IsZero() || (f.date.Compatible(m.Date) && f.date.Precision() > m.Date.Precision())) {
		m.Date = f.date
		support("date")
	}
	if f.venue != "" && m.Venue == "" {
		if len(m.VenueCandidates) == 0 || slices.Contains(m.VenueCandidates, f.venue) {
			m.Venue, m.venueCountry = f.venue, f.venueCountry
			m.VenueCandidates = nil
			support("venue:" + f.venue)
			if p, ok := b.s.places[f.venue]; ok {
				m.Places = append(m.Places, p)
				m.venueCountry = p.Country
			}
		}
	}
	if f.venue != "" && m.Venue != "" && f.venue != m.Venue && f.venueCountry == m.Venue && strings.HasPrefix(m.Venue, "country:") {
		// "في المكسيك" in the headline, "في العاصمة المكسيكية" in the
		// body: the city in the country is where the round was
		old := m.Support["venue:"+m.Venue]
		delete(m.Support, "venue:"+m.Venue)
		m.Venue, m.venueCountry = f.venue, f.venueCountry
		m.Support["venue:"+f.venue] = append(m.Support["venue:"+f.venue], old...)
		support("venue:" + f.venue)
		if p, ok := b.s.places[f.venue]; ok {
			m.Places = append(m.Places, p)
		}
	}
	if f.venueGuess != "" && f.venue == "" && len(f.candidates) == 0 && !slices.Contains(m.VenueGuesses, f.venueGuess) {
		m.VenueGuesses = append(m.VenueGuesses, f.venueGuess)
		support("venue:" + f.venueGuess)
	}
	if len(f.candidates) > 0 && m.Venue == "" && (len(m.VenueCandidates) == 0 || b.refines(f.candidates, m.VenueCandidates)) {
		m.VenueCandidates = append([]string(nil), f.candidates...)
		for _, c := range f.candidates {
			support("venue:" + c)
		}
	}
	for _, med := range f.mediators {
		if !slices.Contains(m.Parties, med) {
			m.Mediators = appendUnique(m.Mediators, med)
			support("mediator:" + med)
		}
	}
	for _, p := range f.medPersons {
		b.addParticipant(m, p, SideMediator, f.sentence)
	}
	if m.Status == "" {
		m.Status = f.status
	}
	switch {
	case m.Format == "" || m.Format == FormatUnknown:
		m.Format = f.format
	case m.Format == FormatDirect && f.format == FormatIndirect:
		// "غير مباشرة" describes the round; a direct exchange inside it does not
		m.Format = FormatIndirect
	}
	m.Secret = m.Secret || f.secret
	m.MultiDay = m.MultiDay || f.multiDay
	if !f.began.IsZero() && (m.Began.IsZero() || f.began.Before(m.Began)) {
		m.Began = f.began
	}
	// face to face only when both sides meet: a side meeting the mediator is not
	m.faceToFace = m.faceToFace || f.faceToFace && (f.trip || len(f.parties) >= 2 && subset(f.parties, m.Parties))
	m.Brokered = m.Brokered || (f.brokered && len(f.mediators) > 0)
	if m.Ordinal == "" {
		m.Ordinal = f.ordinal
	}
	for _, t := range f.topics {
		m.Topics = appendUnique(m.Topics, t)
	}
	if h := b.firstSinceHolder(m, f); !f.after.IsZero() && h.After.IsZero() {
		// "وهذه أول مفاوضات … منذ …" after the plan of the next round: the
		// round that was held is the first since
		h.After = f.after
		if l := h.Support["after"]; len(l) == 0 || l[len(l)-1] != f.sentence {
			h.Support["after"] = append(l, f.sentence)
		}
	}
}
