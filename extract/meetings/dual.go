package meetings

import (
	"slices"
	"strings"
)

// This file reads two rounds told by one dual noun: "عقدت الجولتان
// السابقتان في كونمينغ في كانون الثاني وآذار" is a round in January and
// another in March.

// dualRound reports whether a normalized word is a meeting noun in the
// dual ("الجولتان"، "اجتماعين").
func dualRound(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "الجولتان", "الجولتين", "جولتان", "جولتين", "اللقاءان", "اللقاءين", "لقاءان", "لقاءين",
		"الاجتماعان", "الاجتماعين", "اجتماعان", "اجتماعين":
		return true
	}
	return false
}

// splitDual adds, after each frame of a dual meeting noun (the trigger or
// right after it) whose window
// holds two dates joined by و, the frame of the second round, with the
// second date; the first keeps the first.
func (s *scan) splitDual(out []*frame) []*frame {
	for n := 0; n < len(out); n++ {
		f := out[n]
		dual := false
		for i := f.trig; i < f.end && i <= f.trig+2; i++ {
			dual = dual || dualRound(s.words[i].norm) // "عقدت الجولتان"
		}
		if !dual {
			continue
		}
		var ds []DateMention
		for _, d := range s.in.Dates {
			if d.TokStart > f.trig && d.TokStart < f.end && !d.Since {
				ds = append(ds, d)
			}
		}
		if len(ds) != 2 || ds[0].TokEnd > ds[1].TokStart || !s.joinedByAnd(ds[0].TokEnd, ds[1].TokStart) ||
			f.date != ds[0].Date {
			continue
		}
		g := *f
		g.parties, g.mediators, g.medPersons = slices.Clone(f.parties), slices.Clone(f.mediators), slices.Clone(f.medPersons)
		g.candidates, g.travellers = slices.Clone(f.candidates), slices.Clone(f.travellers)
		g.date, g.future = ds[1].Date, ds[1].Future
		out = slices.Insert(out, n+1, &g)
		n++
	}
	return out
}

// joinedByAnd reports whether the tokens [a, b] hold only the conjunction
// و between two expressions: "في كانون الثاني وآذار"، "يومي 3 و5".
func (s *scan) joinedByAnd(a, b int) bool {
	if b < a || b-a > 1 {
		return false
	}
	if b == a+1 {
		return s.words[a].norm == "و"
	}
	return strings.HasPrefix(s.words[b].norm, "و")
}
