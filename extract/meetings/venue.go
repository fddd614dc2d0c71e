package meetings

import (
	"strings"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads where a meeting is held.

// capitalVenue returns the place a metonymic capital mention names.
func (s *scan) capitalVenue(m entities.Mention) string {
	if s.x.capital != nil {
		if v := s.x.capital(m.EntityID); v != "" {
			return v
		}
	}
	return m.EntityID
}

// fillVenue finds "في مسقط", "بمسقط", "إلى الدوحة" and hesitant
// "في مسقط أو الدوحة" in the frame's window (or, for the first frame of a
// sentence, just before the trigger).
func (s *scan) fillVenue(f *frame) {
	defer func() {
		if f.venue != "" {
			f.venueCountry = s.placeCountry(f.venue)
		}
	}()
	if f.kind == trigTravel && f.dest != "" {
		f.venue = f.dest
		return
	}
	if s.movedTo(f) || s.idafaVenue(f) || s.hostIn(f) || s.venueIn(f, f.trig+1, f.end) {
		return
	}
	defer func() {
		if f.venue == "" && len(f.candidates) == 0 && f.kind == trigTalks {
			// "في مقر البعثة الأممية في المرج", "في بلدة X": a place the
			// gazetteer does not know, told by its frame
			a, _ := s.sentenceRange(f.sentence)
			ca, ce := s.clauseStart(f.trig, max(a, f.pre)), s.clauseEnd(f.trig, f.end)
			if ce < f.end && s.dateAt(ce-1) && s.words[ce].exact(s.x.lex.in) {
				// "عُقدت بداية شهر أيار 2021، في مقر … في X": after the
				// date that ends the trigger's clause, the place of it
				ce = s.commaEnd(ce, f.end)
			}
			// brackets and quotes do not end the clause a place is read
			// in: "في مقر … (البعثة) في المرج"
			ce = max(ce, s.commaEnd(f.trig, f.end))
			s.newPlaceIn(f, ca, ce)
			if f.venue == "" {
				f.venueGuess = s.guessPlaceIn(f.trig, ca, ce)
			}
		}
	}()
	if !f.first {
		return // the words before belong to the previous frame of the sentence
	}
	// before the trigger, only in its own clause: "وفي طهران، لم تؤكد … اللقاء"
	// is where the reaction came from; a clause of dates alone does not
	// count ("اختتمت في مسقط، اليوم الأحد 11 مايو، الجولة").
	from := f.pre
	for i := f.trig - 1; i >= f.pre; i-- {
		if commaBetween(s.in.Text, s.in.Tokens, i) && !s.onlyDates(i+1, f.trig) {
			if s.insertBefore(i+1, f.trig) {
				continue // "في مدينة X، جنوب العاصمة، اجتماع": an aside
			}
			from = i + 1
			break
		}
	}
	s.venueIn(f, from, f.trig)
}

// insertBefore reports whether tokens [a, trig) are an aside set off by
// commas right before the trigger that says where or when, not who: "،
// جنوب العاصمة،", "، بعد يومين من النقاش،", "، عاصمة دولة جنوب السودان،
// أمس،" (a date after it does not count). The clause before it is the
// trigger's own.
func (s *scan) insertBefore(a, trig int) bool {
	words := 0 // the aside's words besides a date after it
	for i := a; i < trig; i++ {
		if !s.dateAt(i) && !s.words[i].in(s.x.lex.timeWord) {
			words++
		}
	}
	if trig-a < 2 || words > 6 || !commaBetween(s.in.Text, s.in.Tokens, trig-1) {
		return false
	}
	switch s.words[a].norm {
	case "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "قرب", "بالقرب", "بعد", "اثر", "عقب", "وسط", "على",
		// "في جوبا، عاصمة دولة جنوب السودان، أمس، الجولة": the place
		// named, then what it is
		"عاصمه", "العاصمه", "كبري", "ثاني":
		return true
	}
	return false
}

// onlyDates reports whether every token of [a, b) is part of a date or a
// time word (true for an empty range).
func (s *scan) onlyDates(a, b int) bool {
	for i := a; i < b; i++ {
		if !s.dateAt(i) && !s.words[i].in(s.x.lex.timeWord) {
			return false
		}
	}
	return true
}

// idafaVenue reads "مفاوضات فيينا", "محادثات مسقط": a city right after a
// talks noun is where they take place, also when the round is named as
// part of them ("الجولة الأولى من محادثات جدة").
func (s *scan) idafaVenue(f *frame) bool {
	if f.kind != trigTalks {
		return false
	}
	i := s.skipModifiers(f.trig+1, f.end)
	for i < f.end && i <= f.trig+2 && s.words[i].in(s.x.lex.lastOnes) {
		i = s.skipModifiers(i+1, f.end) // "الجولة الأخيرة من مفاوضات فيينا"
	}
	if i != f.trig+1 && i != f.trig+2 && !(i-2 > f.trig && s.words[i-2].norm == "من" && s.trigger(i-1) == trigTalks) {
		return false // "الجولة الأولى من محادثات جدة" names them whole
	}
	m, ok := s.mentionAt(i)
	if !ok || m.TokStart != i || m.Label != schema.LabelVenue || m.Prefix != "" || s.capitalFollows(m.TokEnd) {
		return false
	}
	f.venue = m.EntityID
	return true
}

// capitalFollows reports whether "و" + a place follows token i (two
// capitals after a talks noun are the two governments).
func (s *scan) capitalFollows(i int) bool {
	m, ok := s.mentionAt(i)
	return ok && strings.HasPrefix(m.Prefix, "و") && (m.Label == schema.LabelVenue || m.Kind == entities.KindMetonym)
}

// hostIn reads "احتضنت روما الجولة" and "كان مقررا أن تستضيفها روما": the
// subject of a hosting verb is the venue.
func (s *scan) hostIn(f *frame) bool {
	from := f.trig - 6
	if from < f.pre {
		from = f.pre
	}
	for i := from; i < f.end && i <= f.trig+12; i++ {
		witness := !s.hostVerb(i)
		if witness && !(i < f.trig && witnessVerb(s.words[i].norm)) {
			continue // "شهدت الدوحة توقيع الاتفاق": a place sees the act after it
		}
		// "احتضنت روما", "روما تحتضن", "استضافت العاصمة القطرية الدوحة"
		next := i + 1
		for next < f.end && next <= i+3 && (s.words[next].in(s.x.lex.placeNoun) || s.isAdjective(next)) {
			next++
		}
		if c := s.hostCapital(i+1, f.end); c != "" {
			f.venue = c // "استضافت العاصمة الجزائرية الجولة": the capital
			return true
		}
		before := i - 1
		if before > f.pre && s.words[before].norm == "قد" {
			before-- // "كانت الدوحة قد احتضنته": the subject before قد
		}
		for _, j := range []int{next, before} {
			if m, ok := s.mentionAt(j); ok && (m.Label == schema.LabelVenue || m.Label == schema.LabelCountry) && m.Kind != entities.KindAdjective &&
				(!witness || s.witnessed(i, m, f.trig)) {
				f.venue = s.placeOf(m)
				return true
			}
		}
	}
	return false
}

// originalPlace reports whether a place is where a round was first set to
// be held, not where it was: "بعد أن تأخرت عن موعدها الأصلي في بوزنيقة
// ونُقلت إلى الرباط", "كانت مقررة أصلاً في جدة".
func (s *scan) originalPlace(m entities.Mention) bool {
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-3; j-- {
		switch s.words[j].norm {
		case "الاصلي", "الاصليه", "اصلا", "الاصل":
			return true
		}
	}
	return false
}

// witnessed reports whether the meeting at trig is what the place m saw
// by the verb at i: its object, within one word (besides its day) of the
// place after the verb ("شهدت الدوحة توقيع الاتفاق") or of the verb after
// the place ("وكانت جنيف قد شهدت الجولة الأولى"). "شهدت الخرطوم اشتباكات … رغم
// المفاوضات" saw something else.
func (s *scan) witnessed(i int, m entities.Mention, trig int) bool {
	from := i + 1
	if m.TokStart > i {
		from = m.TokEnd
	}
	if trig < from {
		return false
	}
	between := 0
	for j := from; j < trig; j++ {
		if !s.dateAt(j) && !s.words[j].in(s.x.lex.timeWord) && s.words[j].norm != "قد" {
			between++ // "شهدت جدة يوم 12 أبريل توقيع …": a day is no object
		}
	}
	return between <= 1
}

// witnessVerb reports whether w is a form of شهد ("to witness"), whose
// place subject hosts the meeting told after it: "شهدت الدوحة توقيع
// الاتفاق", "وكانت جنيف قد شهدت الجولة الأولى".
func witnessVerb(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "شهدت", "تشهد", "ستشهد", "شهد", "يشهد", "سيشهد":
		return true
	}
	return false
}

// hostAfter reports whether a hosting verb or noun follows a mention
// within two words: "روما تحتضن", "شكر السعودية على استضافة المحادثات".
func (s *scan) hostAfter(m entities.Mention) bool {
	for j := m.TokEnd; j < len(s.words) && j <= m.TokEnd+1; j++ {
		if s.hostVerb(j) {
			return true
		}
	}
	return false
}

// isAdjective reports whether token i is a country adjective.
func (s *scan) isAdjective(i int) bool {
	m, ok := s.mentionAt(i)
	return ok && m.Kind == entities.KindAdjective
}

// hostVerb reports whether token i is a form of استضاف or احتضن, possibly
// with an object pronoun.
func (s *scan) hostVerb(i int) bool {
	if !strings.Contains(s.words[i].norm, "تض") {
		return false // every form below has it, and every reading is cut from the word
	}
	var buf [maxForms]string
	for _, f := range s.words[i].forms(&buf) {
		for _, stem := range []string{"استضاف", "احتضن", "تستضيف", "تحتضن", "يستضيف", "يحتضن", "ستستضيف", "ستحتضن", "سيستضيف", "سيحتضن"} {
			if strings.HasPrefix(f, stem) && utf8.RuneCountInString(f)-utf8.RuneCountInString(stem) <= 3 {
				return true
			}
		}
	}
	return false
}

func (s *scan) venueIn(f *frame, a, b int) bool {
	lex := &s.x.lex
	for i := a; i < b; i++ {
		if v := s.capitalByAdjective(i, b); v != "" {
			// "في العاصمة الإيطالية" with no city named: the capital
			f.venue = v
			return true
		}
		m, ok := s.mentionAt(i)
		if !ok || m.TokStart != i {
			continue
		}
		place := m.Label == schema.LabelVenue || (m.Label == schema.LabelCountry && m.Kind == entities.KindName) ||
			m.Kind == entities.KindMetonym && s.afterIn(m) // "الوزير القطري في الدوحة": there, not the government
		if !place {
			continue
		}
		if !s.locative(m) || (f.kind != trigTravel && s.afterTo(m)) {
			continue // "رسائل إلى إيران" is no venue of talks
		}
		if a > f.trig && (s.eventBetween(f.trig+1, m.TokStart) && !s.signedBetween(f.trig, m.TokStart) || s.topicBetween(f.trig+1, m.TokStart) ||
			s.personActionBetween(f.trig+1, m.TokStart)) || s.placeOfEvent(m) || s.originalPlace(m) {
			continue // "… بعد هجوم … والحرب في غزة": the place of another event
		}
		if m.Label == schema.LabelCountry && m.Kind == entities.KindName {
			// "في إيران" after talks with Iran is not a venue when the
			// country is a party named earlier in the frame.
			for _, p := range f.parties {
				if p == m.EntityID && m.Prefix != "ب" && !s.words[i-1].exact(lex.in) {
					place = false
				}
			}
		}
		if !place {
			continue
		}
		if m.Label == schema.LabelCountry && s.personAfterTitle(m) {
			continue // "وزير الخارجية في سلطنة عمان البوسعيدي": his title, not the place
		}
		if m.Label == schema.LabelCountry && m.TokStart > 0 && entities.GovernmentBefore(s.in.Tokens, m.TokStart) {
			continue // "الحكومة الانتقالية في تشاد": whose government, not where
		}
		if m.Label == schema.LabelCountry && s.orgDesignation(m) {
			continue // "بعثة الأمم المتحدة للدعم في ليبيا": the mission's name
		}
		if m.Label == schema.LabelCountry {
			m = s.cityInApposition(m)
		}
		// hesitation: "مسقط أو الدوحة"
		if m.TokEnd < b && s.words[m.TokEnd].exact(lex.or) {
			if m2, ok := s.mentionAt(m.TokEnd + 1); ok && (m2.Label == schema.LabelVenue || m2.Label == schema.LabelCountry) && m2.Kind != entities.KindAdjective {
				f.candidates = []string{s.placeOf(m), s.placeOf(m2)}
				return true
			}
		}
		f.venue = s.placeOf(m)
		return true
	}
	return false
}

// cityInApposition returns the city named right after a country that lies
// in it ("في عاصمة جنوب أفريقيا بريتوريا"), or the country's mention.
func (s *scan) cityInApposition(m entities.Mention) entities.Mention {
	n, ok := s.mentionAt(m.TokEnd)
	if ok && n.TokStart == m.TokEnd && n.Label == schema.LabelVenue && n.Prefix == "" && s.placeCountry(n.EntityID) == m.EntityID {
		return n
	}
	return m
}

// locative reports whether a place mention follows "في", "إلى" or "ب",
// possibly through "العاصمة العمانية" or "مدينة".
func (s *scan) locative(m entities.Mention) bool {
	lex := &s.x.lex
	if m.Prefix == "ب" || m.Prefix == "وب" {
		return true
	}
	for i := m.TokStart - 1; i >= 0 && i >= m.TokStart-3; i-- {
		w := s.words[i]
		if w.exact(lex.in) || w.norm == "وفي" || w.in(lex.to) {
			return true
		}
		if w.in(lex.placeNoun) {
			if strings.HasPrefix(w.norm, "ب") || strings.HasPrefix(w.norm, "وب") {
				return true
			}
			continue
		}
		if mm, ok := s.mentionAt(i); ok && mm.Kind == entities.KindAdjective {
			i = mm.TokStart
			continue
		}
		if i > 0 && nisba(w.norm) && s.words[i-1].in(lex.placeNoun) {
			continue // "في العاصمة الكونغولية كينشاسا": an adjective no list has
		}
		return false
	}
	return false
}

// isSeat reports whether a normalized word names the seat or base of an
// organization: "مقر", "بمقر", "قاعدة".
func isSeat(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "مقر", "بمقر", "مقار", "مقرات", "قاعده", "بقاعده", "قواعد", "مكتب", "بمكتب", "مبني", "بمبني":
		return true
	}
	return false
}

// nisba reports whether a normalized word looks like a relational
// adjective with the article: "الكونغوليه", "السوداني".
func nisba(w string) bool {
	return strings.HasPrefix(w, "ال") && (strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ي")) && len(w) >= 12
}

// capitalByAdjective reads "في العاصمة الإيطالية" at token i when no city
// follows: the venue is that country's capital.
func (s *scan) capitalByAdjective(i, b int) string {
	if s.x.capital == nil || i+1 >= b || i == 0 || !(s.words[i].norm == "العاصمه" || s.words[i].norm == "بالعاصمه") {
		return ""
	}
	if s.words[i].norm == "العاصمه" && !s.words[i-1].exact(s.x.lex.in) && s.words[i-1].norm != "وفي" {
		return ""
	}
	return s.unnamedCapital(i)
}

// hostCapital reads "العاصمة الجزائرية" at token i as the subject of a
// hosting verb when no city follows: that country's capital.
func (s *scan) hostCapital(i, b int) string {
	if s.x.capital == nil || i+1 >= b || s.words[i].norm != "العاصمه" {
		return ""
	}
	return s.unnamedCapital(i)
}

// unnamedCapital reads the country adjective after "العاصمة" at token i:
// that country's capital, or "" when the city is named after it
// ("العاصمة العمانية مسقط") or no country adjective follows.
func (s *scan) unnamedCapital(i int) string {
	m, ok := s.mentionAt(i + 1)
	if !ok || m.Kind != entities.KindAdjective || m.Label != schema.LabelCountry {
		return ""
	}
	if n, ok := s.mentionAt(m.TokEnd); ok && (n.Label == schema.LabelVenue || n.Kind == entities.KindMetonym) {
		return ""
	}
	return s.x.capital(m.EntityID)
}

// afterIn reports whether a place follows "في" or "ب" right before it.
func (s *scan) afterIn(m entities.Mention) bool {
	if m.Prefix == "ب" || m.Prefix == "وب" {
		return true
	}
	return m.TokStart > 0 && (s.words[m.TokStart-1].exact(s.x.lex.in) || s.words[m.TokStart-1].norm == "وفي")
}

// afterTo reports whether a place follows "إلى" rather than "في" or "ب".
func (s *scan) afterTo(m entities.Mention) bool {
	if m.Prefix == "ب" || m.Prefix == "وب" {
		return false
	}
	for i := m.TokStart - 1; i >= 0 && i >= m.TokStart-3; i-- {
		if s.words[i].in(s.x.lex.to) {
			return true
		}
		if s.words[i].exact(s.x.lex.in) || s.words[i].norm == "وفي" {
			return false
		}
	}
	return false
}

// placeOf returns the venue id of a place mention (a metonym is read as its
// capital's place here, because it follows a locative).
func (s *scan) placeOf(m entities.Mention) string {
	if m.Kind == entities.KindMetonym {
		return s.capitalVenue(m)
	}
	return m.EntityID
}

// placeCountry returns the country of a place id (itself for a country).
func (s *scan) placeCountry(id string) string {
	if e, ok := s.in.Entities[id]; ok {
		if e.Label == schema.LabelCountry {
			return id
		}
		if e.Country != "" {
			return e.Country
		}
	}
	if s.x.world != nil {
		return s.x.world.CountryOf(id)
	}
	return ""
}

// topicBetween reports whether a preposition of topic stands in [a, b):
// "محادثات حول الوضع الإنساني في الخرطوم" — the place is the topic's.
func (s *scan) topicBetween(a, b int) bool {
	for i := a; i < b; i++ {
		switch strings.TrimPrefix(s.words[i].norm, "و") {
		case "حول", "بشان", "حيال", "ازاء", "تجاه", "لبحث", "لمناقشه", "بخصوص":
			return true
		}
	}
	return false
}

// personAfterTitle reports whether a country named with في is part of the
// title of the person right after it ("وزير الشؤون الخارجية في سلطنة عمان
// بدر البوسعيدي"): a title word before it and the person next.
func (s *scan) personAfterTitle(m entities.Mention) bool {
	if m.TokEnd >= len(s.words) {
		return false
	}
	p, ok := s.mentionAt(m.TokEnd)
	if !ok || p.Label != schema.LabelPerson || commaBetween(s.in.Text, s.in.Tokens, m.TokEnd-1) {
		return false
	}
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-4; j-- {
		if s.words[j].in(s.x.lex.title) {
			return true
		}
	}
	return false
}

// commaEnd returns the token after the next comma from t (quotes and
// brackets do not count: "في مقر البعثة \"الأممية\" في X"), or end.
func (s *scan) commaEnd(t, end int) int {
	for i := t; i < end-1; i++ {
		if gap := s.in.Text[s.in.Tokens[i].End:s.in.Tokens[i+1].Start]; strings.ContainsAny(gap, "،,;؛") {
			return i + 1
		}
	}
	return end
}

// samePlaceIn reports whether the frame's words put its meeting "in the
// same place" as the one told before: "في المكان نفسه"، "في نفس المكان"،
// "في ذات المكان".
func (s *scan) samePlaceIn(f *frame) bool {
	for i := f.trig + 1; i+1 < f.end && i <= f.trig+14; i++ {
		w, n := s.words[i].norm, s.words[i+1].norm
		if w == "المكان" && n == "نفسه" || (w == "نفس" || w == "ذات") && n == "المكان" {
			return true
		}
	}
	return false
}
