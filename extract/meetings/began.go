package meetings

import (
	"strings"

	"github.com/negograph/negograph/internal/article"
)

// This file reads the day the round being reported began, told in a
// sentence of its own: "اختتمت الجولة يوم السبت … وكانت المشاورات قد
// انطلقت يوم الأحد 30 حزيران" — one round over several days, not a second
// meeting on the first day.

// beganAt reports whether the talks noun at i is the subject of a verb of
// beginning right after it ("المشاورات قد انطلقت", "المحادثات بدأت",
// "المحادثات، التي انطلقت") or of the verbal noun right before it ("منذ
// انطلاق المشاورات").
func (s *scan) beganAt(i int) bool {
	if !strings.HasPrefix(strings.TrimPrefix(s.words[i].norm, "و"), "ال") {
		return false // "انطلقت جولة جديدة": another round
	}
	if i > 0 && s.in.Tokens[i-1].Sentence == s.in.Tokens[i].Sentence {
		switch strings.TrimPrefix(s.words[i-1].norm, "و") {
		case "انطلاق", "بدء", "افتتاح", "بدايه":
			return true // "منذ انطلاق المشاورات يوم الاثنين"
		}
	}
	for j := i + 1; j < len(s.words) && j <= i+3; j++ {
		if s.in.Tokens[j].Sentence != s.in.Tokens[i].Sentence {
			return false
		}
		next := ""
		if j+1 < len(s.words) {
			next = s.words[j+1].norm
		}
		if j == i+1 && s.rankWord(s.words[j], next) != "" {
			continue // "وكانت الجولة الثالثة قد انطلقت"
		}
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "قد", "التي", "الذي":
			continue // "المحادثات، التي انطلقت صباح السبت"
		case "انطلقت", "انطلق", "بدات", "استهلت", "افتتحت", "انطلقا":
			return true
		case "بدا":
			// "بدأ" written without its hamza is also "بدا" (it seemed):
			// a beginning only with a day or "في" after it
			return j+1 < len(s.words) && (s.words[j+1].norm == "في" || s.words[j+1].norm == "يوم" || s.dateAt(j+1))
		}
		return false
	}
	return false
}

// rankedRoundDays is the longest a round named by its rank may last from
// the day it began: rounds of peace talks run for weeks.
const rankedRoundDays = 62

// beganCurrent folds a report of the day the current round began into it:
// the round lasted several days, from that day. It reports whether the
// frame was folded.
func (b *builder) beganCurrent(f *frame) bool {
	c := b.cur
	// "في ختام الجولة الثالثة … وكانت الجولة الثالثة قد انطلقت في 2
	// مايو": the same rank names the same round, which may have lasted weeks
	if c == nil {
		return false
	}
	sameRank := f.ordinal != "" && f.ordinal == c.Ordinal
	if f.kind != trigTalks || f.item || f.ordinal != "" && !sameRank || !b.s.beganAt(f.trig) ||
		effective(c.Status) != StatusHeld || !subset(f.parties, c.Parties) {
		return false
	}
	day := article.PrecisionDay
	if c.Date.Precision() != day || f.date.Precision() != day {
		return false
	}
	gap, longest := dayGap(f.date, c.Date), 14
	if sameRank {
		longest = rankedRoundDays
	}
	if gap < 1 || gap > longest {
		return false
	}
	c.MultiDay = true
	if c.Began.IsZero() || f.date.Before(c.Began) {
		c.Began = f.date
	}
	// the rest of the sentence tells of the round: its mediators, its people
	f.date, f.future, f.earlier, f.background = article.Date{}, false, false, false
	b.merge(c, f)
	b.participants(c, f.sentence, f.pre, f.end)
	return true
}

// periodSpan reports whether the word "الفترة" at i opens a span of days:
// "الفترة من السادس وحتى العاشر من آذار", "الفترة من 6 إلى 10 مارس".
func (s *scan) periodSpan(i, b int) bool {
	if i+1 >= b || s.words[i+1].norm != "من" {
		return false
	}
	for j := i + 2; j < b && j <= i+5; j++ {
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "حتي", "الي":
			return j+1 < b && (s.dateAt(j+1) || startsWithDigit(s.words[j+1].norm) || ordinalDay(s.words[j+1].norm))
		}
	}
	return false
}

// ordinalDay reports whether w is an ordinal naming a day of the month
// ("العاشر", "الحادي"), as a span's end is written in words.
func ordinalDay(w string) bool {
	switch w {
	case "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
		"الحادي", "العشرين", "الثلاثين":
		return true
	}
	return false
}
