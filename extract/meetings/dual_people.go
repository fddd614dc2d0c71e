package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/schema"
)

// This file reads a meeting whose subject is a dual noun of people:
// "وعقد الرئيسان جلسة مباحثات" after a sentence that named the two
// presidents ("… حيث كان الرئيس X في استقبال الرئيس Y") takes part in by
// both of them.

// dualPeopleNoun reports whether a normalized word is a dual noun of
// people who negotiate: "الرئيسان", "الزعيمين", "الوزيران".
func dualPeopleNoun(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "الرئيسان", "الرئيسين", "الزعيمان", "الزعيمين", "الوزيران", "الوزيرين",
		"القائدان", "القائدين", "المبعوثان", "المبعوثين", "الرجلان", "الرجلين",
		"العاهلان", "العاهلين", "الملكان", "الملكين":
		return true
	}
	return false
}

// dualPeopleSubject returns the dual noun of people that stands within two
// words of the frame's trigger, before it ("والتقى الزعيمان") or after it
// ("وعقد الرئيسان جلسة"), or "".
func (s *scan) dualPeopleSubject(f *frame) string {
	for i := max(f.pre, f.trig-2); i < f.end && i <= f.trig+2; i++ {
		if w := s.words[i].norm; dualPeopleNoun(w) {
			return strings.TrimPrefix(w, "و")
		}
	}
	return ""
}

// titleFits reports whether the title before the person named at token i
// is one the dual noun stands for: a minister for "الوزيران", a head of
// state or government for "الزعيمان", anyone for "الرجلان"; "نظيره" is
// the counterpart of whoever the other is. "الزعيمين" does not point back
// to two chief negotiators.
func (s *scan) titleFits(dual string, i int) bool {
	var stems []string
	switch {
	case strings.Contains(dual, "رجل"):
		return true
	case strings.Contains(dual, "رئيس"):
		stems = []string{"رئيس"}
	case strings.Contains(dual, "وزير"):
		stems = []string{"وزير"}
	case strings.Contains(dual, "مبعوث"):
		stems = []string{"مبعوث"}
	default: // الزعيمان, القائدان, العاهلان, الملكان
		stems = []string{"رئيس", "ملك", "امير", "زعيم", "قائد", "عاهل", "سلطان"}
	}
	for j := i - 1; j > s.beforeTitle(i) && j >= 0; j-- {
		// the word itself, with no article, conjunction or feminine ending
		// ("الاميركي" contains "امير" and is no title)
		for _, w := range []string{s.words[j].norm, strings.TrimPrefix(s.words[j].norm, "و")} { // "وزير" begins with و
			w = strings.TrimSuffix(strings.TrimPrefix(w, "ال"), "ه")
			if strings.HasPrefix(w, "نظير") || slices.Contains(stems, w) {
				return true // "نظيره", "نظيرته"; "الوزير", "رئيسة"
			}
		}
	}
	return false
}

// dualPeopleBefore adds to m the people of the sentence before frame f that
// belong to its sides, when f's subject is a dual noun of people: the two it
// points back to, whatever else that sentence tells of them.
func (b *builder) dualPeopleBefore(m *Meeting, f *frame) {
	dual := b.s.dualPeopleSubject(f)
	if f.sentence == 0 || dual == "" || f.prior || f.background {
		return // "بعد شهر من لقاء الزعيمين في X": an earlier meeting of theirs
	}
	for _, p := range b.s.sidedPeople(f.sentence-1, dual) {
		if slices.Contains(m.Parties, p.Side) {
			b.addParticipant(m, p.PersonID, p.Side, f.sentence)
		}
	}
}

// sidedPeople returns the people sentence si names with a title the dual
// noun stands for, each with the side their title or record gives them,
// leaving out those who only qualify a noun ("مستشار الرئيس X") and
// spokesmen.
func (s *scan) sidedPeople(si int, dual string) []Participant {
	a, e := s.sentenceRange(si)
	if a < 0 {
		return nil
	}
	var out []Participant
	for i := a; i < e; i++ {
		mm, ok := s.mentionAt(i)
		if !ok || mm.TokStart != i || mm.Label != schema.LabelPerson || s.possessed(i) || s.spokesperson(mm) || !s.titleFits(dual, i) {
			continue
		}
		c := s.personCountry(mm.EntityID)
		if c == "" {
			c = s.titleCountry(mm)
		}
		if c != "" {
			out = append(out, Participant{PersonID: mm.EntityID, Side: c})
		}
	}
	return out
}

// dualPeopleSides gives frame f, whose subject is a dual noun of people and
// which names fewer than two sides, the sides of the people the sentence
// before names ("… حيث كان الرئيس الإيراني X في استقبال الرئيس المصري Y.
// وعقد الرئيسان جلسة مباحثات": Egypt and Iran), when they are two.
func (s *scan) dualPeopleSides(f *frame) {
	dual := s.dualPeopleSubject(f)
	if len(f.parties) >= 2 || f.sentence == 0 || dual == "" || f.prior || f.background {
		return
	}
	a, e := s.sentenceRange(f.sentence - 1)
	var sides []string
	for _, p := range s.sidedPeople(f.sentence-1, dual) {
		if !slices.Contains(sides, p.Side) {
			sides = append(sides, p.Side)
		}
	}
	if len(sides) != 2 || len(f.parties) == 1 && !slices.Contains(sides, f.parties[0]) {
		return
	}
	f.parties = sortedCopy(sides)
	// the day and place of that sentence are the meeting's when it has none
	for _, d := range s.in.Dates {
		if f.date.IsZero() && d.TokStart >= a && d.TokEnd <= e && !d.Since {
			f.date, f.future = d.Date, d.Future
		}
	}
	if f.venue == "" && len(f.candidates) == 0 {
		tmp := &frame{trig: a, pre: a, end: e, sentence: f.sentence - 1}
		if s.venueIn(tmp, a, e) {
			f.venue, f.venueCountry = tmp.venue, s.placeCountry(tmp.venue)
		} else if v := s.arrivedAt(a, e); v != "" {
			f.venue, f.venueCountry = v, s.placeCountry(v) // "وصل الرئيس X إلى المدينة"
		}
	}
}

// arrivedAt returns the city tokens [a, e) name after "إلى": where the
// travellers of that sentence went, or "".
func (s *scan) arrivedAt(a, e int) string {
	for i := a; i < e; i++ {
		if m, ok := s.mentionAt(i); ok && m.TokStart == i && m.Label == schema.LabelVenue && s.afterTo(m) {
			return m.EntityID
		}
	}
	return ""
}

// countriesAnaphor reports whether the frame's sentence, up to the end of
// its window, points back to its sides as two countries: "البلدين",
// "البلدان", "الدولتين".
func (s *scan) countriesAnaphor(f *frame) bool {
	a, _ := s.sentenceRange(f.sentence)
	for i := max(a, 0); i < f.end; i++ {
		w := strings.TrimPrefix(s.words[i].norm, "و")
		w = strings.TrimPrefix(w, "ب")
		if rest, ok := strings.CutPrefix(w, "لل"); ok {
			w = "ال" + rest
		}
		switch w {
		case "البلدين", "البلدان", "الدولتين", "الدولتان":
			return true
		}
	}
	return false
}

// allCountries reports whether every side is a country.
func allCountries(sides []string) bool {
	for _, p := range sides {
		if !strings.HasPrefix(p, "country:") {
			return false
		}
	}
	return len(sides) > 0
}

// anaphorSides returns the sides a frame that names none points back to:
// those given, unless the frame calls them two countries ("وزيرا خارجية
// البلدين") and they hold a group, when the two countries the article
// named together last are meant ("… حوار بين حكومة كينشاسا وحركة إم 23"
// is no pair of countries).
func (b *builder) anaphorSides(f *frame, sides []string) []string {
	if !b.s.countriesAnaphor(f) || allCountries(sides) {
		return sides
	}
	for n := len(b.named) - 1; n >= 0; n-- {
		if allCountries(b.named[n]) && subset(f.parties, b.named[n]) {
			return b.named[n]
		}
	}
	return sides
}
