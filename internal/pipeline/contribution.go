package pipeline

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
)

// maxEvidence bounds the evidence sentences kept per relationship and
// article.
const maxEvidence = 3

// maxSentence bounds the length of one evidence sentence in bytes.
const maxSentence = 600

// contribution is what one article adds to the graph. It keeps evidence
// sentences but not the article text, so memory follows the graph.
type contribution struct {
	seq      int
	art      article.Article
	entities []*entities.Entity
	mentions []mentionAgg
	meetings []meetingFact
	// cues are the places the article names that no list knows (one per
	// place, as a mention): mentions once another article learnt them.
	cues []mentionAgg
	// spilled is the number (from 1) of the spill record holding the
	// article's full mentions and cues, which it holds slim (spill.put);
	// 0 when it holds them whole. learnt are the indexes of the cues
	// learnPlaces made mentions of a spilled article.
	spilled int
	learnt  []int
}

// mentionAgg is every mention of one entity in one article: the entity
// and the number of mentions, which the builder's global steps read, and
// the rest, which only the article's MENTIONS show (nil in a slim mention,
// whose body is in a spill: spill.put).
type mentionAgg struct {
	entityID string
	count    int
	*mentionBody
}

// mentionBody is what a mention gives its MENTIONS relationship besides
// the entity and the count.
type mentionBody struct {
	surfaces   []string
	evidence   []string
	offsets    []span
	confidence float64
}

// body is the mention's body, zero for a slim mention.
func (m mentionAgg) body() mentionBody {
	if m.mentionBody == nil {
		return mentionBody{}
	}
	return *m.mentionBody
}

// span is where one mention is in the article text: byte offsets, held as
// integers (8 bytes) instead of the "start-end" string the graph shows
// (a string header and its bytes, about 32 bytes). An article is far
// below 2 GiB (--max-file-bytes, 8 MiB by default).
type span struct{ start, end int32 }

// String is the span as the graph's offsets show it: "start-end".
func (s span) String() string {
	return strconv.Itoa(int(s.start)) + "-" + strconv.Itoa(int(s.end))
}

// spanOf returns the span of byte offsets start to end.
func spanOf(start, end int) span { return span{start: int32(start), end: int32(end)} }

// spanStrings gives the offsets as the graph shows them, in order.
func spanStrings(spans []span) []string {
	if spans == nil {
		return nil
	}
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = s.String()
	}
	return out
}

// parseSpans reads offsets written by spanStrings (a contribution's
// encoding keeps them as strings).
func parseSpans(list []string) ([]span, error) {
	if list == nil {
		return nil, nil
	}
	out := make([]span, len(list))
	for i, v := range list {
		a, b, ok := strings.Cut(v, "-")
		start, err1 := strconv.ParseInt(a, 10, 32)
		end, err2 := strconv.ParseInt(b, 10, 32)
		if !ok || err1 != nil || err2 != nil {
			return nil, fmt.Errorf("offsets %q: want start-end", v)
		}
		out[i] = span{start: int32(start), end: int32(end)}
	}
	return out, nil
}

// meetingFact is one meeting of one article with the sentences behind each
// of its facts. It keeps the fields of meetings.Meeting that assembly
// reads, and of its places only their ids: a build holds every article's
// facts until the rounds are emitted (meetings.Meeting also carries each
// place's mention, 144 bytes, the extractor's own fields, and Support,
// which contribute turns into evidence). The fields few reports give are
// apart (factRare).
type meetingFact struct {
	// Parties to Confidence are those of meetings.Meeting.
	Parties             []string
	Date                article.Date
	Venue               string
	Ordinal             string
	Mediators           []string
	Participants        []meetings.Participant
	Status, Format      string
	Kind                string
	Topics              []string
	Confidence          float64
	DateFromPublication bool
	MultiDay            bool
	Brokered            bool
	Secret              bool
	// rare holds the fields few reports give; nil when the report gives
	// none of them. It may be shared with a copy of the fact (a refresh's
	// builder copies its cached facts): editRare changes a copy of it.
	rare    *factRare
	article string
	// published is the publication date of the article: the latest report
	// gives a round its status.
	published article.Date
	evidence  factEvidence
	// evAt, when not zero, says where the fact's evidence is in a build's
	// spill (spill_evidence.go): evidence is then nil until the builder
	// reads it back (spill.loadEvidence).
	evAt evidenceRef
}

// factRare holds the fields of a meeting fact that few reports give: the
// day within a multi-day round, the first day, the date of the previous
// round, the venue candidates and guesses (those of meetings.Meeting),
// and the ids of the places no list knows that the report names as the
// venue (meetings.Meeting.Places, Mention.EntityID). A fact that gives
// none holds a nil pointer instead of 144 bytes.
type factRare struct {
	Day, Began, After             article.Date
	VenueCandidates, VenueGuesses []string
	Places                        []string
}

func (r *factRare) zero() bool {
	return r.Day.IsZero() && r.Began.IsZero() && r.After.IsZero() &&
		len(r.VenueCandidates) == 0 && len(r.VenueGuesses) == 0 && len(r.Places) == 0
}

// rareOf returns the fields of f few reports give (zero when it has none).
func (f *meetingFact) rareOf() factRare {
	if f.rare == nil {
		return factRare{}
	}
	return *f.rare
}

// editRare changes the fields of f few reports give: edit gets a copy,
// which f then holds (nil when edit left them all zero), so that a fact
// sharing the old ones with f keeps them.
func (f *meetingFact) editRare(edit func(r *factRare)) {
	r := f.rareOf()
	edit(&r)
	if r.zero() {
		f.rare = nil
		return
	}
	f.rare = &r
}

// Day, Began, After, VenueCandidates, VenueGuesses and Places read the
// fields of f few reports give.
func (f *meetingFact) Day() article.Date {
	if f.rare == nil {
		return article.Date{}
	}
	return f.rare.Day
}

// Began is the day a round over several days began (meetings.Meeting).
func (f *meetingFact) Began() article.Date {
	if f.rare == nil {
		return article.Date{}
	}
	return f.rare.Began
}

// After is the date of the previous round as the report gives it.
func (f *meetingFact) After() article.Date {
	if f.rare == nil {
		return article.Date{}
	}
	return f.rare.After
}

// VenueCandidates are the places of a hesitant report.
func (f *meetingFact) VenueCandidates() []string {
	if f.rare == nil {
		return nil
	}
	return f.rare.VenueCandidates
}

// VenueGuesses are the places no list knows a weaker frame puts the
// meeting in.
func (f *meetingFact) VenueGuesses() []string {
	if f.rare == nil {
		return nil
	}
	return f.rare.VenueGuesses
}

// Places are the ids of the places no list knows that the report names as
// the venue.
func (f *meetingFact) Places() []string {
	if f.rare == nil {
		return nil
	}
	return f.rare.Places
}

// factOf is the fact of meeting m reported by article art, published on
// published, without evidence. m.Support is not read.
func factOf(m *meetings.Meeting, art string, published article.Date) meetingFact {
	f := meetingFact{
		Parties: m.Parties, Date: m.Date, Venue: m.Venue, Ordinal: m.Ordinal,
		Mediators: m.Mediators, Participants: m.Participants,
		Status: m.Status, Format: m.Format, Kind: m.Kind, Topics: m.Topics, Confidence: m.Confidence,
		DateFromPublication: m.DateFromPublication, MultiDay: m.MultiDay, Brokered: m.Brokered, Secret: m.Secret,
		article: art, published: published,
	}
	f.editRare(func(r *factRare) {
		r.Day, r.Began, r.After = m.Day, m.Began, m.After
		r.VenueCandidates, r.VenueGuesses = m.VenueCandidates, m.VenueGuesses
		if len(m.Places) > 0 {
			r.Places = make([]string, len(m.Places))
			for i, p := range m.Places {
				r.Places[i] = p.Mention.EntityID
			}
		}
	})
	return f
}

// meeting is the fact as a meetings.Meeting, for a contribution's
// encoding: its places carry their ids alone, and it has no Support.
func (f *meetingFact) meeting() meetings.Meeting {
	r := f.rareOf()
	m := meetings.Meeting{
		Parties: f.Parties, Date: f.Date, Day: r.Day, Began: r.Began, After: r.After,
		Venue: f.Venue, VenueCandidates: r.VenueCandidates, VenueGuesses: r.VenueGuesses,
		Ordinal: f.Ordinal, Mediators: f.Mediators, Participants: f.Participants,
		Status: f.Status, Format: f.Format, Kind: f.Kind, Topics: f.Topics, Confidence: f.Confidence,
		DateFromPublication: f.DateFromPublication, MultiDay: f.MultiDay, Brokered: f.Brokered, Secret: f.Secret,
	}
	if len(r.Places) > 0 {
		m.Places = make([]meetings.Place, len(r.Places))
		for i, id := range r.Places {
			m.Places[i].Mention.EntityID = id
		}
	}
	return m
}

func contribute(seq int, f *Facts) *contribution {
	c := &contribution{seq: seq, art: f.Article}
	c.art.Text = ""
	// metadata read from the text (a first-line title) shares its memory
	c.art.Title, c.art.Outlet = strings.Clone(c.art.Title), strings.Clone(c.art.Outlet)
	ev := evidenceOf(f)
	byID := map[string]*mentionAgg{}
	var order []string
	for _, m := range f.Mentions {
		if !m.Names() {
			continue
		}
		a, ok := byID[m.EntityID]
		if !ok {
			a = &mentionAgg{entityID: m.EntityID, mentionBody: &mentionBody{}}
			byID[m.EntityID] = a
			order = append(order, m.EntityID)
		}
		a.count++
		a.surfaces = appendUnique(a.surfaces, strings.Clone(m.Surface))
		a.offsets = append(a.offsets, spanOf(m.Start, m.End))
		if len(a.evidence) < maxEvidence {
			a.evidence = appendUnique(a.evidence, ev(m.Sentence))
		}
		if m.Confidence > a.confidence {
			a.confidence = m.Confidence
		}
	}
	// lists of their exact size: a build holds every article's
	if len(order) > 0 {
		c.mentions = make([]mentionAgg, 0, len(order))
	}
	for _, id := range order {
		c.mentions = append(c.mentions, *byID[id])
	}
	ids := make([]string, 0, len(f.Entities))
	for id := range f.Entities {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if len(ids) > 0 {
		c.entities = make([]*entities.Entity, 0, len(ids))
	}
	for _, id := range ids {
		e := *f.Entities[id]
		// names found in the text share its memory: copy them
		e.Name, e.NameAr = strings.Clone(e.Name), strings.Clone(e.NameAr)
		c.entities = append(c.entities, &e)
	}
	if len(f.Meetings) > 0 {
		c.meetings = make([]meetingFact, 0, len(f.Meetings))
	}
	for i := range f.Meetings {
		m := &f.Meetings[i]
		mf := factOf(m, f.Article.ID, f.Article.Published)
		if len(m.Support) > 0 {
			mf.evidence = make(factEvidence, 0, len(m.Support))
		}
		for _, key := range sortedKeys(m.Support) {
			sents := m.Support[key]
			list := make([]string, 0, min(len(sents), maxEvidence))
			for _, si := range sents {
				if len(list) < maxEvidence {
					list = appendUnique(list, ev(si))
				}
			}
			if len(list) > 0 {
				// the keys name the facts ("party:ID"): one copy each
				mf.evidence = append(mf.evidence, keyedSentences{key: intern(key), sents: list})
			}
		}
		if len(mf.evidence) == 0 {
			mf.evidence = nil
		}
		// Support (sentence indexes) has given the evidence: the analysis
		// keeps the sentences only
		c.meetings = append(c.meetings, mf)
	}
	c.cues = aggregateCues(f, ev)
	// one list per distinct list of sentences, and lists of their exact
	// length: a build holds every article's until assembly
	lists := sentenceLists{}
	for _, ms := range [][]mentionAgg{c.mentions, c.cues} {
		for i := range ms {
			m := &ms[i]
			m.evidence = lists.share(m.evidence)
			if cap(m.offsets) > len(m.offsets) {
				m.offsets = slices.Clone(m.offsets)
			}
		}
	}
	for i := range c.meetings {
		for j := range c.meetings[i].evidence {
			k := &c.meetings[i].evidence[j]
			k.sents = lists.share(k.sents)
		}
	}
	return c
}

// aggregateCues gathers the place cues of an article per place, as the
// mentions they become when the place is learnt.
func aggregateCues(f *Facts, ev func(int) string) []mentionAgg {
	var out []mentionAgg
	at := map[string]int{}
	for _, p := range f.PlaceCues {
		m := p.Mention
		i, ok := at[m.EntityID]
		if !ok {
			i = len(out)
			at[m.EntityID] = i
			out = append(out, mentionAgg{entityID: m.EntityID, mentionBody: &mentionBody{confidence: m.Confidence}})
		}
		a := &out[i]
		a.count++
		a.surfaces = appendUnique(a.surfaces, strings.Clone(m.Surface))
		a.offsets = append(a.offsets, spanOf(m.Start, m.End))
		if len(a.evidence) < maxEvidence {
			a.evidence = appendUnique(a.evidence, ev(m.Sentence))
		}
	}
	return out
}

// evidenceOf returns the evidence sentence i of the article, clipped
// and made canonical once per article: every fact of the article that
// cites a sentence shares its one copy, and none holds the article's text.
func evidenceOf(f *Facts) func(i int) string {
	memo := map[int]string{}
	return func(i int) string {
		s, ok := memo[i]
		if !ok {
			s = clip(f.Sentence(i))
			memo[i] = s
		}
		return s
	}
}

// clip bounds an evidence sentence and returns its canonical copy
// (intern), so that the evidence does not keep the whole article text
// alive and a sentence several articles carry (a wire story, a
// boilerplate line) is held once: memory follows the graph, not the text
// read.
func clip(s string) string {
	if len(s) <= maxSentence {
		return intern(s)
	}
	cut := maxSentence
	for cut > 0 && (s[cut]&0xC0) == 0x80 {
		cut--
	}
	return intern(s[:cut] + "…")
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
