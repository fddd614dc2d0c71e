package english

import (
	"slices"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/schema"
)

// venue sets the meeting's venue: a place after "in", "at" or "capital",
// else a country after "in" that is not a party.
func (x *Extractor) venue(toks []Token, s *sentence, si int, m *meetings.Meeting) {
	var country string
	visit := visitSentence(toks, s)
	for _, mm := range s.mentions {
		if mm.Label == schema.LabelVenue && mm.Kind == entities.KindName && mm.TokEnd < s.to && trigger(toks[mm.TokEnd].Lower) &&
			!toks[mm.TokEnd-1].Comma && !toks[mm.TokEnd-1].Possessive {
			m.Venue = mm.EntityID // "the Ohrid meeting", "the Muscat talks"
			m.Support["venue:"+mm.EntityID] = []int{si}
			return
		}
	}
	for _, mm := range s.mentions {
		if earlierClause(toks, s, mm.TokStart) {
			continue // "… came three weeks after the leaders met in X": X is the earlier meeting's
		}
		p := lower(toks, mm.TokStart-1)
		place := p == "in" || p == "at" || p == "capital" || lower(toks, mm.TokStart-2) == "in" && toks[mm.TokStart-1].Possessive ||
			p == "to" && visit
		if c := x.capitalPhrase(toks, mm); c != "" && country == "" {
			m.Venue = c // "in the Omani capital"
			m.Support["venue:"+c] = []int{si}
			return
		}
		switch {
		case mm.Label == schema.LabelVenue && place && mm.Kind != entities.KindMetonym && mm.Kind != entities.KindContext:
			// a building the text names (KindContext) is not the venue: its city is
			m.Venue = mm.EntityID
			m.Support["venue:"+mm.EntityID] = []int{si}
			return
		case mm.Label == schema.LabelCountry && p == "in" && mm.Kind == entities.KindName &&
			!slices.Contains(m.Parties, mm.EntityID) && country == "" && nearTrigger(toks, mm.TokStart-1):
			country = mm.EntityID
		}
	}
	if p, ok := x.newPlace(toks, s); ok {
		m.Venue = p.Mention.EntityID
		m.Places = append(m.Places, p)
		m.Support["venue:"+m.Venue] = []int{si}
		return
	}
	if country != "" {
		m.Venue = country
		m.Support["venue:"+country] = []int{si}
	}
}

// earlierClause reports whether token i stands in a clause that tells of
// another, earlier or compared meeting: after the sentence's first meeting
// word come "after", "since", "following", "than" or "unlike" and a second
// meeting word before i.
func earlierClause(toks []Token, s *sentence, i int) bool {
	first, opener := -1, false
	for j := s.from; j < i; j++ {
		w := toks[j].Lower
		switch {
		case first < 0:
			if trigger(w) {
				first = j
			}
		case w == "after" || w == "since" || w == "following" || w == "than" || w == "unlike":
			opener = true
		case opener && trigger(w):
			return true
		}
	}
	return false
}

// goBetweens adds to the article's last meeting the go-betweens a
// sentence without a meeting word names ("officials of X and envoy Y are
// conveying messages"): countries and organizations become mediators,
// people mediating participants.
func (x *Extractor) goBetweens(toks []Token, s *sentence, si int, m *meetings.Meeting) {
	for _, mm := range s.mentions {
		if slices.Contains(m.Parties, mm.EntityID) || slices.Contains(m.Mediators, mm.EntityID) {
			continue
		}
		switch p := lower(toks, mm.TokStart-1); {
		case mm.Label == schema.LabelPerson:
			m.Participants = append(m.Participants, meetings.Participant{PersonID: mm.EntityID, Side: meetings.SideMediator})
			m.Support["participant:"+mm.EntityID] = []int{si}
		case p == "to" || p == "in" || p == "of" || p == "for":
			continue // "ambassador to X"
		case mm.Label != schema.LabelCountry && mm.Label != schema.LabelOrganization:
			continue
		}
		m.Mediators = append(m.Mediators, mm.EntityID)
		m.Support["mediator:"+mm.EntityID] = []int{si}
	}
	m.Brokered = true
	if m.Format == meetings.FormatUnknown {
		m.Format = meetings.FormatIndirect
	}
}

// nearTrigger reports whether a meeting word or "held" stands just
// before token i ("talks in Qatar", "held in Qatar").
func nearTrigger(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if trigger(toks[j].Lower) || toks[j].Lower == "held" || toks[j].Lower == "ongoing" {
			return true
		}
	}
	return false
}

// people adds the persons the sentence names as participants, with their
// side: a person titled by a mediator ("the Omani minister Jane Roe") is a
// mediator. Spokesmen and people only quoted are left out.
func (x *Extractor) people(toks []Token, s *sentence, si int, m *meetings.Meeting) {
	for k, p := range s.mentions {
		if p.Label != schema.LabelPerson {
			continue
		}
		if t := lower(toks, p.TokStart-1); (t == "spokesman" || t == "spokesmen" || t == "spokeswoman" || t == "spokesperson") &&
			!leads(lower(toks, p.TokEnd)) {
			continue // a spokesman speaks for his side, unless he heads its team
		}
		if n := lower(toks, p.TokEnd); n == "said" || n == "told" || n == "says" {
			continue
		}
		side := ""
		if k, ok := x.rec.Entry(p.EntityID); ok && slices.Contains(m.Parties, k.Country) {
			side = k.Country
		}
		for j := k - 1; j >= 0 && side == ""; j-- {
			q := s.mentions[j]
			if p.TokStart-q.TokEnd > 7 {
				break
			}
			switch {
			case slices.Contains(m.Mediators, q.EntityID):
				side = meetings.SideMediator
			case slices.Contains(m.Parties, q.EntityID):
				side = q.EntityID
			}
		}
		k, known := x.rec.Entry(p.EntityID)
		if known && side == "" && slices.Contains(m.Mediators, k.Country) {
			side = meetings.SideMediator
		}
		if side == "" && mediatorApposition(toks, s, p) {
			side = meetings.SideMediator // "X, the African Union's mediator for the crisis, hosted …"
		}
		if side == "" && chairs(toks, s, p) {
			// "a meeting opened by Foreign Minister X", "X chaired the talks":
			// a third party presiding over the sides' meeting mediates it.
			side = meetings.SideMediator
			// for his organisation when his role is with one (an EU
			// foreign policy chief chairs for the EU), else his country
			by := x.rec.OrgOf(p.EntityID)
			if by == "" && known {
				by = k.Country
			}
			if by != "" && !slices.Contains(m.Parties, by) && !slices.Contains(m.Mediators, by) {
				m.Mediators = append(m.Mediators, by)
				m.Support["mediator:"+by] = []int{si}
			}
		}
		if side == "" && known && k.Country != "" {
			side = x.partyOf(m.Parties, k.Country)
			if side == "" {
				continue // an official of a third country (a host, a guest) is no participant
			}
		}
		if side == meetings.SideMediator && !slices.Contains(m.Mediators, p.EntityID) {
			m.Mediators = append(m.Mediators, p.EntityID)
			m.Support["mediator:"+p.EntityID] = []int{si}
		}
		if !slices.ContainsFunc(m.Participants, func(q meetings.Participant) bool { return q.PersonID == p.EntityID }) {
			m.Participants = append(m.Participants, meetings.Participant{PersonID: p.EntityID, Side: side})
			m.Support["participant:"+p.EntityID] = []int{si}
		}
	}
}

// readManner sets status, format and rank from the sentence's words.
func readManner(toks []Token, s *sentence, m *meetings.Meeting) {
	for i := s.from; i < s.to; i++ {
		w := toks[i].Lower
		switch w {
		case "postponed", "delayed", "deferred", "adjourned":
			m.Status = meetings.StatusPostponed
		case "cancelled", "canceled", "scrapped":
			m.Status = meetings.StatusCancelled
		case "called":
			if lower(toks, i+1) == "off" {
				m.Status = meetings.StatusCancelled
			}
		case "withdrew", "withdrawn", "rescinded":
			if lower(toks, i+1) == "invitation" || lower(toks, i+2) == "invitation" {
				m.Status = meetings.StatusCancelled
			}
		case "will", "scheduled", "expected", "planned", "upcoming":
			if m.Status == meetings.StatusHeld {
				m.Status = meetings.StatusPlanned
			}
		case "would":
			// "said a third round would take place in X", "… would be held
			// in X", not "the US would be responsible"
			next := lower(toks, i+1)
			announce := next == "take" && lower(toks, i+2) == "place" || next == "resume" || next == "convene" || next == "meet" ||
				next == "be" && (lower(toks, i+2) == "held" || lower(toks, i+2) == "hosted" || lower(toks, i+2) == "convened")
			if announce && m.Status == meetings.StatusHeld && triggerBefore(toks, s, i) {
				m.Status = meetings.StatusPlanned
			}
		case "next":
			if trigger(lower(toks, i+1)) && m.Status == meetings.StatusHeld {
				m.Status = meetings.StatusPlanned
			}
		case "indirect", "indirectly", "shuttle":
			m.Format = meetings.FormatIndirect
		case "directly", "direct":
			if m.Format == meetings.FormatUnknown {
				m.Format = meetings.FormatDirect
				if lower(toks, i-1) == "not" || lower(toks, i-2) == "not" {
					m.Format = meetings.FormatIndirect
				}
			}
		case "phone", "telephone":
			if lower(toks, i+1) == "call" {
				m.Format, m.Kind = meetings.FormatPhone, "contact"
			}
		}
		if o := ordinalArabic(w); o != "" && (trigger(lower(toks, i+1)) || lower(toks, i+1) == "time") && m.Ordinal == "" {
			m.Ordinal = o
		}
	}
	if m.Format == meetings.FormatUnknown && (faceToFace(toks, s) || len(m.Mediators) == 0 && sidesMet(toks, s)) {
		m.Format = meetings.FormatDirect
	}
	if len(m.Mediators) > 0 {
		for i := s.from; i < s.to && !m.Brokered; i++ {
			switch toks[i].Lower {
			case "mediated", "brokered", "mediation", "mediators", "mediator", "shuttling", "messages":
				m.Brokered = true // brokered, not only sponsored or hosted
			}
		}
	}
}

// mergeInto adds m to the meetings of the article, merged with an earlier
// report of the same parties on a compatible date.
func (x *Extractor) mergeInto(ms []meetings.Meeting, m meetings.Meeting) []meetings.Meeting {
	for i := range ms {
		o := &ms[i]
		loose := (m.DateFromPublication || o.DateFromPublication) && o.Date.Year == m.Date.Year
		if !slices.Equal(o.Parties, m.Parties) || !(o.Date == m.Date || loose || o.MultiDay && m.MultiDay && o.Date == m.Date) {
			continue
		}
		if o.Ordinal != "" && m.Ordinal != "" && o.Ordinal != m.Ordinal {
			continue // the third round is not the second
		}
		if loose && m.Status != o.Status {
			if m.DateFromPublication && m.Confidence < 0.7 {
				return ms // an undated aside on a round of the article
			}
			continue
		}
		if o.DateFromPublication && !m.DateFromPublication {
			o.Date, o.DateFromPublication, o.MultiDay, o.Day, o.Status = m.Date, false, m.MultiDay, m.Day, m.Status
		}
		switch {
		case o.Venue == "" || m.Venue != "" && x.countryOf(m.Venue) == o.Venue:
			o.Venue = m.Venue // a city of the country told first
			o.Places = append(o.Places, m.Places...)
		case o.Venue == m.Venue:
			for _, p := range m.Places {
				for i := range o.Places {
					if o.Places[i].Mention.EntityID == p.Mention.EntityID && o.Places[i].Country == "" {
						o.Places[i].Country = p.Country // the fuller report of the place
					}
				}
			}
		}
		for _, id := range m.Mediators {
			if !slices.Contains(o.Mediators, id) {
				o.Mediators = append(o.Mediators, id)
			}
		}
		for _, p := range m.Participants {
			if !slices.ContainsFunc(o.Participants, func(q meetings.Participant) bool { return q.PersonID == p.PersonID }) {
				o.Participants = append(o.Participants, p)
			}
		}
		if o.Format == meetings.FormatUnknown {
			o.Format = m.Format
		}
		if o.Ordinal == "" {
			o.Ordinal = m.Ordinal
		}
		o.Brokered = o.Brokered || m.Brokered
		for k, v := range m.Support {
			for _, s := range v {
				if !slices.Contains(o.Support[k], s) {
					o.Support[k] = append(o.Support[k], s)
				}
			}
		}
		return ms
	}
	return append(ms, m)
}

// chairVerb reports whether w says that someone presides over a meeting.
func chairVerb(w string) bool {
	switch w {
	case "chaired", "chairs", "chairing", "opened", "opens", "presided", "presides", "presiding", "moderated", "moderates",
		"convened", "convenes", "facilitated", "facilitates":
		return true
	}
	return false
}

// chairs reports whether person mention p presides over the meeting of
// the sentence: "opened by (Turkish Foreign Minister) X", "X (again)
// chaired the meeting".
func chairs(toks []Token, s *sentence, p entities.Mention) bool {
	for j := p.TokStart - 1; j >= s.from && j >= p.TokStart-6; j-- {
		if toks[j].Lower == "by" {
			return j > s.from && chairVerb(toks[j-1].Lower)
		}
		if !toks[j].Cap() {
			break
		}
	}
	for j := p.TokEnd; j < s.to && j <= p.TokEnd+2; j++ {
		if chairVerb(toks[j].Lower) {
			return true
		}
		if toks[j].Lower != "again" && toks[j].Lower != "also" && toks[j].Lower != "who" && toks[j].Lower != "had" && toks[j].Lower != "has" {
			break
		}
	}
	return false
}

// partyOf returns the party that is an organization of country (the
// Houthis for a Yemeni), or "".
func (x *Extractor) partyOf(parties []string, country string) string {
	for _, id := range parties {
		if k, ok := x.rec.Entry(id); ok && k.Label == schema.LabelOrganization && k.Country == country {
			return id
		}
	}
	return ""
}

// faceToFace reports whether a sentence has the sides' people meet one
// another: two people joined by "and" as the subject of "met" ("President
// A and Prime Minister B met in X", "the two leaders last met"), or after
// "meeting/talks between" ("the meeting between A and B"). A mediator may
// chair such a meeting; it is still held at one table (direct).
func faceToFace(toks []Token, s *sentence) bool {
	isPerson := func(end int) (int, bool) {
		for _, m := range s.mentions {
			if m.Label == schema.LabelPerson && m.TokEnd == end {
				return m.TokStart, true
			}
		}
		return 0, false
	}
	// pairBefore: a person ends at end, and another person ends before
	// the "and" a few words before its title
	pairBefore := func(end int) bool {
		start, ok := isPerson(end)
		if !ok {
			return false
		}
		for j := start - 1; j >= s.from && j >= start-5; j-- {
			if toks[j].Lower == "and" {
				_, ok := isPerson(j)
				return ok
			}
		}
		return false
	}
	for i := s.from; i < s.to; i++ {
		switch toks[i].Lower {
		case "met":
			j := i
			for j > s.from && (toks[j-1].Lower == "last" || toks[j-1].Lower == "again" || toks[j-1].Lower == "first" || toks[j-1].Lower == "also") {
				j--
			}
			if j-2 >= s.from && toks[j-2].Lower == "two" && (toks[j-1].Lower == "leaders" || toks[j-1].Lower == "men" ||
				toks[j-1].Lower == "women" || toks[j-1].Lower == "ministers" || toks[j-1].Lower == "presidents") {
				return true
			}
			if pairBefore(j) {
				return true
			}
		case "between":
			if !trigger(lower(toks, i-1)) {
				continue
			}
			for _, m := range s.mentions {
				if m.Label == schema.LabelPerson && m.TokStart > i && m.TokStart <= i+10 && pairBefore(m.TokEnd) {
					return true
				}
			}
		}
	}
	return false
}

// leads reports whether a verb makes its subject the head of a team
// ("X headed the team").
func leads(w string) bool {
	switch w {
	case "headed", "led", "heads", "leads", "heading", "leading":
		return true
	}
	return false
}

// mediatorApposition reports whether a person's name is followed by an
// apposition that makes them a mediator ("X, the AU's mediator for the
// crisis,", "X, the UN envoy who brokered …").
func mediatorApposition(toks []Token, s *sentence, p entities.Mention) bool {
	if !toks[p.TokEnd-1].Comma {
		return false
	}
	for j := p.TokEnd; j < s.to && j <= p.TokEnd+6; j++ {
		if mediationCue(toks[j].Lower) || guarantor(toks[j].Lower) {
			return true
		}
		if toks[j].Comma {
			break
		}
	}
	return false
}

// sidesMet reports whether the sides' people are the plural subject of
// "met", written with the two sides' adjectives ("Armenian and Azerbaijani
// officials met"), or the text says no mediator took part: a meeting with
// no go-between is held at one table.
func sidesMet(toks []Token, s *sentence) bool {
	for i := s.from + 1; i < s.to; i++ {
		switch toks[i].Lower {
		case "met":
			switch toks[i-1].Lower {
			case "officials", "delegations", "ministers", "negotiators", "leaders", "presidents", "delegates", "envoys":
				return i-3 >= s.from && lower(toks, i-3) == "and" || i-4 >= s.from && lower(toks, i-4) == "and"
			}
		case "mediator", "mediators":
			if toks[i-1].Lower == "no" {
				return true // "No mediator took part"
			}
		}
	}
	return false
}

// triggerBefore reports whether a meeting word stands in the sentence
// before token i (the subject of "would take place").
func triggerBefore(toks []Token, s *sentence, i int) bool {
	for j := s.from; j < i; j++ {
		if trigger(toks[j].Lower) {
			return true
		}
	}
	return false
}
