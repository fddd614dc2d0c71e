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
