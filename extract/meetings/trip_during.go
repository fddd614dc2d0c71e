package meetings

import "strings"

// duringTrip reports whether a talks frame is told as held during the trip
// just before it: "زيارة … إلى صنعاء، أجرى خلالها محادثات مع قادة
// الجماعة", "زار الوفد الدوحة، والتقى خلالها قادة الحركة". Like a purpose
// ("لإجراء محادثات"), it makes the trip and the talks one meeting, whose
// other side is the one the talks name rather than the host country.
func (s *scan) duringTrip(f *frame) bool {
	for _, j := range []int{f.trig - 1, f.trig + 1} {
		if j < 0 || j >= len(s.words) || s.in.Tokens[j].Sentence != s.in.Tokens[f.trig].Sentence {
			continue
		}
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "خلالها", "خلاله", "اثناءها", "اثناءه":
			return j == f.trig+1 || f.kind != trigMeetVerb
		}
	}
	return false
}
