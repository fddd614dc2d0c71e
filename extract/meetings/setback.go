package meetings

import "strings"

// afterSetback reports whether the postponement cue at i, after the
// trigger of f and pointing back to it with a pronoun, is the object of
// "after" ("عقدت الجولة في مسقط بعد تأجيلها مرة واحدة", "عقب إرجائه
// أسبوعاً"): the round was held once the delay was over, so the cue tells its
// history, not its status. "بعد تأجيل الجولة" before the trigger still
// postpones it.
func (s *scan) afterSetback(f *frame, i int) bool {
	if i < 1 || i <= f.trig {
		return false
	}
	n := s.words[i].norm
	if !strings.HasSuffix(n, "ها") && !strings.HasSuffix(n, "ه") {
		return false
	}
	switch strings.TrimPrefix(s.words[i-1].norm, "و") {
	case "بعد", "عقب", "اثر", "بعيد":
		return true
	}
	return false
}
