package meetings

// This file gives the round an article opens with, told before any side
// is named ("وقّع رئيسا وفدي طرفي النزاع … في ختام الجولة الرابعة"), the
// sides of the delegations a later sentence names: "وترأس وفد X …، فيما
// ترأس وفد Y …".

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
		if delegationNoun(s.words[d].norm) && s.mAt[d] < 0 {
			for _, p := range s.delegationSides(d, e) {
				sides = appendUnique(sides, p)
			}
		}
	}
	if len(sides) < 2 {
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
