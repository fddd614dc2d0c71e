package meetings

// This file gives the round an article opens with, told before any side
// is named ("وقّع رئيسا وفدي طرفي النزاع … في ختام الجولة الرابعة"), the
// sides of the delegations a later sentence names: "وترأس وفد X …، فيما
// ترأس وفد Y …", "حضر ممثلون عن X وY".

// pendingSides places the frames read before any meeting was found, when
// sentence si (with no meeting of its own) names the delegations of two
// sides or more: they are the sides of those frames' round.
func (b *builder) pendingSides(si int) {
	if b.cur != nil || len(b.ms) > 0 || len(b.pending) == 0 {
		return
	}
	s := b.s
	a, e := s.sentenceRange(si)
	if a < 0 {
		return
	}
	var sides []string
	for d := a; d < e; d++ {
		if (delegationNoun(s.words[d].norm) || representativesNoun(s.words[d].norm)) && s.mAt[d] < 0 {
			for _, p := range s.delegationSides(d, e) {
				sides = appendUnique(sides, p)
			}
		}
	}
	if len(sides) == 0 {
		return
	}
	// the body before the headline: a headline's words are the vaguer
	// ("… وقف إطلاق النار في ليبيا" is no venue of the round)
	pending := make([]*frame, 0, len(b.pending))
	for _, headline := range []bool{false, true} {
		for _, f := range b.pending {
			if (f.sentence == 0) == headline {
				pending = append(pending, f)
			}
		}
	}
	// "بين الحكومة الانتقالية في تشاد وأكثر من أربعين حركة": the side the
	// round's own sentence named is one of them
	for _, p := range pending[0].parties {
		sides = appendUnique(sides, p)
	}
	if len(sides) < 2 {
		return
	}
	b.pending = nil
	b.channel = sortedCopy(sides)
	b.noteChannel(b.channel)
	for n, f := range pending {
		if n == 0 {
			f.parties = append([]string(nil), b.channel...)
			f.anaphoric = false
		}
		b.add(f)
	}
}

// representativesNoun reports whether a normalized word names the
// representatives of a side ("حضر ممثلون عن X وY").
func representativesNoun(w string) bool {
	switch w {
	case "ممثلون", "ممثلين", "ممثلو", "ممثلي", "وممثلون", "وممثلو", "ممثلا", "ممثلان":
		return true
	}
	return false
}
