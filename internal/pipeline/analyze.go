package pipeline

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/dates"
	"github.com/negograph/negograph/extract/english"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
)

// Analyzer turns one article into its facts: entity mentions, dates and
// meetings. It is immutable once built (it only lends scratch buffers from
// a pool) and safe for concurrent use.
type Analyzer struct {
	rec   *entities.Recognizer
	dates *dates.Tagger
	meets *meetings.Extractor
	// en reads English articles.
	en    *english.Recognizer
	enMet *english.Extractor
	// toks recycles the token slices of Analyze (*[]arabic.Token): the
	// tokens are the largest allocation of an analysis and do not outlive
	// it.
	toks sync.Pool
}

// NewAnalyzer builds an analyzer over the known entities.
func NewAnalyzer(known []entities.Known) *Analyzer {
	rec := entities.NewRecognizer(known)
	w := world{rec}
	capital := func(country string) string {
		if k, ok := rec.Entry(country); ok {
			return k.Capital
		}
		return ""
	}
	en := english.NewRecognizer(known)
	return &Analyzer{rec: rec, dates: dates.New(), meets: meetings.New(w, capital), en: en, enMet: english.NewExtractor(en)}
}

// world answers the meeting extractor's questions from the gazetteer.
type world struct{ rec *entities.Recognizer }

// CountryOf returns a person's or place's country, or "" if unknown.
func (w world) CountryOf(id string) string {
	if k, ok := w.rec.Entry(id); ok {
		return k.Country
	}
	return ""
}

// Facts is what the analyzer found in one article.
type Facts struct {
	Article   article.Article
	Sentences []arabic.Span
	Mentions  []entities.Mention
	Entities  map[string]*entities.Entity
	Meetings  []meetings.Meeting
	// PlaceCues are the words no list knows that the article names as
	// places are named ("في X"): places where another article learnt them.
	PlaceCues []meetings.Place
}

// Sentence returns the text of sentence i, trimmed.
func (f *Facts) Sentence(i int) string {
	if i < 0 || i >= len(f.Sentences) {
		return ""
	}
	sp := f.Sentences[i]
	return strings.TrimSpace(f.Article.Text[sp.Start:sp.End])
}

// chunkBytes bounds the text analysed at once. A longer article (an
// archive pasted into one file) is analysed in parts cut at paragraph or
// sentence ends, so that the memory of an analysis follows the part, not
// the file; a meeting told across a cut is read from each side of it.
const chunkBytes = 1 << 20

// Analyze extracts the facts of one article.
func (a *Analyzer) Analyze(art article.Article) *Facts {
	analyze := a.analyze
	if readEnglish(art) {
		analyze = a.analyzeEnglish
	}
	if len(art.Text) <= chunkBytes {
		f := analyze(art.Text, art.Published)
		f.Article = art
		addPlaces(f)
		return f
	}
	f := &Facts{Article: art, Entities: map[string]*entities.Entity{}}
	for start := 0; start < len(art.Text); {
		end := cutPart(art.Text, start, chunkBytes)
		f.appendPart(analyze(art.Text[start:end], art.Published), start)
		start = end
	}
	addPlaces(f)
	return f
}

// analyze extracts the facts of one text; offsets and sentence numbers are
// the text's own.
func (a *Analyzer) analyze(text string, published article.Date) *Facts {
	// both keep the text's length: offsets still point into the article
	text = arabic.ConjunctionIntoQuotes(unwrap(text))
	buf, _ := a.toks.Get().(*[]arabic.Token)
	if buf == nil {
		buf = new([]arabic.Token)
	}
	defer func() {
		clear(*buf) // do not keep this article's text alive
		a.toks.Put(buf)
	}()
	toks, sents := arabic.AppendSplit((*buf)[:0], text)
	*buf = toks
	res := a.rec.Recognize(text, toks)
	dms := a.dates.Tag(text, published)
	in := meetings.Input{
		Text:      text,
		Published: published,
		Tokens:    toks,
		Sentences: sents,
		Mentions:  res.Mentions,
		Entities:  res.Entities,
		Dates:     tokenDates(toks, dms),
	}
	ms, cues := a.meets.ExtractWithCues(in)
	ms = a.cityStateVenues(ms)
	return &Facts{
		Sentences: sents,
		Mentions:  withSites(res),
		Entities:  res.Entities,
		Meetings:  ms,
		PlaceCues: cues,
	}
}

// readEnglish reports whether an article goes the English way: its
// language tag says English, or it has none, a publication date to
// resolve its dates against, and mostly Latin letters. Untagged texts
// without a date (a README read with the articles) keep the default path.
func readEnglish(art article.Article) bool {
	if art.Language != "" {
		return english.IsEnglish(art.Language, "")
	}
	return !art.Published.IsZero() && english.IsEnglish("", art.Text)
}

// analyzeEnglish extracts the facts of one English text, as analyze does
// for Arabic.
func (a *Analyzer) analyzeEnglish(text string, published article.Date) *Facts {
	text = unwrap(text)
	toks, sents := english.Tokenize(text)
	res := a.en.Recognize(text, toks)
	in := english.Input{Text: text, Tokens: toks, Mentions: res.Mentions, Dates: english.TagDates(toks, published), Published: published}
	return &Facts{
		Sentences: sents,
		Mentions:  res.Mentions,
		Entities:  res.Entities,
		Meetings:  a.cityStateVenues(a.enMet.Extract(in)),
	}
}

// cutPart returns the end of the part of text that starts at start: the
// last paragraph end (or else sentence end, or else space) before
// start+limit, or the end of the text.
func cutPart(text string, start, limit int) int {
	if len(text)-start <= limit {
		return len(text)
	}
	window := text[start : start+limit]
	for _, sep := range []string{"\n\n", "\n", ". ", "。", " "} {
		if i := strings.LastIndex(window, sep); i > limit/2 {
			return start + i + len(sep)
		}
	}
	end := start + limit
	for end > start && !utf8.RuneStart(text[end]) {
		end-- // never cut a letter in two
	}
	return end
}

// appendPart adds the facts of the part of the article that starts at byte
// off: offsets and sentence numbers are moved to the article's.
func (f *Facts) appendPart(p *Facts, off int) {
	sent := len(f.Sentences)
	for _, sp := range p.Sentences {
		sp.Start += off
		sp.End += off
		f.Sentences = append(f.Sentences, sp)
	}
	move := func(m *entities.Mention) {
		m.Start += off
		m.End += off
		m.Sentence += sent
		m.TokStart, m.TokEnd = -1, -1 // tokens are the part's
	}
	for _, m := range p.Mentions {
		move(&m)
		f.Mentions = append(f.Mentions, m)
	}
	for id, e := range p.Entities {
		if old, ok := f.Entities[id]; !ok || e.Confidence > old.Confidence {
			f.Entities[id] = e
		}
	}
	for _, m := range p.Meetings {
		support := make(map[string][]int, len(m.Support))
		for k, list := range m.Support {
			moved := make([]int, len(list))
			for i, si := range list {
				moved[i] = si + sent
			}
			support[k] = moved
		}
		m.Support = support
		places := make([]meetings.Place, len(m.Places))
		for i, pl := range m.Places {
			move(&pl.Mention)
			places[i] = pl
		}
		m.Places = places
		f.Meetings = append(f.Meetings, m)
	}
	for _, pl := range p.PlaceCues {
		move(&pl.Mention)
		f.PlaceCues = append(f.PlaceCues, pl)
	}
}

// addPlaces gives the places no list knows, that meetings name as their
// venue, an entity and a mention, so that they become Venue nodes the
// article MENTIONS.
func addPlaces(f *Facts) {
	for _, m := range f.Meetings {
		for _, p := range m.Places {
			id := p.Mention.EntityID
			if _, ok := f.Entities[id]; ok {
				continue
			}
			if f.Entities == nil {
				f.Entities = map[string]*entities.Entity{}
			}
			f.Entities[id] = &entities.Entity{ID: id, Label: p.Mention.Label, Name: p.Mention.Surface, NameAr: p.Mention.Surface,
				Country: p.Country, Confidence: p.Mention.Confidence}
			f.Mentions = append(f.Mentions, p.Mention)
		}
	}
}

// tokenDates maps the tagger's byte ranges onto token ranges.
func tokenDates(toks []arabic.Token, ms []dates.Mention) []meetings.DateMention {
	out := make([]meetings.DateMention, 0, len(ms))
	i := 0
	for _, m := range ms {
		for i < len(toks) && toks[i].End <= m.Start {
			i++
		}
		j := i
		for j < len(toks) && toks[j].Start < m.End {
			j++
		}
		if j == i {
			continue
		}
		out = append(out, meetings.DateMention{TokStart: i, TokEnd: j, Date: m.Date, Future: m.Future, Since: m.Since})
	}
	return out
}

// unwrap reads a hard-wrapped page as its sentences: when most lines of the
// text end inside a sentence (no final punctuation before a single line
// break), such a line break is a space. The text keeps its length, so every
// offset still points into the article as read. Other texts are returned
// as they are.
func unwrap(text string) string {
	if strings.Count(text, "\n") < 4 {
		return text
	}
	lines := strings.Split(text, "\n")
	open, ends := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		if wrappedLine(lines[i], lines[i+1]) {
			open++
		}
		if strings.TrimSpace(lines[i]) != "" && strings.TrimSpace(lines[i+1]) != "" {
			ends++
		}
	}
	if open < 3 || open*2 < ends || !shortLines(lines) {
		return text
	}
	b := []byte(text)
	at := 0
	for i := 0; i+1 < len(lines); i++ {
		at += len(lines[i])
		if wrappedLine(lines[i], lines[i+1]) {
			b[at] = ' '
			if at > 0 && b[at-1] == '\r' {
				b[at-1] = ' '
			}
		}
		at++ // the line break
	}
	return string(b)
}

// wrappedLine reports whether a line ends inside a sentence that the next
// line goes on with: long enough to be a wrapped line of prose (not a
// title), no final punctuation, and a next line that is not blank.
func wrappedLine(line, next string) bool {
	line = strings.TrimRight(line, " \t\r")
	if strings.TrimSpace(next) == "" || utf8.RuneCountInString(line) < 25 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', '!', '?', '؟', '…', ':', '"', '»', '”', ')', '*', '|', '۔':
		return false
	}
	return true
}

// shortLines reports whether most lines of text are short, as a page
// wrapped at a fixed width has them (paragraphs of prose run longer).
func shortLines(lines []string) bool {
	short, all := 0, 0
	for _, l := range lines {
		n := utf8.RuneCountInString(strings.TrimSpace(l))
		if n == 0 {
			continue
		}
		all++
		if n <= 100 {
			short++
		}
	}
	return short*4 >= all*3
}

// withSites returns the article's mentions with the buildings it names
// (entities.Result.Sites), in text order: the buildings become Venue nodes
// the article MENTIONS, while meetings read the mentions without them (a
// palace is never a meeting's venue: its town is).
func withSites(res entities.Result) []entities.Mention {
	if len(res.Sites) == 0 {
		return res.Mentions
	}
	out := append(slices.Clone(res.Mentions), res.Sites...)
	slices.SortStableFunc(out, func(a, b entities.Mention) int { return cmp.Compare(a.Start, b.Start) })
	return out
}
