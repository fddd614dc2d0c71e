package meetings

import "slices"

// sidesMediate reports whether a frame's mediators stand among the parties
// so that, without them, fewer than two sides remain: "لقاء بين الجانبين
// … بوساطة تركية" speaks of no channel Turkey is one of the two sides of,
// so its round is not the last one Turkey negotiated.
func sidesMediate(f *frame, parties []string) bool {
	rest := slices.DeleteFunc(slices.Clone(parties), func(p string) bool { return slices.Contains(f.mediators, p) })
	return len(rest) < len(parties) && len(rest) < 2
}

// sceneAfter reports whether the article named another pair of sides, in
// a sentence without a meeting, after the last report of m: an undated
// "الجولة" with no sides of its own then belongs to that pair.
func (b *builder) sceneAfter(m *Meeting) bool {
	sc := b.scene
	if len(sc.parties) < 2 || !slices.Equal(sc.parties, b.channel) || slices.Equal(sc.parties, m.Parties) {
		return false
	}
	last := -1
	for _, si := range m.Support["meeting"] {
		last = max(last, si)
	}
	return sc.sentence > last
}
