package dates

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
	kind int // 0 none, tailYear, tailYearOff, tailMod, tailSameYear
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
	tailSameYear // من العام نفسه: the year of the date before
)

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
	if l2.period == pYear && !l2.clitic && j > k && p.tight(j+1) && p.sameWord(j+1) {
		// "سبتمبر من العام نفسه": the year of the date named before
		return tail{kind: tailSameYear, next: j + 2, end: p.endOf(j + 2)}
	}
	if j > k && p.thatWord(j) && p.tight(j+1) && p.lx(j+1).period == pYear && !p.lx(j+1).clitic {
		// "يوليو من ذلك العام": the same
		return tail{kind: tailSameYear, next: j + 2, end: p.endOf(j + 2)}
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
	case tailSameYear:
		e.kind = eMonthSameYear
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
