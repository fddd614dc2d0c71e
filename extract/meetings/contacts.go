package meetings

import "strings"

// genericContacts reports whether the contact trigger at token i is the
// definite plural "الاتصالات" said of the relations between the sides
// ("ولم تقتصر الاتصالات بين البلدين على …", "وتوقفت بعدها الاتصالات
// العلنية", "استمرار الاتصالات"): contacts in general, neither a call nor a
// round; so is the portfolio in "وزير الاتصال", "وزارة الاتصالات". A phone
// word right after it ("الاتصالات الهاتفية") keeps it a call.
func (s *scan) genericContacts(i, b int) bool {
	n := s.words[i].norm
	for _, p := range []string{"و", "ف", "ب", "ل"} {
		if strings.HasPrefix(n, p+"ال") {
			n = n[len(p):]
			break
		}
	}
	if i > 0 && portfolioOf(s.words[i-1].norm) {
		return true // "وزير الاتصال": a portfolio, not a call
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

// portfolioOf reports whether a normalised word is a minister or ministry
// whose portfolio the next word names ("وزير الاتصال", "ووزارة الاتصالات").
func portfolioOf(n string) bool {
	for _, p := range []string{"", "و", "ل", "ول"} {
		switch strings.TrimPrefix(n, p) {
		case "وزير", "وزيره", "وزاره", "الوزير", "الوزاره", "لوزير", "لوزاره":
			return true
		}
	}
	return false
}

// characterisedContact reports whether the contact word at token i
// characterises a round rather than telling of a call: "في أول اتصال بين
// الطرفين منذ …", "آخر اتصال بينهما". Its format is left to the round.
func (s *scan) characterisedContact(i int) bool {
	if i == 0 {
		return false
	}
	switch strings.TrimPrefix(strings.TrimPrefix(s.words[i-1].norm, "و"), "ب") {
	case "اول", "اخر", "ارفع", "اعلي":
		return true
	}
	return false
}
