package dates

// periodLed reads expressions built on a month, a year or a period word,
// with an optional anchor (مطلع، منتصف، نهاية): "مايو 2023"، "في مارس"،
// "عام 2023"، "في 2023"، "العام الماضي"، "هذا الشهر"، "الأيام المقبلة".
func (p *parser) periodLed(i int, since bool) (match, bool) {
	j := i
	var anchor int8
	if l := p.lx(i); l.anchor > 0 && p.tight(i+1) {
		anchor, j = l.anchor, i+1
	}
	strong := anchor > 0 || since || (p.cueBefore(i) && !p.lx(i).clitic)
	l := p.lx(j)
	if l.clitic && j != i {
		return match{}, false
	}
	// شهر مايو
	if l.has(fShahr) && p.tight(j+1) && !p.lx(j+1).clitic {
		if m, ok := p.monthExpr(i, j+1, 0, anchor, true); ok {
			return m, true
		}
	}
	if l.month > 0 {
		return p.monthExpr(i, j, 0, anchor, strong)
	}
	// Years: "عام 2023"، "العام 2022"، "في 2023"، "نهاية 2023".
	if l.has(fYearWord) && p.tight(j+1) {
		if y, next, end, ok := p.yearAt(j + 1); ok {
			return p.mk(i, next, end, expr{kind: eAbs, y: y, anchor: anchor}), true
		}
	}
	// "عامي 2015 و2018": a year joined to a year before it.
	andYear := j == i && i >= 2 && p.tight(i) && p.lx(i-1).has(fAnd) && !p.lx(i-1).clitic && p.lastYear == i-2
	if p.num4(j) && (strong || andYear || (j == i && p.cueBefore(i))) {
		if y, next, end, ok := p.yearAt(j); ok && y >= 1900 && y <= 2100 {
			return p.mk(i, next, end, expr{kind: eAbs, y: y, anchor: anchor}), true
		}
	}
	this := false
	if l.has(fThis) && p.tight(j+1) && !p.lx(j+1).clitic && (p.lx(j+1).period != 0) {
		this, j = true, j+1
		l = p.lx(j)
	}
	if l.period != 0 {
		mod := modNone
		next := j + 1
		if p.tight(next) {
			lm := p.lx(next)
			if lm.has(fAnaphor) {
				return match{}, false
			}
			if !lm.clitic && lm.mod >= modPast && lm.mod <= modNext {
				mod, next = lm.mod, next+1
			}
		}
		switch {
		case this && mod == modNone:
			mod = modCur
		case mod == modNone && anchor > 0 && l.period != pWeek:
			mod = modCur
		case mod == modNone || this:
			return match{}, false
		}
		off := modOff(mod)
		e := expr{off: off, anchor: anchor, future: off > 0}
		switch l.period {
		case pMonth:
			e.kind = eMonthOff
		case pYear:
			e.kind = eYearOff
		case pWeek:
			e.kind, e.anchor = eWeekOff, 0
		default:
			return match{}, false
		}
		return p.mk(i, next, p.endOf(next), e), true
	}
	if l.plural != 0 && anchor == 0 && p.tight(j+1) {
		lm := p.lx(j + 1)
		if lm.clitic || lm.mod == modNone || lm.mod == modCur {
			return match{}, false
		}
		lo, hi := -10, -1
		switch l.plural {
		case pWeek:
			lo, hi = -6, -1
		case pMonth:
			lo, hi = -6, -1
		case pYear:
			lo, hi = -5, -1
		}
		e := expr{kind: eVague, unit: l.plural, lo: lo, hi: hi}
		if lm.mod == modNext {
			e.lo, e.hi, e.future = -hi, -lo, true
		}
		return p.mk(i, j+2, p.endOf(j+2), e), true
	}
	return match{}, false
}
