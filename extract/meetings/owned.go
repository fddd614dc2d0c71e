package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// ownMeeting reports whether the frame's trigger is an organization's own
// meeting, named by a pronoun on the noun that points to it: "لوّح
// الاتحاد الأوروبي في قمته المنعقدة في كانون الأول", "ناقش المجلس في
// اجتماعه". That is no round of the sides the article speaks of, unless the
// organization is one of them or the noun goes on to name whom it met
// ("في لقائه مع …").
func (s *scan) ownMeeting(f *frame, sides []string) bool {
	t := f.trig
	if !s.suffixedTrigger(t) {
		return false
	}
	if t+1 < len(s.words) {
		switch s.words[t+1].norm {
		case "مع", "بين", "ب":
			return false
		}
	}
	if t == 0 || !ownerLink(s.words[t-1].norm) {
		return false // "قمته" right after a noun is no own meeting of a subject
	}
	// the subject: the nearest mention before, within four words of the
	// clause ("الاتحاد الأوروبي قد لوّح في قمته")
	var m entities.Mention
	found := false
	for j := t - 2; j >= 0 && j >= t-5; j-- {
		if commaBetween(s.in.Text, s.in.Tokens, j) || s.trigger(j) != 0 {
			return false
		}
		if mm, ok := s.mentionAt(j); ok {
			m, found = mm, true
			break
		}
	}
	if !found || m.Label != schema.LabelOrganization {
		return false
	}
	if s.in.Tokens[m.TokStart].Sentence != s.in.Tokens[t].Sentence {
		return false
	}
	return !slices.Contains(sides, m.EntityID) && !slices.Contains(f.parties, m.EntityID)
}

// ownerLink reports whether w may stand between an owner and its meeting
// noun: "في قمته", "خلال اجتماعه", "قد … في".
func ownerLink(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "في", "خلال", "عبر", "ضمن", "اثناء", "قبيل":
		return true
	}
	return false
}

// suffixedTrigger reports whether the trigger at i is a meeting noun with a
// possessive pronoun ("قمته", "اجتماعها"), not a trigger as written.
func (s *scan) suffixedTrigger(i int) bool {
	var buf [maxForms]string
	forms := s.words[i].forms(&buf)
	for _, f := range forms {
		if _, ok := s.x.lex.trig[f]; ok {
			return false
		}
	}
	return s.x.lex.suffixedTrigger(forms) != 0
}
