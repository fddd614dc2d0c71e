package english

import (
	"slices"

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

// ordinalArabic maps an English ordinal to the rank the Arabic path
// writes, so that rounds told in both languages compare.
func ordinalArabic(w string) string {
	for i, o := range [...]string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"} {
		if w == o {
			return meetings.OrdinalOf(i + 1)
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
	// Text is the text the tokens index; without it brackets are not seen
	// (a news agency in a dateline's brackets is then not told apart).
	Text      string
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
		if dateline(in.Text, toks, s, m) {
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

func cloneSupport(s map[string][]int) map[string][]int {
	out := make(map[string][]int, len(s))
	for k, v := range s {
		out[k] = slices.Clone(v)
	}
	return out
}
