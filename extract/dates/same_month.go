package dates

import (
	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/internal/article"
)

// This file reads a day of "the same month" ("في الحادي عشر من الشهر
// نفسه", "يوم 11 من الشهر ذاته") and a month of "the same year" ("في
// سبتمبر من العام نفسه"): the month or year is that of the date named
// before it in the text.

// sameWord reports whether token i is نفسه or ذاته (or عينه), the word that
// makes "الشهر" the month already named — not التالي or السابق.
func (p *parser) sameWord(i int) bool {
	if i >= len(p.toks) {
		return false
	}
	switch arabic.Normalize(p.text[p.toks[i].start:p.toks[i].end]) {
	case "نفسه", "ذاته", "عينه":
		return true
	}
	return false
}

// thatWord reports whether token i is ذلك or تلك: "من ذلك العام" is the
// year already named.
func (p *parser) thatWord(i int) bool {
	if i >= len(p.toks) {
		return false
	}
	switch arabic.Normalize(p.text[p.toks[i].start:p.toks[i].end]) {
	case "ذلك", "تلك":
		return true
	}
	return false
}

// sameMonth resolves day d of the month of the latest mention in out that
// names one; ok is false when none does or the day does not exist in it.
func sameMonth(out []Mention, d int, pub article.Date) (date article.Date, future, relative, ok bool) {
	for k := len(out) - 1; k >= 0; k-- {
		prev := out[k].Date
		if out[k].Since || prev.Precision() < article.PrecisionMonth {
			continue
		}
		if d > daysIn(prev.Year, prev.Month) {
			return article.Date{}, false, false, false
		}
		date = article.Date{Year: prev.Year, Month: prev.Month, Day: d}
		return date, !pub.IsZero() && pub.Before(date), true, true
	}
	return article.Date{}, false, false, false
}

// sameYear resolves month m (and day d, 0 for none) of the year of the
// latest mention in out; ok is false when none does or the day does not
// exist in that month.
func sameYear(out []Mention, m, d int, pub article.Date) (date article.Date, future, relative, ok bool) {
	for k := len(out) - 1; k >= 0; k-- {
		prev := out[k].Date
		if out[k].Since || prev.Precision() < article.PrecisionYear {
			continue
		}
		if d > daysIn(prev.Year, m) {
			return article.Date{}, false, false, false
		}
		date = article.Date{Year: prev.Year, Month: m, Day: d}
		return date, !pub.IsZero() && pub.Before(date), true, true
	}
	return article.Date{}, false, false, false
}
