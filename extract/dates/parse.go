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
	for k, n := i, 0; k > 0 && n < 18; k, n = k-1, n+1 {
		if p.toks[k].gap&(gBreak|gComma) != 0 {
			return false
		}
		if p.lx(k-1).has(fProposal) || p.stipulation(k-1) || p.agreedRound(k) {
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

// agreedRound reports whether token k is a round that the sides agree to
// hold: "والاتفاق على جولة جديدة في أيلول", "اتفقا على عقد اجتماع في
// آذار" — the round lies ahead.
func (p *parser) agreedRound(k int) bool {
	if k < 2 || !p.lx(k).has(fRoundNoun) || !p.lx(k-1).has(fAla) {
		return false
	}
	agreed := p.lx(k-2).has(fAgree) || k >= 3 && p.lx(k-3).has(fAgree) // "اتفق الطرفان على"
	for b := k - 2; agreed && b >= 0 && b >= k-7; b-- {
		if p.lx(b).has(fWas) {
			return false // "وكان الطرفان قد اتفقا على جولة في آذار": looked back
		}
	}
	return agreed
}

// stipulation reports whether token i is the أن of "على أن": "اتفقوا …
// على أن تجتمع اللجنة يوم الجمعة", "على أن تُستأنف المحادثات الأحد" — what
// is agreed to happen lies ahead.
func (p *parser) stipulation(i int) bool {
	return p.lx(i).has(fAn) && p.lx(i-1).has(fAla) && p.tight(i)
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
		k := i + 2
		if p.tight(k) && p.lx(k).has(fYom) && !p.lx(k).clitic {
			k++ // "بعد غد يوم الأربعاء"
		}
		if wd := p.lx(k).weekday; wd > 0 && p.tight(k) && !p.lx(k).clitic {
			// "بعد غد الأربعاء": the weekday decides, the next one on or
			// after publication (the words may count from a statement's day)
			return p.mk(i, k+1, p.endOf(k+1), expr{kind: eWeekday, off: int(wd), dir: dirCue, future: true}), true
		}
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
