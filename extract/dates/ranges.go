package dates

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/negograph/negograph/internal/article"
)

// This file joins the two ends of a range of dates into one mention: "بين
// تشرين الثاني وكانون الأول الماضيين", "من 6 إلى 10 آذار", "بين 24 و27
// أيلول". A range is one period — its month when both ends share one, its
// year when they share only that — not two dates of two events.

// rangeOpen matches the word that opens a range, at the end of the text
// before its first end: بين، ما بين، من.
var rangeOpen = regexp.MustCompile(`(?:^|[\s(])(?:ما )?(?:بين|من|في الفترة من|خلال الفترة من)\s*$`)

// rangeJoin matches what stands between the two ends: و (cut off the
// second mention), إلى، حتى, a dash.
var rangeJoin = regexp.MustCompile(`^\s*(?:و|إلى|الى|حتى|-|–)?\s*$`)

// dayRange matches a bare day number opening a range before a full date,
// at the end of the text before it: "بين 24 و", "من 6 إلى ".
var dayRange = regexp.MustCompile(`(?:^|\s)(?:(?:ما )?(?:بين|من)\s+(` + dayWord + `)\s*(?:و|إلى|الى|حتى|-|–)|(?:يومي|في)\s+(` + dayWord + `)\s*و)\s*$`)

// dayWord is a day of the month in digits or in ordinal words (السادس،
// الخامس عشر، السابع والعشرين).
const dayWord = `[0-9]{1,2}|[٠-٩]{1,2}|(?:الحادي|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع)\s+(?:عشر|والعشرين)|(?:الأول|الحادي)\s+والثلاثين|الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|العشرين|الثلاثين`

// joinRanges returns the mentions with each range of two months, of a
// bare day and a date, or of two full dates at most maxRangeDays apart,
// made one mention of the period that covers it. Two full dates further
// apart ("بين 3 آب و12 أيلول") stay two mentions: each may be an event of
// its own.
func joinRanges(text string, ms []Mention) []Mention {
	out := ms[:0:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		before := text[lookBack(text, m.Start):m.Start]
		if k+1 < len(ms) && !m.Since && m.Date.Precision() == article.PrecisionMonth && ms[k+1].Date.Precision() == article.PrecisionMonth &&
			rangeOpen.MatchString(before) && rangeJoin.MatchString(text[m.End:ms[k+1].Start]) {
			if d, ok := period(m.Date, ms[k+1].Date); ok {
				n := ms[k+1]
				m.End, m.Text, m.Date = n.End, text[m.Start:n.End], d
				m.Relative = m.Relative || n.Relative
				m.Future = m.Future && n.Future
				out = append(out, m)
				k++
				continue
			}
		}
		if k+1 < len(ms) && shortDayRange(text, before, m, ms[k+1]) {
			// "بين 25 أيار و2 حزيران": the days of one multi-day round
			n := ms[k+1]
			d, _ := period(m.Date, n.Date)
			m.End, m.Text, m.Date = n.End, text[m.Start:n.End], d
			m.Relative = m.Relative || n.Relative
			m.Future = m.Future && n.Future
			out = append(out, m)
			k++
			continue
		}
		if strings.HasPrefix(m.Text, "و") {
			before += "و" // "يومي الخامس عشر والسادس عشر من أغسطس"
		}
		if loc := dayRange.FindStringSubmatchIndex(before); loc != nil && m.Date.Precision() == article.PrecisionDay && !m.Since {
			// "بين 24 و27 أيلول", "يومي 15 و16 آب", "من السادس حتى العاشر
			// من آذار": days of one month, from the first day's number
			first := loc[2]
			if first < 0 {
				first = loc[4]
			}
			start := lookBack(text, m.Start) + first
			m.Start, m.Text, m.Date = start, text[start:m.End], m.Date.Truncate(article.PrecisionMonth)
		}
		out = append(out, m)
	}
	return out
}

// rangeLookBack is how many bytes before a date joinRanges reads for the
// opening of a range: enough for "ما بين السابع والعشرين حتى " in Arabic
// letters (two bytes each).
const rangeLookBack = 96

// lookBack returns the offset rangeLookBack bytes before end in text,
// moved forward to the start of a character.
func lookBack(text string, end int) int {
	i := max(0, end-rangeLookBack)
	for i < end && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// period returns the period from a to b: their common month or year. An
// end named without its year ("بين شباط وآذار") follows the other end; a
// range across years, or backwards, is none.
func period(a, b article.Date) (article.Date, bool) {
	if a.IsZero() || b.IsZero() {
		return article.Date{}, false
	}
	if a.Precision() == article.PrecisionMonth && b.Precision() == article.PrecisionMonth && b.Year != a.Year && b.Month > a.Month {
		b.Year = a.Year // resolved apart, each the latest such month before publication
	}
	if b.Before(a) {
		return article.Date{}, false
	}
	switch {
	case a.Year != b.Year:
		return article.Date{}, false
	case a.Month != 0 && a.Month == b.Month:
		return article.Date{Year: a.Year, Month: a.Month}, true
	}
	return article.Date{Year: a.Year}, true
}

// maxRangeDays is the longest span, in days, of two full dates read as the
// first and last day of one period ("بين 25 أيار و2 حزيران", "من 28 تشرين
// الثاني حتى 3 كانون الأول"): the length of a long round of talks.
const maxRangeDays = 31

// shortDayRange reports whether the day dates a and b, in that order, are the
// two ends of one range ("بين A وB", "من A إلى B") whose days lie at most
// maxRangeDays apart.
func shortDayRange(text, before string, a, b Mention) bool {
	if a.Since || b.Since || a.Date.Precision() != article.PrecisionDay || b.Date.Precision() != article.PrecisionDay {
		return false
	}
	if !rangeOpen.MatchString(before) || !rangeJoin.MatchString(text[a.End:b.Start]) || b.Date.Before(a.Date) {
		return false
	}
	_, ok := period(a.Date, b.Date)
	return ok && b.Date.Time().Sub(a.Date.Time()).Hours() <= 24*maxRangeDays
}
