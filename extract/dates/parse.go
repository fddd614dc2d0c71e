package dates

// parser reads date expressions off the tokens of one text.
type parser struct {
	text string
	toks []tok
	// lastYear is the token of the last year matched alone ("عام 2015"),
	// -1 when none.
	lastYear int
}

// match is an expression found at a token: its byte span, the token after
// it and what it says.
type match struct {
	start, end int
	next       int
	e          expr
}

// monthMatch is a month name, or a pair of names for the same month.
type monthMatch struct {
	m      int
	next   int  // token after the name(s)
	end    int  // byte end, past a closing parenthesis of a pair
	weak   bool // a lone ambiguous name (مارس، آب)
	clitic bool
	paren  bool
}

// tail is what may follow a month: a year, a relative year or a modifier.
type tail struct {
	kind int // 0 none, tailYear, tailYearOff, tailMod
	y    int
	off  int
	mod  int8
	next int
	end  int
}

const (
	tailYear = iota + 1
	tailYearOff
	tailMod
)

func (p *parser) lx(i int) lex {
	if i < 0 || i >= len(p.toks) || !p.toks[i].known {
		return lex{}
	}
	return p.toks[i].lx
}

// tight reports whether token i exists and follows the one before it with
// only white space between.
func (p *parser) tight(i int) bool { return i < len(p.toks) && p.toks[i].gap == 0 }

// joined is tight, also letting through the gap flags in allow.
func (p *parser) joined(i int, allow uint8) bool {
	return i < len(p.toks) && p.toks[i].gap&^allow == 0
}

func (p *parser) num4(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].ndig == 4 && p.toks[i].num >= 1000
}

// cueBefore reports whether token i follows, with only spaces between, a
// word such as في، منذ، حتى after which a bare number is read as a year.
func (p *parser) cueBefore(i int) bool {
	return i > 0 && p.tight(i) && p.lx(i-1).has(fCue)
}

// futureCue reports whether the sentence before token i looks ahead (سوف،
// من المقرر).
func (p *parser) futureCue(i int) bool {
	for k, n := i, 0; k > 0 && n < 10; k, n = k-1, n+1 {
		if p.toks[k].gap&(gBreak|gComma) != 0 {
			return false
		}
		if p.lx(k - 1).has(fProposal) {
			return true
		}
		if p.lx(k - 1).has(fFutureCue) {
			for b := k - 2; b >= 0 && b >= k-4; b-- {
				if p.lx(b).has(fWas) {
					return false
				}
				if p.toks[b+1].gap&gBreak != 0 {
					break
				}
			}
			return true
		}
	}
	return false
}

func (p *parser) mk(i, next, end int, e expr) match {
	return match{start: p.toks[i].start, end: end, next: next, e: e}
}

func (p *parser) endOf(next int) int { return p.toks[next-1].end }

// at finds the longest expression starting at token i.
func (p *parser) at(i int) (match, bool) {
	t := &p.toks[i]
	if !t.known && t.num < 0 {
		return match{}, false
	}
	l := t.lx
	switch {
	case l.has(fSince):
		j := i + 1
		if p.tight(j) && p.lx(j).has(fFiller) {
			j++
		}
		if !p.tight(j) {
			return match{}, false
		}
		if m, ok := p.duration(i, j, -1); ok {
			m.e.since = true
			return m, true
		}
		if m, ok := p.core(j, true); ok {
			m.start = t.start
			m.e.since = true
			return m, true
		}
		return match{}, false
	case l.has(fAfter) && p.tight(i+1) && p.lx(i+1).has(fGhad) && !p.lx(i+1).clitic:
		return p.mk(i, i+2, p.endOf(i+2), expr{kind: eDayOff, off: 2, future: true}), true
	case l.has(fAgo | fAfter):
		j := i + 1
		if p.tight(j) && p.lx(j).has(fFiller) {
			j++
		}
		sign := -1
		if l.has(fAfter) {
			sign = 1
		}
		if p.tight(j) {
			if m, ok := p.duration(i, j, sign); ok {
				// "وبعد أيام، ..." tells a story: days after some earlier
				// event, not after publication.
				if sign > 0 && !p.futureCue(i) && (l.clitic || (m.e.kind == eVague && m.e.lo != m.e.hi) || (m.next < len(p.toks) && p.toks[m.next].gap&(gComma|gBreak) != 0)) {
					return match{}, false
				}
				return m, true
			}
		}
		return match{}, false
	}
	return p.core(i, false)
}

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

// core finds the longest expression at token i; since says that منذ comes
// just before.
func (p *parser) core(i int, since bool) (match, bool) {
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	try(p.numeric(i))
	try(p.weekdayLed(i))
	try(p.dayLed(i))
	try(p.periodLed(i, since))
	try(p.dayWord(i))
	return best, found
}

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

// oneMonth reads a month name at i, two words for كانون and تشرين.
func (p *parser) oneMonth(i int) (m, next int, weak, ok bool) {
	l := p.lx(i)
	switch {
	case l.month >= 1 && l.month <= 12:
		return int(l.month), i + 1, l.weak, true
	case l.month == headKanun || l.month == headTishri:
		if !p.tight(i + 1) {
			return 0, 0, false, false
		}
		o := p.lx(i + 1)
		if o.clitic || o.ordOnly || (o.ord != 1 && o.ord != 2) {
			return 0, 0, false, false
		}
		switch {
		case l.month == headKanun && o.ord == 1:
			m = 12
		case l.month == headKanun:
			m = 1
		case o.ord == 1:
			m = 10
		default:
			m = 11
		}
		return m, i + 2, false, true
	}
	return 0, 0, false, false
}

// monthSeq reads a month name, or a pair such as "إبريل/ نيسان" or
// "أيار (مايو)" as one month.
func (p *parser) monthSeq(i int) (monthMatch, bool) {
	m, next, weak, ok := p.oneMonth(i)
	if !ok {
		return monthMatch{}, false
	}
	mm := monthMatch{m: m, next: next, end: p.endOf(next), weak: weak, clitic: p.lx(i).clitic}
	if next < len(p.toks) {
		g := p.toks[next].gap
		if g&(gSlash|gOpen|gDash) != 0 && g&(gBreak|gComma|gOther|gClose) == 0 && !p.lx(next).clitic {
			if _, next2, _, ok := p.oneMonth(next); ok {
				mm.next, mm.end, mm.weak = next2, p.endOf(next2), false
				if g&gOpen != 0 {
					mm.paren = true
					k := mm.end
					for k < len(p.text) && (p.text[k] == ' ' || p.text[k] == '\t') {
						k++
					}
					if k < len(p.text) && p.text[k] == ')' {
						mm.end = k + 1
					}
				}
			}
		}
	}
	return mm, true
}

// yearAt reads a four-digit year at k with an optional م/ميلادي; it gives
// the token after and the byte end.
func (p *parser) yearAt(k int) (y, next, end int, ok bool) {
	if !p.num4(k) {
		return 0, 0, 0, false
	}
	y, next, end = p.toks[k].num, k+1, p.toks[k].end
	if p.tight(next) && p.lx(next).has(fHijri) {
		return 0, 0, 0, false
	}
	if p.tight(next) && p.lx(next).has(fYearSuffix) && !p.lx(next).clitic {
		next, end = next+1, p.toks[next].end
	}
	return y, next, end, true
}

// tailAt reads what follows a month at k: "2024", "عام 2024", "من العام
// الماضي", "الماضي".
func (p *parser) tailAt(k int, paren bool) tail {
	allow := uint8(0)
	if paren {
		allow = gClose
	}
	if !p.joined(k, allow) {
		return tail{}
	}
	if y, next, end, ok := p.yearAt(k); ok {
		return tail{kind: tailYear, y: y, next: next, end: end}
	}
	l := p.lx(k)
	j := k
	if l.has(fMin) && !l.clitic && p.tight(k+1) {
		j = k + 1
	}
	l2 := p.lx(j)
	if l2.has(fYearWord) && (j == k || !l2.clitic) && p.tight(j+1) {
		if y, next, end, ok := p.yearAt(j + 1); ok {
			return tail{kind: tailYear, y: y, next: next, end: end}
		}
	}
	if l2.period == pYear && !l2.clitic && p.tight(j+1) {
		if lm := p.lx(j + 1); !lm.clitic && lm.mod >= modPast && lm.mod <= modNext {
			return tail{kind: tailYearOff, off: modOff(lm.mod), next: j + 2, end: p.endOf(j + 2)}
		}
	}
	if l2.has(fThis) && !l2.clitic && p.tight(j+1) && p.lx(j+1).period == pYear && !p.lx(j+1).clitic {
		return tail{kind: tailYearOff, next: j + 2, end: p.endOf(j + 2)}
	}
	if l.mod != 0 && !l.clitic {
		return tail{kind: tailMod, mod: l.mod, next: k + 1, end: p.endOf(k + 1)}
	}
	return tail{}
}

func modOff(m int8) int {
	switch m {
	case modPast:
		return -1
	case modNext:
		return 1
	}
	return 0
}

// monthExpr builds the expression for a month at mi, with day d (0 for
// none) and anchor, for a match starting at token i. strong says the
// context already shows a date (a day, an anchor, شهر, a cue word).
func (p *parser) monthExpr(i, mi, d int, anchor int8, strong bool) (match, bool) {
	mm, ok := p.monthSeq(mi)
	if !ok {
		return match{}, false
	}
	if d > maxDay(mm.m) {
		return match{}, false
	}
	tl := p.tailAt(mm.next, mm.paren)
	if mm.weak && !strong && tl.kind == 0 {
		return match{}, false
	}
	if mm.weak && mm.clitic && d == 0 && anchor == 0 && tl.kind == 0 {
		return match{}, false
	}
	e := expr{m: mm.m, d: d, anchor: anchor}
	next, end := mm.next, mm.end
	switch tl.kind {
	case tailYear:
		e.kind, e.y = eAbs, tl.y
	case tailYearOff:
		e.kind, e.off = eMonthYearOff, tl.off
		e.future = tl.off > 0
	default:
		e.kind = eMonth
		if d > 0 {
			e.kind = eDayMonth
		}
		switch tl.kind {
		case tailMod:
			switch tl.mod {
			case modPast, modRecent:
				e.dir = dirPast
			case modCur:
				e.dir = dirCur
			case modNext:
				e.dir, e.future = dirNext, true
			}
		default:
			if p.futureCue(i) {
				e.dir = dirCue
			}
		}
	}
	if tl.kind != 0 {
		next, end = tl.next, tl.end
	}
	return p.mk(i, next, end, e), true
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
	if ordinal && p.lx(j).clitic && j == i {
		// "والثاني" is rarely a day.
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
	if p.joined(k, gComma) {
		k2 := k
		if p.lx(k2).has(fConcord) && p.tight(k2+1) {
			k2++
		}
		if m, ok := p.dayLed(k2); ok {
			m.start = p.toks[i].start
			return m, true
		}
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
	if e.dir == dirDefault && next == j+1 && p.futureCue(i) {
		e.dir = dirCue
	}
	return p.mk(i, next, p.endOf(next), e), true
}

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
