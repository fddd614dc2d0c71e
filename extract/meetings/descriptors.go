package meetings

import "strings"

// This file skips the words that describe a delegation before the
// adjective of its side: "وفد فني سعودي", "وفد رفيع المستوى إيراني" (rare),
// "وفد أمني مصري".

// afterDescriptors returns the first token from i on that is not a word
// describing a delegation's kind or rank (at most two of them).
func (s *scan) afterDescriptors(i int) int {
	for n := 0; n < 2 && i < len(s.words); n++ {
		if _, ok := s.mentionAt(i); ok || !delegationDescriptor(s.words[i].norm) {
			return i
		}
		i++
	}
	return i
}

// delegationDescriptor reports whether w describes a delegation's kind or
// rank: فني، أمني، عسكري، رسمي، تقني، دبلوماسي، حكومي، برلماني، رفيع.
func delegationDescriptor(w string) bool {
	switch strings.TrimPrefix(w, "ال") {
	case "فني", "تقني", "امني", "عسكري", "رسمي", "دبلوماسي", "حكومي", "برلماني", "رفيع", "وزاري", "اقتصادي", "تجاري", "قنصلي":
		return true
	}
	return false
}

// delegationVisit reads "وصل وفد سعودي إلى طهران لبحث …": a delegation of
// one side, no traveller named, arriving in the other side's country for
// a purpose — a meeting of the two sides there. It returns the visit's
// sides, nil when the frame is not one.
func (s *scan) delegationVisit(f *frame) []string {
	if len(f.travellers) > 0 || len(f.parties) != 1 || f.dest == "" {
		return nil
	}
	to := s.placeCountry(f.dest)
	if to == "" {
		to = f.dest
	}
	_, end := s.sentenceRange(f.sentence)
	if to == f.parties[0] || !s.purposeIn(f.trig+1, end) {
		return nil
	}
	return []string{f.parties[0], to}
}

// purposeIn reports whether [a, b) holds a purpose clause of talks:
// "لبحث", "للتباحث", "لإجراء محادثات", "لمناقشة", "بهدف".
func (s *scan) purposeIn(a, b int) bool {
	for i := a; i < b && i < len(s.words); i++ {
		switch strings.TrimPrefix(s.words[i].norm, "و") {
		case "لبحث", "للتباحث", "لاجراء", "لمناقشه", "بهدف", "للتفاوض", "لاستكمال":
			return true
		}
	}
	return false
}
