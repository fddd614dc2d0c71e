package meetings

import (
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/negograph/negograph/article"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// Extractor finds meetings in analysed articles. It is immutable once built
// (it only lends scratch buffers from a pool) and safe for concurrent use.
type Extractor struct {
	lex     lexicon
	world   World
	capital func(countryID string) string
	// tables recycles the per-token tables of Extract (*tables), which
	// never leave it.
	tables sync.Pool
}

// New returns an extractor. world gives the countries of known people and
// places; capital, when not nil, returns a country's capital venue id (used
// when a capital written for its government follows "في" or "إلى").
func New(world World, capital func(countryID string) string) *Extractor {
	return &Extractor{lex: newLexicon(), world: world, capital: capital}
}

// Extract returns the meetings the article reports, in order of first
// report. Each report of the same round within the article is folded into
// one meeting.
func (x *Extractor) Extract(in Input) []Meeting {
	t, _ := x.tables.Get().(*tables)
	if t == nil {
		t = &tables{}
	}
	defer func() {
		clear(t.words) // do not keep this article's words alive
		x.tables.Put(t)
	}()
	s := x.newScan(in, t)
	b := &builder{s: s}
	nSent := len(in.Sentences)
	for si := 0; si < nSent; si++ {
		fs := s.frames(si)
		real := false
		for n, f := range fs {
			if !f.item && n+1 < len(fs) && fs[n+1].item {
				continue // "ثلاث جولات: الأولى …، والثانية …": the items are the rounds
			}
			if b.realis(f) {
				real = true
			}
			b.add(f)
		}
		if len(fs) == 0 {
			if sc, ok := s.sceneIn(si); ok {
				b.channel, b.scene = sc.parties, sc
			}
		}
		if !real {
			// no meeting of its own: it may still tell of the current
			// one's mediators and people ("أنقرة مستعدة لمواصلة رعاية هذا
			// المسار حتى يفضي إلى لقاء على مستوى القادة")
			b.context(si)
		}
	}
	return b.finish()
}

type builder struct {
	s   *scan
	ms  []*Meeting
	cur *Meeting
	// pending are frames read before any meeting was found.
	pending []*frame
	// curSentence is the sentence that made cur current.
	curSentence int
	// last is the meeting of the previous frame, in sentence lastSentence.
	last         *Meeting
	lastSentence int
	// channel is the latest set of two or more sides the article named, in
	// a frame (real or not) or in a sentence without one ("العلاقات بين
	// السعودية وإيران"): what "الجانبان" and "الوفدان" point back to.
	channel []string
	// scene is the latest scene a sentence without a meeting set up.
	scene scene
	// sidesOnly keeps participantsIn to the people of the parties.
	sidesOnly bool
}

func (b *builder) add(f *frame) {
	if f.kind == trigTravel {
		b.addVisit(f)
		return
	}
	if os.Getenv("NG_DEBUG") != "" {
		a, e := b.s.sentenceRange(f.sentence)
		fmt.Fprintf(os.Stderr, "  | %s\n", b.s.in.Text[b.s.in.Tokens[a].Start:b.s.in.Tokens[e-1].End])
		fmt.Fprintf(os.Stderr, "frame s%d %q kind=%d mood=%d parties=%v date=%v venue=%s status=%s anaph=%v bg=%v med=%v\n", f.sentence, b.s.words[f.trig].norm, f.kind, f.mood, f.parties, f.date, f.venue, f.status, f.anaphoric, f.background, f.mediators)
	}
	if len(f.parties) >= 2 && f.kind != trigContact {
		// the channel the article speaks of, even when this frame is denied
		b.channel = sortedCopy(f.parties)
	}
	if !b.realis(f) {
		return
	}
	if len(f.parties) < 2 && len(b.channel) >= 2 && subset(f.parties, b.channel) && len(b.ms) == 0 &&
		(f.anaphoric || b.scene.sentence == f.sentence-1 && slices.Equal(b.scene.parties, b.channel)) &&
		f.kind != trigTravel && f.kind != trigContact && !isSeries(b.s, f) {
		// "الجانبين", "الوفدان" or no parties at all, with no round to point
		// back to: the sides named earlier in the article
		f.parties = append([]string(nil), b.channel...)
		f.anaphoric = false
		if sc := b.scene; sc.sentence == f.sentence-1 && slices.Equal(sc.parties, b.channel) {
			// the scene set in the sentence before: its day and place
			if f.date.IsZero() {
				f.date = sc.date
			}
			if f.venue == "" && len(f.candidates) == 0 {
				f.venue = sc.venue
				f.venueCountry = b.s.placeCountry(sc.venue)
			}
		}
	}
	var target *Meeting
	if f.inherited && !f.item && b.last != nil && b.lastSentence == f.sentence && compatible(b.last, f) {
		// the frame only repeats the previous one of its sentence
		target = b.last
	}
	switch {
	case target != nil:
	case f.item:
		// one round of an enumeration: never a reference to the current one
		parties := f.parties
		if len(parties) < 2 && b.cur != nil {
			parties = b.cur.Parties
		}
		if len(parties) < 2 {
			return
		}
		f.parties = parties
		if target = b.sameRound(f); target == nil {
			target = b.newMeeting(f, parties)
		}
	case f.other && b.cur != nil && len(f.parties) < 2:
		target = b.newMeeting(f, b.cur.Parties)
	case f.since && f.first && len(f.parties) < 2:
		// "وهي الأولى منذ الجولة الثالثة التي احتضنتها مسقط في 26 أبريل":
		// the current round follows the one named.
		if b.cur != nil && !f.date.IsZero() && b.cur.After.IsZero() && b.s.firstBefore(f.trig, f.pre) {
			b.cur.After = f.date
			b.cur.Support["after"] = append(b.cur.Support["after"], f.sentence)
		}
		target = b.channelRound(f)
	case f.prior && len(f.parties) < 2 && b.cur != nil:
		target = b.earlierRound(f)
	case f.background && len(f.parties) < 2:
		target = b.channelRound(f)
		if target == nil && f.date.IsZero() && b.cur != nil && compatible(b.cur, f) && !f.since && f.ordinal == "" && f.kind == trigTalks {
			// "وكانت اللقاءات قد عُقدت في القاهرة على مدى يومين": the
			// round being reported, told again
			target = b.cur
		}
	case f.anaphoric || len(f.parties) < 2:
		target = b.reference(f)
		switch {
		case target != nil:
		case len(f.parties) >= 2:
			target = b.newMeeting(f, f.parties)
		case b.cur == nil && len(b.ms) == 0 && !f.background && f.kind != trigContact:
			// a headline "جولة خامسة في روما" before any round is named:
			// it describes the first round the article reports
			b.pending = append(b.pending, f)
			return
		default:
			target = b.channelRound(f)
		}
	case b.sideOfCurrent(f):
		// "سافر ماكغورك إلى مسقط للتباحث مع المسؤولين العمانيين" during
		// indirect talks there: the host or mediator's part in the round.
		target = b.cur
	default:
		if !f.other {
			target = b.sameRound(f)
		}
		if target == nil {
			target = b.newMeeting(f, f.parties)
		}
	}
	if target == nil {
		return
	}
	b.merge(target, f)
	if os.Getenv("NG_DEBUG") != "" {
		fmt.Fprintf(os.Stderr, "   -> meeting %p %v %s\n", target, target.Date, target.Venue)
	}
	for _, p := range f.travellers {
		// the travellers of a trip made for these talks sit in them
		side := f.travellerOrg
		if side == "" {
			side = b.s.personCountry(p)
		}
		if slices.Contains(target.Parties, side) {
			b.addParticipant(target, p, side, f.sentence)
		}
	}
	b.last, b.lastSentence = target, f.sentence
	if f.when {
		// "… عندما عقدت مفاوضات مماثلة": only the frame's own words
		b.participantsIn(target, f.sentence, f.trig, f.end)
	} else if f.prior {
		// "على خلاف الجولة الأولى التي …، حضر عراقجي اللقاء": only the
		// earlier round's own clause
		b.participantsIn(target, f.sentence, f.trig, b.s.clauseEnd(f.trig, f.end))
	} else if f.background {
		b.participantsIn(target, f.sentence, f.pre, f.end)
	} else {
		b.participants(target, f.sentence, f.pre, f.end)
	}
	if !f.background && !f.item && target.Kind != "visit" && (len(f.parties) >= 2 || f.anaphoric || len(f.parties) == 0) &&
		(b.cur == nil || f.first || b.curSentence != f.sentence) {
		// the first round a sentence reports is its main one
		b.cur, b.curSentence = target, f.sentence
		for _, pf := range b.pending {
			if compatible(target, pf) && subset(pf.parties, target.Parties) && target.Kind == "talks" {
				b.merge(target, pf)
			}
		}
		b.pending = nil
	}
}

// realis reports whether a frame reports a meeting that took place or is
// planned: denied, speculated and merely wished-for meetings are none, but
// a wish with a day of its own is an announced plan ("دعت … إلى اجتماع في
// كينشاسا يوم السبت").
func (b *builder) realis(f *frame) bool {
	switch f.mood {
	case moodReal:
		return true
	case moodWished:
		return f.date.Precision() >= article.PrecisionDay && !f.dateInherited
	case moodPending:
		return f.status == StatusCancelled || f.status == StatusPostponed // "قبل أن تُلغى الجولة"
	}
	return false
}

// channelRound places a background or unmatched frame with a date of its
// own (at least the month) on the channel being reported: an existing round
// with a compatible date, or a new round of the latest meeting of the same
// kind. A series ("جولات") or an undated frame makes nothing.
func (b *builder) channelRound(f *frame) *Meeting {
	if f.date.Precision() < article.PrecisionMonth || f.dateInherited || isSeries(b.s, f) {
		return nil
	}
	var base *Meeting
	for i := len(b.ms) - 1; i >= 0; i-- {
		m := b.ms[i]
		if m.Kind == f.kind.kindName() && subset(f.parties, m.Parties) {
			base = m
			break
		}
	}
	if base == nil {
		base = b.cur
	}
	if base == nil || !subset(f.parties, base.Parties) {
		return nil
	}
	for _, m := range b.ms {
		if slices.Equal(m.Parties, base.Parties) && !m.Date.IsZero() && m.Date.Precision() >= article.PrecisionMonth && compatible(m, f) &&
			effective(f.status) == effective(m.Status) {
			return m
		}
	}
	return b.newMeeting(f, base.Parties)
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
	if !f.date.IsZero() && !m.Date.IsZero() && !f.date.Compatible(m.Date) {
		return false
	}
	if f.venue != "" && m.Venue != "" && !venueCompatible(f.venue, m.Venue, f.venueCountry, m.venueCountry) && !slices.Contains(m.VenueCandidates, f.venue) {
		return false
	}
	return true
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
		}
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
	m.faceToFace = m.faceToFace || f.faceToFace
	m.Brokered = m.Brokered || (f.brokered && len(f.mediators) > 0)
	if m.Ordinal == "" {
		m.Ordinal = f.ordinal
	}
	for _, t := range f.topics {
		m.Topics = appendUnique(m.Topics, t)
	}
	if !f.after.IsZero() && m.After.IsZero() {
		m.After = f.after
		support("after")
	}
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
	if b.cur != nil && compatible(b.cur, f) {
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
		if len(f.parties) > 0 && subset(f.parties, b.cur.Parties) {
			// "وصل وفد إيراني إلى مسقط، وكان من بين أعضائه …"
			b.participants(b.cur, f.sentence, f.pre, f.end)
		}
	}
	if f.dest == "" {
		f.dest = f.venue // "وصل …، مساء الثلاثاء، إلى طهران": found as the place
	}
	if len(f.travellers) == 0 || f.dest == "" {
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

// placeCountry returns the country of a place id (itself for a country).
func (s *scan) placeCountry(id string) string {
	if e, ok := s.in.Entities[id]; ok {
		if e.Label == schema.LabelCountry {
			return id
		}
		if e.Country != "" {
			return e.Country
		}
	}
	if s.x.world != nil {
		return s.x.world.CountryOf(id)
	}
	return ""
}

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
		if s.words[i].in(lex.mediation) || s.words[i].in(lex.partCue) || s.words[i].in(lex.messages) {
			cue = true
			break
		}
	}
	if !cue {
		return
	}
	f := &frame{trig: a, pre: a, end: e, sentence: si}
	s.fillMediation(f, a)
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
		if m.Label == schema.LabelVenue || m.Label == schema.LabelOrganization {
			p = "" // places and outlets do not make a sentence foreign
		}
		switch {
		case p == "":
		case slices.Contains(b.cur.Parties, p) || slices.Contains(b.cur.Mediators, p):
			ours = true
		case slices.Contains(f.mediators, p):
		case m.Label == schema.LabelCountry && (m.Kind == entities.KindName || m.Kind == entities.KindMetonym):
			// another country named outright: the sentence may be about
			// another channel ("نظيره المصري" beside the speaker is not)
			foreign = true
		}
	}
	if !ours || foreign {
		return
	}
	for i := a; i < e; i++ {
		if s.words[i].in(lex.shuttle) {
			f.format = FormatIndirect
		}
	}
	if len(f.mediators) > 0 || f.format != "" {
		b.merge(b.cur, f)
	}
	if os.Getenv("NG_DEBUG") != "" {
		fmt.Fprintf(os.Stderr, "  context s%d -> meeting %p %v\n", si, b.cur, b.cur.Date)
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
		if s.possessed(i) || s.spokesperson(mm) || s.proposer(mm) {
			continue
		}
		c := s.personCountry(mm.EntityID)
		if d := s.delegationSide(mm); d != "" && (c == "" || slices.Contains(m.Parties, d)) {
			c = d // "وترأس الوفد الأوكراني وزير الدفاع رستم عمروف"
		}
		switch {
		case slices.Contains(m.Parties, c):
			b.addParticipant(m, mm.EntityID, c, si)
		case slices.Contains(m.Mediators, c) && !s.speaker(mm, e) && (!b.sidesOnly || s.hostPerson(mm)):
			// a mediator's official who only comments ("وقال وزير الخارجية
			// التركي إن الجولة …") is no mediator of the round
			b.addParticipant(m, mm.EntityID, SideMediator, si)
		}
	}
}

// possessed reports whether the person at token i only qualifies a noun
// before it: "مستشار الرئيس الأميركي، جو بايدن", "إدارة بايدن".
func (s *scan) possessed(i int) bool {
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

// foldMediatorSessions folds a mediator's session with one side into the
// round between the sides that it mediates: "التقى رئيس الوزراء القطري وفد
// حماس، ثم اجتمع بالوفد الإسرائيلي … ضمن المفاوضات بين إسرائيل وحماس
// التي تتوسط فيها قطر". The mediator stays out of the channel; the
// session's day, place and people go to the round.
func (b *builder) foldMediatorSessions() {
	kept := b.ms[:0]
	for _, m := range b.ms {
		if into := b.roundMediatedBy(m); into != nil {
			if into.Date.IsZero() || m.Date.Compatible(into.Date) && m.Date.Precision() > into.Date.Precision() {
				into.Date = m.Date
			}
			if into.Venue == "" && len(into.VenueCandidates) == 0 {
				into.Venue, into.venueCountry = m.Venue, m.venueCountry
			}
			for _, p := range m.Participants {
				side := p.Side
				if slices.Contains(into.Mediators, side) {
					side = SideMediator
				}
				for _, si := range m.Support["participant:"+p.PersonID] {
					b.addParticipant(into, p.PersonID, side, si)
				}
			}
			for k, v := range m.Support {
				if !strings.HasPrefix(k, "party:") {
					into.Support[k] = append(into.Support[k], v...)
				}
			}
			continue
		}
		kept = append(kept, m)
	}
	b.ms = kept
}

// roundMediatedBy returns the round of the article that a two-sided
// meeting is a mediator's session of: its sides are one mediator and one
// party of that round, and nothing in it contradicts the round.
func (b *builder) roundMediatedBy(m *Meeting) *Meeting {
	if len(m.Parties) != 2 || m.Kind == "contact" {
		return nil
	}
	for _, r := range b.ms {
		if r == m || len(r.Parties) < 2 || r.Kind != "talks" || effective(r.Status) != effective(m.Status) {
			continue
		}
		a, c := m.Parties[0], m.Parties[1]
		if !(slices.Contains(r.Mediators, a) && slices.Contains(r.Parties, c) || slices.Contains(r.Mediators, c) && slices.Contains(r.Parties, a)) {
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
	for _, p := range procs {
		for _, m := range b.ms {
			if !slices.Equal(m.Parties, p.Parties) || m.Kind != "talks" {
				continue
			}
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
	b.foldMediatorSessions()
	b.dropProcesses()
	pub := b.s.in.Published
	out := make([]Meeting, 0, len(b.ms))
	for _, m := range b.ms {
		if len(m.Parties) < 2 {
			continue
		}
		if m.Status == "" {
			m.Status = StatusHeld
			if !m.Date.IsZero() && !pub.IsZero() && pub.Before(m.Date) && !m.Date.Compatible(pub) {
				m.Status = StatusPlanned
			}
		}
		switch {
		case m.Format != "" && m.Format != FormatUnknown:
		case m.faceToFace && len(m.Mediators) == 0:
			m.Format = FormatDirect // "التقى X Y"
		}
		if m.Format == "" {
			m.Format = FormatUnknown
		}
		if slices.Contains(m.Parties, m.Venue) {
			m.Venue = "" // "وزراء الخارجية في مصر والسودان": the sides' own countries
		}
		if m.MultiDay && m.Date.Precision() == article.PrecisionDay {
			// a round over several days is dated to its month
			m.Day, m.Date = m.Date, m.Date.Truncate(article.PrecisionMonth)
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

// s_series reports whether the frame's trigger names a series of rounds
// ("جولات", "لقاءات"), which is no single meeting of its own.
func isSeries(s *scan, f *frame) bool {
	if !s.words[f.trig].in(s.x.lex.series) {
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
