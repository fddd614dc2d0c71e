package meetings

import "github.com/negograph/negograph/internal/article"

// This file picks the round a "first since" sentence speaks of: "وهذه أول
// مفاوضات بين البلدين منذ محادثات الدوحة" follows the report of a round and,
// often, of the next one it announced; the first since is the round that was
// held, not the plan that closed the paragraph before.

// firstSinceHolder returns the meeting a "first since" frame describes: the
// meeting cur it was joined to, unless cur is only planned, the frame is not
// and the sentence does not look ahead ("ستكون أول …"), in which case the
// latest held (or not yet settled) meeting of the same sides in the article.
// It returns nil when cur is nil.
func (b *builder) firstSinceHolder(cur *Meeting, f *frame) *Meeting {
	if cur == nil || cur.Status != StatusPlanned || f.status == StatusPlanned || f.future || b.s.willBe(f) {
		return cur
	}
	for k := len(b.ms) - 1; k >= 0; k-- {
		m := b.ms[k]
		if m != cur && (m.Status == "" || m.Status == StatusHeld) && sameSides(m.Parties, cur.Parties) {
			return m
		}
	}
	return cur
}

// willBe reports whether a future copula stands before the trigger in its
// sentence: "ستكون الجولة المقبلة الأولى منذ …", "وسيكون هذا أول لقاء منذ …".
func (s *scan) willBe(f *frame) bool {
	a, _ := s.sentenceRange(f.sentence)
	for i := max(a, 0); i < f.trig; i++ {
		switch s.words[i].norm {
		case "ستكون", "سيكون", "وستكون", "وسيكون", "ستشكل", "سيشكل", "وستشكل", "وسيشكل":
			return true
		}
	}
	return false
}

// sameSides reports whether two party lists hold the same sides.
func sameSides(a, b []string) bool {
	return len(a) == len(b) && subset(a, b)
}

// sincePlaced reports whether a round named as the boundary of a "first
// since" is told with its place and a year ("منذ المحادثات التي جرت في الدوحة
// صيف عام 2022"): a held round of its own, dated to the year, though its
// month is not given.
func sincePlaced(f *frame) bool {
	return f.since && f.venue != "" && f.date.Precision() == article.PrecisionYear && f.status != StatusPlanned && !f.future
}
