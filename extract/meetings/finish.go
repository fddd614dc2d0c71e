package meetings

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// This file completes an article's meetings: mediators' sessions, process
// mentions, defaults and confidence.

// foldMediatorSessions folds a mediator's session with one side into the
// round between the sides that it mediates: "التقى رئيس الوزراء القطري وفد
// حماس، ثم اجتمع بالوفد الإسرائيلي … ضمن المفاوضات بين إسرائيل وحماس
// التي تتوسط فيها قطر". The mediator stays out of the channel; the
// session's day, place and people go to the round.
func (b *builder) foldMediatorSessions() {
	// rounds by (mediator, party): a session pairs one of each
	byPair := map[[2]string][]*Meeting{}
	for _, r := range b.ms {
		if len(r.Parties) < 2 || r.Kind != "talks" {
			continue
		}
		for _, x := range r.Mediators {
			for _, p := range r.Parties {
				byPair[[2]string{x, p}] = append(byPair[[2]string{x, p}], r)
			}
		}
	}
	if len(byPair) == 0 {
		return
	}
	kept := b.ms[:0]
	for _, m := range b.ms {
		if into := roundMediatedBy(m, byPair); into != nil {
			if into.Date.IsZero() || m.Date.Compatible(into.Date) && m.Date.Precision() > into.Date.Precision() {
				into.Date = m.Date
			}
			if into.Venue == "" && len(into.VenueCandidates) == 0 {
				into.Venue, into.venueCountry = m.Venue, m.venueCountry
			}
			b.foldSession(into, m)
			into.Support["meeting"] = append(into.Support["meeting"], m.Support["meeting"]...)
			continue
		}
		kept = append(kept, m)
	}
	b.ms = kept
}

// roundMediatedBy returns the round of the article that a two-sided
// meeting is a mediator's session of: its sides are one mediator and one
// party of that round, and nothing in it contradicts the round. byPair
// holds the rounds by (mediator, party).
func roundMediatedBy(m *Meeting, byPair map[[2]string][]*Meeting) *Meeting {
	if len(m.Parties) != 2 || m.Kind == "contact" {
		return nil
	}
	a, c := m.Parties[0], m.Parties[1]
	for _, list := range [][]*Meeting{byPair[[2]string{a, c}], byPair[[2]string{c, a}]} {
		for _, r := range list {
			if r == m || effective(r.Status) != effective(m.Status) {
				continue
			}
			if !m.Date.IsZero() && !r.Date.IsZero() && !m.Date.Compatible(r.Date) {
				continue
			}
			if m.Venue != "" && r.Venue != "" && !venueCompatible(m.Venue, r.Venue, m.venueCountry, r.venueCountry) {
				continue
			}
			return r
		}
	}
	return nil
}

// dropProcesses removes talks the article names with no date, place, rank
// or people of their own ("مفاوضات ترسيم الحدود بين لبنان وإسرائيل، التي
// تقام برعاية أممية"): the negotiation as a process, not a round. What it
// says of the channel — mediators, format — goes to the article's rounds
// of the same sides that do not say it themselves.
func (b *builder) dropProcesses() {
	kept := b.ms[:0]
	var procs []*Meeting
	for _, m := range b.ms {
		if m.Kind == "talks" && m.Date.IsZero() && m.Venue == "" && len(m.VenueCandidates) == 0 && m.Ordinal == "" &&
			effective(m.Status) == StatusHeld && len(m.Participants) == 0 && len(m.Parties) >= 2 {
			procs = append(procs, m)
			continue
		}
		kept = append(kept, m)
	}
	if len(kept) == 0 {
		return // the article reports no round: keep what it says, dated by publication
	}
	b.ms = kept
	if len(procs) == 0 {
		return
	}
	bySides := map[string][]*Meeting{}
	for _, m := range b.ms {
		if m.Kind == "talks" {
			k := strings.Join(m.Parties, ",")
			bySides[k] = append(bySides[k], m)
		}
	}
	for _, p := range procs {
		for _, m := range bySides[strings.Join(p.Parties, ",")] {
			if len(m.Mediators) == 0 {
				for _, med := range p.Mediators {
					m.Mediators = append(m.Mediators, med)
					m.Support["mediator:"+med] = append(m.Support["mediator:"+med], p.Support["mediator:"+med]...)
				}
				m.Brokered = m.Brokered || p.Brokered
			}
			if m.Format == "" || m.Format == FormatUnknown {
				m.Format = p.Format
			}
		}
	}
}

func (b *builder) finish() []Meeting {
	b.splitSessionRounds()
	b.foldMediatorSessions()
	b.dropProcesses()
	b.mannerSentences()
	pub := b.s.in.Published
	dateline, dlSentence := b.s.dateline()
	out := make([]Meeting, 0, len(b.ms))
	for _, m := range b.ms {
		if len(m.Parties) < 2 {
			continue
		}
		if slices.Contains(m.Parties, m.Venue) && strings.HasPrefix(m.Venue, "country:") {
			// "بين الحكومة الانتقالية في تشاد و…": a side's country, no
			// venue; the dateline may give it
			delete(m.Support, "venue:"+m.Venue)
			m.Venue, m.venueCountry = "", ""
		}
		if dateline != "" && m.Venue == "" && len(m.VenueCandidates) == 0 && len(m.VenueGuesses) == 0 && m.Status != StatusPlanned &&
			m.Kind == "talks" && slices.Contains(m.Support["meeting"], dlSentence) && !b.s.reportedSpeech(dlSentence) {
			// "واشنطن – استضاف … قمة": the round the dateline's sentence
			// tells (not reports someone saying), with no place of its
			// own — not even one no list knows ("في المرج") — is where
			// the dateline is
			m.Venue, m.venueCountry = dateline, b.s.placeCountry(dateline)
			m.Support["venue"] = append(m.Support["venue"], dlSentence)
		}
		if m.Status == "" {
			m.Status = StatusHeld
			if !m.Date.IsZero() && !pub.IsZero() && pub.Before(m.Date) && !m.Date.Compatible(pub) {
				m.Status = StatusPlanned
			}
		}
		switch {
		case m.Format != "" && m.Format != FormatUnknown:
		case m.faceToFace && m.Status != StatusPlanned:
			// "التقى X Y"; a plan to meet ("على أن يلتقي كبيرا المفاوضين
			// السبت") says nothing of how: the channel's format is inherited
			m.Format = FormatDirect
		}
		if m.Format == "" {
			m.Format = FormatUnknown
		}
		if slices.Contains(m.Parties, m.Venue) {
			m.Venue = "" // "وزراء الخارجية في مصر والسودان": the sides' own countries
		}
		if m.MultiDay && m.Date.Precision() == article.PrecisionDay {
			// a round over several days is dated to its month, or to its
			// year when it began in another month
			m.Day, m.Date = m.Date, m.Date.Truncate(article.PrecisionMonth)
			if began := m.Began; !began.IsZero() && began.Year == m.Day.Year && began.Month != m.Day.Month && began.Before(m.Day) {
				m.Date = m.Day.Truncate(article.PrecisionYear)
			}
		}
		if m.Date.IsZero() && !pub.IsZero() {
			m.Date = pub.Truncate(article.PrecisionYear)
			m.DateFromPublication = true
		}
		m.Confidence = confidence(m)
		sort.Slice(m.Participants, func(i, j int) bool { return m.Participants[i].PersonID < m.Participants[j].PersonID })
		sort.Strings(m.Mediators)
		sort.Strings(m.Topics)
		out = append(out, *m)
	}
	return out
}

// dateline returns the place of the article's dateline — a city opening
// one of its first three sentences, followed by a dash or a parenthesis
// ("واشنطن – …", "الدوحة (أ ف ب) - …") — and that sentence; "" when there
// is none.
func (s *scan) dateline() (string, int) {
	toks := s.in.Tokens
	for i := range toks {
		if toks[i].Sentence > 2 {
			break
		}
		if i > 0 && toks[i-1].Sentence == toks[i].Sentence {
			continue // only the first word of a sentence
		}
		m, ok := s.mentionAt(i)
		if !ok || m.TokStart != i || m.TokEnd >= len(toks) || toks[m.TokEnd].Sentence != toks[i].Sentence {
			continue
		}
		place := ""
		switch {
		case m.Label == schema.LabelVenue:
			place = m.EntityID
		case m.Label == schema.LabelCountry && m.Kind == entities.KindMetonym:
			place = s.capitalVenue(m)
		}
		if place == "" || !strings.HasPrefix(place, "venue:") {
			continue
		}
		if s.datelineAt(m) {
			return place, toks[i].Sentence
		}
	}
	return "", -1
}

// reportedSpeech reports whether sentence si reports what someone said
// ("أعلن … أن محادثات جرت"): the reporter's place is then not the
// meeting's.
func (s *scan) reportedSpeech(si int) bool {
	a, e := s.sentenceRange(si)
	for i := max(a, 0); i < e; i++ {
		if s.words[i].in(s.x.lex.reporting) || s.complementizer(i) {
			return true
		}
	}
	return false
}

// datelineAt reports whether a place mention is the article's dateline:
// it opens its sentence, a dash or a parenthesis after it.
func (s *scan) datelineAt(m entities.Mention) bool {
	toks := s.in.Tokens
	if m.TokStart > 0 && toks[m.TokStart-1].Sentence == toks[m.TokStart].Sentence || m.TokEnd >= len(toks) {
		return false
	}
	gap := strings.TrimSpace(s.in.Text[toks[m.TokEnd-1].End:toks[m.TokEnd].Start])
	r, _ := utf8.DecodeRuneInString(gap)
	return strings.ContainsRune("–—-(", r)
}

func confidence(m *Meeting) float64 {
	c := 0.55
	if !m.DateFromPublication {
		c += 0.15
	}
	if m.Venue != "" {
		c += 0.1
	}
	if len(m.Support["meeting"]) > 1 {
		c += 0.1
	}
	if c > 0.95 {
		c = 0.95
	}
	return math.Round(c*100) / 100
}

// isSeries reports whether the frame's trigger names a series of rounds
// ("جولات", "لقاءات", "خمسة عشر اجتماعاً"), which is no single meeting of
// its own.
func isSeries(s *scan, f *frame) bool {
	if !s.words[f.trig].in(s.x.lex.series) && !s.counted(f) {
		return false
	}
	// "خمس جولات …، كانت آخرها في نيسان 2022": the date is one round's
	for i := f.trig + 1; i < f.end; i++ {
		switch s.words[i].norm {
		case "اخرها", "واخرها", "اولها", "واولها", "احدثها":
			return false
		}
	}
	return true
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func sortedCopy(a []string) []string {
	out := append([]string(nil), a...)
	sort.Strings(out)
	return out
}
