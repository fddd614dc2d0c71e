package meetings

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/negograph/negograph/article"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// frame is what one trigger word and the words around it say about a
// meeting, before frames are folded into meetings.
type frame struct {
	kind trigKind
	// mood says whether the clause reports the event as real.
	mood mood
	// multiDay marks a frame that says the event lasted several days.
	multiDay bool
	// subject is the side of the subject of a meeting verb, if found.
	subject string
	// prior marks "the previous round": an earlier round of the channel.
	prior     bool
	trig      int // trigger token
	pre, end  int // [pre, trig) words before it in its clause, [trig, end) its window
	sentence  int
	parties   []string
	anaphoric bool
	// other marks "another round": a new meeting of the current channel.
	other bool
	// background marks a frame that only dates another event ("when the
	// talks took place") or recalls "the last talks": it never becomes the
	// current meeting.
	background bool
	// inherited marks parties taken from the previous frame of the sentence.
	inherited bool
	// item marks one round of an enumeration ("والثانية في روما يوم 19 أبريل").
	item bool
	// since marks a round introduced by منذ: the previous frame follows it.
	since bool
	// dateInherited marks a date taken from the previous frame.
	dateInherited bool
	// claimed is the first token after the dates the previous frame of the
	// sentence took: dates before it are not this frame's.
	claimed int
	// dateEnd is the token after the date the frame took from the text.
	dateEnd int
	// first marks the first frame of its sentence.
	first bool
	// faceToFace marks a meeting verb ("التقى", "اجتمع").
	faceToFace bool
	// travellerOrg is the organization a traveller's title names.
	travellerOrg string
	// brokered marks a mediation cue (وساطة، وسطاء), as opposed to a sponsor.
	brokered bool
	// medLate marks a mediation cue after the clause of the trigger: it may
	// describe the sentence's main round.
	medLate bool
	// ordinal is the rank the text gives the round ("الرابعه"), if any.
	ordinal string
	// when marks a frame inside "عندما …": it takes the date before it.
	when bool
	// earlier marks a pluperfect report of an earlier round.
	earlier      bool
	mediators    []string
	medPersons   []string
	venue        string
	venueCountry string
	candidates   []string
	date         article.Date
	future       bool
	after        article.Date
	status       string
	format       string
	secret       bool
	topics       []string
	travellers   []string
	dest         string
}

// scan holds one article's words and mentions for frame building.
type scan struct {
	x     *Extractor
	in    Input
	words []word
	// mAt maps a token to the index of the mention covering it, or -1.
	mAt []int
	// ordinal marks ordinals that open an item of an enumeration of
	// rounds: "… ثلاث جولات: الأولى في مسقط يوم 12 أبريل، والثانية في روما …".
	ordinal map[int]bool
	// trig is each token's trigger kind; inDate marks tokens of dates;
	// sentA and sentB are each sentence's token range.
	trig         []trigKind
	inDate       []bool
	sentA, sentB []int
}

// tables are the per-token tables of a scan, kept between articles so that
// their memory is reused.
type tables struct {
	words  []word
	mAt    []int
	trig   []trigKind
	inDate []bool
}

// sized returns s with length n, all zero, reusing its memory when it can.
func sized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// newScan prepares the scan of an article, building its tables in t.
func (x *Extractor) newScan(in Input, t *tables) *scan {
	n := len(in.Tokens)
	t.words = readWords(t.words[:0], in.Tokens, &x.lex)
	t.mAt, t.trig, t.inDate = sized(t.mAt, n), sized(t.trig, n), sized(t.inDate, n)
	s := &scan{x: x, in: in, words: t.words, mAt: t.mAt, trig: t.trig, inDate: t.inDate}
	for i := range s.mAt {
		s.mAt[i] = -1
	}
	lastOrg := -1 // the token after the latest organization mention
	for mi, m := range in.Mentions {
		if m.Kind == entities.KindAdjective && m.TokStart == lastOrg {
			// "حركة طالبان الأفغانية": the adjective qualifies the
			// organization; it names no side of its own
			continue
		}
		if m.Label == schema.LabelOrganization {
			lastOrg = m.TokEnd
			if m.TokStart > 0 && isSeat(in.Tokens[m.TokStart-1].Norm) {
				continue // "في مقر اليونيفيل": a place, not a side
			}
		}
		for t := m.TokStart; t < m.TokEnd && t < len(s.mAt); t++ {
			s.mAt[t] = mi
		}
	}
	// per-token and per-sentence tables, so that frame building is linear
	for i, w := range s.words {
		s.trig[i] = w.trig
		if s.trig[i] == 0 && s.concludedAgreement(i) {
			s.trig[i] = trigAgreement
		}
	}
	for _, d := range in.Dates {
		for t := d.TokStart; t < d.TokEnd && t < len(s.inDate); t++ {
			if t >= 0 {
				s.inDate[t] = true
			}
		}
	}
	s.sentA = make([]int, len(in.Sentences))
	s.sentB = make([]int, len(in.Sentences))
	for i := range s.sentA {
		s.sentA[i], s.sentB[i] = -1, -1
	}
	for i, t := range in.Tokens {
		if t.Sentence < 0 || t.Sentence >= len(s.sentA) {
			continue
		}
		if s.sentA[t.Sentence] < 0 {
			s.sentA[t.Sentence] = i
		}
		s.sentB[t.Sentence] = i + 1
	}
	return s
}

// mentionAt returns the mention starting at or covering token i.
func (s *scan) mentionAt(i int) (entities.Mention, bool) {
	if i < 0 || i >= len(s.mAt) || s.mAt[i] < 0 {
		return entities.Mention{}, false
	}
	return s.in.Mentions[s.mAt[i]], true
}

// partyOf returns the country or organization a mention stands for as a
// negotiating side: a country (named, adjective or capital metonym), an
// organization, or a person's country. Places are not parties.
func (s *scan) partyOf(m entities.Mention) string {
	switch m.Label {
	case schema.LabelCountry, schema.LabelOrganization:
		return m.EntityID
	case schema.LabelPerson:
		return s.personCountry(m.EntityID)
	}
	return ""
}

func (s *scan) personCountry(id string) string {
	if e, ok := s.in.Entities[id]; ok && e.Country != "" {
		return e.Country
	}
	if s.x.world != nil {
		return s.x.world.CountryOf(id)
	}
	return ""
}

// concludedAgreement reports whether token i is an agreement the text says
// was reached ("اتفاق تم في مارس", "الاتفاق الذي جرى التوصل إليه",
// "اتفاق القاهرة الموقع بين"), not one sought ("التوصل إلى اتفاق").
func (s *scan) concludedAgreement(i int) bool {
	w := s.words[i]
	if !(w.norm == "اتفاق" || w.norm == "الاتفاق" || w.norm == "اتفاقا" || w.norm == "باتفاق" || w.norm == "واتفاق" || w.norm == "والاتفاق") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "التوصل", "للتوصل", "يتوصل", "تتوصل", "نتوصل", "بلوغ", "لبلوغ", "ابرام", "لابرام", "لاتفاق":
			return false // "التوصل إلى اتفاق": sought, not reached
		}
	}
	for j := i + 1; j < len(s.words) && j <= i+4; j++ {
		if s.in.Tokens[j].Sentence != s.in.Tokens[i].Sentence {
			break
		}
		if s.words[j].in(s.x.lex.concluded) {
			return true
		}
	}
	return false
}

// sentenceRange returns the token range of sentence si.
func (s *scan) sentenceRange(si int) (int, int) {
	if si < 0 || si >= len(s.sentA) {
		return -1, -1
	}
	return s.sentA[si], s.sentB[si]
}

// triggersIn returns the trigger tokens of [a, b) after removing generic,
// negated and adjacent repeated triggers.
func (s *scan) triggersIn(a, b int) []int {
	lex := &s.x.lex
	var out []int
	s.markOrdinals(a, b)
	for i := a; i < b; i++ {
		k := s.trigger(i)
		if s.ordinal[i] {
			out = append(out, i)
			continue
		}
		if k == 0 {
			continue
		}
		if s.mAt[i] >= 0 {
			continue // part of a name
		}
		if len(out) > 0 && i-out[len(out)-1] <= 3 && s.trigger(out[len(out)-1]) != trigTravel && k != trigTravel {
			continue
		}
		if i > a && s.words[i-1].in(lex.generic) && !s.futureDateNear(i, b) {
			continue // "استئناف المحادثات": talk about talks, unless dated ahead
		}
		if i > a && k != trigTravel && s.words[i-1].in(lex.negation) {
			continue
		}
		if i > a+1 && s.words[i-2].in(lex.negation) && k == trigMeetVerb {
			continue
		}
		if i+1 < b && s.words[i+1].in(lex.genericAfter) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// markOrdinals finds the ordinals of [a, b) that open an item of an
// enumeration of rounds: after a rounds noun earlier in the sentence, at the
// start of a clause, with a place or a date right after.
func (s *scan) markOrdinals(a, b int) {
	rounds := false
	for i := a; i < b; i++ {
		if k := s.trigger(i); k == trigTalks {
			rounds = true
			continue
		}
		if !rounds || !s.words[i].in(s.x.lex.ordinals) {
			continue
		}
		opens := strings.HasPrefix(s.words[i].norm, "و") || (i > a && strings.ContainsAny(s.in.Text[s.in.Tokens[i-1].End:s.in.Tokens[i].Start], ":،,"))
		if !opens {
			continue
		}
		for j := i + 1; j < b && j <= i+3; j++ {
			if s.words[j].exact(s.x.lex.in) || s.dateAt(j) {
				if s.ordinal == nil {
					s.ordinal = map[int]bool{}
				}
				s.ordinal[i] = true
				break
			}
		}
	}
}

func (s *scan) trigger(i int) trigKind {
	if s.ordinal[i] {
		return trigTalks
	}
	return s.trig[i]
}

// frames builds the frames of sentence si.
func (s *scan) frames(si int) []*frame {
	a, b := s.sentenceRange(si)
	if a < 0 {
		return nil
	}
	trigs := s.triggersIn(a, b)
	out := make([]*frame, 0, len(trigs))
	for n, t := range trigs {
		f := &frame{kind: s.trigger(t), trig: t, pre: a, end: b, sentence: si, item: s.ordinal[t], first: n == 0}
		if n > 0 {
			f.pre = trigs[n-1] + 1
			f.claimed = out[n-1].dateEnd
		}
		if n+1 < len(trigs) {
			f.end = trigs[n+1]
		}
		s.fill(f, a)
		f.mood = s.moodOf(f)
		f.multiDay = f.multiDay || s.multiDay(f.pre, f.end)
		if s.negatedHolding(f) {
			// "الجولة السادسة … لن تنعقد يوم الأحد": cancelled, not denied
			f.status, f.mood = StatusCancelled, moodReal
		}
		if f.kind == trigMeetVerb && len(f.parties) == 1 && n > 0 && out[n-1].kind == trigMeetVerb && out[n-1].subject != "" {
			// "التقى X وفد حماس، ثم اجتمع بالوفد الإسرائيلي": the same subject
			s.addParty(f, out[n-1].subject)
			f.subject = out[n-1].subject
		}
		if len(f.parties) == 0 && !f.anaphoric && n > 0 && f.kind != trigTravel && !out[n-1].prior && (len(out[n-1].parties) > 0 || out[n-1].anaphoric) {
			prev := out[n-1]
			f.parties = append([]string(nil), prev.parties...)
			f.anaphoric = prev.anaphoric
			f.inherited = true
		}
		if f.date.IsZero() && n > 0 && !f.item && !out[n-1].prior && (f.ordinal == "" || f.ordinal == out[n-1].ordinal) {
			// "الثانية … بعد أسبوع من الجولة الأولى": another rank, another date
			f.date, f.future = out[n-1].date, out[n-1].future
			f.dateInherited = !f.date.IsZero()
		}
		out = append(out, f)
	}
	// "وجاءت هذه الجولة بعد جولة روما، وتولى فيها البوسعيدي نقل الرسائل":
	// mediation told later in the sentence also describes its main round.
	if len(out) > 1 && !out[0].background && len(out[0].mediators) == 0 {
		for _, f := range out[1:] {
			if len(f.mediators) > 0 && !f.item && f.medLate {
				out[0].mediators = append([]string(nil), f.mediators...)
				out[0].medPersons = append([]string(nil), f.medPersons...)
				if out[0].format == "" {
					out[0].format = f.format
				}
				break
			}
		}
	}
	out = s.tripsForTalks(out)
	// "هي الأولى منذ الجولة الأخيرة في آب 2022": the frame before follows
	// the round named after منذ.
	for n := 1; n < len(out); n++ {
		if out[n].since && !out[n].date.IsZero() && out[n-1].after.IsZero() && s.firstBefore(out[n].trig, out[n-1].trig) {
			out[n-1].after = out[n].date
		}
	}
	// "آخر محادثات بين … هي المحادثات … في مايو": a frame that only names
	// the parties takes the date of the next frame that repeats them.
	for n := len(out) - 2; n >= 0; n-- {
		if out[n].background && out[n].date.IsZero() && !out[n+1].date.IsZero() && out[n+1].inherited && !out[n+1].background && !out[n+1].item {
			out[n].date, out[n].future = out[n+1].date, out[n+1].future
		}
	}
	return out
}

func (s *scan) fill(f *frame, sentStart int) {
	lex := &s.x.lex
	// "… الأولى منذ الجولة الأخيرة من مفاوضات فيينا": a round named as a
	// boundary is background.
	for i := f.trig - 1; i >= f.pre && i >= f.trig-2; i-- {
		if s.words[i].in(lex.since) {
			f.background, f.since = true, true
		}
		// "بعد الجولة التي احتضنتها مسقط": a round named as a reference point
		if (s.words[i].norm == "بعد" || s.words[i].norm == "قبل") && !f.first {
			f.background = true
		}
	}
	// Background: "عندما/حين …" just before, "آخر محادثات", or a
	// pluperfect "وكانت … أجرت محادثات".
	for i := f.trig - 1; i >= f.pre && i >= f.trig-4; i-- {
		switch {
		case s.words[i].in(lex.when) && i >= f.trig-3:
			f.background, f.when = true, true
		case s.words[i].norm == "اخر" || s.words[i].norm == "واخر":
			f.background = true
		case s.words[i].in(lex.was):
			f.background, f.earlier = true, true
		}
	}
	if f.kind == trigTravel {
		s.fillVisit(f)
	} else {
		s.fillParties(f)
	}
	s.fillMediation(f, sentStart)
	s.fillVenue(f)
	s.fillDate(f)
	s.fillManner(f)
	// "another round", "a new round": a new meeting of the channel; "the
	// fourth round" names which one.
	for i := f.trig + 1; i < f.end && i <= f.trig+3; i++ {
		if s.words[i].in(lex.other) {
			f.other = true
		}
		if i <= f.trig+2 && s.words[i].in(lex.prior) || s.contrastBefore(f) {
			// "الجولة السابقة التي عقدت في روما": an earlier round of the
			// channel, never the one being reported
			f.prior, f.background = true, true
		}
		if s.words[i].in(lex.ordinals) && i == f.trig+1 && f.ordinal == "" {
			// a copy: the meeting outlives the article's words
			var buf [maxForms]string
			forms := s.words[i].forms(&buf)
			f.ordinal = strings.Clone(forms[len(forms)-1])
		}
	}
}

// skipModifiers returns the first token at or after i that is not a
// modifier of the trigger noun.
func (s *scan) skipModifiers(i, end int) int {
	for i < end && s.mAt[i] < 0 && (s.words[i].in(s.x.lex.modifiers) || s.words[i].in(s.x.lex.ordinals) || s.trigger(i) == trigTalks) {
		i++
	}
	return i
}

func (s *scan) addParty(f *frame, id string) {
	if id == "" {
		return
	}
	for _, p := range f.parties {
		if p == id {
			return
		}
	}
	f.parties = append(f.parties, id)
}

func (s *scan) fillParties(f *frame) {
	lex := &s.x.lex
	// 1. "بين X و Y" within the window.
	for i := f.trig + 1; i < f.end && i <= f.trig+22; i++ {
		if i > f.trig+3 && s.trigger(i) != 0 {
			break // "… لاستئناف المفاوضات بين واشنطن وطهران" belongs to that noun
		}
		if s.words[i].in(lex.anaphor) && s.words[i].norm != "البلدان" {
			f.anaphoric = true
		}
		if !s.words[i].exact(lex.between) {
			continue
		}
		for j := i + 1; j < f.end && j <= i+12; j++ {
			if s.words[j].in(lex.anaphor) {
				// "جولات الحوار بين البلدين": the sides are the current
				// round's; countries "في استضافة" them are the hosts.
				f.anaphoric = true
				s.hostsBefore(f)
				return
			}
			if m, ok := s.mentionAt(j); ok {
				if !(m.Label == schema.LabelOrganization && s.inTitle(m)) {
					s.addParty(f, s.partyOf(m))
				}
				j = m.TokEnd - 1
			} else if s.listEnd(j) || (len(f.parties) >= 2 && s.words[j].norm != "و") {
				break // "بين عراقجي والبوسعيدي لبحث المقترح الأمريكي"
			}
			if commaBetween(s.in.Text, s.in.Tokens, j) && len(f.parties) >= 2 {
				break
			}
		}
		if len(f.parties) < 2 && s.placeAfterBetween(i, f.end) {
			// "الترتيبات الأمنية على الحدود بين غزة ومصر": places, not sides
			f.parties = nil
			continue
		}
		if len(f.parties) > 0 {
			// "العمانيون يجرون محادثات بين …": the subject of a verb of
			// conducting, outside the parties, mediates ("أعلنت الكويت
			// إلغاء الاجتماع بين …" only announces).
			conducts := false
			for j := f.trig - 1; j >= f.pre && j >= f.trig-3; j-- {
				if s.words[j].in(lex.conduct) {
					conducts = true
				}
			}
			for j := f.trig - 1; conducts && j >= f.pre && j >= f.trig-3; j-- {
				if m, ok := s.mentionAt(j); ok && m.Label != schema.LabelVenue && !s.governed(m) {
					if p := s.partyOf(m); p != "" && !slices.Contains(f.parties, p) {
						s.addMediator(f, m)
					}
					break
				}
			}
			return
		}
	}
	// 2. Adjectives right after the trigger: "محادثات أمريكية إيرانية", or
	// names in idafa: "محادثات واشنطن وطهران".
	for i := s.skipModifiers(f.trig+1, f.end); i < f.end; {
		m, ok := s.mentionAt(i)
		if !ok || m.Label != schema.LabelCountry || m.Prefix == "ب" || m.Prefix == "ل" {
			break
		}
		if m.Kind != entities.KindAdjective && len(f.parties) == 0 && f.kind == trigMeetVerb {
			break // "التقى إيران…" is not idafa
		}
		s.addParty(f, m.EntityID)
		i = s.skipModifiers(m.TokEnd, f.end)
	}
	if len(f.parties) >= 2 {
		return
	}
	// 2b. "اجتماعات وزراء خارجية كل من مصر والسودان وإثيوبيا".
	if len(f.parties) < 2 {
		if ps := s.eachOf(f.trig+1, f.end); len(ps) >= 2 {
			f.parties = ps
			return
		}
	}
	// 3. "مسؤولون أمريكيون وإيرانيون" around the trigger.
	from := f.pre
	if f.trig-12 > from {
		from = f.trig - 12
	}
	for i := from; i < f.end && i <= f.trig+6; i++ {
		if !s.words[i].in(lex.subjectNoun) {
			continue
		}
		var adj []string
		for j := i + 1; j < f.end; {
			m, ok := s.mentionAt(j)
			if !ok || m.Kind != entities.KindAdjective {
				break
			}
			adj = append(adj, m.EntityID)
			j = m.TokEnd
		}
		if len(adj) >= 2 {
			f.parties = nil
			for _, p := range adj {
				s.addParty(f, p)
			}
			return
		}
	}
	// 4. A subject before the trigger and the sides after "مع".
	// The subject may be coordinated: "الولايات المتحدة وإيران".
	var subjects []string
	appositionEnd := -1 // the token before a title skipped over
	for i := f.trig - 1; i >= f.pre && i >= f.trig-10; i-- {
		if len(subjects) == 0 && s.complementizer(i) {
			break // "قال الوزير التركي إن الجولة …": the speaker is no side
		}
		if len(subjects) == 0 && commaBetween(s.in.Text, s.in.Tokens, i) && i != appositionEnd {
			// the subject stands in the trigger's clause, or before a title
			// set off by commas: "عبدالعاطي، وزير الخارجية، أجرى"
			start, ok := s.apposition(i, f.pre)
			if !ok {
				break
			}
			i, appositionEnd = start, start-1
			continue
		}
		m, ok := s.mentionAt(i)
		if !ok || m.Kind == entities.KindAdjective {
			if len(subjects) > 0 {
				break
			}
			continue
		}
		p := s.partyOf(m)
		if p == "" || m.Label == schema.LabelOrganization || s.governed(m) || (m.TokStart > 0 && s.hostVerb(m.TokStart-1)) || s.hostAfter(m) {
			if len(subjects) > 0 {
				break
			}
			i = m.TokStart
			continue
		}
		subjects = append(subjects, p)
		i = m.TokStart
		if !strings.HasPrefix(m.Prefix, "و") {
			break
		}
	}
	subject := ""
	if len(subjects) > 0 {
		subject = subjects[0]
		for _, p := range subjects[1:] {
			s.addParty(f, p)
		}
	}
	if f.kind == trigMeetVerb || f.kind == trigContact {
		// "التقى عراقجي ويتكوف", "قد التقى عراقجي في طهران": the people right
		// after the verb are its subject or object.
		// Titles and adjectives may stand before each name: "التقى وزير
		// الخارجية الأردني أيمن الصفدي نظيره الإيراني عباس عراقجي".
		for i := f.trig + 1; i < f.end && i <= f.trig+22; i++ {
			m, ok := s.mentionAt(i)
			switch {
			case ok && m.Label == schema.LabelPerson && !s.governed(m):
				if subject == "" {
					subject = s.partyOf(m)
				} else {
					s.addParty(f, s.partyOf(m))
				}
				i = m.TokEnd - 1
				continue
			case ok && (m.Kind == entities.KindAdjective || m.Label == schema.LabelOrganization && s.inTitle(m)):
				i = m.TokEnd - 1 // "وزير الخارجية القطري", "رئيس مجلس الوزراء"
				continue
			case !ok && (s.words[i].in(lex.title) || s.words[i].in(lex.titleTail) || s.words[i].in(lex.phone) || s.words[i].in(lex.modifiers)):
				continue // "اتصالا هاتفيا بنظيره الإيراني عباس عراقجي"
			case !ok && (s.dateAt(i) || s.words[i].exact(lex.in) || s.words[i].in(lex.timeWord) || s.words[i].norm == "وقت" || s.words[i].norm == "لاحق"),
				ok && subject != "" && m.Label == schema.LabelVenue && s.afterIn(m):
				// "التقى … آل ثاني في الدوحة أمس الاثنين وفد حركة حماس"
				if ok {
					i = m.TokEnd - 1
				}
				continue
			case !ok && s.delegationWord(i):
				// "… وفد حركة حماس", "اجتمع بالوفد الإسرائيلي": a delegation
				// stands for its side
				if d, ok := s.mentionAt(i + 1); ok && (d.Kind == entities.KindAdjective || d.Label == schema.LabelOrganization || d.Label == schema.LabelCountry) {
					if p := s.partyOf(d); p != "" {
						if subject == "" && !strings.HasPrefix(s.words[i].norm, "ب") {
							subject = p
						} else {
							s.addParty(f, p)
						}
					}
					i = d.TokEnd - 1
					continue
				}
			}
			break
		}
	}
	var with []string
	for i := f.trig + 1; i < f.end && i <= f.trig+8; i++ {
		if !s.words[i].exact(lex.with) && !(len(s.words[i].norm) > 2 && s.words[i].norm == "ومع") {
			continue
		}
		for j := i + 1; j < f.end && j <= i+24; j++ {
			if s.listEnd(j) && (len(with) > 0 || !s.words[j].exact(lex.in)) {
				// "مع مسؤولة السياسة الخارجية في الاتحاد الأوروبي": before the
				// first counterpart, في belongs to a title
				break
			}
			if len(with) > 0 && commaBetween(s.in.Text, s.in.Tokens, j-1) && !strings.HasPrefix(s.words[j].norm, "و") && !s.words[j].in(lex.title) {
				// "مع نظيره العماني بدر البوسعيدي، تناول فيه …": the list is
				// over; an apposition ("، المبعوث الإيراني،") is not.
				break
			}
			if s.words[j].in(lex.mediatorNoun) {
				// "مع وسطاء عمانيين": mediators, not a side.
				if m, ok := s.mentionAt(j + 1); ok && m.Kind == entities.KindAdjective {
					f.mediators = appendUnique(f.mediators, m.EntityID)
					j = m.TokEnd
				}
				continue
			}
			if m, ok := s.mentionAt(j); ok {
				if p := s.partyOf(m); p != "" && !(m.Label == schema.LabelOrganization && s.inTitle(m)) {
					with = appendUnique(with, p)
				}
				j = m.TokEnd - 1
			}
		}
		break
	}
	if subject != "" && len(with) >= 2 && s.separately(f) {
		// "عقد وانغ يي لقاءات منفصلة مع شمخاني والعيبان": he meets each
		// side apart; they are the channel, he mediates
		f.mediators = appendUnique(f.mediators, subject)
		subject = ""
	}
	if subject != "" {
		s.addParty(f, subject)
		f.subject = subject
	}
	for _, p := range with {
		s.addParty(f, p)
	}
	if len(f.parties) == 1 && len(with) > 0 && subject == "" {
		// "أعلنت الخارجية الأمريكية أن الجولة المقبلة مع إيران …": the
		// announcing side is the other party.
		for i := f.pre; i < f.trig; i++ {
			m, ok := s.mentionAt(i)
			if ok && m.Kind == entities.KindAdjective && i > 0 && s.words[i-1].in(lex.sources) {
				continue // "مصادر مصرية" report, they are no side
			}
			if !ok || s.governed(m) || !(m.Label == schema.LabelCountry || m.Label == schema.LabelPerson && s.speaker(m, f.trig)) {
				continue
			}
			// "قال عراقجي إن جولة جديدة مع واشنطن …": the speaker's side
			if p := s.partyOf(m); p != "" && p != f.parties[0] && !slices.Contains(f.mediators, p) {
				s.addParty(f, p)
				break
			}
			i = m.TokEnd - 1
		}
	}
	if len(f.parties) == 0 && !f.anaphoric {
		// "أن الجانبين عقدا … جولة", "عقد الوفدان جولة": the sides are
		// the ones named before
		for i := f.trig - 1; i >= f.pre && i >= f.trig-4; i-- {
			if s.words[i].in(lex.anaphor) || s.words[i].norm == "الوفدان" || s.words[i].norm == "الوفدين" {
				f.anaphoric = true
				break
			}
		}
	}
	if len(f.parties) < 2 {
		// A lone adjective after the trigger names one side.
		if m, ok := s.mentionAt(s.skipModifiers(f.trig+1, f.end)); ok && m.Kind == entities.KindAdjective {
			s.addParty(f, m.EntityID)
		}
	}
}

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
			if m, ok := s.mentionAt(i + 1); ok && m.Kind == entities.KindAdjective {
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
	// Destination: after إلى, or the object of زار.
	for i := f.trig + 1; i < f.end && i <= f.trig+14; i++ {
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

// hostsBefore reads "الدور الذي أدته العراق وعمان في استضافة جولات …":
// countries right before a hosting noun are mediators.
func (s *scan) hostsBefore(f *frame) {
	i := f.trig - 1
	if i >= f.pre && s.hostVerb(i) {
		i--
	} else {
		return
	}
	if i >= f.pre && s.words[i].exact(s.x.lex.in) {
		i--
	}
	for ; i >= f.pre && i >= f.trig-8; i-- {
		m, ok := s.mentionAt(i)
		if !ok || m.Label != schema.LabelCountry {
			break
		}
		f.mediators = appendUnique(f.mediators, m.EntityID)
		i = m.TokStart
	}
}

// inTitle reports whether an organization is named inside a person's title
// ("أمين المجلس الأعلى للأمن القومي"): a title word stands within two words
// before it.
func (s *scan) inTitle(m entities.Mention) bool {
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-2; j-- {
		if s.words[j].in(s.x.lex.title) || s.words[j].norm == "امين" || s.words[j].norm == "وامين" {
			return true
		}
	}
	return false
}

// apposition reads backwards from token i (followed by a comma) a title set
// off by commas ("عبدالعاطي، وزير الخارجية، أجرى"); it returns the title's
// first token when the words back to the previous comma are all title words.
func (s *scan) apposition(i, min int) (int, bool) {
	for j := i; j >= min && j >= i-5; j-- {
		if !(s.words[j].in(s.x.lex.title) || s.words[j].in(s.x.lex.titleTail) || s.isAdjective(j)) {
			return 0, false
		}
		if j > min && commaBetween(s.in.Text, s.in.Tokens, j-1) {
			return j, true
		}
	}
	return 0, false
}

// tripsForTalks folds a trip into the talks it is made for: "وصل وفد
// سعودي إلى صنعاء لإجراء محادثات مع الحوثيين", "وصل روبيو ويرماك إلى جدة
// … للاجتماع". The travellers' sides join the talks' parties, the
// destination is their venue, and the trip makes no visit of its own.
func (s *scan) tripsForTalks(out []*frame) []*frame {
	kept := out[:0]
	for n := 0; n < len(out); n++ {
		t := out[n]
		if t.kind != trigTravel || n+1 >= len(out) || out[n+1].kind == trigTravel || out[n+1].kind == trigContact || !s.purposeOf(out[n+1]) {
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
		talks.faceToFace = true
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

// separately reports whether the frame's words say its meetings were held
// with each side apart: "لقاءات منفصلة", "كل على حدة", "على انفراد".
func (s *scan) separately(f *frame) bool {
	for i := f.trig; i < f.end && i <= f.trig+4; i++ {
		switch s.words[i].norm {
		case "منفصله", "منفصلين", "منفصلتين", "منفصلا", "انفراد", "حده", "منفردا", "منفرده":
			return true
		}
	}
	return false
}

// delegationWord reports whether token i is "وفد" in any of its forms
// ("الوفد", "بالوفد", "ووفد").
func (s *scan) delegationWord(i int) bool {
	n := s.words[i].norm
	if strings.HasPrefix(n, "وو") || strings.HasPrefix(n, "وال") || strings.HasPrefix(n, "وب") || strings.HasPrefix(n, "ول") {
		n = n[len("و"):]
	}
	switch n {
	case "وفد", "الوفد", "بالوفد", "بوفد", "للوفد", "لوفد":
		return true
	}
	return false
}

// contrastBefore reports whether the trigger opens a contrast: "على خلاف
// الجولة الأولى", "وعلى عكس الجولة السابقة", "بخلاف اللقاء الماضي". The
// round named is another one than the round being reported.
func (s *scan) contrastBefore(f *frame) bool {
	if f.trig < 1 {
		return false
	}
	w := strings.TrimPrefix(s.words[f.trig-1].norm, "و")
	switch w {
	case "بخلاف", "خلافا", "عكس", "خلاف", "مقارنه", "بعكس":
		return true
	}
	return false
}

// placeAfterBetween reports whether a place (a city or region) stands
// among the first words after "بين" at token i.
func (s *scan) placeAfterBetween(i, end int) bool {
	for j := i + 1; j < end && j <= i+4; j++ {
		if m, ok := s.mentionAt(j); ok && m.Label == schema.LabelVenue {
			return true
		}
	}
	return false
}

// listEnd reports whether token j ends a list of parties: a preposition,
// a time word, a purpose clause or a trigger.
func (s *scan) listEnd(j int) bool {
	w := s.words[j]
	return w.exact(s.x.lex.in) || w.norm == "وفي" || w.in(s.x.lex.to) || w.in(s.x.lex.listStop) || s.trigger(j) != 0 || s.dateAt(j)
}

// dateAt reports whether token j is part of a date expression.
func (s *scan) dateAt(j int) bool { return j >= 0 && j < len(s.inDate) && s.inDate[j] }

// governed reports whether a mention follows a preposition, so that it
// cannot be the subject of a verb.
func (s *scan) governed(m entities.Mention) bool {
	switch strings.TrimPrefix(strings.TrimPrefix(m.Prefix, "و"), "ف") {
	case "ب", "ل", "ك":
		return true
	}
	if m.TokStart == 0 {
		return false
	}
	w := s.words[m.TokStart-1]
	return w.in(s.x.lex.to) || w.exact(s.x.lex.in) || w.in(s.x.lex.preps)
}

// capitalVenue returns the place a metonymic capital mention names.
func (s *scan) capitalVenue(m entities.Mention) string {
	if s.x.capital != nil {
		if v := s.x.capital(m.EntityID); v != "" {
			return v
		}
	}
	return m.EntityID
}

// fillMediation reads "بوساطة عمانية", "برعاية صينية", "وسطاء عمانيون",
// "X تتوسط", and officials carrying messages.
func (s *scan) fillMediation(f *frame, sentStart int) {
	lex := &s.x.lex
	from := f.pre
	if f.trig-1 > from && len(s.x.lex.mediation.words) > 0 && f.pre == sentStart {
		from = sentStart
	}
	comma := f.end // the first comma after the trigger ends its own clause
	for i := f.trig; i < f.end; i++ {
		if commaBetween(s.in.Text, s.in.Tokens, i) {
			comma = i + 1
			break
		}
	}
	atComma := -1 // mediators found before the clause's comma
	defer func() {
		if atComma >= 0 && len(f.mediators) > atComma {
			f.medLate = true // a mediator told after the trigger's clause
		}
	}()
	for i := from; i < f.end; i++ {
		w := s.words[i]
		if i == comma {
			atComma = len(f.mediators)
		}
		switch {
		case w.in(lex.shuttle) || w.in(lex.mediateVerb):
			// "مسؤولو سلطنة عمان أجروا رحلات مكوكية", "عمان تتوسط": the
			// mediator, a country or a person, comes before.
			found := false
			if w.in(lex.mediateVerb) {
				// "التي تتوسط فيها قطر ومصر والولايات المتحدة": the
				// subject after the verb, coordinated
				found = s.mediatorsAfter(f, i+1)
			}
			for j := i - 1; !found && j >= from && j >= i-8; j-- {
				if m, ok := s.mentionAt(j); ok && (m.Label == schema.LabelCountry || m.Label == schema.LabelPerson) && !s.governed(m) {
					s.addMediator(f, m)
					break
				}
			}
		case w.in(lex.mediation):
			if !strings.Contains(w.norm, "رعايه") {
				f.brokered = true // a mediator, not a sponsor
			}
			// the mediator follows (بوساطة عمانية، وساطة سلطنة عمان) or precedes (عمان تتوسط).
			found := false
			for j := i + 1; j < f.end && j <= i+3; j++ {
				if m, ok := s.mentionAt(j); ok {
					s.addMediator(f, m)
					found = true
					// "بوساطة قطرية ومصرية", "بوساطة مصرية قطرية": coordinated mediators
					for k := m.TokEnd; k < f.end; {
						n, ok := s.mentionAt(k)
						if !ok || n.Label == schema.LabelVenue || !(strings.HasPrefix(n.Prefix, "و") || n.Kind == entities.KindAdjective && m.Kind == entities.KindAdjective) {
							break
						}
						s.addMediator(f, n)
						k = n.TokEnd
					}
					break
				}
			}
			if !found {
				for j := i - 1; j >= from && j >= i-3; j-- {
					if s.complementizer(j) {
						break // "قالت الخارجية القطرية إن الوسطاء …": the speaker
					}
					if m, ok := s.mentionAt(j); ok && m.Label != schema.LabelVenue {
						s.addMediator(f, m)
						break
					}
				}
			}
		case w.in(lex.carry):
			k := i + 1
			for k < f.end && k <= i+4 && !s.words[k].in(lex.messages) {
				k++
			}
			if k >= f.end || k > i+4 {
				continue
			}
			f.format = FormatIndirect
			found := false
			for j := i + 1; j < k; j++ {
				if m, ok := s.mentionAt(j); ok && m.Label != schema.LabelVenue {
					s.addMediator(f, m)
					found = true
				}
			}
			for j := i - 1; !found && j >= from && j >= i-5; j-- {
				if m, ok := s.mentionAt(j); ok && m.Label != schema.LabelVenue {
					s.addMediator(f, m)
					break
				}
			}
		}
	}
}

// mediatorsAfter reads the coordinated subject of a verb of mediating
// after it ("تتوسط فيها قطر ومصر"), skipping a pronoun-carrying
// preposition; it reports whether it found any.
func (s *scan) mediatorsAfter(f *frame, i int) bool {
	if i < len(s.words) {
		switch s.words[i].norm {
		case "فيها", "فيه", "بينهما", "بينها", "بينهم":
			i++
		}
	}
	found := false
	for i < len(s.words) && i < f.end+8 {
		m, ok := s.mentionAt(i)
		if !ok || m.Label == schema.LabelVenue || found && !strings.HasPrefix(m.Prefix, "و") {
			break
		}
		s.addMediator(f, m)
		found = true
		i = m.TokEnd
	}
	return found
}

func (s *scan) addMediator(f *frame, m entities.Mention) {
	if m.Label == schema.LabelOrganization && s.inTitle(m) {
		return // "وزير الخارجية القطري": the ministry names the person's office
	}
	switch m.Label {
	case schema.LabelPerson:
		f.medPersons = appendUnique(f.medPersons, m.EntityID)
		if c := s.personCountry(m.EntityID); c != "" {
			f.mediators = appendUnique(f.mediators, c)
		}
	case schema.LabelCountry, schema.LabelOrganization:
		f.mediators = appendUnique(f.mediators, m.EntityID)
	}
}

// fillVenue finds "في مسقط", "بمسقط", "إلى الدوحة" and hesitant
// "في مسقط أو الدوحة" in the frame's window (or, for the first frame of a
// sentence, just before the trigger).
func (s *scan) fillVenue(f *frame) {
	defer func() {
		if f.venue != "" {
			f.venueCountry = s.placeCountry(f.venue)
		}
	}()
	if f.kind == trigTravel && f.dest != "" {
		f.venue = f.dest
		return
	}
	if s.idafaVenue(f) || s.hostIn(f) || s.venueIn(f, f.trig+1, f.end) {
		return
	}
	if !f.first {
		return // the words before belong to the previous frame of the sentence
	}
	// before the trigger, only in its own clause: "وفي طهران، لم تؤكد … اللقاء"
	// is where the reaction came from; a clause of dates alone does not
	// count ("اختتمت في مسقط، اليوم الأحد 11 مايو، الجولة").
	from := f.pre
	for i := f.trig - 1; i >= f.pre; i-- {
		if commaBetween(s.in.Text, s.in.Tokens, i) && !s.onlyDates(i+1, f.trig) {
			from = i + 1
			break
		}
	}
	s.venueIn(f, from, f.trig)
}

// futureDateNear reports whether a date pointing after publication starts
// within six tokens after i (before b).
func (s *scan) futureDateNear(i, b int) bool {
	for _, d := range s.in.Dates {
		if d.Future && d.TokStart > i && d.TokStart <= i+9 && d.TokStart < b && !s.commaIn(i, d.TokStart) {
			return true
		}
	}
	return false
}

// onlyDates reports whether every token of [a, b) is part of a date or a
// time word (true for an empty range).
func (s *scan) onlyDates(a, b int) bool {
	for i := a; i < b; i++ {
		if !s.dateAt(i) && !s.words[i].in(s.x.lex.timeWord) {
			return false
		}
	}
	return true
}

// idafaVenue reads "مفاوضات فيينا", "محادثات مسقط": a city right after a
// talks noun is where they take place.
func (s *scan) idafaVenue(f *frame) bool {
	if f.kind != trigTalks {
		return false
	}
	i := s.skipModifiers(f.trig+1, f.end)
	if i != f.trig+1 && i != f.trig+2 {
		return false
	}
	m, ok := s.mentionAt(i)
	if !ok || m.TokStart != i || m.Label != schema.LabelVenue || m.Prefix != "" || s.capitalFollows(m.TokEnd) {
		return false
	}
	f.venue = m.EntityID
	return true
}

// capitalFollows reports whether "و" + a place follows token i (two
// capitals after a talks noun are the two governments).
func (s *scan) capitalFollows(i int) bool {
	m, ok := s.mentionAt(i)
	return ok && strings.HasPrefix(m.Prefix, "و") && (m.Label == schema.LabelVenue || m.Kind == entities.KindMetonym)
}

// hostIn reads "احتضنت روما الجولة" and "كان مقررا أن تستضيفها روما": the
// subject of a hosting verb is the venue.
func (s *scan) hostIn(f *frame) bool {
	from := f.trig - 6
	if from < f.pre {
		from = f.pre
	}
	for i := from; i < f.end && i <= f.trig+12; i++ {
		if !s.hostVerb(i) {
			continue
		}
		// "احتضنت روما", "روما تحتضن", "استضافت العاصمة القطرية الدوحة"
		next := i + 1
		for next < f.end && next <= i+3 && (s.words[next].in(s.x.lex.placeNoun) || s.isAdjective(next)) {
			next++
		}
		for _, j := range []int{next, i - 1} {
			if m, ok := s.mentionAt(j); ok && (m.Label == schema.LabelVenue || m.Label == schema.LabelCountry) && m.Kind != entities.KindAdjective {
				f.venue = s.placeOf(m)
				return true
			}
		}
	}
	return false
}

// hostAfter reports whether a hosting verb or noun follows a mention
// within two words: "روما تحتضن", "شكر السعودية على استضافة المحادثات".
func (s *scan) hostAfter(m entities.Mention) bool {
	for j := m.TokEnd; j < len(s.words) && j <= m.TokEnd+1; j++ {
		if s.hostVerb(j) {
			return true
		}
	}
	return false
}

// isAdjective reports whether token i is a country adjective.
func (s *scan) isAdjective(i int) bool {
	m, ok := s.mentionAt(i)
	return ok && m.Kind == entities.KindAdjective
}

// hostVerb reports whether token i is a form of استضاف or احتضن, possibly
// with an object pronoun.
func (s *scan) hostVerb(i int) bool {
	if !strings.Contains(s.words[i].norm, "تض") {
		return false // every form below has it, and every reading is cut from the word
	}
	var buf [maxForms]string
	for _, f := range s.words[i].forms(&buf) {
		for _, stem := range []string{"استضاف", "احتضن", "تستضيف", "تحتضن", "يستضيف", "يحتضن", "ستستضيف", "ستحتضن"} {
			if strings.HasPrefix(f, stem) && utf8.RuneCountInString(f)-utf8.RuneCountInString(stem) <= 3 {
				return true
			}
		}
	}
	return false
}

func (s *scan) venueIn(f *frame, a, b int) bool {
	lex := &s.x.lex
	for i := a; i < b; i++ {
		if v := s.capitalByAdjective(i, b); v != "" {
			// "في العاصمة الإيطالية" with no city named: the capital
			f.venue = v
			return true
		}
		m, ok := s.mentionAt(i)
		if !ok || m.TokStart != i {
			continue
		}
		place := m.Label == schema.LabelVenue || (m.Label == schema.LabelCountry && m.Kind == entities.KindName) ||
			m.Kind == entities.KindMetonym && s.afterIn(m) // "الوزير القطري في الدوحة": there, not the government
		if !place {
			continue
		}
		if !s.locative(m) || (f.kind != trigTravel && s.afterTo(m)) {
			continue // "رسائل إلى إيران" is no venue of talks
		}
		if a > f.trig && s.eventBetween(f.trig+1, m.TokStart) {
			continue // "… بعد هجوم … والحرب في غزة": the place of another event
		}
		if m.Label == schema.LabelCountry && m.Kind == entities.KindName {
			// "في إيران" after talks with Iran is not a venue when the
			// country is a party named earlier in the frame.
			for _, p := range f.parties {
				if p == m.EntityID && m.Prefix != "ب" && !s.words[i-1].exact(lex.in) {
					place = false
				}
			}
		}
		if !place {
			continue
		}
		// hesitation: "مسقط أو الدوحة"
		if m.TokEnd < b && s.words[m.TokEnd].exact(lex.or) {
			if m2, ok := s.mentionAt(m.TokEnd + 1); ok && (m2.Label == schema.LabelVenue || m2.Label == schema.LabelCountry) && m2.Kind != entities.KindAdjective {
				f.candidates = []string{s.placeOf(m), s.placeOf(m2)}
				return true
			}
		}
		f.venue = s.placeOf(m)
		return true
	}
	return false
}

// locative reports whether a place mention follows "في", "إلى" or "ب",
// possibly through "العاصمة العمانية" or "مدينة".
func (s *scan) locative(m entities.Mention) bool {
	lex := &s.x.lex
	if m.Prefix == "ب" || m.Prefix == "وب" {
		return true
	}
	for i := m.TokStart - 1; i >= 0 && i >= m.TokStart-3; i-- {
		w := s.words[i]
		if w.exact(lex.in) || w.norm == "وفي" || w.in(lex.to) {
			return true
		}
		if w.in(lex.placeNoun) {
			if strings.HasPrefix(w.norm, "ب") || strings.HasPrefix(w.norm, "وب") {
				return true
			}
			continue
		}
		if mm, ok := s.mentionAt(i); ok && mm.Kind == entities.KindAdjective {
			i = mm.TokStart
			continue
		}
		if i > 0 && nisba(w.norm) && s.words[i-1].in(lex.placeNoun) {
			continue // "في العاصمة الكونغولية كينشاسا": an adjective no list has
		}
		return false
	}
	return false
}

// eachOf reads "كل من X وY وZ" ("لكل من", "من كل من") within eight
// words after token a (before b): the sides, coordinated.
func (s *scan) eachOf(a, b int) []string {
	for i := a; i < b-2 && i <= a+8; i++ {
		if n := s.words[i].norm; (n == "كل" || n == "لكل" || n == "ولكل") && s.words[i+1].norm == "من" {
			var ps []string
			for j := i + 2; j < b; {
				m, ok := s.mentionAt(j)
				if !ok || m.Label == schema.LabelPerson || m.Label == schema.LabelVenue || len(ps) > 0 && !strings.HasPrefix(m.Prefix, "و") {
					break
				}
				ps = appendUnique(ps, s.partyOf(m))
				j = m.TokEnd
			}
			return ps
		}
	}
	return nil
}

// isSeat reports whether a normalized word names the seat or base of an
// organization: "مقر", "بمقر", "قاعدة".
func isSeat(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "مقر", "بمقر", "مقار", "مقرات", "قاعده", "بقاعده", "قواعد", "مكتب", "بمكتب", "مبني", "بمبني":
		return true
	}
	return false
}

// nisba reports whether a normalized word looks like a relational
// adjective with the article: "الكونغوليه", "السوداني".
func nisba(w string) bool {
	return strings.HasPrefix(w, "ال") && (strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ي")) && len(w) >= 12
}

// capitalByAdjective reads "في العاصمة الإيطالية" at token i when no city
// follows: the venue is that country's capital.
func (s *scan) capitalByAdjective(i, b int) string {
	if s.x.capital == nil || i+1 >= b || i == 0 || !(s.words[i].norm == "العاصمه" || s.words[i].norm == "بالعاصمه") {
		return ""
	}
	if s.words[i].norm == "العاصمه" && !s.words[i-1].exact(s.x.lex.in) && s.words[i-1].norm != "وفي" {
		return ""
	}
	m, ok := s.mentionAt(i + 1)
	if !ok || m.Kind != entities.KindAdjective || m.Label != schema.LabelCountry {
		return ""
	}
	if n, ok := s.mentionAt(m.TokEnd); ok && (n.Label == schema.LabelVenue || n.Kind == entities.KindMetonym) {
		return "" // "العاصمة العمانية مسقط": the city is named
	}
	return s.x.capital(m.EntityID)
}

// afterIn reports whether a place follows "في" or "ب" right before it.
func (s *scan) afterIn(m entities.Mention) bool {
	if m.Prefix == "ب" || m.Prefix == "وب" {
		return true
	}
	return m.TokStart > 0 && (s.words[m.TokStart-1].exact(s.x.lex.in) || s.words[m.TokStart-1].norm == "وفي")
}

// afterTo reports whether a place follows "إلى" rather than "في" or "ب".
func (s *scan) afterTo(m entities.Mention) bool {
	if m.Prefix == "ب" || m.Prefix == "وب" {
		return false
	}
	for i := m.TokStart - 1; i >= 0 && i >= m.TokStart-3; i-- {
		if s.words[i].in(s.x.lex.to) {
			return true
		}
		if s.words[i].exact(s.x.lex.in) || s.words[i].norm == "وفي" {
			return false
		}
	}
	return false
}

// placeOf returns the venue id of a place mention (a metonym is read as its
// capital's place here, because it follows a locative).
func (s *scan) placeOf(m entities.Mention) string {
	if m.Kind == entities.KindMetonym {
		return s.capitalVenue(m)
	}
	return m.EntityID
}

// speaker reports whether a person is the subject of a verb of saying
// whose reported clause holds token t: "قال عراقجي إن …".
func (s *scan) speaker(m entities.Mention, t int) bool {
	if s.possessed(m.TokStart) {
		return false
	}
	for i := m.TokEnd; i < t && i <= m.TokEnd+3; i++ {
		if s.complementizer(i) {
			return s.words[i-1].norm != "علي" // "على أن تعقد": a condition, not speech
		}
	}
	return false
}

// complementizer reports whether token i opens a reported clause: "إن",
// "أن" after a verb of saying.
func (s *scan) complementizer(i int) bool {
	switch s.words[i].norm {
	case "ان", "وان", "بان", "انه", "انها", "بانه", "بانها":
		return true
	}
	return false
}

// fillDate links the frame to the nearest date after the trigger in its
// window, or else the nearest before it in the sentence, skipping dates
// that belong to another event ("the attack of 13 April").
func (s *scan) fillDate(f *frame) {
	var best *DateMention
	for k := range s.in.Dates {
		d := &s.in.Dates[k]
		if d.TokStart <= f.trig || d.TokStart >= f.end {
			continue
		}
		if d.Since {
			if s.firstBefore(d.TokStart, f.trig) {
				f.after = d.Date
			} else if d.TokStart <= f.trig+6 {
				// "جولة تستضيفها الدوحة منذ مطلع آب": under way for days
				f.multiDay = true
			}
			continue
		}
		if best != nil || s.eventBetween(f.trig+1, d.TokStart) || s.reportingDate(d) {
			continue
		}
		best = d
	}
	if best == nil && f.when {
		// "… منذ يناير، عندما عقدت مفاوضات مماثلة": the date before.
		for k := len(s.in.Dates) - 1; k >= 0; k-- {
			d := &s.in.Dates[k]
			if d.TokEnd <= f.trig && d.TokEnd >= f.trig-8 {
				best = d
				break
			}
		}
	}
	if best != nil && s.commaIn(f.trig, best.TokStart) && s.definite(f) && !f.first {
		best = nil // "بعد انتهاء اللقاء إن …، خلال الأيام المقبلة": another clause's date
	}
	if best != nil && s.commaIn(f.trig, best.TokStart) {
		// "عقد الوفدان أمس الجمعة 16 مايو … مفاوضات، بعد أن تأخر انطلاقها
		// عن موعدها الأصلي يوم الخميس": a date in the trigger's own clause,
		// before it, wins over one past a comma
		if d := s.dateBefore(f, true); d != nil {
			best = d
		}
	}
	if best == nil {
		best = s.dateBefore(f, false)
	}
	if best != nil {
		f.date, f.future, f.dateEnd = best.Date, best.Future, best.TokEnd
	}
}

// dateBefore returns the nearest date before the trigger in the frame's
// window (in its clause only, when clause is set), nil if none.
func (s *scan) dateBefore(f *frame, clause bool) *DateMention {
	lex := &s.x.lex
	for k := len(s.in.Dates) - 1; k >= 0; k-- {
		d := &s.in.Dates[k]
		if d.TokEnd > f.trig || d.TokStart < f.pre || d.Since || d.TokStart < f.claimed {
			continue
		}
		if s.eventBetween(d.TokEnd, f.trig) || (d.TokStart > 0 && s.words[d.TokStart-1].in(lex.since)) || s.reportingDate(d) {
			continue
		}
		if clause && s.commaIn(d.TokEnd-1, f.trig) {
			return nil
		}
		return d
	}
	return nil
}

// reportingDate reports whether a date belongs to a verb of saying just
// before it: "قال عراقجي يوم السبت إن …", "الذي عاد اليوم للتأكيد". It
// dates the statement, not the meeting spoken of.
func (s *scan) reportingDate(d *DateMention) bool {
	for j := d.TokStart - 1; j >= 0 && j >= d.TokStart-3; j-- {
		if s.in.Tokens[j].Sentence != s.in.Tokens[d.TokStart].Sentence {
			return false
		}
		if s.words[j].in(s.x.lex.reporting) {
			return true
		}
		if _, ok := s.mentionAt(j); !ok && !s.words[j].in(s.x.lex.title) && !s.words[j].in(s.x.lex.titleTail) {
			return false // only the speaker may stand between
		}
	}
	return false
}

// commaIn reports whether a comma separates two tokens of [a, b].
func (s *scan) commaIn(a, b int) bool {
	for i := a; i < b; i++ {
		if commaBetween(s.in.Text, s.in.Tokens, i) {
			return true
		}
	}
	return false
}

func (s *scan) firstBefore(i, min int) bool {
	for j := i - 1; j >= min-1 && j >= i-8; j-- {
		if s.words[j].in(s.x.lex.first) {
			return true
		}
	}
	return false
}

func (s *scan) eventBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if s.words[i].in(s.x.lex.eventNoun) {
			return true
		}
	}
	return false
}

// fillManner reads status, format, secrecy and topics from the frame's
// clause.
func (s *scan) fillManner(f *frame) {
	lex := &s.x.lex
	var planned, postponed, cancelled bool
	// Status cues count inside the trigger's clause only: in "جرت مكالمات
	// بين …، ويتوقع عقد محادثات" the expectation plans the talks, not the calls.
	ca, cb := f.pre, f.end
	for i := f.trig - 1; i >= f.pre; i-- {
		if commaBetween(s.in.Text, s.in.Tokens, i) {
			ca = i + 1
			break
		}
	}
	for i := f.trig; i < f.end; i++ {
		if commaBetween(s.in.Text, s.in.Tokens, i) {
			cb = i + 1
			break
		}
	}
	for i := f.pre; i < f.end; i++ {
		w := s.words[i]
		inClause := i >= ca && i < cb
		switch {
		case !inClause:
		case w.in(lex.postponed):
			postponed = true
		case w.in(lex.cancelled):
			cancelled = true
		case w.in(lex.planned):
			planned = true
		}
		if w.in(lex.secret) {
			f.secret = true
		}
		if w.in(lex.shuttle) {
			f.format = FormatIndirect
		}
		if w.in(lex.direct) && f.format == "" {
			if i > 0 && s.words[i-1].norm == "غير" {
				f.format = FormatIndirect
			} else {
				f.format = FormatDirect
			}
		}
		if w.in(lex.phone) && f.format == "" {
			f.format = FormatPhone
		}
		if t, ok := lex.topics[w.norm]; ok {
			f.topics = appendUnique(f.topics, t)
		}
	}
	if f.kind == trigContact && f.format == "" {
		f.format = FormatPhone
	}
	if f.kind == trigTravel && f.format == "" {
		f.format = FormatDirect
	}
	// "التقى X Y": face to face, unless the round turns out to be mediated
	f.faceToFace = f.kind == trigMeetVerb
	switch {
	case postponed:
		f.status = StatusPostponed
	case cancelled:
		f.status = StatusCancelled
	case planned || f.future:
		f.status = StatusPlanned
	}
}

func appendUnique(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
