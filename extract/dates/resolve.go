package dates

import "github.com/negograph/negograph/internal/article"

// Expression kinds: what a mention says before it is placed on the calendar.
const (
	eAbs           = iota + 1 // explicit year: y, and m, d when given
	eDayMonth                 // day and month, year from publication
	eMonth                    // month alone, year from publication
	eMonthYearOff             // month of a relative year: مايو من العام الماضي
	eDayMonthOff              // day of a relative month: الأول من الشهر الجاري
	eYearOff                  // العام الماضي: off years from publication
	eMonthOff                 // الشهر الماضي
	eWeekOff                  // الأسبوع الماضي
	eDayOff                   // اليوم، أمس، غدا، قبل يومين
	eWeekday                  // يوم الثلاثاء
	eVague                    // قبل أيام، منذ أشهر، الأيام المقبلة: unit, lo and hi counts
	eDaySameMonth             // day of the month named before: الحادي عشر من الشهر نفسه
	eMonthSameYear            // month (and day) of the year named before: سبتمبر من العام نفسه
)

// Direction of a year- or week-less expression from the publication date.
const (
	dirDefault = iota // nearest on or before publication
	dirPast           // strictly before (الماضي)
	dirCur            // same year or month (الجاري)
	dirNext           // strictly after (المقبل)
	dirCue            // nearest on or after (future cue in the sentence)
)

// expr is a parsed date expression.
type expr struct {
	kind    int
	y, m, d int
	off     int // offset for the *Off kinds; weekday for eWeekday
	unit    int8
	lo, hi  int // count range for eVague (signed: negative is ago)
	dir     int
	anchor  int8
	wday    int8 // the weekday written with a day and month (1 Sunday … 7 Saturday), 0 for none
	future  bool // the words say it lies ahead (المقبل، غدا، بعد يومين)
	since   bool
}

// relative reports whether the expression needs the publication date.
func (e *expr) relative() bool { return e.kind != eAbs }

// narrow applies an anchor (early, middle, late) to a month or year span.
func narrow(lo, hi int, a int8, isYear bool) (int, int) {
	if a == 0 {
		return lo, hi
	}
	if isYear {
		y, _, _ := civil(lo)
		switch a {
		case 1:
			return daysFrom(y, 1, 1), daysFrom(y, 3, 31)
		case 2:
			return daysFrom(y, 5, 1), daysFrom(y, 8, 31)
		default:
			return daysFrom(y, 10, 1), daysFrom(y, 12, 31)
		}
	}
	switch a {
	case 1:
		return lo, lo + 9
	case 2:
		return lo + 10, lo + 19
	default:
		return lo + 20, hi
	}
}

// monthYear chooses the year of month m seen from day p.
func monthYear(m, dir, p int) int {
	py, pm, _ := civil(p)
	switch dir {
	case dirPast:
		if m < pm {
			return py
		}
		return py - 1
	case dirCur:
		return py
	case dirNext:
		if m > pm {
			return py
		}
		return py + 1
	case dirCue:
		if m >= pm {
			return py
		}
		return py + 1
	}
	if m <= pm {
		return py
	}
	return py - 1
}

// at places e on the calendar seen from publication day p. ok is false when
// the expression names no real day (31 April, 29 February in no nearby year).
func (e *expr) at(p int) (lo, hi int, ok bool) {
	py, pm, _ := civil(p)
	switch e.kind {
	case eAbs:
		switch {
		case e.d > 0:
			if e.d > daysIn(e.y, e.m) {
				return 0, 0, false
			}
			lo = daysFrom(e.y, e.m, e.d)
			return lo, lo, true
		case e.m > 0:
			lo, hi = monthSpan(e.y, e.m)
			lo, hi = narrow(lo, hi, e.anchor, false)
		default:
			lo, hi = yearSpan(e.y)
			lo, hi = narrow(lo, hi, e.anchor, true)
		}
		return lo, hi, true
	case eDayMonth:
		z, ok := e.dayMonth(p, py, pm)
		if ok && e.wday > 0 && weekday(z) != int(e.wday) && (e.dir == dirDefault || e.dir == dirCue) {
			// "الثلاثاء 17 سبتمبر": of the years next to the one guessed,
			// the one where the 17th is a Tuesday, when it is nearer to
			// the publication (a weekday off by one is a slip, and the day
			// next year or last year always agrees with it)
			if w := sameWeekday(z, e.m, e.d, int(e.wday)); abs(w-p) < abs(z-p) {
				z = w
			}
		}
		return z, z, ok
	case eMonth:
		lo, hi = monthSpan(monthYear(e.m, e.dir, p), e.m)
		lo, hi = narrow(lo, hi, e.anchor, false)
		return lo, hi, true
	case eMonthYearOff:
		if e.d > 0 {
			if e.d > daysIn(py+e.off, e.m) {
				return 0, 0, false
			}
			z := daysFrom(py+e.off, e.m, e.d)
			return z, z, true
		}
		lo, hi = monthSpan(py+e.off, e.m)
		lo, hi = narrow(lo, hi, e.anchor, false)
		return lo, hi, true
	case eDayMonthOff:
		y, m := normMonth(py, pm+e.off)
		if e.d > daysIn(y, m) {
			return 0, 0, false
		}
		z := daysFrom(y, m, e.d)
		return z, z, true
	case eYearOff:
		lo, hi = yearSpan(py + e.off)
		lo, hi = narrow(lo, hi, e.anchor, true)
		return lo, hi, true
	case eMonthOff:
		lo, hi = monthSpan(py, pm+e.off)
		lo, hi = narrow(lo, hi, e.anchor, false)
		return lo, hi, true
	case eWeekOff:
		start := p - (weekday(p) - 1) + 7*e.off
		return start, start + 6, true
	case eDayOff:
		return p + e.off, p + e.off, true
	case eWeekday:
		wd := weekday(p)
		switch e.dir {
		case dirNext, dirCue:
			delta := (e.off - wd + 7) % 7
			if delta == 0 && e.dir == dirNext {
				delta = 7
			}
			return p + delta, p + delta, true
		case dirPast:
			// "السبت الماضي" written on a Sunday is a week back: the day
			// before would be "أمس السبت"
			delta := (wd - e.off + 7) % 7
			if delta < 2 {
				delta += 7
			}
			return p - delta, p - delta, true
		}
		delta := (wd - e.off + 7) % 7
		return p - delta, p - delta, true
	case eVague:
		switch e.unit {
		case pDay:
			return p + e.lo, p + e.hi, true
		case pWeek:
			a := p - (weekday(p) - 1) + 7*e.lo
			b := p - (weekday(p) - 1) + 7*e.hi + 6
			return a, b, true
		case pMonth:
			a, _ := monthSpan(py, pm+e.lo)
			_, b := monthSpan(py, pm+e.hi)
			return a, b, true
		case pYear:
			a, _ := yearSpan(py + e.lo)
			_, b := yearSpan(py + e.hi)
			return a, b, true
		}
	}
	return 0, 0, false
}

// resolve places e against the publication date. For a publication known
// only to the month or year, every day it may denote is tried, which for
// these monotone rules means its first and last day; the result keeps only
// what all of them agree on. ok is false when nothing is left.
func (e *expr) resolve(pub article.Date) (d article.Date, future, relative, ok bool) {
	plo, phi, havePub := span(pub)
	var lo, hi int
	if !e.relative() {
		var good bool
		lo, hi, good = e.at(0)
		if !good {
			return article.Date{}, false, false, false
		}
	} else {
		if !havePub {
			return article.Date{}, false, false, false
		}
		l1, _, ok1 := e.at(plo)
		_, h2, ok2 := e.at(phi)
		if !ok1 || !ok2 || l1 > h2 {
			return article.Date{}, false, false, false
		}
		lo, hi = l1, h2
	}
	d = prefix(lo, hi)
	if d.IsZero() {
		return article.Date{}, false, false, false
	}
	future = e.future || (havePub && lo > phi)
	return d, future, e.relative(), true
}

// soonDays is how far ahead of publication a day and month without a year
// may lie and still be read in the publication year.
const soonDays = 14

// nearestDay places day d of month m on the latest date on or before p,
// unless it falls within soonDays after p.
func nearestDay(m, d, py, p int) (int, bool) {
	for y := py + 1; y >= py-9; y-- {
		if d > daysIn(y, m) {
			continue
		}
		z := daysFrom(y, m, d)
		if z <= p || z-p <= soonDays {
			return z, true
		}
	}
	return 0, false
}

// dayMonth places a day and month without a year seen from publication day
// p (of year py and month pm), by the expression's direction.
func (e *expr) dayMonth(p, py, pm int) (int, bool) {
	if e.dir == dirDefault {
		// News announces the coming days too: "the round of 3 May" in an
		// article of 1 May is two days ahead, not a year back.
		if z, ok := nearestDay(e.m, e.d, py, p); ok {
			return z, true
		}
		return 0, false
	}
	if e.dir == dirCue {
		// the nearest on or after publication
		for y := py; y < py+10; y++ {
			if e.d > daysIn(y, e.m) {
				continue
			}
			if z := daysFrom(y, e.m, e.d); z >= p {
				return z, true
			}
		}
		return 0, false
	}
	if e.dir == dirPast {
		// "23 أيار الماضي" on 27 May: four days ago, not a year
		for y := py; y >= py-9; y-- {
			if e.d <= daysIn(y, e.m) {
				if z := daysFrom(y, e.m, e.d); z < p {
					return z, true
				}
			}
		}
		return 0, false
	}
	if e.dir == dirNext && e.m == pm && e.d <= daysIn(py, e.m) && daysFrom(py, e.m, e.d) > p {
		// "في السادس من نوفمبر المقبل" on 1 November (a statement of
		// the days before): five days ahead, not a year
		z := daysFrom(py, e.m, e.d)
		return z, true
	}
	y := monthYear(e.m, e.dir, p)
	if e.d > daysIn(y, e.m) {
		return 0, false
	}
	z := daysFrom(y, e.m, e.d)
	return z, true
}

// sameWeekday returns the day d of month m in the year before or after
// that of z on which it falls on weekday wd (the year before first); z
// when neither does.
func sameWeekday(z, m, d, wd int) int {
	y, _, _ := civil(z)
	for _, c := range []int{y - 1, y + 1} {
		if d <= daysIn(c, m) && weekday(daysFrom(c, m, d)) == wd {
			return daysFrom(c, m, d)
		}
	}
	return z
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
