package meetings

import "strings"

// qadPerfect reports whether the verb at token i, right after "قد", is a
// perfect that merely looks like an imperfect because its form begins
// with ت (تبادل، تفاوض، توصل): "قد تبادلا", "قد توصلوا", "قد تمكنت" —
// the imperfect would end in ان، ون or carry no ت ending after قد
// ("قد تتبادلان"). "قد" + perfect tells what happened, not what may.
func (s *scan) qadPerfect(i int) bool {
	if i >= len(s.words) {
		return false
	}
	n := s.words[i].norm
	if !strings.HasPrefix(n, "ت") || strings.HasPrefix(n, "تت") {
		return false
	}
	switch {
	case strings.HasSuffix(n, "ان"), strings.HasSuffix(n, "ون"):
		return false
	case strings.HasSuffix(n, "وا"), strings.HasSuffix(n, "ا"), strings.HasSuffix(n, "ت"):
		return true
	}
	return false
}
