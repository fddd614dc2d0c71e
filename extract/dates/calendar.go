package dates

import "github.com/negograph/negograph/internal/article"

// Days are counted from 1970-01-01 (day 0) in the proleptic Gregorian
// calendar, so that intervals are plain integer ranges.

// daysFrom gives the day number of y-m-d. It accepts any month, normalizing
// months outside 1-12 into the neighbouring years; d must be a real day of
// that month or 0 (the day before the 1st).
func daysFrom(y, m, d int) int {
	y, m = normMonth(y, m)
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil gives the calendar date of day number z.
func civil(z int) (y, m, d int) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// normMonth brings m into 1-12, moving the year.
func normMonth(y, m int) (int, int) {
	m--
	y += floorDiv(m, 12)
	m -= floorDiv(m, 12) * 12
	return y, m + 1
}

// daysIn gives the number of days of month m of year y.
func daysIn(y, m int) int {
	y, m = normMonth(y, m)
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// maxDay is the largest day month m (1-12) can ever have.
func maxDay(m int) int {
	if m == 2 {
		return 29
	}
	return daysIn(2001, m)
}

// weekday gives 1 (Sunday) to 7 (Saturday) for day number z.
func weekday(z int) int {
	// 1970-01-01 was a Thursday (5).
	return int(((z+4)%7+7)%7) + 1
}

// monthSpan gives the first and last day of month m of year y.
func monthSpan(y, m int) (int, int) {
	y, m = normMonth(y, m)
	return daysFrom(y, m, 1), daysFrom(y, m, daysIn(y, m))
}

// yearSpan gives the first and last day of year y.
func yearSpan(y int) (int, int) {
	return daysFrom(y, 1, 1), daysFrom(y, 12, 31)
}

// span gives the first and last day a date can denote; ok is false for the
// zero date.
func span(d article.Date) (lo, hi int, ok bool) {
	switch d.Precision() {
	case article.PrecisionYear:
		lo, hi = yearSpan(d.Year)
	case article.PrecisionMonth:
		lo, hi = monthSpan(d.Year, d.Month)
	case article.PrecisionDay:
		lo = daysFrom(d.Year, d.Month, d.Day)
		hi = lo
	default:
		return 0, 0, false
	}
	return lo, hi, true
}

// prefix gives the most precise Date that holds every day of [lo, hi]: the
// common ISO prefix of both ends. It is the zero Date when the ends fall in
// different years.
func prefix(lo, hi int) article.Date {
	y1, m1, d1 := civil(lo)
	y2, m2, d2 := civil(hi)
	switch {
	case y1 != y2:
		return article.Date{}
	case m1 != m2:
		return article.Date{Year: y1}
	case d1 != d2:
		return article.Date{Year: y1, Month: m1}
	}
	return article.Date{Year: y1, Month: m1, Day: d1}
}
