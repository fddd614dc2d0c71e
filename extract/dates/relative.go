package dates

// duration reads "[number] unit" at j after قبل/بعد/منذ at i0.
func (p *parser) duration(i0, j, sign int) (match, bool) {
	n := 0
	k := j
	if k >= len(p.toks) {
		return match{}, false
	}
	if tk := p.toks[k]; tk.num > 0 && tk.ndig <= 3 {
		n = tk.num
		k++
	} else if lk := p.lx(k); lk.num != 0 && lk.unit == 0 && !lk.clitic {
		n = int(lk.num)
		k++
	}
	if k != j && !p.tight(k) {
		return match{}, false
	}
	lu := p.lx(k)
	if lu.unit == 0 || lu.clitic {
		return match{}, false
	}
	vague := false
	switch {
	case n == 0 && lu.count == 0:
		vague = true
	case n == 0:
		n = int(lu.count)
	case n < 0:
		vague = true
	}
	end := k + 1
	if p.tight(end) {
		ln := p.lx(end)
		// "قبل أيام من الانتخابات" is relative to another event; "قبل يوم
		// الثلاثاء" is "before Tuesday".
		if ln.has(fMin) || (k == j && (ln.weekday > 0 || ln.month > 0 || p.toks[end].num >= 0 || ln.hasDay)) {
			return match{}, false
		}
	}
	e := expr{future: sign > 0}
	if lu.unit == pHour {
		// Hours reach back (or ahead) to whole days: "قبل 48 ساعة" is
		// somewhere in the last two days, "منذ ساعات" in the last day.
		days := 1
		if !vague {
			days = (n + 23) / 24
		}
		e.kind, e.unit, e.lo, e.hi = eVague, pDay, 0, days
		if sign < 0 {
			e.lo, e.hi = -days, 0
		}
		return p.mk(i0, end, p.endOf(end), e), true
	}
	if vague {
		e.kind = eVague
		e.unit = lu.unit
		lo, hi := 2, 10
		switch lu.unit {
		case pWeek:
			lo, hi = 2, 8
		case pMonth:
			lo, hi = 2, 11
		case pYear:
			lo, hi = 2, 9
		}
		if sign < 0 {
			lo, hi = -hi, -lo
		}
		e.lo, e.hi = lo, hi
	} else {
		switch lu.unit {
		case pDay:
			e.kind, e.off = eDayOff, sign*n
		case pWeek:
			e.kind, e.unit, e.lo, e.hi = eVague, pWeek, sign*n, sign*n
		case pMonth:
			e.kind, e.off = eMonthOff, sign*n
		case pYear:
			e.kind, e.off = eYearOff, sign*n
		}
	}
	return p.mk(i0, end, p.endOf(end), e), true
}

// weekdayLed reads "[يوم] الثلاثاء [المقبل]" and "الثلاثاء 13 مايو".
func (p *parser) weekdayLed(i int) (match, bool) {
	j := i
	yom := false
	if l := p.lx(i); l.has(fYom) && p.tight(i+1) && p.lx(i+1).weekday > 0 && !p.lx(i+1).clitic {
		j, yom = i+1, true
	}
	l := p.lx(j)
	if l.weekday == 0 {
		return match{}, false
	}
	// "بين الاثنين" and "كلا الاثنين" are "both".
	if l.weekday == 2 && !yom && (p.lx(i-1).has(fBetween) || p.lx(i-1).has(fMin)) {
		return match{}, false
	}
	k := j + 1
	// A weekday before an explicit date: the date decides.
	if m, ok := p.dateAfterWeekday(i, k, l.weekday); ok {
		return m, true
	}
	e := expr{kind: eWeekday, off: int(l.weekday)}
	next := j + 1
	if p.tight(k) {
		if lm := p.lx(k); !lm.clitic && lm.mod != 0 {
			switch lm.mod {
			case modPast, modRecent:
				e.dir = dirPast
			case modNext:
				e.dir, e.future = dirNext, true
			case modCur:
				e.dir = dirDefault
			}
			next = k + 1
		} else if lm.has(fAnaphor) {
			return match{}, false
		}
	}
	if next == k+1 {
		// "الأحد المقبل 14 مايو": the explicit date decides, as after a
		// bare weekday
		if m, ok := p.dateAfterWeekday(i, next, l.weekday); ok {
			return m, true
		}
	}
	if e.dir == dirDefault && next == j+1 && p.futureCue(i) {
		e.dir = dirCue
	}
	return p.mk(i, next, p.endOf(next), e), true
}

// dateAfterWeekday reads the explicit date at token k (after a comma or
// none, with a concord word allowed before it) that the weekday starting
// at token i introduces: the match runs from the weekday, and the weekday
// picks the year of a day and month.
func (p *parser) dateAfterWeekday(i, k int, weekday int8) (match, bool) {
	if !p.joined(k, gComma) {
		return match{}, false
	}
	if p.lx(k).has(fConcord) && p.tight(k+1) {
		k++
	}
	m, ok := p.dayLed(k)
	if !ok {
		return match{}, false
	}
	m.start = p.toks[i].start
	if m.e.kind == eDayMonth {
		m.e.wday = weekday // the weekday picks the year
	}
	return m, true
}

// dayWord reads اليوم، أمس، أول أمس، أول من أمس، غدا، with an optional يوم.
func (p *parser) dayWord(i int) (match, bool) {
	j := i
	l := p.lx(i)
	if l.has(fYom) && p.tight(i+1) && p.lx(i+1).hasDay && !p.lx(i+1).clitic {
		j = i + 1
		l = p.lx(j)
	}
	if l.has(fFirst) {
		k := j + 1
		if p.tight(k) && p.lx(k).has(fMin) && !p.lx(k).clitic {
			k++
		}
		if p.tight(k) && p.lx(k).hasDay && p.lx(k).dayRel == -1 && !p.lx(k).clitic {
			return p.mk(i, k+1, p.endOf(k+1), expr{kind: eDayOff, off: -2}), true
		}
		return match{}, false
	}
	if !l.hasDay {
		return match{}, false
	}
	// أمس الأول: the day before yesterday.
	if l.dayRel == -1 && p.tight(j+1) {
		if n := p.lx(j + 1); n.ord == 1 && !n.ordOnly && !n.clitic {
			return p.mk(i, j+2, p.endOf(j+2), expr{kind: eDayOff, off: -2}), true
		}
	}
	if l.dayRel == 0 && p.tight(j+1) {
		// اليوم التالي، اليوم الأول، اليوم نفسه: not today.
		n := p.lx(j + 1)
		if n.has(fAnaphor) || n.ord > 0 || n.tens > 0 || p.toks[j+1].num >= 0 {
			return match{}, false
		}
	}
	next := j + 1
	// اليوم الخميس، أمس الأربعاء: the weekday only confirms the day.
	if p.tight(next) && p.lx(next).weekday > 0 && !p.lx(next).clitic {
		next++
	}
	return p.mk(i, next, p.endOf(next), expr{kind: eDayOff, off: int(l.dayRel), future: l.dayRel > 0}), true
}
