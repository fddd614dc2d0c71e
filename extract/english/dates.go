package english

import (
	"strconv"
	"time"

	"github.com/negograph/negograph/internal/article"
)

// Date is a date expression of an English text, resolved against the
// publication date.
type Date struct {
	// Tok and TokEnd are the token range [Tok, TokEnd) of the expression.
	Tok, TokEnd int
	// Date is the resolved date, to the precision the text gives.
	Date article.Date
	// Future marks a date after the publication date.
	Future bool
}

func monthNumber(w string) int {
	switch w {
	case "january", "jan":
		return 1
	case "february", "feb":
		return 2
	case "march":
		return 3
	case "april":
		return 4
	case "may":
		return 5
	case "june":
		return 6
	case "july":
		return 7
	case "august", "aug":
		return 8
	case "september", "sept", "sep":
		return 9
	case "october", "oct":
		return 10
	case "november", "nov":
		return 11
	case "december", "dec":
		return 12
	}
	return 0
}

func weekdayNumber(w string) int {
	for i, d := range [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		if w == d {
			return i
		}
	}
	return -1
}

// dayNumber reads "12" or "12th" as a day of the month.
func dayNumber(w string) int {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n > 31 || len(w) > 2 {
		return 0
	}
	return n
}

func yearNumber(w string) int {
	n, err := strconv.Atoi(w)
	if err != nil || len(w) != 4 || n < 1900 || n > 2100 {
		return 0
	}
	return n
}

// futureCue reports whether a word points the sentence after publication.
func futureCue(w string) bool {
	switch w {
	case "will", "next", "scheduled", "set", "expected", "planned", "due", "upcoming", "coming", "tomorrow", "shall", "to":
		return true
	}
	return false
}

// TagDates finds the date expressions of tokens: "April 12", "12 April
// 2025", "April 2025", "last April", "early May", weekdays ("on
// Saturday", "next Tuesday"), "today", "yesterday", "tomorrow", "this
// month", "earlier this month", "last month", "next month", "last year".
// Dates are resolved against published: a weekday or a month without year
// is the last one on or before publication, unless the sentence speaks of
// the future or says "next".
func TagDates(toks []Token, published article.Date) []Date {
	var out []Date
	if published.IsZero() {
		return nil
	}
	future := sentenceFuture(toks)
	for i := 0; i < len(toks); i++ {
		// "that same month", "the same month": the month last named.
		if toks[i].Lower == "month" && len(out) > 0 && i > 0 && (toks[i-1].Lower == "same" || toks[i-1].Lower == "that") &&
			toks[i-1].Sentence == toks[i].Sentence && out[len(out)-1].Date.Month > 0 {
			d := out[len(out)-1].Date.Truncate(article.PrecisionMonth)
			out = append(out, Date{Tok: i - 1, TokEnd: i + 1, Date: d, Future: published.Before(d)})
			continue
		}
		d, end, ok := dateAt(toks, i, published, future[toks[i].Sentence])
		if !ok {
			continue
		}
		out = append(out, d...)
		i = end - 1
	}
	return out
}

// sentenceFuture marks the sentences that speak of what is to come.
func sentenceFuture(toks []Token) map[int]bool {
	f := map[int]bool{}
	for i, t := range toks {
		if futureCue(t.Lower) && !(t.Lower == "to" && (i+1 >= len(toks) || !(toks[i+1].Lower == "start" || toks[i+1].Lower == "begin" || toks[i+1].Lower == "resume" || toks[i+1].Lower == "continue" || toks[i+1].Lower == "hold"))) &&
			!(t.Lower == "set" && (i+1 >= len(toks) || toks[i+1].Lower != "to" && toks[i+1].Lower != "for")) {
			f[t.Sentence] = true
		}
	}
	return f
}

func lower(toks []Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].Lower
}

func sameSentence(toks []Token, i, j int) bool {
	return j >= 0 && j < len(toks) && toks[i].Sentence == toks[j].Sentence
}

// dateAt reads a date expression starting at token i.
func dateAt(toks []Token, i int, pub article.Date, future bool) ([]Date, int, bool) {
	w := toks[i].Lower
	prev := ""
	if sameSentence(toks, i, i-1) {
		prev = lower(toks, i-1)
	}
	pt := pub.Time()
	mk := func(d article.Date, from, to int) []Date {
		return []Date{{Tok: from, TokEnd: to, Date: d, Future: pub.Before(d)}}
	}
	switch w {
	case "today", "tonight":
		if pub.Precision() == article.PrecisionDay {
			return mk(pub, i, i+1), i + 1, true
		}
	case "yesterday":
		if pub.Precision() == article.PrecisionDay {
			return mk(article.FromTime(pt.AddDate(0, 0, -1)), i, i+1), i + 1, true
		}
	case "tomorrow":
		if pub.Precision() == article.PrecisionDay {
			return mk(article.FromTime(pt.AddDate(0, 0, 1)), i, i+1), i + 1, true
		}
	case "month", "year":
		d := pub.Truncate(article.PrecisionMonth)
		if w == "year" {
			d = pub.Truncate(article.PrecisionYear)
		}
		switch prev {
		case "this":
			return mk(d, i-1, i+1), i + 1, true
		case "last", "next":
			step := 1
			if prev == "last" {
				step = -1
			}
			t := time.Date(pub.Year, time.Month(max(pub.Month, 1)), 1, 0, 0, 0, 0, time.UTC)
			if w == "month" && pub.Month > 0 {
				d = article.FromTime(t.AddDate(0, step, 0)).Truncate(article.PrecisionMonth)
			} else {
				d = article.Date{Year: pub.Year + step}
			}
			return mk(d, i-1, i+1), i + 1, true
		}
	}
	if wd := weekdayNumber(w); wd >= 0 && pub.Precision() == article.PrecisionDay {
		delta := (int(pt.Weekday()) - wd + 7) % 7 // days back to the last such weekday
		fwd := (wd - int(pt.Weekday()) + 7) % 7
		var d time.Time
		switch {
		case prev == "next" || prev == "coming":
			if fwd == 0 {
				fwd = 7
			}
			d = pt.AddDate(0, 0, fwd)
		case prev == "last" || prev == "past":
			if delta == 0 {
				delta = 7
			}
			d = pt.AddDate(0, 0, -delta)
		case future && fwd <= delta:
			d = pt.AddDate(0, 0, fwd)
		default:
			d = pt.AddDate(0, 0, -delta)
		}
		end := i + 1
		// "Saturday, April 3": the explicit date follows and wins.
		if ds, e, ok := monthDate(toks, end, pub, future); ok {
			return ds, e, true
		}
		return mk(article.FromTime(d), i, end), end, true
	}
	if ds, e, ok := monthDate(toks, i, pub, future); ok {
		return ds, e, true
	}
	return nil, i + 1, false
}

// monthDate reads "April 12", "April 12, 2025", "April 28 and 29",
// "12 April 2025", "the 12th of April", "April 2025", "last April",
// "early May".
func monthDate(toks []Token, i int, pub article.Date, future bool) ([]Date, int, bool) {
	if i >= len(toks) {
		return nil, i, false
	}
	same := func(j int) bool { return sameSentence(toks, i, j) }
	day, m, start := 0, 0, i
	j := i
	if d := dayNumber(toks[j].Lower); d > 0 && same(j+1) && monthNumber(toks[j+1].Lower) > 0 && toks[j+1].Cap() {
		day, m, j = d, monthNumber(toks[j+1].Lower), j+2
	} else if d := dayNumber(toks[j].Lower); d > 0 && same(j+2) && toks[j+1].Lower == "of" && monthNumber(toks[j+2].Lower) > 0 && toks[j+2].Cap() {
		day, m, j = d, monthNumber(toks[j+2].Lower), j+3 // "the 12th of April"
	} else if mm := monthNumber(toks[j].Lower); mm > 0 && toks[j].Cap() {
		m, j = mm, j+1
		if toks[j-1].Lower == "may" && !(same(j) && (dayNumber(toks[j].Lower) > 0 || yearNumber(toks[j].Lower) > 0)) &&
			!monthContext(lower(toks, i-1)) {
			return nil, i, false // the verb "May" at a sentence start
		}
		if same(j) && dayNumber(toks[j].Lower) > 0 && !(same(j+1) && monthNumber(toks[j+1].Lower) > 0) {
			day, j = dayNumber(toks[j].Lower), j+1
		}
	} else {
		return nil, i, false
	}
	year := 0
	if same(j) && yearNumber(toks[j].Lower) > 0 {
		year, j = yearNumber(toks[j].Lower), j+1
	}
	prev := ""
	if same(start - 1) {
		prev = lower(toks, start-1)
	}
	if year == 0 {
		year = pub.Year
		switch {
		case prev == "last" || prev == "past":
			if m >= pub.Month {
				year--
			}
		case prev == "next":
			if m <= pub.Month {
				year++
			}
		case future:
			if pub.Month > 0 && m < pub.Month-1 {
				year++
			}
		default:
			if pub.Month > 0 && m > pub.Month+1 {
				year--
			}
		}
	}
	if prev == "last" || prev == "next" || prev == "early" || prev == "late" || prev == "mid" || prev == "in" && day == 0 {
		if prev != "in" {
			start--
		}
	}
	d := article.Date{Year: year, Month: m, Day: day}
	if !d.Valid() || year == 0 {
		return nil, i, false
	}
	out := []Date{{Tok: start, TokEnd: j, Date: d, Future: pub.Before(d)}}
	// "April 28 and 29": a second day of the same month.
	if day > 0 && same(j+1) && toks[j].Lower == "and" {
		if d2 := dayNumber(toks[j+1].Lower); d2 > day && !(same(j+2) && monthNumber(toks[j+2].Lower) > 0) {
			dd := article.Date{Year: year, Month: m, Day: d2}
			if dd.Valid() {
				out = append(out, Date{Tok: j + 1, TokEnd: j + 2, Date: dd, Future: pub.Before(dd)})
				j += 2
			}
		}
	}
	return out, j, true
}

func monthContext(w string) bool {
	switch w {
	case "in", "early", "late", "mid", "last", "next", "since", "until", "of", "this", "by", "from":
		return true
	}
	return false
}
