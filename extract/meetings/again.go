package meetings

import "strings"

// meetsAgain reports whether the frame's trigger is a verb of meeting told
// "again" ("على أن تجتمع اللجنة مجدداً يوم الجمعة", "ويلتقي الوفدان مرة
// أخرى غداً", "تنعقد الجلسات من جديد الخميس"): a few days after a round
// under way, its next session, no meeting of its own.
func (s *scan) meetsAgain(f *frame) bool {
	if !meetVerb(s.words[f.trig].norm) && (f.trig == 0 || !meetVerb(s.words[f.trig-1].norm)) {
		return false // the verb is the trigger, or stands just before it
	}
	for i := f.trig + 1; i < len(s.words) && i <= f.trig+4; i++ {
		if s.in.Tokens[i].Sentence != s.in.Tokens[f.trig].Sentence {
			return false
		}
		switch s.words[i].norm {
		case "مجددا", "ثانيه":
			return true
		case "اخري":
			return s.words[i-1].norm == "مره"
		case "جديد":
			return s.words[i-1].norm == "من"
		}
	}
	return false
}

// meetVerb reports whether a normalised word is a present-tense verb of
// meeting or convening.
func meetVerb(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "تجتمع", "يجتمع", "يجتمعان", "تلتقي", "يلتقي", "يلتقيان", "تنعقد", "ينعقد", "تعقد", "يعقد", "تستانف", "يستانف":
		return true
	}
	return false
}
