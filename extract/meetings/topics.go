package meetings

// This file keeps what a purpose or topic clause names apart from the
// round it describes: "جولة محادثات لبحث اتفاق الميناء بين البلدين" is
// a round of the two countries named before, whatever the agreement's
// "بين" says; "محادثات حول تنفيذ اتفاق السلام الموقع عام 2018 برعاية
// الاتحاد الأفريقي" is a round the African Union sponsors, not the
// agreement it recalls.

// topicAnaphor reports whether the "بين" at token i stands in a topic or
// purpose clause of the frame's trigger ("لبحث اتفاق … بين البلدين"): its
// anaphor names the sides of the agreement discussed, and the round's own
// sides are read elsewhere in the sentence.
func (s *scan) topicAnaphor(f *frame, i int) bool {
	return s.topicBetween(f.trig+1, i)
}

// topicAgreement reports whether frame g, the one after f in a sentence,
// is an agreement named in f's topic clause ("محادثات حول تنفيذ اتفاق
// السلام …"): a concluded agreement recalled as the subject of the talks.
func (s *scan) topicAgreement(f, g *frame) bool {
	if !signedText(s.words[g.trig].norm) && !s.concludedAgreement(g.trig) {
		return false
	}
	return s.topicBetween(f.trig+1, g.trig)
}

// sponsorToRound moves the mediators read after a recalled agreement in
// the topic clause of the round before it to that round, when it has
// none ("… حول تنفيذ اتفاق السلام الموقع عام 2018 برعاية الاتحاد
// الأفريقي"): the sponsor of the talks the sentence reports.
func (s *scan) sponsorToRound(out []*frame) {
	for n := 1; n < len(out); n++ {
		f, g := out[n-1], out[n]
		if len(g.mediators) == 0 || len(f.mediators) > 0 || f.background || !s.topicAgreement(f, g) {
			continue
		}
		f.mediators, g.mediators = g.mediators, nil
		f.medPersons, g.medPersons = g.medPersons, nil
	}
}
