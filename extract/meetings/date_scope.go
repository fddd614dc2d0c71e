package meetings

import "strings"

// This file keeps the date of an agreement, a decision or a law out of the
// dates a meeting may take: "الاتفاق النووي المبرم عام 2015", "الاتفاقية
// الموقعة في تشرين الأول", "القرار الصادر في آذار" — the participle makes the
// date the noun's, not the talks'.

// attributiveParticiple reports whether a normalized word, without the
// article, is a participle that dates the noun it describes.
func attributiveParticiple(w string) bool {
	switch w {
	case "مبرم", "مبرمه", "موقع", "موقعه", "صادر", "صادره", "معتمد", "معتمده":
		return true
	}
	return false
}

// attributiveDate reports whether the date d describes a noun through a
// participle before it ("المبرم عام 2015", "الموقعة في 5 أيار"), so that it
// is not the date of a meeting.
func (s *scan) attributiveDate(d *DateMention) bool {
	for j := d.TokStart - 1; j >= 0 && j >= d.TokStart-3; j-- {
		if s.in.Tokens[j].Sentence != s.in.Tokens[d.TokStart].Sentence {
			return false
		}
		n := s.words[j].norm
		switch n {
		case "في", "عام", "العام", "سنه", "منذ":
			continue
		}
		return attributiveParticiple(strings.TrimPrefix(strings.TrimPrefix(n, "و"), "ال"))
	}
	return false
}

// endedOn reports whether a date is the last day of a round, told in a
// relative clause on it: "الجولة السادسة، التي انتهت في العشرين من حزيران",
// "المحادثات التي اختتمت في 2 أيار" — the round lasted days before it.
func (s *scan) endedOn(d *DateMention) bool {
	i := d.TokStart
	if i < 3 || s.words[i-1].norm != "في" {
		return false
	}
	switch s.words[i-2].norm {
	case "انتهت", "انتهي", "اختتمت", "اختتم", "اختتمت اعمالها", "انفضت":
	default:
		return false
	}
	switch s.words[i-3].norm {
	case "التي", "الذي", "والتي", "والذي":
		return true
	}
	return false
}
