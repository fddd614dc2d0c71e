package english

import (
	"slices"
	"strconv"
	"strings"

	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
)

// This file reads when a round is and whether a report is the same round
// going on: the dates a meeting can have, a dateline's day, rounds of
// several days, the next round, and the round of the article's day.

// meetingDates keeps the dates a meeting can have: every date of the
// sentence ("their October 14 meeting", "on October 28 and 29") but those
// that bound another event ("since May", "before August 13").
func meetingDates(toks []Token, ds []Date) []Date {
	var out []Date
	for _, d := range ds {
		if datelineDate(toks, d.Tok) {
			continue // "WASHINGTON, June 1 -": the day the report was filed
		}
		switch lower(toks, d.Tok-1) {
		case "since", "until", "before", "after", "by", "from", "through", "till":
			if d.Tok > 0 && toks[d.Tok-1].Sentence == toks[d.Tok].Sentence {
				continue
			}
		}
		if (speechVerb(lower(toks, d.Tok-1)) || lower(toks, d.Tok-1) == "on" && speechVerb(lower(toks, d.Tok-2))) && !ongoing(toks, d.Tok) {
			continue // the day of the statement, not of the meeting
		}
		if len(out) > 0 && out[len(out)-1].Date == d.Date {
			continue
		}
		out = append(out, d)
	}
	return out
}

// roundDays returns how many days a sentence says the round lasted when
// it ends on the sentence's date ("after ten days of talks", "after a week
// of negotiations"), or 0.
func roundDays(toks []Token, s *sentence) int {
	for i := s.from + 1; i+2 < s.to; i++ {
		if lower(toks, i-2) != "after" && lower(toks, i-3) != "after" || lower(toks, i+1) != "of" || !trigger(lower(toks, i+2)) {
			continue
		}
		switch toks[i].Lower {
		case "week":
			return 7
		case "days":
			if n := numberWord(toks[i-1].Lower); n > 0 {
				return n
			}
		}
	}
	return 0
}

// numberWord reads a small count written in words or digits.
func numberWord(w string) int {
	for i, n := range [...]string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen"} {
		if w == n {
			return i + 2
		}
	}
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 60 {
		return n
	}
	return 0
}

// nextRound reports whether a sentence announces the next meeting or
// round ("agreed to hold the next meeting in X", "a new round will take
// place"): another round, not the same one going on, nor one only named
// ("would wait for the next round to judge").
func nextRound(toks []Token, s *sentence) bool {
	next, held := false, false
	for i := s.from + 1; i < s.to; i++ {
		if w := toks[i-1].Lower; (w == "next" || w == "new" || w == "another") && trigger(toks[i].Lower) {
			next = true
		}
		switch toks[i].Lower {
		case "hold", "held", "convene", "host", "place", "scheduled", "set":
			held = true // "agreed to hold the next meeting in X": announced, not only named
		}
	}
	return next && held
}

// datelineDate reports whether token i is a date in a dateline: after
// one to three words in capitals and a comma at the start of the sentence.
func datelineDate(toks []Token, i int) bool {
	if i == 0 || !toks[i-1].Comma {
		return false
	}
	start := i
	for start > 0 && toks[start-1].Sentence == toks[i].Sentence {
		start--
	}
	if i-start < 1 || i-start > 3 {
		return false
	}
	for _, t := range toks[start:i] {
		if len(t.Text) < 2 || strings.ToUpper(t.Text) != t.Text {
			return false
		}
	}
	return true
}

// resumeOf reports whether an article's meetings hold a held round of the
// parties of m within a week before m: m resumes it. An undated m resumes
// only the round the article reports on its days, not one it recalls.
func resumeOf(ms []meetings.Meeting, m meetings.Meeting, published article.Date) bool {
	for _, o := range ms {
		if !slices.Equal(o.Parties, m.Parties) || o.Status != meetings.StatusHeld {
			continue
		}
		if o.Ordinal != "" && m.Ordinal != "" && o.Ordinal != m.Ordinal {
			continue // a third round is not the second going on
		}
		if o.DateFromPublication {
			return true
		}
		if m.DateFromPublication {
			// undated: the round of the article's days, not one recalled
			if c := current(ms, published); c >= 0 && ms[c].Date == o.Date {
				return true
			}
			continue
		}
		a, b := o.Date.Time(), m.Date.Time()
		if o.Date.Year == m.Date.Year && b.Sub(a).Hours() <= 24*8 && b.Sub(a) >= -24*8*3600e9 {
			return true
		}
	}
	return false
}

// ongoing reports whether the sentence of token i tells of talks under
// way: the day of the statement is then a day of the round.
func ongoing(toks []Token, i int) bool {
	for j := i; j >= 0 && toks[j].Sentence == toks[i].Sentence; j-- {
		if toks[j].Lower == "ongoing" || toks[j].Lower == "underway" || toks[j].Lower == "way" && lower(toks, j-1) == "under" {
			return true
		}
	}
	return false
}

// speechVerb reports whether a word reports speech ("said Friday").
func speechVerb(w string) bool {
	switch w {
	case "said", "says", "say", "announced", "stated", "added", "told", "tweeted", "reported", "confirmed":
		return true
	}
	return false
}

// resumption reports whether the sentence tells of talks picking up again
// or pausing ("will restart on Tuesday", "paused for two days").
func resumption(toks []Token, s *sentence) bool {
	for i := s.from; i < s.to; i++ {
		switch toks[i].Lower {
		case "restart", "restarts", "resume", "resumes", "paused", "pause", "suspended":
			return true
		}
	}
	return false
}

// multiDay reports whether the sentence tells of a round over several days
// ("a second day", "extended to Tuesday", "two-day talks"), and whether
// the day it gives is one of the round's (not only its start: a round
// "began on Saturday" keeps its month alone, so that a report of its end
// is the same round).
func multiDay(toks []Token, s *sentence) (multi, keepDay bool) {
	for i := s.from; i < s.to; i++ {
		switch toks[i].Lower {
		case "days", "extended":
			return true, true
		case "week", "weeks":
			if lower(toks, i+1) == "of" && trigger(lower(toks, i+2)) {
				return true, true // "after a week of talks"
			}
		case "began", "begun", "started", "opened", "kicked", "ongoing":
			// a round is told at its start and lasts ("the talks began on
			// Saturday")
			for j := s.from; j < s.to; j++ {
				if w := toks[j].Lower; w == "round" || w == "talks" || w == "negotiations" {
					return true, false
				}
			}
		case "day":
			switch lower(toks, i-1) {
			case "second", "third", "fourth", "two", "three", "another", "final", "last":
				return true, true
			}
		}
	}
	return false, false
}

func strongTrigger(toks []Token, s *sentence) bool {
	for i := s.from; i < s.to; i++ {
		switch toks[i].Lower {
		case "round", "session", "met", "talks", "negotiations":
			return true
		case "meeting", "meetings", "summit":
			if lower(toks, i-1) == "next" {
				return true // "agreed to hold the next meeting in X"
			}

		case "meet":
			if lower(toks, i+1) == "again" {
				return true // "agreed to meet again next Saturday"
			}
		}
	}
	return false
}

// current returns the index of the round an article reports as held on
// its day (within two days of publication, or a round of several days in
// its month), or -1.
func current(ms []meetings.Meeting, published article.Date) int {
	for i, m := range ms {
		opened := m.MultiDay && m.Date.Year == published.Year && m.Date.Month == published.Month
		if m.Status == meetings.StatusHeld && (nearDay(m.Date, published) || nearDay(m.Day, published) || opened) {
			return i
		}
	}
	return -1
}

// delegationNow reports whether a sentence tells, in the present tense, who
// makes up a side's team ("the delegation is led by X", "the rebels are
// represented by X and Y", "the team includes X"): the people of the round
// the article reports, wherever the sentence stands.
func delegationNow(toks []Token, s *sentence) bool {
	present := false
	for i := s.from; i < s.to; i++ {
		switch toks[i].Lower {
		case "is", "are":
			switch lower(toks, i+1) {
			case "led", "headed", "represented", "made", "joined":
				present = true
			case "again", "also", "once":
				present = present || lower(toks, i+2) == "led" || lower(toks, i+2) == "headed" || lower(toks, i+2) == "represented"
			}
		case "includes", "include":
			present = true
		case "was", "were", "had", "will", "would":
			return false
		}
	}
	return present
}

// nearDay reports whether the meeting's day is within two days of the
// publication day: the dateline is where the report was filed, so it
// places only the meeting of the day.
func nearDay(d, pub article.Date) bool {
	if d.Day == 0 || pub.Day == 0 {
		return false
	}
	gap := d.Time().Sub(pub.Time()).Hours() / 24
	return gap >= -2 && gap <= 2
}
