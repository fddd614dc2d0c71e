package meetings

import "strings"

// genericContacts reports whether the contact trigger at token i is the
// definite plural "الاتصالات" said of the relations between the sides
// ("ولم تقتصر الاتصالات بين البلدين على …", "وتوقفت بعدها الاتصالات
// العلنية", "استمرار الاتصالات"): contacts in general, neither a call nor a
// round. A phone word right after it ("الاتصالات الهاتفية") keeps it a call.
func (s *scan) genericContacts(i, b int) bool {
	n := s.words[i].norm
	for _, p := range []string{"و", "ف", "ب", "ل"} {
		if strings.HasPrefix(n, p+"ال") {
			n = n[len(p):]
			break
		}
	}
	if n != "الاتصالات" && n != "للاتصالات" {
		return false
	}
	for j := i + 1; j < b && j <= i+2; j++ {
		if s.words[j].in(s.x.lex.phone) {
			return false
		}
	}
	return true
}
