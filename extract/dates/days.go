package dates

import "strings"

// numeric reads 13/4/2024, 13-04-2024, 13.4.2024 and 2024-04-13.
func (p *parser) numeric(i int) (match, bool) {
	if i+2 >= len(p.toks) {
		return match{}, false
	}
	a, b, c := p.toks[i], p.toks[i+1], p.toks[i+2]
	if a.num < 0 || b.num < 0 || c.num < 0 {
		return match{}, false
	}
	s1, s2 := p.text[a.end:b.start], p.text[b.end:c.start]
	if s1 != s2 || (s1 != "/" && s1 != "-" && s1 != ".") {
		return match{}, false
	}
	var y, m, d int
	switch {
	case a.ndig <= 2 && b.ndig <= 2 && c.ndig == 4:
		d, m, y = a.num, b.num, c.num
	case a.ndig == 4 && b.ndig <= 2 && c.ndig <= 2 && s1 != ".":
		y, m, d = a.num, b.num, c.num
	default:
		return match{}, false
	}
	if m < 1 || m > 12 || d < 1 || d > maxDay(m) || y < 1000 {
		return match{}, false
	}
	return p.mk(i, i+3, c.end, expr{kind: eAbs, y: y, m: m, d: d}), true
}

// dayAt reads a day of the month at i: 1-31 in digits or an ordinal word
// (الأول، الثاني عشر، الحادي والعشرين). ordinal says it was a word.
func (p *parser) dayAt(i int) (d, next int, ordinal, ok bool) {
	if i >= len(p.toks) {
		return 0, 0, false, false
	}
	if t := p.toks[i]; t.num >= 0 {
		if t.ndig <= 2 && t.num >= 1 && t.num <= 31 {
			return t.num, i + 1, false, true
		}
		return 0, 0, false, false
	}
	l := p.lx(i)
	if l.ord > 0 && i > 0 && p.tight(i) && p.lx(i-1).has(fPart) {
		return 0, 0, false, false // "النصف الثاني من آذار": a part of the month, not its second day
	}
	switch {
	case l.ord > 0:
		if p.tight(i + 1) {
			n := p.lx(i + 1)
			switch {
			case n.tens == 10 && !n.tensAnd && l.ord < 10:
				return 10 + int(l.ord), i + 2, true, true
			case n.tensAnd && l.ord < 10 && int(n.tens)+int(l.ord) <= 31:
				return int(n.tens) + int(l.ord), i + 2, true, true
			}
		}
		if l.ordOnly {
			return 0, 0, false, false
		}
		return int(l.ord), i + 1, true, true
	case l.tens >= 20 && !l.tensAnd && !l.clitic:
		return int(l.tens), i + 1, true, true
	}
	return 0, 0, false, false
}

// secondDayOfPair reports whether the ordinal with و at i follows the
// first day of a pair or range: "بين|يومي|في ORD وORD", "من ORD وORD".
func (p *parser) secondDayOfPair(i int) bool {
	if !strings.HasPrefix(p.text[p.toks[i].start:p.toks[i].end], "و") {
		return false
	}
	for k := i - 1; k >= i-2 && k >= 1; k-- {
		d, next, ordinal, ok := p.dayAt(k)
		if !ok || !ordinal || d == 0 || next != i || !p.tight(k) {
			continue
		}
		switch p.text[p.toks[k-1].start:p.toks[k-1].end] {
		case "بين", "يومي", "في", "من":
			return true
		}
	}
	return false
}

// dayLed reads "[يوم] 13 [من] مايو ..." and "الأول من الشهر الجاري".
func (p *parser) dayLed(i int) (match, bool) {
	j := i
	if l := p.lx(i); l.has(fYom) && p.tight(i+1) {
		j = i + 1
	}
	d, k, ordinal, ok := p.dayAt(j)
	if !ok || !p.tight(k) {
		return match{}, false
	}
	if ordinal && p.lx(j).clitic && j == i && !p.secondDayOfPair(i) {
		// "والثاني" is rarely a day, but for the second of two days
		// ("يومي الخامس عشر والسادس عشر من أغسطس").
		return match{}, false
	}
	mi := k
	if l := p.lx(k); l.has(fMin) && !l.clitic && p.tight(k+1) {
		mi = k + 1
		// الأول من الشهر الجاري / من هذا الشهر
		lp := p.lx(mi)
		if lp.has(fThis) && !lp.clitic && p.tight(mi+1) && p.lx(mi+1).period == pMonth {
			return p.mk(i, mi+2, p.endOf(mi+2), expr{kind: eDayMonthOff, d: d}), true
		}
		if lp.period == pMonth && !lp.clitic && p.tight(mi+1) && p.sameWord(mi+1) {
			// الحادي عشر من الشهر نفسه: the month of the date before
			return p.mk(i, mi+2, p.endOf(mi+2), expr{kind: eDaySameMonth, d: d}), true
		}
		if lp.period == pMonth && !lp.clitic && p.tight(mi+1) {
			if lm := p.lx(mi + 1); !lm.clitic && lm.mod >= modPast && lm.mod <= modNext {
				off := modOff(lm.mod)
				return p.mk(i, mi+2, p.endOf(mi+2), expr{kind: eDayMonthOff, d: d, off: off, future: off > 0}), true
			}
		}
	} else if ordinal {
		// An ordinal alone before a month reads as a day only with من.
		if _, _, _, ok := p.oneMonth(k); !ok {
			return match{}, false
		}
	}
	if p.lx(mi).clitic {
		return match{}, false
	}
	return p.monthExpr(i, mi, d, 0, true)
}
