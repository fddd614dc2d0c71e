package english

import (
	"slices"
	"strconv"
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// trigger reports whether a word announces a meeting.
func trigger(w string) bool {
	switch w {
	case "talks", "negotiations", "round", "session", "sessions", "meeting", "meetings", "met", "meet", "meets",
		"dialogue", "parley", "summit", "summits":
		return true
	}
	return false
}

// mediationCue reports whether a word after a name makes it a mediator
// ("Omani mediation", "AU-sponsored talks").
func mediationCue(w string) bool {
	switch w {
	case "mediation", "mediated", "brokered", "sponsored", "mediators", "mediator", "auspices", "facilitated", "facilitation":
		return true
	}
	return false
}

// ordinalArabic maps an English ordinal to the rank the Arabic path
// writes, so that rounds told in both languages compare.
func ordinalArabic(w string) string {
	for i, o := range [...]string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"} {
		if w == o {
			return [...]string{"اولي", "ثانيه", "ثالثه", "رابعه", "خامسه", "سادسه", "سابعه", "ثامنه", "تاسعه", "عاشره"}[i]
		}
	}
	return ""
}

// Extractor reads meetings from an English article's tokens, mentions
// and dates.
type Extractor struct {
	rec *Recognizer
}

// NewExtractor builds an extractor that looks entities up in rec.
func NewExtractor(rec *Recognizer) *Extractor { return &Extractor{rec: rec} }

// Input is one English text, tokenized and tagged.
type Input struct {
	Tokens    []Token
	Mentions  []entities.Mention
	Dates     []Date
	Published article.Date
}

type sentence struct {
	from, to int // token range
	mentions []entities.Mention
	dates    []Date
}

// Extract returns the meetings the text reports, one per round: reports of
// the same parties and date within the article are merged.
func (x *Extractor) Extract(in Input) []meetings.Meeting {
	sents := map[int]*sentence{}
	var order []int
	for i, t := range in.Tokens {
		s, ok := sents[t.Sentence]
		if !ok {
			s = &sentence{from: i}
			sents[t.Sentence] = s
			order = append(order, t.Sentence)
		}
		s.to = i + 1
	}
	for _, m := range in.Mentions {
		if s, ok := sents[m.Sentence]; ok {
			s.mentions = append(s.mentions, m)
		}
	}
	for _, d := range in.Dates {
		if d.Tok < len(in.Tokens) {
			if s, ok := sents[in.Tokens[d.Tok].Sentence]; ok {
				s.dates = append(s.dates, d)
			}
		}
	}
	hosts := map[string]bool{}
	for _, si := range order {
		s := sents[si]
		for k, m := range s.mentions {
			if x.mediatorAt(in.Tokens, s, k) || messengerAt(in.Tokens, s, k) && m.Label != schema.LabelPerson {
				hosts[m.EntityID] = true
			}
		}
	}
	var out []meetings.Meeting
	var context []string
	pending, pendingAt := "", 0 // the one side of talks told without the other
	for _, si := range order {
		s := sents[si]
		ms, resumes, lone := x.frame(in, si, s, context, hosts)
		if lone != "" && (pending == "" || si-pendingAt > 3) {
			pending, pendingAt = lone, si
		}
		joined := false
		if len(ms) == 0 && pending != "" && si > pendingAt && si-pendingAt <= 3 {
			// "Ethiopia's government … agreed after ten days of talks. …
			// X of the TPLF headed the Tigrayan team": the second side,
			// named with its team a few sentences on
			if other := secondSide(in.Tokens, s, pending, hosts); other != "" {
				ctx := []string{pending, other}
				slices.Sort(ctx)
				ms, resumes, _ = x.frame(in, pendingAt, sents[pendingAt], ctx, hosts)
				pending, joined = "", len(ms) > 0
			}
		}
		if joined {
			for _, m := range ms {
				out = x.mergeInto(out, m)
			}
			context = ms[0].Parties
			x.people(in.Tokens, s, si, &out[len(out)-1])
			continue
		}
		if len(ms) == 0 && len(out) > 0 && messengers(in.Tokens, s) {
			x.goBetweens(in.Tokens, s, si, &out[len(out)-1])
		} else if len(ms) == 0 && len(out) > 0 {
			if cur := current(out, in.Published); cur >= 0 && delegationNow(in.Tokens, s) {
				x.people(in.Tokens, s, si, &out[cur]) // "the delegation is again led by X"
			} else {
				x.followUp(in.Tokens, s, si, &out[len(out)-1])
			}
		}
		for _, m := range ms {
			context = m.Parties
			if (resumes || m.Confidence < 0.7 && m.Status == meetings.StatusPlanned && !nextRound(in.Tokens, s)) && resumeOf(out, m, in.Published) {
				continue // the same round going on (after a pause)
			}
			out = x.mergeInto(out, m)
		}
	}
	return out
}

// frame reads the meetings of one sentence.
// When the sentence names only one side of strong meeting words and no
// earlier sentence gave the sides, lone is that side.
func (x *Extractor) frame(in Input, si int, s *sentence, context []string, hosts map[string]bool) (ms []meetings.Meeting, resumes bool, lone string) {
	toks := in.Tokens
	trig := -1
	for i := s.from; i < s.to; i++ {
		if trigger(toks[i].Lower) && lower(toks, i-1) != "no" &&
			!(lower(toks, i-1) == "from" || lower(toks, i-1) == "the" && lower(toks, i-2) == "from") {
			trig = i
			break
		}
	}
	if trig < 0 {
		return nil, false, ""
	}
	mediators := map[string]bool{}
	var medOrder []string
	addMed := func(id string) {
		if !mediators[id] {
			mediators[id] = true
			medOrder = append(medOrder, id)
		}
	}
	var cands []entities.Mention
	for k, m := range s.mentions {
		if m.Label != schema.LabelCountry && m.Label != schema.LabelOrganization {
			continue
		}
		if x.mediatorAt(toks, s, k) || messengerAt(toks, s, k) {
			addMed(m.EntityID)
			continue
		}
		if hosts[m.EntityID] {
			continue // a mediator of the article is no party
		}
		if toks[m.TokEnd-1].Possessive && k+1 < len(s.mentions) && s.mentions[k+1].TokStart == m.TokEnd {
			continue // "X's Taliban": the country only qualifies the name
		}
		if p := lower(toks, m.TokStart-1); (p == "in" || p == "at" || p == "to" || p == "from" || p == "near" || p == "by") && m.Kind != entities.KindAdjective {
			continue
		}
		if dateline(toks, s, m) {
			continue // "JEDDAH, Saudi Arabia - …": where the report was filed
		}
		if x.capitalPhrase(toks, m) != "" {
			continue // "in the South African capital": a place
		}
		cands = append(cands, m)
	}
	if len(cands) == 1 && len(medOrder) == 1 && withMediators(toks, s, medOrder[0], s.mentions) {
		// "a Hamas delegation arrived for talks with Egyptian mediators":
		// with one side only at the table, the mediators are the other.
		cands = append(cands, mentionOf(s.mentions, medOrder[0]))
		delete(mediators, medOrder[0])
	}
	if n := len(cands); n >= 2 && cands[n-1].TokEnd+1 == s.to && speechVerb(toks[s.to-1].Lower) && pairedBy(toks, cands[n-2], cands[n-1]) {
		cands = cands[:n-2] // "Talks suspended, X and Y say": who says it, not who talks
	}
	parties, paired := pickParties(toks, cands)
	fromContext := false
	if !paired && len(context) >= 2 && len(parties) >= 2 && !slices.Equal(parties, context) {
		parties = nil // loose names in a later sentence do not open a new round
	}
	if len(parties) < 2 {
		if len(context) < 2 || !strongTrigger(toks, s) {
			if len(context) < 2 && len(cands) > 0 && cands[0].Kind != entities.KindAdjective &&
				!slices.ContainsFunc(cands, func(c entities.Mention) bool { return c.EntityID != cands[0].EntityID }) && strongTrigger(toks, s) {
				lone = cands[0].EntityID
			}
			return nil, false, lone
		}
		parties = context
		fromContext = true
	}
	for _, id := range parties {
		delete(mediators, id)
	}
	m := meetings.Meeting{Parties: parties, Kind: "talks", Status: meetings.StatusHeld, Format: meetings.FormatUnknown,
		Support: map[string][]int{"meeting": {si}}, Confidence: 0.7}
	for _, id := range parties {
		m.Support["party:"+id] = []int{si}
	}
	for _, id := range medOrder {
		if mediators[id] {
			m.Mediators = append(m.Mediators, id)
			m.Support["mediator:"+id] = []int{si}
		}
	}
	if fromContext && !nextRound(toks, s) {
		m.Confidence = 0.6 // an aside on a round told before, unless it tells the next one
	}
	x.venue(toks, s, si, &m)
	x.people(toks, s, si, &m)
	readManner(toks, s, &m)
	resumes = resumption(toks, s)
	var out []meetings.Meeting
	ds := meetingDates(toks, s.dates)
	if len(ds) == 0 {
		m.Date, m.DateFromPublication = article.Date{Year: in.Published.Year}, true
		return []meetings.Meeting{m}, resumes, ""
	}
	for _, d := range ds {
		c := m
		c.Support = cloneSupport(m.Support)
		c.Date = d.Date
		c.Support["date"] = []int{si}
		if multi, keepDay := multiDay(toks, s); multi && d.Date.Day > 0 {
			c.MultiDay = true
			if keepDay {
				c.Day = d.Date
			}
			c.Date = article.Date{Year: d.Date.Year, Month: d.Date.Month}
			if n := roundDays(toks, s); n > 1 && d.Date.Time().AddDate(0, 0, 1-n).Month() != d.Date.Time().Month() {
				c.Date = article.Date{Year: d.Date.Year} // "after ten days of talks" ending on 2 November: October too
			}
		}
		if d.Future && c.Status == meetings.StatusHeld {
			c.Status = meetings.StatusPlanned
		}
		if id := datelinePlace(toks, s); c.Venue == "" && id != "" && c.Status == meetings.StatusHeld && nearDay(c.Date, in.Published) &&
			!onBorder(toks, s) {
			c.Venue = id // "WASHINGTON - The leaders … signed … on Friday": filed where it happened
			c.Support["venue:"+id] = []int{si}
		}
		out = append(out, c)
	}
	return out, resumes, ""
}

// meetingDates keeps the dates a meeting can have: every date of the
// sentence ("their October 14 meeting", "on October 28 and 29") but those
// that bound another event ("since May", "before August 13").
func meetingDates(toks []Token, ds []Date) []Date {
	var out []Date
	for _, d := range ds {
		if datelineDate(toks, d.Tok) {
			continue // "WASHINGTON, June 1 -": the day the report was filed
		}
		switch lower(toks, d.Tok-1) {
		case "since", "until", "before", "after", "by", "from", "through", "till":
			if d.Tok > 0 && toks[d.Tok-1].Sentence == toks[d.Tok].Sentence {
				continue
			}
		}
		if (speechVerb(lower(toks, d.Tok-1)) || lower(toks, d.Tok-1) == "on" && speechVerb(lower(toks, d.Tok-2))) && !ongoing(toks, d.Tok) {
			continue // the day of the statement, not of the meeting
		}
		if len(out) > 0 && out[len(out)-1].Date == d.Date {
			continue
		}
		out = append(out, d)
	}
	return out
}

// secondSide returns the country or organisation a sentence names with a
// side's team ("X of the TPLF headed the Tigrayan team", "the Ruritanian
// delegation"), other than the side already known and the mediators, or "".
func secondSide(toks []Token, s *sentence, known string, hosts map[string]bool) string {
	team := false
	for i := s.from; i < s.to && !team; i++ {
		switch toks[i].Lower {
		case "team", "delegation", "delegations", "negotiators", "negotiating":
			team = true
		}
	}
	if !team {
		return ""
	}
	for _, m := range s.mentions {
		if (m.Label == schema.LabelCountry || m.Label == schema.LabelOrganization) && m.EntityID != known && !hosts[m.EntityID] {
			if placed(lower(toks, m.TokStart-1)) || placed(lower(toks, m.TokStart-2)) {
				continue // "convening at a U.N. base"
			}
			return m.EntityID
		}
	}
	return ""
}

// roundDays returns how many days a sentence says the round lasted when
// it ends on the sentence's date ("after ten days of talks", "after a week
// of negotiations"), or 0.
func roundDays(toks []Token, s *sentence) int {
	for i := s.from + 1; i+2 < s.to; i++ {
		if lower(toks, i-2) != "after" && lower(toks, i-3) != "after" || lower(toks, i+1) != "of" || !trigger(lower(toks, i+2)) {
			continue
		}
		switch toks[i].Lower {
		case "week":
			return 7
		case "days":
			if n := numberWord(toks[i-1].Lower); n > 0 {
				return n
			}
		}
	}
	return 0
}

// numberWord reads a small count written in words or digits.
func numberWord(w string) int {
	for i, n := range [...]string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen"} {
		if w == n {
			return i + 2
		}
	}
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 60 {
		return n
	}
	return 0
}

// nextRound reports whether a sentence announces the next meeting or
// round ("agreed to hold the next meeting in X", "a new round will take
// place"): another round, not the same one going on, nor one only named
// ("would wait for the next round to judge").
func nextRound(toks []Token, s *sentence) bool {
	next, held := false, false
	for i := s.from + 1; i < s.to; i++ {
		if w := toks[i-1].Lower; (w == "next" || w == "new" || w == "another") && trigger(toks[i].Lower) {
			next = true
		}
		switch toks[i].Lower {
		case "hold", "held", "convene", "host", "place", "scheduled", "set":
			held = true // "agreed to hold the next meeting in X": announced, not only named
		}
	}
	return next && held
}

// onBorder reports whether a sentence puts its meeting on a border ("met
// on the border between the two countries"), not in the city it was
// filed from.
func onBorder(toks []Token, s *sentence) bool {
	for i := s.from + 2; i < s.to; i++ {
		if w := toks[i].Lower; (w == "border" || w == "frontier") && toks[i-1].Lower == "the" && (toks[i-2].Lower == "on" || toks[i-2].Lower == "at") {
			return true
		}
	}
	return false
}

// placed reports whether a word puts the next name in a place ("at a U.N.
// base").
func placed(w string) bool { return w == "in" || w == "at" || w == "to" || w == "from" }

// datelineDate reports whether token i is a date in a dateline: after
// one to three words in capitals and a comma at the start of the sentence.
func datelineDate(toks []Token, i int) bool {
	if i == 0 || !toks[i-1].Comma {
		return false
	}
	start := i
	for start > 0 && toks[start-1].Sentence == toks[i].Sentence {
		start--
	}
	if i-start < 1 || i-start > 3 {
		return false
	}
	for _, t := range toks[start:i] {
		if len(t.Text) < 2 || strings.ToUpper(t.Text) != t.Text {
			return false
		}
	}
	return true
}

// resumeOf reports whether an article's meetings hold a held round of the
// parties of m within a week before m: m resumes it. An undated m resumes
// only the round the article reports on its days, not one it recalls.
func resumeOf(ms []meetings.Meeting, m meetings.Meeting, published article.Date) bool {
	for _, o := range ms {
		if !slices.Equal(o.Parties, m.Parties) || o.Status != meetings.StatusHeld {
			continue
		}
		if o.Ordinal != "" && m.Ordinal != "" && o.Ordinal != m.Ordinal {
			continue // a third round is not the second going on
		}
		if o.DateFromPublication {
			return true
		}
		if m.DateFromPublication {
			// undated: the round of the article's days, not one recalled
			if c := current(ms, published); c >= 0 && ms[c].Date == o.Date {
				return true
			}
			continue
		}
		a, b := o.Date.Time(), m.Date.Time()
		if o.Date.Year == m.Date.Year && b.Sub(a).Hours() <= 24*8 && b.Sub(a) >= -24*8*3600e9 {
			return true
		}
	}
	return false
}

// ongoing reports whether the sentence of token i tells of talks under
// way: the day of the statement is then a day of the round.
func ongoing(toks []Token, i int) bool {
	for j := i; j >= 0 && toks[j].Sentence == toks[i].Sentence; j-- {
		if toks[j].Lower == "ongoing" || toks[j].Lower == "underway" || toks[j].Lower == "way" && lower(toks, j-1) == "under" {
			return true
		}
	}
	return false
}

// speechVerb reports whether a word reports speech ("said Friday").
func speechVerb(w string) bool {
	switch w {
	case "said", "says", "say", "announced", "stated", "added", "told", "tweeted", "reported", "confirmed":
		return true
	}
	return false
}

// resumption reports whether the sentence tells of talks picking up again
// or pausing ("will restart on Tuesday", "paused for two days").
func resumption(toks []Token, s *sentence) bool {
	for i := s.from; i < s.to; i++ {
		switch toks[i].Lower {
		case "restart", "restarts", "resume", "resumes", "paused", "pause", "suspended":
			return true
		}
	}
	return false
}

// multiDay reports whether the sentence tells of a round over several days
// ("a second day", "extended to Tuesday", "two-day talks"), and whether
// the day it gives is one of the round's (not only its start: a round
// "began on Saturday" keeps its month alone, so that a report of its end
// is the same round).
func multiDay(toks []Token, s *sentence) (multi, keepDay bool) {
	for i := s.from; i < s.to; i++ {
		switch toks[i].Lower {
		case "days", "extended":
			return true, true
		case "week", "weeks":
			if lower(toks, i+1) == "of" && trigger(lower(toks, i+2)) {
				return true, true // "after a week of talks"
			}
		case "began", "begun", "started", "opened", "kicked", "ongoing":
			// a round is told at its start and lasts ("the talks began on
			// Saturday")
			for j := s.from; j < s.to; j++ {
				if w := toks[j].Lower; w == "round" || w == "talks" || w == "negotiations" {
					return true, false
				}
			}
		case "day":
			switch lower(toks, i-1) {
			case "second", "third", "fourth", "two", "three", "another", "final", "last":
				return true, true
			}
		}
	}
	return false, false
}

func strongTrigger(toks []Token, s *sentence) bool {
	for i := s.from; i < s.to; i++ {
		switch toks[i].Lower {
		case "round", "session", "met", "talks", "negotiations":
			return true
		case "meeting", "meetings", "summit":
			if lower(toks, i-1) == "next" {
				return true // "agreed to hold the next meeting in X"
			}

		case "meet":
			if lower(toks, i+1) == "again" {
				return true // "agreed to meet again next Saturday"
			}
		}
	}
	return false
}

// mediatorAt reports whether mention k of the sentence is a mediator:
// after "mediated by", "brokered by", "sponsored by", "under the auspices
// of", "at the invitation of" (and the names listed with it), or before
// "mediation". "hosted by" is not a cue: a host that only hosts is not a
// mediator (the scoring convention of ../shared/eval/README.md).
func (x *Extractor) mediatorAt(toks []Token, s *sentence, k int) bool {
	m := s.mentions[k]
	// backwards over a list of names to the cue
	j := m.TokStart - 1
	for kk := k - 1; j >= s.from; {
		w := toks[j].Lower
		switch {
		case w == "by" || w == "of" && (lower(toks, j-1) == "auspices" || lower(toks, j-1) == "invitation"):
			c := lower(toks, j-1)
			return mediationCue(c) || c == "auspices" || c == "invitation"
		case w == "and" || w == "the":
			j--
		case kk >= 0 && s.mentions[kk].TokEnd == j+1:
			j = s.mentions[kk].TokStart - 1
			kk--
		default:
			j = -1
		}
		if j < s.from {
			break
		}
	}
	// forwards over a list of names to "mediation", not past a comma
	// ("Washington and Tehran, brokered by Oman")
	// or over a list of names and a link to the role they hold ("Norway,
	// Cuba and Venezuela acting as guarantors", "X joined Y as a
	// guarantor")
	j = m.TokEnd
	listed := false
	for kk := k + 1; j < s.to; {
		next := kk < len(s.mentions) && s.mentions[kk].TokStart == j
		if toks[j-1].Comma && !next {
			return false
		}
		w := toks[j].Lower
		switch {
		case mediationCue(w) || guarantor(w) && (listed || lower(toks, j-1) == "as"):
			return true
		case w == "and":
			j++
		case next:
			j = s.mentions[kk].TokEnd
			kk++
		case roleLink(w):
			listed = listed || w == "as"
			j++
		default:
			return false
		}
	}
	return false
}

// guarantor reports whether a word names the role of a state that
// guarantees or facilitates talks it does not negotiate ("with Norway and
// Cuba as guarantors", "facilitator countries").
func guarantor(w string) bool {
	switch w {
	case "guarantor", "guarantors", "facilitator", "facilitators", "co-mediators":
		return true
	}
	return false
}

// roleLink reports whether a word links names to the role after them
// ("acting as", "serving as a", "joined … as").
func roleLink(w string) bool {
	switch w {
	case "acting", "serving", "as", "a", "the", "joined", "both", "were", "are", "of", "chief", "top", "lead", "special", "joint":
		return true
	}
	return false
}

// pairedBy reports whether two mentions are written as a pair: side by
// side, or joined by "and"/"with", an article and one modifier allowed
// before the second and one noun after a possessive first ("Iran and the
// United States", "Sudan's army and the paramilitary RSF").
func pairedBy(toks []Token, a, b entities.Mention) bool {
	j := a.TokEnd
	if j == b.TokStart {
		return true
	}
	if toks[a.TokEnd-1].Possessive && j < b.TokStart && !toks[j].Cap() && !toks[j].Comma {
		j++ // "Sudan's army and …"
	}
	if j >= b.TokStart || toks[j].Lower != "and" && toks[j].Lower != "with" || toks[j-1].Comma && j == a.TokEnd {
		return false
	}
	j++
	if j < b.TokStart && toks[j].Lower == "the" {
		j++
	}
	if j < b.TokStart && j+1 == b.TokStart && !toks[j].Cap() && toks[a.TokEnd-1].Possessive {
		j++ // "… and the paramilitary RSF"
	}
	return j == b.TokStart
}

// pickParties chooses the parties among the candidate mentions: a pair
// written together ("X and Y", "X-Y", "between X and Y", "X ... with Y")
// wins; otherwise all the distinct candidates when there are two or three.
func pickParties(toks []Token, cands []entities.Mention) ([]string, bool) {
	var ids []string
	for _, c := range cands {
		if !slices.Contains(ids, c.EntityID) {
			ids = append(ids, c.EntityID)
		}
	}
	// the pair after "between" first: "X and Y said they suspended the
	// talks between A and B"
	order := make([]int, 0, len(cands))
	for i, c := range cands {
		if lower(toks, c.TokStart-1) == "between" || lower(toks, c.TokStart-2) == "between" {
			order = append(order, i)
		}
	}
	for i := range cands {
		order = append(order, i)
	}
	for _, i := range order {
		if i+1 >= len(cands) {
			continue
		}
		a, b := cands[i], cands[i+1]
		if a.EntityID == b.EntityID {
			continue
		}
		if pairedBy(toks, a, b) {
			pair := []string{a.EntityID, b.EntityID}
			// "X ... with Y and Z"
			if i > 0 && (lower(toks, a.TokStart-1) == "with" || lower(toks, a.TokStart-2) == "with") && !slices.Contains(pair, cands[0].EntityID) {
				pair = append(pair, cands[0].EntityID)
			}
			// a third: "X, Y and Z"
			if i+2 < len(cands) && cands[i+2].TokStart-b.TokEnd <= 1 && !slices.Contains(pair, cands[i+2].EntityID) {
				pair = append(pair, cands[i+2].EntityID)
			}
			if i > 0 && a.TokStart-cands[i-1].TokEnd <= 1 && toks[cands[i-1].TokEnd-1].Comma && !slices.Contains(pair, cands[i-1].EntityID) {
				pair = append(pair, cands[i-1].EntityID)
			}
			slices.Sort(pair)
			return pair, true
		}
	}
	for i := 1; i < len(cands); i++ {
		if lower(toks, cands[i].TokStart-1) == "with" || lower(toks, cands[i].TokStart-2) == "with" {
			pair := []string{cands[0].EntityID, cands[i].EntityID}
			if pair[0] != pair[1] {
				slices.Sort(pair)
				return pair, true
			}
		}
	}
	if len(ids) >= 2 && len(ids) <= 3 {
		slices.Sort(ids)
		return ids, false
	}
	return nil, false
}

// messengers reports whether the sentence tells of go-betweens carrying
// messages between the sides ("conveying messages", "shuttling"): those
// it names are mediators.
func messengers(toks []Token, s *sentence) bool {
	for i := s.from; i < s.to; i++ {
		switch toks[i].Lower {
		case "conveying", "convey", "conveyed", "passing", "carrying", "relaying":
			if lower(toks, i+1) == "messages" {
				return true
			}
		case "shuttling":
			return true
		}
	}
	return false
}

// messengerAt reports whether mention k of a sentence telling of
// go-betweens is one of them: not one of the two sides it writes as a
// pair ("Iran and the United States held talks, with Omani officials
// carrying messages").
func messengerAt(toks []Token, s *sentence, k int) bool {
	if !messengers(toks, s) {
		return false
	}
	var cands []entities.Mention
	for _, m := range s.mentions {
		if m.Label == schema.LabelCountry || m.Label == schema.LabelOrganization {
			cands = append(cands, m)
		}
	}
	pair, paired := pickParties(toks, cands)
	return !paired || !slices.Contains(pair, s.mentions[k].EntityID)
}

func cloneSupport(s map[string][]int) map[string][]int {
	out := make(map[string][]int, len(s))
	for k, v := range s {
		out[k] = slices.Clone(v)
	}
	return out
}

// dateline reports whether mention m is the country of a dateline: the
// sentence opens with a place in capitals and a comma, and m follows it
// ("JEDDAH, Saudi Arabia - Delegations met …").
func dateline(toks []Token, s *sentence, m entities.Mention) bool {
	if m.TokStart == s.from || m.TokStart > s.from+3 {
		return false
	}
	// "JEDDAH, Saudi Arabia -", or the agency: "JEDDAH (Reuters) -"
	agency := m.Label == schema.LabelOrganization && toks[m.TokStart].Start-toks[m.TokStart-1].End >= 2
	if !toks[m.TokStart-1].Comma && !agency {
		return false
	}
	for i := s.from; i < m.TokStart; i++ {
		if t := toks[i]; len(t.Text) < 3 || strings.ToUpper(t.Text) != t.Text || !t.Cap() {
			return false
		}
	}
	return true
}

// withMediators reports whether the sentence's mediator id is the
// counterpart of talks: "talks with (the) Egyptian mediators".
func withMediators(toks []Token, s *sentence, id string, ms []entities.Mention) bool {
	for _, m := range ms {
		if m.EntityID != id {
			continue
		}
		before := lower(toks, m.TokStart-1)
		if before == "the" {
			before = lower(toks, m.TokStart-2)
		}
		if before == "with" && m.TokEnd < s.to && mediationCue(toks[m.TokEnd].Lower) {
			return true
		}
	}
	return false
}

// mentionOf returns the first mention of id.
func mentionOf(ms []entities.Mention, id string) entities.Mention {
	for _, m := range ms {
		if m.EntityID == id {
			return m
		}
	}
	return entities.Mention{}
}

// datelinePlace returns the place of the sentence's dateline ("CAIRO -",
// "WASHINGTON, Aug 8 -"): a known place written in capitals that opens the
// sentence; "" when there is none.
func datelinePlace(toks []Token, s *sentence) string {
	if len(s.mentions) == 0 {
		return ""
	}
	m := s.mentions[0]
	if m.TokStart != s.from || m.Label != schema.LabelVenue || m.Kind != entities.KindName {
		return ""
	}
	for i := m.TokStart; i < m.TokEnd; i++ {
		if t := toks[i]; strings.ToUpper(t.Text) != t.Text || !t.Cap() {
			return ""
		}
	}
	return m.EntityID
}

// current returns the index of the round an article reports as held on
// its day (within two days of publication, or a round of several days in
// its month), or -1.
func current(ms []meetings.Meeting, published article.Date) int {
	for i, m := range ms {
		opened := m.MultiDay && m.Date.Year == published.Year && m.Date.Month == published.Month
		if m.Status == meetings.StatusHeld && (nearDay(m.Date, published) || nearDay(m.Day, published) || opened) {
			return i
		}
	}
	return -1
}

// delegationNow reports whether a sentence tells, in the present tense, who
// makes up a side's team ("the delegation is led by X", "the rebels are
// represented by X and Y", "the team includes X"): the people of the round
// the article reports, wherever the sentence stands.
func delegationNow(toks []Token, s *sentence) bool {
	present := false
	for i := s.from; i < s.to; i++ {
		switch toks[i].Lower {
		case "is", "are":
			switch lower(toks, i+1) {
			case "led", "headed", "represented", "made", "joined":
				present = true
			case "again", "also", "once":
				present = present || lower(toks, i+2) == "led" || lower(toks, i+2) == "headed" || lower(toks, i+2) == "represented"
			}
		case "includes", "include":
			present = true
		case "was", "were", "had", "will", "would":
			return false
		}
	}
	return present
}

// nearDay reports whether the meeting's day is within two days of the
// publication day: the dateline is where the report was filed, so it
// places only the meeting of the day.
func nearDay(d, pub article.Date) bool {
	if d.Day == 0 || pub.Day == 0 {
		return false
	}
	gap := d.Time().Sub(pub.Time()).Hours() / 24
	return gap >= -2 && gap <= 2
}
