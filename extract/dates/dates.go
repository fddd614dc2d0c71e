// Package dates finds and resolves the date expressions of an Arabic news
// article: explicit dates with Gregorian, Levantine (Syriac) and Maghrebi
// month names, years, and relative expressions (أمس، الشهر الماضي، يوم
// الثلاثاء، قبل ثلاثة أشهر، منذ يناير) placed on the calendar against the
// article's publication date.
//
// Every expression is first turned into a span of days seen from the
// publication day; the resulting article.Date is the common ISO prefix of the
// span's first and last day, so a week that straddles two months comes back
// with year precision and a span across two years is dropped. When the
// publication date is only known to the month or year, the span is widened to
// cover every day the publication may fall on, so precision is never
// invented: with publication "2024", "الشهر الماضي" is dropped, and with
// publication "2024-05", "أمس" gives "2024". With no publication date only
// expressions with an explicit year are kept.
//
// Resolution rules:
//   - a month without a year ("في يناير") is the latest such month not after
//     publication; with الماضي the latest strictly before the publication
//     month; with الجاري the publication year; with المقبل/القادم the next one
//     strictly after (a day with الماضي is the latest such date before
//     publication: "23 أيار الماضي" four days ago); after a future cue in the same clause (سوف، من المقرر،
//     ستعقد …, but not كان من المقرر) the first one not before publication;
//   - a day and month without a year within two weeks after publication keep
//     the publication year (news announces the coming days); otherwise they take
//     the year that puts them nearest on
//     or before publication (on or after with a future cue); with a modifier
//     the month rule above chooses the year;
//   - a weekday is the latest such day on or before publication; with الماضي
//     at least two days before (the day before is written "أمس"), with
//     المقبل/القادم strictly after;
//   - weeks run from Sunday (الأحد) to Saturday. "هذا الأسبوع" and
//     "الأسبوع الماضي" resolve to the week's month when the whole week lies
//     in one month, to its year when it straddles two months, and are
//     dropped when it straddles two years; they never get day precision;
//   - "قبل N أيام/أسابيع/أشهر/أعوام" counts back N units (a week as above),
//     "بعد" forward; without a number (قبل أيام، منذ أشهر) a vague range of 2
//     to about 10 units is used, which usually leaves month or year
//     precision or nothing; hours count as whole days;
//   - مطلع/منتصف/نهاية narrow a month or year for the Future flag only.
//
// Future is set when the words point ahead (المقبل، غدا، بعد يومين) or when
// the whole resolved span lies after the last day the publication may fall
// on. Since is set for expressions after منذ, whose span includes منذ. A
// clitic prefix (و، ف، ب، ل) is cut off the mention's text, except for the ل
// of "للشهر", which is fused with the article.
package dates

import (
	"sync"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/internal/article"
)

// Mention is one resolved date expression.
type Mention struct {
	Start, End int          // byte offsets in the original text
	Text       string       // surface
	Date       article.Date // resolved, with its precision; zero Date never returned
	Relative   bool         // resolved against the publication date
	Future     bool         // refers after publication (المقبل، القادم، غدا، next month; an explicit date after publication)
	Since      bool         // preceded by منذ (a "since" boundary, not an event date)
}

// Tagger finds date expressions. It holds immutable tables built by New and
// a pool of scratch token buffers, and is safe for concurrent use.
type Tagger struct {
	lex map[string]lex
	// sketch rules out most words that are not in lex before the map is
	// searched.
	sketch *arabic.Sketch
	// toks recycles the token buffers of Tag (*[]tok): they are the bulk of
	// what tagging allocates, and never leave Tag.
	toks sync.Pool
}

// New builds a Tagger.
func New() *Tagger {
	t := &Tagger{lex: buildLexicon(), sketch: new(arabic.Sketch)}
	for k := range t.lex {
		t.sketch.Add(k)
	}
	return t
}

// Tag finds the date expressions of text and resolves them against the
// publication date published, which may be known to the day, month or year,
// or be zero (then only expressions with an explicit year are returned).
// Mentions are sorted by Start and do not overlap; at each position the
// longest expression wins.
func (t *Tagger) Tag(text string, published article.Date) []Mention {
	if !published.Valid() {
		published = article.Date{}
	}
	buf, _ := t.toks.Get().(*[]tok)
	if buf == nil {
		buf = new([]tok)
	}
	defer t.toks.Put(buf)
	*buf = t.scan(text, (*buf)[:0])
	p := parser{text: text, toks: *buf, lastYear: -1}
	var out []Mention
	for i := 0; i < len(p.toks); {
		m, ok := p.at(i)
		if !ok {
			i++
			continue
		}
		first := p.toks[i]
		i = m.next
		if m.e.kind == eAbs && m.e.m == 0 && p.toks[m.next-1].num >= 0 {
			p.lastYear = m.next - 1
		}
		d, future, rel, good := m.e.resolve(published)
		switch m.e.kind {
		case eDaySameMonth:
			d, future, rel, good = sameMonth(out, m.e.d, published)
		case eMonthSameYear:
			d, future, rel, good = sameYear(out, m.e.m, m.e.d, published)
		}
		if !good {
			continue
		}
		if first.known && first.lx.strip > 0 && m.start == first.start {
			m.start = skipLetters(text, m.start, first.end, int(first.lx.strip))
		}
		out = append(out, Mention{
			Start:    m.start,
			End:      m.end,
			Text:     text[m.start:m.end],
			Date:     d,
			Relative: rel,
			Future:   future,
			Since:    m.e.since,
		})
	}
	return joinRanges(text, out)
}

// skipLetters moves past n letters of text from start (not beyond end), and
// past the diacritics that follow them, so that a clitic prefix (و، ب، ل)
// stays out of a mention.
func skipLetters(text string, start, end, n int) int {
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if fold(r) >= 0 {
			if n == 0 {
				break
			}
			n--
		}
		i += size
	}
	return i
}
