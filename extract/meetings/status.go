package meetings

// This file reads status, format, secrecy and topics from a frame's clause.

// fillManner reads status, format, secrecy and topics from the frame's
// clause.
func (s *scan) fillManner(f *frame) {
	lex := &s.x.lex
	var planned, postponed, cancelled bool
	// Status cues count inside the trigger's clause only: in "جرت مكالمات
	// بين …، ويتوقع عقد محادثات" the expectation plans the talks, not the calls.
	ca, cb := f.pre, f.end
	for i := f.trig - 1; i >= f.pre; i-- {
		if commaBetween(s.in.Text, s.in.Tokens, i) {
			ca = i + 1
			break
		}
	}
	for i := f.trig; i < f.end; i++ {
		if commaBetween(s.in.Text, s.in.Tokens, i) {
			cb = i + 1
			break
		}
	}
	for i := f.pre; i < f.end; i++ {
		w := s.words[i]
		inClause := i >= ca && i < cb
		switch {
		case !inClause:
		case w.in(lex.postponed):
			postponed = true
		case w.in(lex.cancelled):
			cancelled = true
		case w.in(lex.planned) && i+1 < len(s.words) && s.words[i+1].norm == "اصلا":
			// "كانت مقررة أصلاً في …": the plan it left, not its status
		case w.in(lex.planned):
			planned = true
		}
		if w.in(lex.secret) {
			f.secret = true
		}
		if w.in(lex.shuttle) {
			f.format = FormatIndirect
		}
		if w.in(lex.direct) && f.format == "" {
			if i > 0 && s.words[i-1].norm == "غير" || s.negatedBefore(i) {
				f.format = FormatIndirect // "غير مباشرة", "لم يلتقيا وجهاً لوجه"
			} else {
				f.format = FormatDirect
			}
		}
		if w.in(lex.phone) && f.format == "" {
			f.format = FormatPhone
		}
		if t, ok := lex.topics[w.norm]; ok {
			f.topics = appendUnique(f.topics, t)
		}
	}
	if p, c := s.predicateAfterRelative(cb); p || c {
		// "الاجتماع …، الذي كان مقرراً في …، أُرجئ": the noun's own predicate
		postponed, cancelled = postponed || p, cancelled || c
	}
	if f.kind == trigContact && f.format == "" {
		f.format = FormatPhone
	}
	if f.kind == trigTravel && f.format == "" {
		f.format = FormatDirect
	}
	// "التقى X Y": face to face, unless the round turns out to be mediated
	f.faceToFace = f.kind == trigMeetVerb
	switch {
	case postponed:
		f.status = StatusPostponed
	case cancelled:
		f.status = StatusCancelled
	case planned || f.future:
		f.status = StatusPlanned
	}
}

// negatedBefore reports whether a negator stands within three words before
// token i in its clause: "لم يلتقيا وجهاً لوجه".
func (s *scan) negatedBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if s.words[j].exact(s.x.lex.mood.negator) {
			return true
		}
		if commaBetween(s.in.Text, s.in.Tokens, j) {
			return false
		}
	}
	return false
}

// relativePronouns open a relative clause set off by commas after a noun.
var relativePronouns = map[string]bool{"الذي": true, "التي": true, "اللذين": true, "اللتين": true, "الذين": true, "اللذان": true, "اللتان": true}

// predicateAfterRelative reads the predicate of a meeting noun whose
// clause a relative clause interrupts: when token from opens a relative
// clause set off by commas ("، الذي كان مقرراً في مسقط،"), the words after
// it up to the next comma or the end of the sentence are the noun's own
// predicate ("أُرجئ", "أُلغي"). It reports the postponement and
// cancellation cues found there; the relative clause itself is the plan
// the meeting left and is not read.
func (s *scan) predicateAfterRelative(from int) (postponed, cancelled bool) {
	if from <= 0 || from >= len(s.words) || !relativePronouns[s.words[from].norm] {
		return false, false
	}
	_, end := s.sentenceRange(s.in.Tokens[from].Sentence)
	i := from
	for i < end && !commaBetween(s.in.Text, s.in.Tokens, i) {
		i++
	}
	lex := &s.x.lex
	for i++; i < end; i++ {
		w := s.words[i]
		switch {
		case w.in(lex.postponed):
			postponed = true
		case w.in(lex.cancelled):
			cancelled = true
		}
		if commaBetween(s.in.Text, s.in.Tokens, i) {
			break
		}
	}
	return postponed, cancelled
}
