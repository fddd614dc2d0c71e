package meetings

import "strings"

// mood is what the clause of a trigger says of the event's reality: a round
// that was held or is planned (real), one that is denied or said not to
// happen (negated), one that is only imagined (speculative: "ربما"، "لو"،
// "قد يـ"، "هل"), or one that is only called for or hoped for (wished: "دعا
// إلى"، "يأمل"، "مستعد لـ"). Only real frames make meetings; a wished frame
// with a day of its own is an announced plan.
type mood uint8

const (
	moodReal mood = iota
	moodNegated
	moodSpeculative
	moodWished
	// moodPending is an event "before" which something happens ("قبل أن
	// تدخل في مفاوضات"): not (yet) real, unless it is called off.
	moodPending
)

// moodWords are the word lists the mood of a clause is read from.
type moodWords struct {
	negator     wordSet // لم، لن، لا، ليس
	eventVerb   wordSet // verbs a negator before a trigger denies the event with
	denial      wordSet // نفى، ينفي، كذّب
	speculation wordSet // ربما، لو، إذا، هل، احتمال، إمكانية
	doubtAfter  wordSet // after the trigger: تكهنات، شائعات
	wish        wordSet // دعا، يأمل، يسعى، مستعد، استعداد
	purpose     wordSet // تمهيدا، هامش: a goal or a forum, no round
	holdVerb    wordSet // تنعقد، تعقد، تجري: the verb a round is the subject of
	expected    wordSet // المتوقع، يتوقع: with كان before, an unmet expectation
}

func newMoodWords(b *setBuilder) moodWords {
	return moodWords{
		negator: b.set("لم", "لن", "لا", "ليس", "ليست", "ولم", "ولن", "ولا", "فلن", "فلم", "فلا", "عدم"),
		eventVerb: b.set("عقد", "يعقد", "تعقد", "تنعقد", "ينعقد", "انعقد", "انعقدت", "عقدت", "جرت", "جري", "يجري", "تجري",
			"تقام", "يقام", "اقيمت", "التقي", "يلتقي", "تلتقي", "اجتمع", "يجتمع", "تجتمع", "شارك", "يشارك", "تشارك",
			"حضر", "يحضر", "تحضر", "يتوقع", "متوقع", "يشير", "تشير", "توجد", "يوجد", "هناك", "تستانف", "يستانف",
			"يتوجه", "تتوجه", "يزور", "تزور", "يسافر", "تسافر", "يلتقيا", "يلتقيان", "يجتمعا", "يجتمعان", "تبدا", "يبدا",
			"تنطلق", "ينطلق", "نيه", "خطط"),
		denial: b.set("نفي", "نفت", "ينفي", "تنفي", "نافيا", "نافيه", "انكر", "ينكر", "تنكر", "كذب", "تكذيب", "كذبت",
			"ينفيان", "نفيا", "دحض"),
		speculation: b.set("ربما", "لربما", "لو", "ولو", "فلو", "اذا", "واذا", "هل", "وهل", "احتمال", "احتمالات", "احتماليه",
			"امكانيه", "بامكان", "ممكن", "ممكنا", "ممكنه", "يمكن", "تكهن", "يتساءل", "تساؤلات", "يتساءلون", "افتراض",
			"استبعد", "يستبعد", "تستبعد", "استبعدت", "استبعاد", "مستبعد", "مستبعدا", "رهن", "رهنا", "مرهون"),
		doubtAfter: b.set("تكهنات", "التكهنات", "شائعات", "الشائعات", "تخمينات", "وشيك", "الوشيك"),
		wish: b.set("دعا", "دعت", "يدعو", "تدعو", "دعوه", "طالب", "يطالب", "تطالب", "يأمل", "تأمل", "يامل", "تامل", "امل",
			"يسعي", "تسعي", "سعي", "مستعد", "مستعده", "استعداد", "استعداده", "استعدادها", "استعدادهم", "جاهزيه", "رغبه",
			"يرغب", "ترغب", "تريد", "يريد", "يحث", "تحث", "حث", "ناشد", "يناشد", "محاولات", "محاوله", "جهود",
			"اقترح", "اقترحت", "يقترح", "تقترح", "اقتراح", "طرح", "طرحت", "يطرح", "تطرح", "عرض", "عرضت", "يعرض", "تعرض",
			// a condition set for an agreement: "وضع شرطاً، هو إجراء حوار"
			"شرط", "شرطا", "اشترط", "اشترطت", "يشترط", "تشترط", "اشتراط", "مطالبه", "مطلب", "مطالب"),
		purpose:  b.set("تمهيدا", "هامش", "يمهد", "تمهد", "ليمهد", "لتمهد", "تمهيد", "لتمهيد"),
		expected: b.set("المتوقع", "متوقعا", "يتوقع", "يفترض", "المفترض", "مفترضا"),
		holdVerb: b.set("تنعقد", "ينعقد", "تعقد", "يعقد", "تجري", "يجري", "تقام", "يقام", "تستانف", "يستانف", "تتم", "يتم"),
	}
}

// moodOf reads the mood of a frame from its sentence.
func (s *scan) moodOf(f *frame) mood {
	mw := &s.x.lex.mood
	a, b := s.sentenceRange(f.sentence)
	if a < 0 {
		return moodReal
	}
	// A question: "هل تعود مسقط إلى الواجهة؟"
	if end := s.in.Tokens[b-1].End; end < len(s.in.Text) && strings.HasPrefix(strings.TrimLeft(s.in.Text[end:], " \"'»”"), "؟") ||
		end < len(s.in.Text) && strings.HasPrefix(strings.TrimLeft(s.in.Text[end:], " \"'»”"), "?") {
		return moodSpeculative
	}
	ca := s.clauseStart(f.trig, a)
	// "نفى … أن يكون عراقجي قد التقى ويتكوف": a denial governs the
	// rest of its sentence.
	for i := a; i < f.trig; i++ {
		if s.words[i].in(mw.denial) {
			if s.newStatementIn(i+1, f.trig) {
				continue // "نفى … وجود خلافات، وأكد أن الجولة عقدت": another statement
			}
			report := false
			for j := i + 1; j <= f.trig; j++ {
				switch n := s.words[j].norm; {
				case n == "ان" || n == "وجود" || n == "حصول" || n == "صحه" || n == "اي":
					return moodNegated
				case reportNoun(n):
					report = true
				case report && n == "عن":
					// "نفى … أنباء تحدثت عن لقاء سري", "نفى ما تداولته وسائل
					// إعلام عن لقاء مرتقب": the reports of the meeting
					return moodNegated
				}
			}
		}
	}
	// "لا يُتوقع أن تُستأنف المحادثات", "لن تشارك في محادثات الأحد", "لا
	// شيء يشير إلى لقاء": a negator before an event verb in the clause.
	for i := f.trig - 1; i >= ca && i >= f.trig-7; i-- {
		if !s.words[i].exact(mw.negator) {
			continue
		}
		for j := i + 1; j < f.trig && j <= i+3; j++ {
			if s.words[j].in(mw.eventVerb) {
				return moodNegated
			}
		}
		if i == f.trig-1 || i == f.trig-2 && (s.words[f.trig-1].norm == "اي" || s.words[f.trig-1].norm == "شيء") {
			return moodNegated // "لا جولة جديدة", "لم تعقد أي محادثات"
		}
	}
	for i := f.trig - 1; i >= ca+1 && i >= f.trig-4; i-- {
		if (s.words[i].norm == "ان" || s.words[i].norm == "أن") && (s.words[i-1].norm == "قبل" || s.words[i-1].norm == "وقبل") && s.imperfect(i+1) {
			return moodPending
		}
	}
	for i := ca; i < f.trig; i++ {
		w := s.words[i]
		switch {
		case w.exact(mw.speculation) || w.in(mw.speculation) && len(w.norm) > 4:
			return moodSpeculative
		case (w.norm == "قد" || w.norm == "وقد") && i+1 < f.trig+1 && s.imperfect(i+1) && !s.qadPerfect(i+1):
			return moodSpeculative // "قد يرى", "وقد تعقد"; "قد عُقدت" is past
		case w.in(mw.wish) && !s.invitationTaken(i):
			return moodWished
		case w.in(mw.expected) && i > ca && s.wasBefore(i):
			return moodSpeculative // "كان من المتوقع أن …": an expectation that did not come true
		case w.in(mw.purpose) && i >= f.trig-3:
			return moodSpeculative // "تمهيداً لقمة", "على هامش منتدى"
		}
	}
	if s.unconfirmedIn(ca, f.trig) {
		return moodSpeculative // "تقارير غير مؤكدة عن لقاء", "لم يؤكد انعقاد لقاء"
	}
	for i := f.trig + 1; i < b && i <= f.trig+4; i++ {
		if s.words[i].in(mw.doubtAfter) {
			return moodSpeculative
		}
	}
	for i := f.trig + 1; i+1 < b && i <= f.trig+8; i++ {
		if (s.words[i].norm == "قد" || s.words[i].norm == "وقد") && s.imperfect(i+1) && !s.qadPerfect(i+1) &&
			(i <= f.trig+2 || s.words[i+1].in(mw.holdVerb) || s.words[i+1].in(mw.eventVerb)) {
			return moodSpeculative // "وأن المحادثات (بين X وY) قد تستأنف": they may resume
		}
		if commaBetween(s.in.Text, s.in.Tokens, i) {
			break
		}
	}
	if f.trig >= 2 && s.words[f.trig-1].in(s.x.lex.demonst) && strings.TrimPrefix(s.words[f.trig-2].norm, "و") == "مثل" {
		return moodSpeculative // "مثل هذا اللقاء": a kind of meeting, none in particular
	}
	return moodReal
}

// imperfect reports whether token i looks like an imperfect verb: يـ، تـ or
// نـ before a stem of at least three letters.
func (s *scan) imperfect(i int) bool {
	if i >= len(s.words) {
		return false
	}
	n := s.words[i].norm
	if len(n) < 8 { // four Arabic letters
		return false
	}
	return strings.HasPrefix(n, "ي") || strings.HasPrefix(n, "ت") || strings.HasPrefix(n, "ن")
}

// clauseStart returns the first token of the clause holding token t: after
// the last comma before it in its sentence (which starts at a).
func (s *scan) clauseStart(t, a int) int {
	for i := t - 1; i >= a; i-- {
		if commaBetween(s.in.Text, s.in.Tokens, i) {
			return i + 1
		}
	}
	return a
}

// negatedHolding reports whether a definite round is said not to convene:
// "الجولة السادسة … لن تنعقد يوم الأحد", "لن تعقد الجولة المقررة". It is
// then cancelled, not denied.
func (s *scan) negatedHolding(f *frame) bool {
	mw := &s.x.lex.mood
	a, b := s.sentenceRange(f.sentence)
	if a < 0 || !s.definite(f) {
		return false
	}
	neg := func(i int) bool {
		return i+1 < b && (s.words[i].norm == "لن" || s.words[i].norm == "ولن" || s.words[i].norm == "لم" || s.words[i].norm == "ولم") &&
			s.words[i+1].in(mw.holdVerb)
	}
	for i := f.trig + 1; i < b-1 && i < f.end && i <= f.trig+25; i++ {
		if neg(i) {
			return true
		}
	}
	return f.trig-2 >= a && neg(f.trig-2)
}

// definite reports whether a trigger names a particular round: with the
// article, an ordinal or a relative clause after it.
func (s *scan) definite(f *frame) bool {
	n := s.words[f.trig].norm
	if strings.HasPrefix(n, "ال") || strings.HasPrefix(n, "وال") || strings.HasPrefix(n, "بال") || f.ordinal != "" {
		return true
	}
	return f.trig+1 < len(s.words) && (s.words[f.trig+1].norm == "التي" || s.words[f.trig+1].norm == "الذي")
}

// wasBefore reports whether كان stands within two words before token i:
// "كان من المتوقع".
func (s *scan) wasBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if s.words[j].in(s.x.lex.was) {
			return true
		}
	}
	return false
}

// clauseEnd returns the token after the clause holding token t: the first
// comma after it, or end.
func (s *scan) clauseEnd(t, end int) int {
	for i := t; i < end; i++ {
		if commaBetween(s.in.Text, s.in.Tokens, i) {
			return i + 1
		}
	}
	return end
}

// reportNoun reports whether a normalized word names what a denial denies
// when it is a report: "أنباء", "تقارير", "ما (تداولته)", "شائعات".
func reportNoun(w string) bool {
	switch strings.TrimPrefix(w, "ال") {
	case "انباء", "تقارير", "ما", "خبر", "اخبار", "شائعات", "مزاعم", "ادعاءات", "روايات":
		return true
	}
	return false
}

// newStatementIn reports whether a new statement opens in (a, b]: a
// reporting verb after a comma ("…، وأكد أن …").
func (s *scan) newStatementIn(a, b int) bool {
	for j := a + 1; j <= b && j < len(s.words); j++ {
		if commaBetween(s.in.Text, s.in.Tokens, j-1) && s.words[j].in(s.x.lex.reporting) {
			return true
		}
	}
	return false
}

// unconfirmedIn reports whether [a, b) says what follows is not confirmed:
// "غير مؤكدة", "لم يؤكد", "لم يتسنَّ التأكد", "لم يتسن التحقق".
func (s *scan) unconfirmedIn(a, b int) bool {
	for i := max(a, 1); i < b; i++ {
		prev, w := strings.TrimPrefix(s.words[i-1].norm, "و"), s.words[i].norm
		switch {
		case prev == "غير" && (w == "مؤكده" || w == "مؤكد" || w == "مؤكدا" || w == "مؤكدين"):
			return true
		case prev == "لم" && (w == "يؤكد" || w == "تؤكد" || w == "يؤكدا" || w == "يتسن" || w == "يتسني" || w == "تتاكد" || w == "يتاكد"):
			return true
		}
	}
	return false
}
