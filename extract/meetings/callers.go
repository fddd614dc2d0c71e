package meetings

import "strings"

// This file reads a call to hold talks: "قادة X وY يدعون طرفي الحرب إلى
// استئناف المفاوضات", "دعت مصر الجانبين إلى جولة جديدة". Those who call
// are not the sides; the sides are the objects of the call — named, or
// pointed to ("طرفي الحرب", "الجانبين") and found in the article.

// callVerb reports whether a word is a verb of calling on someone to do
// something.
func callVerb(n string) bool {
	switch strings.TrimPrefix(n, "و") {
	case "دعا", "دعت", "يدعو", "تدعو", "يدعون", "دعوا", "حث", "حثت", "يحث", "تحث", "يحثون", "طالب", "طالبت", "يطالب", "تطالب", "يطالبون", "ناشد", "ناشدت", "يناشد":
		return true
	}
	return false
}

// applyCall reads a frame whose trigger is the goal of a call ("… إلى
// استئناف المفاوضات") that points to its objects by "طرفي" or
// "الجانبين": the sides named after the pointer, or none and an anaphoric
// reading; whoever calls (before the verb or right after it) is no side.
func (s *scan) applyCall(f *frame) {
	to := -1
	for i := f.trig - 1; i >= f.pre && i >= f.trig-3; i-- {
		if s.words[i].in(s.x.lex.to) {
			to = i
			break
		}
	}
	if to < 0 {
		return
	}
	verb := -1
	for i := to - 1; i >= f.pre && i >= to-12; i-- {
		if callVerb(s.words[i].norm) {
			verb = i
			break
		}
		if commaBetween(s.in.Text, s.in.Tokens, i) {
			break
		}
	}
	if verb < 0 {
		return
	}
	after := -1 // the word pointing to the sides: "طرفي", "الجانبين"
	for i := verb + 1; i < to; i++ {
		if n := s.words[i].norm; s.words[i].in(s.x.lex.anaphor) || n == "طرفي" || n == "جانبي" {
			after = i + 1
			break
		}
	}
	if after < 0 {
		return // named objects are read as before: "دعت مصر إسرائيل وحماس إلى …"
	}
	var objects []string // "طرفي النزاع إسرائيل وحماس": named after the pointer
	for i := after; i < to; i++ {
		m, ok := s.mentionAt(i)
		if !ok || m.TokStart != i {
			continue
		}
		if p := s.partyOf(m); p != "" {
			objects = appendUnique(objects, p)
		}
		i = m.TokEnd - 1
	}
	if len(objects) >= 2 {
		f.parties = sortedCopy(objects)
		return
	}
	f.parties, f.anaphoric = nil, true
}
