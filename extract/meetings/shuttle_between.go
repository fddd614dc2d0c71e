package meetings

import (
	"strings"

	"github.com/negograph/negograph/schema"
)

// This file reads a mediator who moves between the sides: "واصل منسق
// الاتحاد الأوروبي إنريكي مورا التنقل بين الوفدين", "ويتنقل الوسيط X بين
// الوفد الإيراني والوفد الأمريكي" — the one who goes between them carries
// their messages: a mediator, and the talks are indirect.

// shuttleVerb reports whether a normalised word is a verb or verbal noun of
// moving to and fro.
func shuttleVerb(w string) bool {
	switch strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف") {
	case "التنقل", "يتنقل", "تتنقل", "تنقل", "تنقلا", "يتنقلون", "متنقلا", "متنقله", "بالتنقل":
		return true
	}
	return false
}

// shuttleBetween reads the frame's mediators from a verb of moving at i
// followed by "بين" (at once, or after its subject): the people and bodies
// named as its subject, before the verb or between it and "بين". It reports
// whether it found any.
func (s *scan) shuttleBetween(f *frame, i, from int) bool {
	if !shuttleVerb(s.words[i].norm) {
		return false
	}
	bayn := -1
	for k := i + 1; k < f.end && k <= i+7; k++ {
		if s.words[k].norm == "بين" {
			bayn = k
			break
		}
	}
	if bayn < 0 {
		return false
	}
	var subj []int
	if bayn > i+1 {
		for j := i + 1; j < bayn; j++ { // "ويتنقل الوسيط X بين …"
			subj = append(subj, j)
		}
	} else {
		for j := i - 1; j >= from && j >= i-6; j-- { // "واصل X التنقل بين …"
			if s.complementizer(j) || commaBetween(s.in.Text, s.in.Tokens, j) {
				break
			}
			subj = append(subj, j)
		}
	}
	found := false
	seen := map[int]bool{}
	for _, j := range subj {
		m, ok := s.mentionAt(j)
		if !ok || seen[m.TokStart] || m.Label == schema.LabelVenue {
			continue
		}
		seen[m.TokStart] = true
		s.addMediator(f, m)
		found = true
	}
	if found {
		f.format = FormatIndirect
		s.shuttleEnds(f, bayn)
	}
	return found
}
