package meetings

import "strings"

// This file reads status, format, secrecy and topics from a frame's clause.

// fillManner reads status, format, secrecy and topics from the frame's
// clause.
func (s *scan) fillManner(f *frame) {
	lex := &s.x.lex
	var planned, postponed, cancelled bool
	// Status cues count inside the trigger's clause only: in "جرت مكالمات
	// بين …، ويتوقع عقد محادثات" the expectation plans the talks, not the calls.
	ca, cb := f.pre, f.end
	skip := -1 // the comma that opens the asides skipped
	for i := f.trig - 1; i >= f.pre; i-- {
		if !commaBetween(s.in.Text, s.in.Tokens, i) || i == skip {
			continue
		}
		if k, ok := s.circumstanceAsides(i, f.pre); ok && i+1 == f.trig {
			// the day or place set off by commas right before the noun
			// does not end its clause: "ألغت الرئاسة، أمس الأحد، القمة"
			i, skip = k+1, k
			continue
		}
		ca = i + 1
		break
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
		case w.in(lex.postponed) && s.afterSetback(f, i):
			// "عقدت في مسقط بعد تأجيلها مرة واحدة": held once the delay was over
		case w.in(lex.postponed):
			postponed = true
		case w.in(lex.cancelled):
			cancelled = true
		case w.in(lex.planned) && i+1 < len(s.words) && s.words[i+1].norm == "اصلا":
			// "كانت مقررة أصلاً في …": the plan it left, not its status
		case s.signVerb(i):
			// "الفصائل التي لم توقّع على الاتفاق": توقّع signs, it expects
			// nothing
		case w.in(lex.planned):
			planned = true
		}
		if w.in(lex.secret) {
			f.secret = true
		}
		if f.prior && i < f.trig {
			continue // "تجري بصيغة غير مباشرة، خلافاً لجولة روما": the other round's manner
		}
		if w.in(lex.shuttle) {
			f.format = FormatIndirect
		}
		if f.format == "" && s.oneTable(i) {
			// "جلس الوفدان إلى طاولة واحدة"; "لم يجلس … إلى طاولة واحدة"
			f.format = FormatDirect
			if s.negatedWithin(i, 12) {
				f.format = FormatIndirect
			}
		}
		if w.in(lex.direct) && s.immediately(i) {
			// "غادر الوفد مباشرة بعد المحادثات": at once, not face to face
		} else if w.in(lex.direct) && f.format == "" && s.directAndIndirect(i) {
			// "المناقشات المباشرة وغير المباشرة": both, which says nothing
			// against the channel's format
		} else if w.in(lex.direct) && f.format == "" {
			if i > 0 && s.words[i-1].norm == "غير" || s.negatedBefore(i) {
				f.format = FormatIndirect // "غير مباشرة", "لم يلتقيا وجهاً لوجه"
			} else {
				f.format = FormatDirect
			}
		}
		if w.in(lex.phone) && f.format == "" && (inClause || i > f.trig) {
			// "بعد الاتصال الهاتفي …، وبعد اجتماع جدة": a call told before
			// the trigger's clause is another contact
			f.format = FormatPhone
		}
		if t, ok := lex.topics[w.norm]; ok {
			f.topics = appendUnique(f.topics, t)
		}
	}
	if !planned && !f.future && s.agreedToHold(f, ca) {
		planned = true // "اتفق الطرفان على عقد جولة جديدة"
	}
	if p, c := s.predicateAfterRelative(cb); p || c {
		// "الاجتماع …، الذي كان مقرراً في …، أُرجئ": the noun's own predicate
		postponed, cancelled = postponed || p, cancelled || c
	}
	if !postponed && !cancelled && (planned || f.future) {
		// "…؛ إذ أعلنت الخارجية إلغاءها": the plan's fate, told after
		postponed, cancelled = s.laterFate(f, cb)
	}
	if f.kind == trigContact && f.format == "" && !s.characterisedContact(f.trig) {
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

// immediately reports whether the word at i is "مباشرة" of time: right
// before "بعد", "عقب", "قبل", "إثر" or "إلى" ("مباشرة بعد المحادثات"), and
// not the manner of a noun or of "غير"/"بصورة".
func (s *scan) immediately(i int) bool {
	if i+1 >= len(s.words) || s.words[i].norm != "مباشره" || commaBetween(s.in.Text, s.in.Tokens, i) {
		return false // "بصيغة غير مباشرة، قبل أن يتوقف": the manner, then the time
	}
	if i > 0 {
		switch s.words[i-1].norm {
		case "غير", "بصوره", "بشكل", "بصيغه", "بطريقه", "محادثات", "مفاوضات", "المحادثات", "المفاوضات":
			return false
		}
	}
	switch s.words[i+1].norm {
	case "بعد", "عقب", "قبل", "اثر", "الي", "وبعد":
		return true
	}
	return false
}

// negatedBefore reports whether a negator stands within three words before
// token i in its clause: "لم يلتقيا وجهاً لوجه".
func (s *scan) negatedBefore(i int) bool {
	return s.negatedWithin(i, 3)
}

// negatedWithin reports whether a negator stands within n words before
// token i in its clause.
func (s *scan) negatedWithin(i, n int) bool {
	for j := i - 1; j >= 0 && j >= i-n; j-- {
		if s.words[j].exact(s.x.lex.mood.negator) {
			return true
		}
		if commaBetween(s.in.Text, s.in.Tokens, j) {
			return false
		}
	}
	return false
}

// relativePronoun reports whether a normalized word opens a relative
// clause: "الذي", "التي", "اللذين" …
func relativePronoun(w string) bool {
	switch w {
	case "الذي", "التي", "اللذين", "اللتين", "الذين", "اللذان", "اللتان", "اللواتي":
		return true
	}
	return false
}

// predicateAfterRelative reads the predicate of a meeting noun whose
// clause a relative clause interrupts: when token from opens a relative
// clause set off by commas ("، الذي كان مقرراً في مسقط،"), the words after
// it up to the next comma or the end of the sentence are the noun's own
// predicate ("أُرجئ", "أُلغي"). It reports the postponement and
// cancellation cues found there; the relative clause itself is the plan
// the meeting left and is not read.
func (s *scan) predicateAfterRelative(from int) (postponed, cancelled bool) {
	if from <= 0 || from >= len(s.words) || !relativePronoun(s.words[from].norm) {
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

// oneTable reports whether token i opens "طاولة واحدة", "الطاولة نفسها" or
// "نفس الطاولة": where the sides sat together.
func (s *scan) oneTable(i int) bool {
	if i+1 >= len(s.words) {
		return false
	}
	w, next := s.words[i].norm, s.words[i+1].norm
	switch {
	case (w == "طاوله" || w == "الطاوله") && (next == "واحده" || next == "نفسها"):
		return true
	case w == "نفس" && next == "الطاوله":
		return true
	}
	return false
}

// signVerb reports whether the word at i, written like the noun "توقّع"
// (expectation), is the verb "to sign": negated ("لم توقع") or with its
// object's preposition ("توقع على").
func (s *scan) signVerb(i int) bool {
	w := strings.TrimPrefix(s.words[i].norm, "و")
	if w != "توقع" && w != "يوقع" {
		return false
	}
	if i+1 < len(s.words) && s.words[i+1].norm == "علي" {
		return true
	}
	if i > 0 {
		switch s.words[i-1].norm {
		case "لم", "لن", "ولم", "ولن", "لا":
			return true
		}
	}
	return false
}
