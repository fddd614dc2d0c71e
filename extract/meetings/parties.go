package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads the negotiating sides of a frame.

// skipModifiers returns the first token at or after i that is not a
// modifier of the trigger noun.
func (s *scan) skipModifiers(i, end int) int {
	for i < end && s.mAt[i] < 0 && (s.words[i].in(s.x.lex.modifiers) || s.words[i].in(s.x.lex.ordinals) || s.trigger(i) == trigTalks) {
		i++
	}
	return i
}

func (s *scan) addParty(f *frame, id string) {
	if id == "" {
		return
	}
	for _, p := range f.parties {
		if p == id {
			return
		}
	}
	f.parties = append(f.parties, id)
}

// fillParties reads the sides of a frame: signatories, "بين X وY", the
// countries of adjectives and lists after the trigger, the officials
// around it, then the subject before it and what it meets (subjectParties).
func (s *scan) fillParties(f *frame) {
	if s.signingVerb(f.trig) {
		// "وقعت إثيوبيا وإريتريا … اتفاق سلام": the signatories
		for _, p := range s.signers(f.trig) {
			s.addParty(f, p)
		}
		return
	}
	defer func() {
		s.dropInviters(f)      // "دعوة مصرية إلى جولة حوار مع إسرائيل": Egypt invites, it is no side
		s.invitedSubject(f)    // "أعلنت الحركة أنها تلقت دعوة للمشاركة في جولة … مع إسرائيل"
		s.convenerMediators(f) // "بدعوة من المبعوث الشخصي للأمين العام للأمم المتحدة"
	}()
	if s.betweenParties(f) || s.listedParties(f) {
		return
	}
	if ps := s.officialsAfterTrigger(f); len(ps) >= 2 {
		f.parties = ps // "لقاء وزير الخارجية السعودي ووزير خارجية إيران"
		return
	}
	s.subjectParties(f)
	if c := f.idafaCountry; c != "" {
		if others := slices.DeleteFunc(slices.Clone(f.parties), func(p string) bool { return p == c }); len(others) >= 2 {
			// "كولومبيا والحركة يختتمان جولة المكسيك": the subject names
			// both sides; the country after the round is its place
			f.parties = others
			f.venue = c
		}
	}
	if len(f.parties) < 2 && !f.anaphoric {
		// "اتفقت الحكومة اليمنية وجماعة الحوثي، الأحد، على … في ختام اجتماع":
		// the subjects of the sentence's joint act
		if ps := s.jointActBefore(f); len(ps) >= 2 {
			f.parties = ps
		} else if ps := s.occasionSubjects(f); len(ps) >= 2 {
			f.parties = ps
		}
	} else if len(f.parties) < 2 {
		// "أن X وY وافقا على المقترح لتطبيع العلاقات بين البلدين، وذلك في
		// ختام اجتماع": the two subjects named are who "البلدين" points to
		if ps := s.dualAgreeSubjects(f); len(ps) >= 2 {
			f.parties, f.anaphoric = ps, false
		}
	}
	if acc := s.accompanying(f); len(acc) > 0 && len(slices.DeleteFunc(slices.Clone(f.parties), func(p string) bool { return slices.Contains(acc, p) })) >= 1 {
		// "زيارة إلى صنعاء برفقة وفد عماني، أجرى خلالها محادثات مع قادة
		// الجماعة": a third delegation that comes along with one side to
		// meet the other brings them together
		for _, a := range acc {
			f.mediators = appendUnique(f.mediators, a)
		}
		f.parties = slices.DeleteFunc(f.parties, func(p string) bool { return slices.Contains(acc, p) })
	}
	if len(f.parties) == 1 {
		if v := s.visitorSide(f); v != "" && v != f.parties[0] {
			s.addParty(f, v) // "زيارة إلى صنعاء أجرى خلالها محادثات مع …"
		}
	}
	if len(f.parties) <= 1 {
		if h := s.heldBy(f); h != "" && !slices.Contains(f.parties, h) {
			// "لقاء عقده X يوم الخميس … مع Y": X's side, and whom he met
			if w := s.metWith(f); w != "" && w != h {
				f.parties = nil
				s.addParty(f, w)
			}
			s.addParty(f, h)
		}
	}
}

// metWith returns the side of the first person, country or organization
// named after "مع" in the frame's window, "" if none.
func (s *scan) metWith(f *frame) string {
	for i := f.trig + 1; i < f.end; i++ {
		if s.words[i].norm != "مع" {
			continue
		}
		for j := i + 1; j < f.end && j <= i+6; j++ {
			m, ok := s.mentionAt(j)
			if !ok {
				continue
			}
			if m.Label == schema.LabelPerson {
				return s.personCountry(m.EntityID)
			}
			return s.partyOf(m)
		}
		return ""
	}
	return ""
}

// heldBy returns the side of the subject of a verb of holding that
// follows the meeting noun with the noun's pronoun ("لقاء عقده X",
// "محادثات أجراها X"), "" if none.
func (s *scan) heldBy(f *frame) string {
	if f.trig+2 >= f.end {
		return ""
	}
	switch s.words[f.trig+1].norm {
	case "عقده", "عقدها", "اجراه", "اجراها", "عقداه", "اجرياه":
	default:
		return ""
	}
	for j := f.trig + 2; j < f.end && j <= f.trig+6; j++ {
		m, ok := s.mentionAt(j)
		if !ok {
			if !s.words[j].in(s.x.lex.title) && !s.words[j].in(s.x.lex.titleTail) {
				return "" // "عقده وزير الخارجية الإيراني X": only a title before the name
			}
			continue
		}
		if m.Label == schema.LabelPerson {
			return s.personCountry(m.EntityID)
		}
		return s.partyOf(m) // the country or group of the title, or named
	}
	return ""
}

// jointActBefore returns the coordinated subjects of a verb of a joint act
// ("اتفقت X وY") that opens the trigger's sentence, or nil.
func (s *scan) jointActBefore(f *frame) []string {
	a, _ := s.sentenceRange(f.sentence)
	for i := max(a, f.pre); i < f.trig && i <= a+3; i++ {
		if reciprocalVerb(s.words[i].norm) {
			if ps := s.coordinatedAfter(i, f.trig); len(ps) >= 2 {
				return ps
			}
			return s.jointPeopleAfter(i, f.trig)
		}
	}
	return s.dualAgreeSubjects(f)
}

// dualAgreeSubjects returns the two subjects of a dual verb of agreeing
// before the trigger, in the clause the complementizer opens: "أعلن X أن
// الرئيس الصربي Y ورئيس وزراء كوسوفو Z وافقا على المقترح، وذلك في ختام
// اجتماع"; nil when there are not two sides.
func (s *scan) dualAgreeSubjects(f *frame) []string {
	a, _ := s.sentenceRange(f.sentence)
	if a < 0 {
		return nil
	}
	for i := max(a, f.pre) + 1; i < f.trig; i++ {
		if !dualAgreeVerb(s.words[i].norm) {
			continue
		}
		from := a - 1
		for k := i - 1; k >= a && k >= i-18; k-- {
			if s.complementizer(k) {
				from = k
				break
			}
		}
		if ps := s.jointPeopleAfter(from, i); len(ps) >= 2 {
			return ps
		}
		if ps := s.coordinatedAfter(from, i); len(ps) >= 2 {
			return ps
		}
	}
	return nil
}

// dualAgreeVerb reports a verb of agreeing or signing in the dual, whose
// two subjects stand before it: "وافقا", "اتفقتا", "توصلا", "وقعا".
func dualAgreeVerb(w string) bool {
	for _, v := range []string{w, strings.TrimPrefix(w, "و")} { // "وافقا" opens with a root و
		switch v {
		case "وافقا", "وافقتا", "اتفقا", "اتفقتا", "توصلا", "توصلتا", "وقعا", "وقعتا":
			return true
		}
	}
	return false
}

// jointPeopleAfter returns the sides of the people who are the subject of
// a verb of a joint act at i, up to the first comma before b: "اتفق
// الرئيس الصومالي X ورئيس إقليم أرض الصومال Y، خلال لقاء …" — each
// person's country or the one their title names; nil unless two sides or
// more.
func (s *scan) jointPeopleAfter(i, b int) []string {
	var ps []string
	for j := i + 1; j < b && j <= i+16; j++ {
		if m, ok := s.mentionAt(j); ok && m.TokStart == j && m.Label == schema.LabelPerson {
			p := s.partyOf(m)
			if p == "" {
				p = s.titleCountry(m)
			}
			if p == "" {
				return nil // a side the sentence does not give
			}
			ps = appendUnique(ps, p)
			j = m.TokEnd - 1
		}
		if commaBetween(s.in.Text, s.in.Tokens, j) {
			break
		}
	}
	if len(ps) < 2 {
		return nil
	}
	return sortedCopy(ps)
}

// betweenParties reads "بين X و Y" within the window; it reports whether
// the sides are settled.
func (s *scan) betweenParties(f *frame) bool {
	lex := &s.x.lex
	// 1. "بين X و Y" within the window.
	for i := f.trig + 1; i < f.end && i <= f.trig+22; i++ {
		if i > f.trig+3 && s.trigger(i) != 0 && !s.rankedOf(f.trig, i) {
			break // "… لاستئناف المفاوضات بين واشنطن وطهران" belongs to that noun
		}
		if s.mediatorBetween(i) {
			i++ // "التي تضطلع بدور الوسيط بين البلدين": the mediator's sides
			continue
		}
		if s.words[i].in(lex.anaphor) && s.words[i].norm != "البلدان" && !s.mediatedAnaphor(i) {
			f.anaphoric = true
		}
		if !s.words[i].exact(lex.between) || s.mediatedAnaphor(i+1) {
			continue // "يتولى الوساطة بين الجانبين": the frame's own sides
		}
		if i+1 < f.end && privateGroup(s.words[i+1].norm) {
			return true // "محادثات بين شركات تونسية وجزائرية": no state meets
		}
		for j := i + 1; j < f.end && j <= i+12; j++ {
			if s.words[j].in(lex.subjectNoun) && j+1 < f.end && (s.words[j+1].norm == "عن" || s.words[j+1].norm == "من") {
				j++ // "بين ممثلين عن الجيش وقوات الدعم السريع"
				continue
			}
			if s.words[j].in(lex.anaphor) && (s.topicAnaphor(f, i) || s.agreementBefore(i)) {
				break // "لبحث اتفاق الميناء بين البلدين", "مسودة معاهدة السلام بين البلدين": the agreement's sides
			}
			if s.words[j].in(lex.anaphor) {
				// "جولات الحوار بين البلدين": the sides are the current
				// round's; countries "في استضافة" them are the hosts.
				f.anaphoric = true
				s.hostsBefore(f)
				if ps := s.peopleSidesBefore(f); len(ps) >= 2 {
					// "اختتم وزيرا خارجية أرمينيا X وأذربيجان Y … المحادثات
					// … بين البلدين": the two countries are named before
					f.parties, f.anaphoric = ps, false
				}
				return true
			}
			if c, end := s.groupGovernmentIn(j, f.end); c != "" {
				s.addParty(f, c) // "بين باكستان وحكومة طالبان في أفغانستان": the state
				j = end - 1
			} else if m, ok := s.mentionAt(j); ok {
				if n, ok := s.bracketedName(m); ok {
					m = n // "بين إيران وقوات الشمال (حركة X)": the name the lists know
				}
				if !(m.Label == schema.LabelOrganization && s.inTitle(m)) {
					s.addParty(f, s.partyOf(m))
				}
				j = m.TokEnd - 1
			} else if c, end := s.governmentIn(j, f.end); c != "" {
				s.addParty(f, c) // "بين الحكومة الانتقالية في تشاد و…"
				j = end - 1
			} else if gov, _ := s.governmentWord(j); gov && s.bareGovernment(j) != "" {
				s.addParty(f, s.bareGovernment(j)) // "بين الحكومة والحركة"
			} else if s.listEnd(j) || (len(f.parties) >= 2 && s.words[j].norm != "و") {
				break // "بين عراقجي والبوسعيدي لبحث المقترح الأمريكي"
			}
			if commaBetween(s.in.Text, s.in.Tokens, j) && len(f.parties) >= 2 {
				break
			}
		}
		if len(f.parties) < 2 && s.placeAfterBetween(i, f.end) {
			// "الترتيبات الأمنية على الحدود بين غزة ومصر": places, not sides
			f.parties = nil
			continue
		}
		if len(f.parties) > 0 {
			// "العمانيون يجرون محادثات بين …": the subject of a verb of
			// conducting, outside the parties, mediates ("أعلنت الكويت
			// إلغاء الاجتماع بين …" only announces).
			conducts := false
			for j := f.trig - 1; j >= f.pre && j >= f.trig-3; j-- {
				if s.words[j].in(lex.conduct) {
					conducts = true
				}
			}
			for j := f.trig - 1; conducts && j >= f.pre && j >= f.trig-3; j-- {
				if m, ok := s.mentionAt(j); ok && m.Label != schema.LabelVenue && !s.governed(m) {
					if p := s.partyOf(m); p != "" && !slices.Contains(f.parties, p) {
						s.addMediator(f, m)
					}
					break
				}
			}
			return true
		}
	}
	return false
}

// listedParties reads the sides named as adjectives, in idafa or in a list
// after the trigger, or as the nationalities of officials around it; it
// reports whether the sides are settled.
func (s *scan) listedParties(f *frame) bool {
	lex := &s.x.lex
	// 2. Adjectives right after the trigger: "محادثات أمريكية إيرانية", or
	// names in idafa: "محادثات واشنطن وطهران".
	for i := s.skipModifiers(f.trig+1, f.end); i < f.end; {
		m, ok := s.mentionAt(i)
		if !ok || m.Label != schema.LabelCountry || m.Prefix == "ب" || m.Prefix == "ل" {
			break
		}
		if m.Kind != entities.KindAdjective && len(f.parties) == 0 && f.kind == trigMeetVerb {
			break // "التقى إيران…" is not idafa
		}
		s.addParty(f, m.EntityID)
		if len(f.parties) == 1 && m.Kind == entities.KindName {
			f.idafaCountry = m.EntityID
		}
		i = s.skipModifiers(m.TokEnd, f.end)
	}
	if len(f.parties) >= 2 {
		f.idafaCountry = ""
		return true
	}
	// 2b. "اجتماعات وزراء خارجية كل من مصر والسودان وإثيوبيا".
	if len(f.parties) < 2 {
		if ps := s.eachOf(f.trig+1, f.end); len(ps) >= 2 {
			f.parties = ps
			return true
		}
	}
	// 2c. "قمة ثلاثية جمعته بالرئيس الأذربيجاني رسول قلييف ورئيس الوزراء
	// الأرميني آرام ميناسيان", "لقاء جمع X وY".
	if len(f.parties) < 2 {
		if ps := s.broughtTogether(f.trig+1, f.end); len(ps) >= 2 {
			f.parties = ps
			return true
		}
	}
	// 2d. "بمشاركة وفود المغرب وجبهة البوليساريو والجزائر": the
	// delegations taking part, named in a list.
	if ps := s.delegationsList(f); len(ps) >= 2 {
		f.parties = ps
		return true
	}
	// 3. "مسؤولون أمريكيون وإيرانيون" around the trigger.
	from := f.pre
	if f.trig-12 > from {
		from = f.trig - 12
	}
	for i := from; i < f.end && i <= f.trig+6; i++ {
		if !s.words[i].in(lex.subjectNoun) {
			continue
		}
		var adj []string
		for j := i + 1; j < f.end; {
			m, ok := s.mentionAt(j)
			if !ok && len(adj) == 0 && s.words[j].in(lex.officialKind) {
				j++ // "المسؤولون العسكريون الباكستانيون والأفغان"
				continue
			}
			if !ok || m.Kind != entities.KindAdjective {
				break
			}
			adj = append(adj, m.EntityID)
			j = m.TokEnd
		}
		if len(adj) >= 2 {
			f.parties = nil
			for _, p := range adj {
				s.addParty(f, p)
			}
			return true
		}
	}
	return false
}

// listEnd reports whether token j ends a list of parties: a preposition,
// a time word, a purpose clause or a trigger.
func (s *scan) listEnd(j int) bool {
	if s.mAt[j] >= 0 {
		return false // "علي شمخاني" is a name, not "على"
	}
	w := s.words[j]
	return w.exact(s.x.lex.in) || w.norm == "وفي" || w.in(s.x.lex.to) || w.in(s.x.lex.listStop) || s.trigger(j) != 0 || s.dateAt(j)
}

// timeApposition returns the first token of a time set off by commas that
// ends at token i — "ممثلون عن روريتانيا وفريدونيا، مساء الأحد، جولة" — so
// that the subject before it is still read; false when [min, i] ends no
// such time, or no side stands right before it.
func (s *scan) timeApposition(i, min int) (int, bool) {
	for j := i; j >= min && j >= i-4; j-- {
		if !s.dateAt(j) && !s.words[j].in(s.x.lex.timeWord) {
			return 0, false
		}
		if j > min && commaBetween(s.in.Text, s.in.Tokens, j-1) {
			// the subject must end right before it: "… إلى القاهرة، أمس
			// الأحد، لإجراء محادثات" has a place there, not a side
			m, ok := s.mentionAt(j - 1)
			return j, ok && m.Label != schema.LabelVenue && s.partyOf(m) != ""
		}
	}
	return 0, false
}

// represented reports whether a mention names the side of the people
// just before it: "ممثلون عن روريتانيا", "مسؤولون من البلدين", "وفد من حماس".
func (s *scan) represented(m entities.Mention) bool {
	i := m.TokStart
	if i < 2 || m.Prefix != "" {
		return false
	}
	switch s.words[i-1].norm {
	case "عن", "من":
		return s.words[i-2].in(s.x.lex.subjectNoun)
	}
	return false
}

// governed reports whether a mention follows a preposition, so that it
// cannot be the subject of a verb.
func (s *scan) governed(m entities.Mention) bool {
	switch strings.TrimPrefix(strings.TrimPrefix(m.Prefix, "و"), "ف") {
	case "ب", "ل", "ك":
		return true
	}
	if m.TokStart == 0 {
		return false
	}
	w := s.words[m.TokStart-1]
	return w.in(s.x.lex.to) || w.exact(s.x.lex.in) || w.in(s.x.lex.preps)
}

// titleWordsTo reports whether the words from token i up to the next
// person, within eight words and before any comma or trigger, can be a
// title phrase: the person comes next, after titles, organizations,
// adjectives and the words that join them.
func (s *scan) titleWordsTo(i, end int) bool {
	for j := i; j < end && j <= i+8; j++ {
		if j > i && commaBetween(s.in.Text, s.in.Tokens, j-1) && !s.appositionComma(j, end) || s.trigger(j) != 0 || s.dateAt(j) {
			return false
		}
		if m, ok := s.mentionAt(j); ok {
			if m.Label == schema.LabelPerson {
				return j > i
			}
			if m.Label == schema.LabelVenue {
				return false
			}
			j = m.TokEnd - 1
		}
	}
	return false
}

// privateGroup reports whether a normalized word names people or firms
// that a nationality adjective after it only describes: "شركات تونسية",
// "رجال أعمال", "مستثمرين", "أندية".
func privateGroup(w string) bool {
	switch strings.TrimPrefix(w, "ال") {
	case "شركات", "رجال", "مستثمرين", "مستثمري", "اندية", "نوادي", "فرق", "منتخبي", "لاعبي", "طلاب", "جامعات", "مصارف", "بنوك", "تجار", "صناعيين":
		return true
	}
	return false
}

// agreementBefore reports whether an agreement, a treaty or a declaration
// is named within the three words before "بين" at i ("معاهدة السلام بين
// البلدين"): the sides after it are the text's, not the meeting's.
func (s *scan) agreementBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if signedText(s.words[k].norm) {
			return true
		}
	}
	return false
}
