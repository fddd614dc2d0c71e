package meetings

import (
	"slices"
	"sync"

	"github.com/negograph/negograph/internal/article"
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
	ms, _ := x.ExtractWithCues(in)
	return ms
}

// ExtractWithCues is Extract that also returns the article's place cues:
// the words no list knows that it names as places are named ("في X",
// "إلى X"), for the graph to recognise the places that another article
// of the corpus learnt from a meeting's frame (Meeting.Places).
func (x *Extractor) ExtractWithCues(in Input) ([]Meeting, []Place) {
	t, _ := x.tables.Get().(*tables)
	if t == nil {
		t = &tables{}
	}
	defer func() {
		clear(t.words) // do not keep this article's words alive
		x.tables.Put(t)
	}()
	s := x.newScan(in, t)
	b := &builder{s: s, frameTrig: -1, unrealSentence: -1}
	nSent := len(in.Sentences)
	for si := 0; si < nSent; si++ {
		fs := s.frames(si)
		if len(fs) > 0 && s.sportsSentence(si) {
			fs = nil // "منتخبا لبنان وسوريا يلتقيان ودياً": a match
		}
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
				b.noteChannel(sc.parties)
			}
		} else if !real {
			b.unrealSentence = si
		}
		if !real {
			// the round told before any side was named: the delegations
			// this sentence names ("وترأس وفد X …، فيما ترأس وفد Y …")
			b.pendingSides(si)
			// no meeting of its own: it may still tell of the current
			// one's mediators and people ("أنقرة مستعدة لمواصلة رعاية هذا
			// المسار حتى يفضي إلى لقاء على مستوى القادة")
			b.context(si)
		}
	}
	if ok, sides := s.suspendsTalks(); ok {
		// "أعلنت … تعليق المحادثات": the round planned ahead is put off —
		// of the talks the sentence names, when it names sides
		for _, m := range b.ms {
			if m.Status == StatusPlanned && (m.Date.IsZero() || !m.Date.Before(in.Published)) &&
				(len(sides) == 0 || slices.ContainsFunc(m.Parties, func(p string) bool { return sides[p] })) {
				m.Status = StatusPostponed
			}
		}
	}
	return b.finish(), s.placeCues()
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
	// named holds every pair of sides the article names together
	// (noteChannel), for splitSessionRounds.
	named [][]string
	// scene is the latest scene a sentence without a meeting set up.
	scene scene
	// unrealSentence is the latest sentence whose frames all were denied,
	// imagined or wished (no meeting), -1 before any.
	unrealSentence int
	// sidesOnly keeps participantsIn to the people of the parties.
	sidesOnly bool
	// frameTrig is the trigger of the frame whose people are read, -1
	// when the sentence has none.
	frameTrig int
}

func (b *builder) add(f *frame) {
	if f.kind == trigTravel {
		b.addVisit(f)
		return
	}
	b.receptionOfCurrent(f) // "استقبل X الوفدين السعودي والعماني": the round's sides and mediator
	if b.beganCurrent(f) {
		return // "وكانت المشاورات قد انطلقت يوم الأحد": the first day of the round
	}
	if b.movedHere(f) {
		return // "وكان الاجتماع مقرراً في أربيل …، قبل أن يُرجأ ويُنقل إلى بغداد": this round's plan
	}
	if len(f.parties) < 2 && (b.cur != nil || !f.date.IsZero() || len(b.pending) > 0) {
		// "وجمع اللقاء X بنظيره Y": a round being reported, or one dated
		// here; an undated one with no round before would take the next
		// frame's date
		b.s.gatheredParties(f)
		b.s.receivedInMeeting(f) // "استقبل X … Y، في اجتماع …"
	}
	b.s.dualPeopleSides(f) // "وعقد الرئيسان جلسة مباحثات": the two named before
	if len(f.parties) < 2 && len(b.channel) < 2 {
		// "وشارك في المباحثات X …، فيما مثّل Y …", with no sides named
		// before (those who take part in talks of known sides may
		// mediate them)
		b.s.tookPartSides(f)
	}
	if b.cur != nil && b.s.subjectChairs(f, b.cur.Parties) {
		// "X وY يديران المحادثات، التي جمعت الوفدين": those who run the
		// round mediate, their countries are no sides
		f.parties = slices.DeleteFunc(f.parties, func(p string) bool { return slices.Contains(f.mediators, p) })
	}
	if len(f.parties) < 2 && b.cur != nil {
		// "وافتتحه وزير الخارجية التركي X": the session named back
		if b.s.fillChair(f, f.pre, b.cur.Parties) {
			// "وترأس X الجلسة": the chair mediates, he is no side
			f.parties = slices.DeleteFunc(f.parties, func(p string) bool { return slices.Contains(f.mediators, p) })
		}
	}
	if len(f.parties) >= 2 && f.kind != trigContact {
		// the channel the article speaks of, even when this frame is denied
		b.channel = sortedCopy(f.parties)
		b.noteChannel(b.channel)
	}
	if !b.realis(f) || b.s.counted(f) && isSeries(b.s, f) && !b.s.singlesOut(f) || b.s.ownMeeting(f, b.channel) {
		// a denied or speculated meeting, a number of them ("عقد
		// الطرفان أكثر من خمسة عشر اجتماعاً") with none singled out, or
		// an organization's own ("الاتحاد الأوروبي في قمته")
		return
	}
	if len(f.parties) < 2 && len(b.channel) >= 2 && subset(f.parties, b.channel) && len(b.ms) == 0 &&
		(f.anaphoric || b.sceneBefore(f) && slices.Equal(b.scene.parties, b.channel)) &&
		f.kind != trigTravel && f.kind != trigContact && !isSeries(b.s, f) {
		// "الجانبين", "الوفدان" or no parties at all, with no round to point
		// back to: the sides named earlier in the article
		f.parties = append([]string(nil), b.anaphorSides(f, b.channel)...)
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
	if c := b.cur; c != nil && (b.s.continuation(f) || b.s.meetsAgain(f)) && len(f.parties) < 2 && f.ordinal == "" &&
		effective(c.Status) == StatusHeld && c.Date.Precision() == article.PrecisionDay &&
		f.date.Precision() == article.PrecisionDay && c.Date.Before(f.date) && dayGap(c.Date, f.date) <= 3 {
		// "أن تستكمل المفاوضات غدا وبعد غد": the round goes on for days;
		// its later days are no new meeting
		c.MultiDay = true
		f.date, f.future, f.status = article.Date{}, false, ""
	}
	if c := b.cur; c != nil && (f.anaphoric || b.s.dualPeopleSubject(f) != "") && subset(f.parties, c.Parties) && f.ordinal == "" &&
		f.kind == trigTalks && !f.prior && !f.background && !f.earlier && f.status == "" && (f.venue == "" || f.venue == c.Venue) &&
		effective(c.Status) == StatusHeld && c.Date.Precision() == article.PrecisionDay &&
		f.date.Precision() == article.PrecisionDay && f.date.Before(c.Date) && dayGap(f.date, c.Date) <= 3 {
		// "وقّع الزعيمان الاثنين … وعقد الزعيمان جلسة مباحثات مساء الأحد":
		// the same two met the days before; the round began then
		c.MultiDay = true
		if c.Began.IsZero() || f.date.Before(c.Began) {
			c.Began = f.date
		}
		f.date, f.future = article.Date{}, false
	}
	if c := b.cur; c != nil && b.s.continuesUntil(f) && len(f.parties) < 2 && f.ordinal == "" &&
		effective(c.Status) == StatusHeld && c.Date.Precision() == article.PrecisionDay &&
		(f.date.IsZero() || f.date.Precision() == article.PrecisionDay && dayGap(c.Date, f.date) <= 7 && dayGap(f.date, c.Date) <= 7) {
		// "المحادثات ستستمر حتى يوم الخميس": the round under way goes on;
		// the day named ends it
		c.MultiDay = true
		f.date, f.future, f.status = article.Date{}, false, ""
	}
	var target *Meeting
	if f.inherited && !f.item && b.last != nil && b.lastSentence == f.sentence && compatible(b.last, f) && !(f.prior && b.last == b.cur) {
		// the frame only repeats the previous one of its sentence — unless
		// it names the round before the one being reported ("جولة جديدة
		// …، مشيراً إلى أن الجولة السابقة التي انعقدت …")
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
	case f.theNew && b.cur != nil && len(f.parties) < 2 && (f.date.IsZero() || compatible(b.cur, f)):
		// "الجولة الجديدة تهدف إلى …" after the round is reported: that round
		target = b.cur
	case f.other && b.cur != nil && len(f.parties) < 2:
		target = b.newMeeting(f, b.cur.Parties)
	case f.since && f.first && len(f.parties) < 2:
		// "وهي الأولى منذ الجولة الثالثة التي احتضنتها مسقط في 26 أبريل":
		// the current round follows the one named.
		if h := b.firstSinceHolder(b.cur, f); h != nil && !f.date.IsZero() && h.After.IsZero() && b.s.firstBefore(f.trig, f.pre) {
			h.After = f.date
			h.Support["after"] = append(h.Support["after"], f.sentence)
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
	if c := b.cur; c != nil && c != target && f.prior && b.s.contrastBefore(f) {
		// "جرت الجلسات، على غرار الجولة الأولى، في …، حيث ترأس الوفد
		// X": the rest of the sentence tells of the round reported
		ce := b.s.clauseEnd(f.trig, f.end)
		if _, se := b.s.sentenceRange(f.sentence); se > ce {
			b.frameTrig = f.trig
			b.participantsIn(c, f.sentence, ce, se)
			b.frameTrig = -1
		}
	}
	if target == nil {
		return
	}
	b.merge(target, f)
	if c := b.cur; c != nil && c != target && target.Venue == "" && len(target.VenueCandidates) == 0 && c.Venue != "" && b.s.samePlaceIn(f) {
		// "على عقد الاجتماع المقبل … في المكان نفسه": where the round
		// being reported was held
		target.Venue, target.venueCountry = c.Venue, c.venueCountry
		target.Places = append(target.Places, c.Places...)
		target.Support["venue:"+c.Venue] = append(target.Support["venue:"+c.Venue], f.sentence)
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
	b.frameTrig = f.trig
	defer func() { b.frameTrig = -1 }()
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
		b.dualPeopleBefore(target, f)
	}
	if !f.background && !f.item && target.Kind != "visit" && (len(f.parties) >= 2 || f.anaphoric || len(f.parties) == 0) &&
		(b.cur == nil || f.first || b.curSentence != f.sentence) {
		// the first round a sentence reports is its main one
		b.cur, b.curSentence = target, f.sentence
		for _, pf := range b.pending {
			switch {
			case pf.other && target.Kind == "talks" && subset(pf.parties, target.Parties):
				// "… ويعلن لقاءً جديداً في يوليو" in the headline: the
				// channel's next round, not the one the article reports
				b.merge(b.newMeeting(pf, target.Parties), pf)
			case compatible(target, pf) && subset(pf.parties, target.Parties) && target.Kind == "talks":
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

// sceneBefore reports whether the latest scene was set in the sentence
// before f's, or two before when the sentence between told of no meeting
// that happened ("…، وأن المحادثات قد تستأنف"): the round f tells of
// still stands in it.
func (b *builder) sceneBefore(f *frame) bool {
	return b.scene.parties != nil && (b.scene.sentence == f.sentence-1 || b.scene.sentence == f.sentence-2 && b.unrealSentence == f.sentence-1)
}
