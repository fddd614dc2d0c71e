package meetings

import "strings"

// This file reads the sides of talks from those said to take part in them:
// "وشارك في المباحثات وزير الخارجية X على رأس وفد بلاده، وقاد Y وفد
// الجبهة، فيما مثّل الجزائر وزير خارجيتها" — every side named in the
// sentence after "شارك في" sat in the talks.

// tookPartSides gives a frame still without two sides, whose trigger
// follows a verb of taking part and "في", the sides named in the rest of
// its sentence, clause by clause.
func (s *scan) tookPartSides(f *frame) {
	if len(f.parties) >= 2 || f.trig < 2 || s.words[f.trig-1].norm != "في" || !takingPart(s.words[f.trig-2].norm) {
		return
	}
	_, e := s.sentenceRange(f.sentence)
	var sides []string
	from := f.trig + 1
	for i := from; i <= e; i++ {
		if i < e && !commaBetween(s.in.Text, s.in.Tokens, i) {
			continue
		}
		end := min(i+1, e)
		if !s.asideClause(from, end) {
			for _, p := range s.namedSides(from, end, true) {
				sides = appendUnique(sides, p)
			}
		}
		from = end
	}
	s.setSides(f, sides)
}

// takingPart reports whether w (without its conjunction) is a verb of
// taking part: "شارك", "شاركت", "يشارك".
func takingPart(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "شارك", "شاركت", "شاركا", "شاركوا", "يشارك", "تشارك", "يشاركون":
		return true
	}
	return false
}

// asideClause reports whether tokens [a, b) tell of those who sit beside
// the sides: observers ("حضر ممثلون عن X بصفة مراقبين") or sponsors
// ("برعاية روسيا وتركيا").
func (s *scan) asideClause(a, b int) bool {
	for i := a; i < b; i++ {
		if observerWord(s.words[i].norm) || s.words[i].in(s.x.lex.mediation) {
			return true
		}
	}
	return false
}

// observerWord reports whether w names an observer's standing: "مراقب",
// "بصفة مراقبين", "كمراقبين".
func observerWord(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "مراقب", "مراقبين", "مراقبون", "مراقبا", "كمراقب", "كمراقبين", "مراقبه", "كمراقبه":
		return true
	}
	return false
}
