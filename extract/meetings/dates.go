package meetings

import (
	"strings"

	"github.com/negograph/negograph/schema"
)

// This file links a frame to the date of its meeting.

// dateAt reports whether token j is part of a date expression.
func (s *scan) dateAt(j int) bool { return j >= 0 && j < len(s.inDate) && s.inDate[j] }

// futureDateNear reports whether a date pointing after publication starts
// within six tokens after i (before b).
func (s *scan) futureDateNear(i, b int) bool {
	for _, d := range s.in.Dates {
		if d.Future && d.TokStart > i && d.TokStart <= i+9 && d.TokStart < b && !s.commaIn(i, d.TokStart) {
			return true
		}
	}
	return false
}

// fillDate links the frame to the nearest date after the trigger in its
// window, or else the nearest before it in the sentence, skipping dates
// that belong to another event ("the attack of 13 April").
func (s *scan) fillDate(f *frame) {
	var best *DateMention
	anchored := false
	for k := range s.in.Dates {
		d := &s.in.Dates[k]
		if d.TokStart <= f.trig || d.TokStart >= f.end {
			continue
		}
		if d.Since {
			if s.firstBefore(d.TokStart, f.trig) {
				f.after = d.Date
			} else if !s.commaIn(f.trig, d.TokStart) || s.hostBetween(f.trig, d.TokStart) {
				// "جولة تستضيفها الدوحة منذ مطلع آب": under way for days
				f.multiDay = true
			}
			continue
		}
		if best == nil && s.endedOn(d) {
			// "الجولة السادسة، التي انتهت في العشرين من حزيران": its last day
			best, f.multiDay = d, true
			continue
		}
		if best == nil && s.beganOn(d) {
			// "المفاوضات التي بدأت في 21 تشرين الثاني": the first of its days
			f.multiDay, f.began = true, d.Date
			continue
		}
		if best == nil && s.continuedOn(d) && s.dateBefore(f, false) != nil {
			// "انطلقت أمس الأحد جولة …، على أن تُستكمل اليوم الاثنين": a
			// round of several days, dated before its trigger
			f.multiDay = true
			break
		}
		if anchored || best == nil && s.sinceAnchored(f.trig, d) {
			// "هي الأولى منذ تجميد المسار في أبريل 2021، على أن تستكمل
			// اليوم": the date of the منذ phrase, and the dates after it, are
			// other events' and clauses'
			anchored = true
			continue
		}
		if best != nil || s.eventBetween(f.trig+1, d.TokStart) && !s.signedBetween(f.trig, d.TokStart) || s.meetingAfterLink(f.trig+1, d.TokStart) || s.reportingDate(d) || s.personClauseBetween(f.trig+1, d.TokStart) || s.movedFrom(d) || s.attributiveDate(d) || s.putOffOn(d) {
			continue
		}
		best = d
	}
	if best == nil && f.when {
		// "… منذ يناير، عندما عقدت مفاوضات مماثلة": the date before.
		for k := len(s.in.Dates) - 1; k >= 0; k-- {
			d := &s.in.Dates[k]
			if d.TokEnd <= f.trig && d.TokEnd >= f.trig-8 {
				best = d
				break
			}
		}
	}
	if best != nil && s.commaIn(f.trig, best.TokStart) && s.definite(f) && (!f.first || s.afterEndOf(f.trig)) && !s.endedOn(best) {
		best = nil // "بعد انتهاء اللقاء إن …، خلال الأيام المقبلة": another clause's date
	}
	if best != nil && s.commaIn(f.trig, best.TokStart) {
		// "عقد الوفدان أمس الجمعة 16 مايو … مفاوضات، بعد أن تأخر انطلاقها
		// عن موعدها الأصلي يوم الخميس": a date in the trigger's own clause,
		// before it, wins over one past a comma
		if d := s.dateBefore(f, true); d != nil {
			best = d
		}
	}
	if best == nil {
		best = s.dateBefore(f, false)
	}
	if best == nil && s.occasionCue(f.trig) {
		// "وقّع رئيسا الوفدين، أمس الجمعة، اتفاقاً …، في ختام الجولة
		// الرابعة": what was done at the end of the round dates its last day
		best = s.occasionDate(f)
	}
	if best != nil {
		f.date, f.future, f.dateEnd = best.Date, best.Future, best.TokEnd
	}
}

// dateBefore returns the nearest date before the trigger in the frame's
// window (in its clause only, when clause is set), nil if none.
func (s *scan) dateBefore(f *frame, clause bool) *DateMention {
	lex := &s.x.lex
	for k := len(s.in.Dates) - 1; k >= 0; k-- {
		d := &s.in.Dates[k]
		if d.TokEnd > f.trig || d.TokStart < f.pre || d.Since || d.TokStart < f.claimed {
			continue
		}
		if s.eventBetween(d.TokEnd, f.trig) || (d.TokStart > 0 && s.words[d.TokStart-1].in(lex.since)) || s.reportingDate(d) || s.attributiveDate(d) || s.saidBetween(d.TokEnd, f.trig) ||
			s.eventBetween(max(d.TokStart-3, f.pre), d.TokStart) || s.contentDate(d, f.sentence) || s.pointsBackBetween(d.TokEnd, f.trig) ||
			s.movedFrom(d) {
			// "منذ اندلاع القتال قبل خمسة أيام، واستمرت المحادثات": the
			// date of the event named just before it; "بعد أن كانت
			// مقررة في يوليو، وتوّجها … بلقاء": a plan given up
			continue
		}
		if clause && s.commaIn(d.TokEnd-1, f.trig) {
			return nil
		}
		return d
	}
	return nil
}

// meetingAfterLink reports whether tokens [a, b) hold a word placing one
// event after or before another, then a meeting noun: "جولة القاهرة بعد
// حوار بكين في نيسان" — the date after it is that other meeting's.
func (s *scan) meetingAfterLink(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if !s.timeLinkIn(k, k+1) {
			continue
		}
		if n := s.words[k+1]; n.trig != 0 || dialogueWord(n.norm) {
			return true
		}
	}
	return false
}

// pointsBackBetween reports whether a time word with a pronoun that points
// back to the event just told stands in [a, b): "بعد حوار بكين في نيسان،
// وقبله لقاء الجزائر" — the date before it is that event's.
func (s *scan) pointsBackBetween(a, b int) bool {
	for k := a; k < b; k++ {
		switch strings.TrimPrefix(s.words[k].norm, "و") {
		case "قبله", "قبلها", "بعده", "بعدها", "تلاه", "تلته", "تلتها", "تلاها":
			return true
		}
	}
	return false
}

// contentDate reports whether date d, in sentence si, is part of what an
// agreement provides ("اتفاقاً يقضي بإجراء الانتخابات في النصف الثاني
// من عام 2024"): a verb of providing stands within ten words before it.
func (s *scan) contentDate(d *DateMention, si int) bool {
	a, _ := s.sentenceRange(si)
	for j := d.TokStart - 1; j >= max(a, 0) && j >= d.TokStart-10; j-- {
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "يقضي", "تقضي", "ينص", "تنص", "يتضمن", "تتضمن", "يشمل", "تشمل":
			return true
		}
	}
	return false
}

// beganOn reports whether a date is the day a round began, told in a
// relative clause on it: "المفاوضات التي بدأت في 21 تشرين الثاني", "الجولة
// التي انطلقت في الثاني من أيار" — the round went on after it.
func (s *scan) beganOn(d *DateMention) bool {
	i := d.TokStart
	if i >= 2 && beganVerb(s.words[i-1].norm) && relativePronoun(strings.TrimPrefix(s.words[i-2].norm, "و")) {
		return true // "النقاشات التي انطلقت الاثنين": the day itself, no في
	}
	if i < 3 || s.words[i-1].norm != "في" && s.words[i-1].norm != "منذ" {
		return false
	}
	switch s.words[i-2].norm {
	case "بدات", "بدا", "انطلقت", "انطلق", "استهلت", "افتتحت":
	default:
		return false
	}
	switch s.words[i-3].norm {
	case "التي", "الذي", "اللتين", "والتي", "والذي":
		return true
	}
	return false
}

// movedFrom reports whether a date is the one a round was moved away
// from: "بعد تأجيلها من كانون الثاني", "أرجئت من الخميس إلى الأحد", "كانت
// مقررة أصلاً في الثامن", "بعد أن كانت مقررة في يوليو" — the old date, not
// the one the round is (or was) held on.
func (s *scan) movedFrom(d *DateMention) bool {
	i := d.TokStart
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch s.words[j].norm {
		case "اصلا", "الاصلي", "الاصليه":
			return true // "كانت مقررة أصلاً في الثامن": the plan it left
		case "مقرره", "مقررا", "مقرر":
			// "بعد أن كانت مقررة في يوليو": the plan it had
			if j >= 3 && (s.words[j-1].norm == "كانت" || s.words[j-1].norm == "كان") && s.words[j-2].norm == "ان" &&
				strings.TrimPrefix(s.words[j-3].norm, "و") == "بعد" {
				return true
			}
		}
	}
	if i < 2 || strings.TrimPrefix(s.words[i-1].norm, "و") != "من" && s.words[i-1].norm != "عن" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		if s.in.Tokens[j].Sentence != s.in.Tokens[i].Sentence {
			return false
		}
		if s.words[j].in(s.x.lex.postponed) {
			return true
		}
	}
	return false
}

// putOffOn reports whether a date is the day the round was put off, after
// which it is now held: "عقدت الجولة … بعد تأجيلها في حزيران الماضي".
func (s *scan) putOffOn(d *DateMention) bool {
	i := d.TokStart
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if s.in.Tokens[j].Sentence != s.in.Tokens[i].Sentence || commaBetween(s.in.Text, s.in.Tokens, j) {
			return false
		}
		if s.words[j].in(s.x.lex.postponed) {
			switch strings.TrimPrefix(s.words[j-1].norm, "و") {
			case "بعد", "عقب", "اثر", "منذ":
				return true
			}
			return false
		}
	}
	return false
}

// reportingDate reports whether a date belongs to a verb of saying just
// before it: "قال عراقجي يوم السبت إن …", "الذي عاد اليوم للتأكيد". It
// dates the statement, not the meeting spoken of.
func (s *scan) reportingDate(d *DateMention) bool {
	if s.statementDate(d) {
		return true
	}
	for j := d.TokStart - 1; j >= 0 && j >= d.TokStart-10; j-- {
		if s.in.Tokens[j].Sentence != s.in.Tokens[d.TokStart].Sentence {
			return false
		}
		if s.words[j].in(s.x.lex.reporting) {
			return true
		}
		if s.words[j].in(s.x.lex.timeWord) {
			continue // "أعلنت مساء الأحد": the part of the day is the date's
		}
		if _, ok := s.mentionAt(j); !ok && !s.words[j].in(s.x.lex.title) && !s.words[j].in(s.x.lex.titleTail) && !s.words[j].in(s.x.lex.subjectNoun) {
			return false // only the speaker may stand between
		}
	}
	return false
}

// commaIn reports whether a comma separates two tokens of [a, b].
// afterEndOf reports whether the trigger at i is named as the time of
// something else, after or at its end: "بعد انتهاء اللقاء", "عقب ختام
// الجولة", "في ختام المحادثات" — a meeting already reported.
func (s *scan) afterEndOf(i int) bool {
	if i < 2 {
		return false
	}
	switch strings.TrimPrefix(s.words[i-1].norm, "و") {
	case "انتهاء", "ختام", "اختتام", "نهايه", "انقضاء":
	default:
		return false
	}
	switch strings.TrimPrefix(s.words[i-2].norm, "و") {
	case "بعد", "عقب", "في", "لدي", "عند", "اثر", "فور":
		return true
	}
	return false
}

func (s *scan) commaIn(a, b int) bool {
	for i := a; i < b; i++ {
		if commaBetween(s.in.Text, s.in.Tokens, i) {
			return true
		}
	}
	return false
}

func (s *scan) firstBefore(i, min int) bool {
	for j := i - 1; j >= min-1 && j >= i-8; j-- {
		if s.words[j].in(s.x.lex.first) {
			return true
		}
	}
	return false
}

func (s *scan) eventBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if s.words[i].in(s.x.lex.eventNoun) {
			return true
		}
	}
	return false
}

// hostBetween reports whether a hosting verb stands in [a, b): "والتي
// تستضيفها الدوحة منذ أوائل آب".
func (s *scan) hostBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if s.hostVerb(i) {
			return true
		}
	}
	return false
}

// personClauseBetween reports whether a relative clause about a person
// opens in [a, b): "سيستضيفه الرئيس تشيسيكيدي الذي تولى رئاسة الاتحاد
// الشهر الماضي" — a date after it is the person's, not the meeting's.
func (s *scan) personClauseBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if n := s.words[i].norm; n != "الذي" && n != "التي" {
			continue
		}
		if m, ok := s.mentionAt(i - 1); ok && m.Label == schema.LabelPerson {
			return true
		}
	}
	return false
}

// occasionDate returns the nearest date before a trigger that follows a
// word of ending, in its sentence: the day of what was done at the end of
// the round ("وقّع …، أمس الجمعة، اتفاقاً …، في ختام الجولة"); nil if
// none, or if it dates a statement or a span.
func (s *scan) occasionDate(f *frame) *DateMention {
	a, _ := s.sentenceRange(f.sentence)
	for k := len(s.in.Dates) - 1; k >= 0; k-- {
		d := &s.in.Dates[k]
		if d.TokEnd > f.trig || d.TokStart < a || d.TokStart < f.claimed || s.contentDate(d, f.sentence) {
			continue // "… اتفاقاً يقضي بإجراء الانتخابات في 2024، وذلك في ختام اجتماع": what was agreed
		}
		if d.Since || s.reportingDate(d) || s.attributiveDate(d) || s.saidBetween(d.TokEnd, f.trig) {
			return nil
		}
		return d
	}
	return nil
}
