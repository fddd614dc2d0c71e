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

func (s *scan) fillParties(f *frame) {
	lex := &s.x.lex
	if s.signingVerb(f.trig) {
		// "وقعت إثيوبيا وإريتريا … اتفاق سلام": the signatories
		for _, p := range s.signers(f.trig) {
			s.addParty(f, p)
		}
		return
	}
	// 1. "بين X و Y" within the window.
	for i := f.trig + 1; i < f.end && i <= f.trig+22; i++ {
		if i > f.trig+3 && s.trigger(i) != 0 {
			break // "… لاستئناف المفاوضات بين واشنطن وطهران" belongs to that noun
		}
		if s.words[i].in(lex.anaphor) && s.words[i].norm != "البلدان" {
			f.anaphoric = true
		}
		if !s.words[i].exact(lex.between) {
			continue
		}
		for j := i + 1; j < f.end && j <= i+12; j++ {
			if s.words[j].in(lex.subjectNoun) && j+1 < f.end && (s.words[j+1].norm == "عن" || s.words[j+1].norm == "من") {
				j++ // "بين ممثلين عن الجيش وقوات الدعم السريع"
				continue
			}
			if s.words[j].in(lex.anaphor) && s.topicAnaphor(f, i) {
				break // "لبحث اتفاق الميناء بين البلدين": the agreement's sides
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
				return
			}
			if m, ok := s.mentionAt(j); ok {
				if !(m.Label == schema.LabelOrganization && s.inTitle(m)) {
					s.addParty(f, s.partyOf(m))
				}
				j = m.TokEnd - 1
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
			return
		}
	}
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
		i = s.skipModifiers(m.TokEnd, f.end)
	}
	if len(f.parties) >= 2 {
		return
	}
	// 2b. "اجتماعات وزراء خارجية كل من مصر والسودان وإثيوبيا".
	if len(f.parties) < 2 {
		if ps := s.eachOf(f.trig+1, f.end); len(ps) >= 2 {
			f.parties = ps
			return
		}
	}
	// 2c. "قمة ثلاثية جمعته بالرئيس الأذربيجاني إلهام علييف ورئيس الوزراء
	// الأرميني نيكول باشينيان", "لقاء جمع X وY".
	if len(f.parties) < 2 {
		if ps := s.broughtTogether(f.trig+1, f.end); len(ps) >= 2 {
			f.parties = ps
			return
		}
	}
	// 2d. "بمشاركة وفود المغرب وجبهة البوليساريو والجزائر": the
	// delegations taking part, named in a list.
	if ps := s.delegationsList(f); len(ps) >= 2 {
		f.parties = ps
		return
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
			return
		}
	}
	// 4. A subject before the trigger and the sides after "مع".
	// The subject may be coordinated: "الولايات المتحدة وإيران".
	var subjects []string
	var before *entities.Mention   // the subject person before the verb
	appositionEnd := -1            // the token before a title skipped over
	reach := f.trig - 14           // how far back the subject may stand
	var lastSide *entities.Mention // the subject read last (the one after)
	for i := f.trig - 1; i >= f.pre && i >= reach; i-- {
		if len(subjects) == 0 && s.complementizer(i) {
			break // "قال الوزير التركي إن الجولة …": the speaker is no side
		}
		if len(subjects) == 0 && commaBetween(s.in.Text, s.in.Tokens, i) && i != appositionEnd && !s.bracketClose(i) {
			if k, ok := s.timeAside(i, f.pre); ok && i+1 == f.trig {
				// "عقد X وY، مساء الثلاثاء، لقاء": the day set off by commas
				// right before the meeting noun
				i, appositionEnd = k+1, k
				continue
			}
			// the subject stands in the trigger's clause, or before a title
			// set off by commas: "عبدالعاطي، وزير الخارجية، أجرى"
			start, ok := s.apposition(i, f.pre)
			if !ok {
				start, ok = s.namingApposition(i, f.pre)
			}
			if !ok {
				start, ok = s.timeApposition(i, f.pre)
			}
			if !ok {
				if k, found := s.orgApposition(i, f.pre); found {
					reach -= i - k            // the description does not count
					i, appositionEnd = k+1, k // the organisation is read next
					continue
				}
				break
			}
			i, appositionEnd = start, start-1
			continue
		}
		m, ok := s.mentionAt(i)
		if g, conj, gov := s.governmentOf(m); ok && gov {
			// "عقدت الحكومة المالية والحركة … جولة": the government's country
			subjects = append(subjects, m.EntityID)
			if i = g; !conj {
				break
			}
			continue
		}
		if gov, conj := s.governmentWord(i); !ok && gov {
			if c := s.bareGovernment(i); c != "" {
				subjects = append(subjects, c) // "عقدت الحكومة والحركة جولة"
				if !conj {
					break
				}
				continue
			}
		}
		if !ok || m.Kind == entities.KindAdjective {
			if len(subjects) > 0 {
				break
			}
			continue
		}
		p := s.partyOf(m)
		if p == "" || m.Label == schema.LabelOrganization && !(m.TokStart > 0 && s.delegationWord(m.TokStart-1)) && !s.sideOrg(m) && !s.coordinatedSide(m, lastSide) ||
			s.governed(m) && !s.represented(m) || (m.TokStart > 0 && s.hostVerb(m.TokStart-1)) || s.hostAfter(m) ||
			s.datelineAt(m) {
			if len(subjects) > 0 {
				break
			}
			i = m.TokStart
			continue
		}
		subjects = append(subjects, p)
		lastSide = &m
		if m.Label == schema.LabelPerson && len(subjects) == 1 {
			mm := m
			before = &mm
		}
		i = m.TokStart
		if c, ok := s.mentionAt(i - 1); ok && m.Label == schema.LabelPerson && c.Label == schema.LabelCountry && c.Kind == entities.KindName {
			// "وزيرا خارجية أرمينيا أرارات ميرزويان وأذربيجان جيهون بيراموف":
			// the country of the title, maybe coordinated with the one before
			i = c.TokStart
			if strings.HasPrefix(c.Prefix, "و") {
				continue
			}
		}
		if m.Label == schema.LabelPerson {
			if k, ok := s.coordinatedTitle(m, f.pre); ok {
				// "عقد الرئيس الكونغولي X والرئيس الرواندي Y لقاء": the
				// conjunction stands on the second person's title
				i = k
				continue
			}
		}
		if !strings.HasPrefix(m.Prefix, "و") {
			break
		}
	}
	subject := ""
	if len(subjects) > 0 {
		subject = subjects[0]
		for _, p := range subjects[1:] {
			s.addParty(f, p)
		}
	}
	if f.kind == trigMeetVerb || f.kind == trigContact {
		// "التقى عراقجي ويتكوف", "قد التقى عراقجي في طهران": the people right
		// after the verb are its subject or object.
		// Titles and adjectives may stand before each name: "التقى وزير
		// الخارجية الأردني أيمن الصفدي نظيره الإيراني عباس عراقجي".
		subjectPerson := before // the subject named before or after the verb
		if len(subjects) > 1 {
			subjectPerson = nil
		}
		var objects []string // the people it meets, by side
		defer func() {
			if subjectPerson != nil && len(objects) >= 2 && !slices.Contains(objects, subject) && s.separately(f) {
				// "التقى بوريل الرئيس الصربي … ورئيس وزراء كوسوفو … كلاً على
				// حدة": he meets each side apart; he mediates
				s.addMediator(f, *subjectPerson)
				f.parties = slices.DeleteFunc(f.parties, func(p string) bool { return p == subject })
				f.subject = ""
				if f.format == "" {
					f.format = FormatIndirect // the sides never sat together
				}
			}
		}()
		for i := f.trig + 1; i < f.end && i <= f.trig+22; i++ {
			m, ok := s.mentionAt(i)
			switch {
			case ok && m.Label == schema.LabelPerson && !s.governed(m):
				p := s.partyOf(m)
				if p == "" {
					p = s.titleCountry(m) // "رئيس وزراء أرمينيا نيكول باشينيان"
				}
				if subject == "" {
					subject = p
					mm := m
					subjectPerson = &mm
				} else {
					s.addParty(f, p)
					objects = appendUnique(objects, p)
				}
				i = m.TokEnd - 1
				continue
			case ok && m.Label == schema.LabelCountry && m.Kind == entities.KindName && i > 0 && (s.words[i-1].in(lex.title) || s.words[i-1].in(lex.titleTail)):
				i = m.TokEnd - 1 // the country of a title: its person follows
				continue
			case ok && (m.Kind == entities.KindAdjective || m.Label == schema.LabelOrganization && s.inTitle(m)):
				// "وزير الخارجية القطري", "رئيس مجلس الوزراء"
				if m.Kind == entities.KindAdjective && s.unnamedTitle(m, f.end) {
					// "التقى وزير الخارجية القطري وفد حماس": no name follows
					if subject == "" {
						subject = m.EntityID
					} else if m.EntityID != subject {
						s.addParty(f, m.EntityID)
						objects = appendUnique(objects, m.EntityID)
					}
				}
				i = m.TokEnd - 1
				continue
			case !ok && (s.words[i].in(lex.title) || s.words[i].in(lex.titleTail) || s.words[i].in(lex.phone) || s.words[i].in(lex.modifiers)):
				continue // "اتصالا هاتفيا بنظيره الإيراني عباس عراقجي"
			case !ok && (s.dateAt(i) || s.words[i].exact(lex.in) || s.words[i].in(lex.timeWord) || s.words[i].norm == "وقت" || s.words[i].norm == "لاحق"),
				ok && subject != "" && m.Label == schema.LabelVenue && s.afterIn(m):
				// "التقى … آل ثاني في الدوحة أمس الاثنين وفد حركة حماس"
				if ok {
					i = m.TokEnd - 1
				}
				continue
			case !ok && s.groupOf(i) >= 0:
				// "التقى … قادة الحوثيين", "ممثلين عن حركة حماس": the people
				// of a group stand for it
				d, _ := s.mentionAt(s.groupOf(i))
				if subject == "" {
					subject = d.EntityID
				} else {
					s.addParty(f, d.EntityID)
				}
				i = d.TokEnd - 1
				continue
			case !ok && s.delegationWord(i):
				// "… وفد حركة حماس", "اجتمع بالوفد الإسرائيلي": a delegation
				// stands for its side
				j := i + 1
				if j+1 < f.end && s.words[j].norm == "من" && !strings.HasPrefix(s.words[i].norm, "ال") {
					j++ // "وفدا من حماس"
				}
				if d, ok := s.mentionAt(j); ok && (d.Kind == entities.KindAdjective || d.Label == schema.LabelOrganization || d.Label == schema.LabelCountry) {
					if p := s.partyOf(d); p != "" {
						if subject == "" && !strings.HasPrefix(s.words[i].norm, "ب") {
							subject = p
						} else {
							s.addParty(f, p)
						}
					}
					if e, ok := s.mentionAt(d.TokEnd); ok && s.words[i].norm == "وفدا" && strings.HasPrefix(e.Prefix, "و") && e.Label == d.Label {
						// "اجتمع وفدا باكستان وأفغانستان": the two delegations
						s.addParty(f, s.partyOf(e))
						d = e
					}
					i = d.TokEnd - 1
					continue
				}
			case (!ok || m.Label == schema.LabelOrganization || m.Label == schema.LabelCountry) && subject == "" && s.titleWordsTo(i, f.end):
				// "التقى الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي
				// جوزيب بوريل": a long title before the subject's name
				if ok {
					i = m.TokEnd - 1
				}
				continue
			case !ok && subject != "" && i > 0 && s.words[i-1].in(lex.title) && s.titleWordsTo(i, f.end):
				// "… وزير الشؤون الاستراتيجية الإسرائيلي رون ديرمر": the long
				// title of the one met; on to his name
				for i+1 < f.end {
					if n, ok := s.mentionAt(i + 1); ok && n.Label == schema.LabelPerson {
						break
					}
					i++
				}
				continue
			}
			break
		}
	}
	var with []string
	for i := f.trig + 1; i < f.end && i <= f.trig+8; i++ {
		if !s.words[i].exact(lex.with) && !(len(s.words[i].norm) > 2 && s.words[i].norm == "ومع") {
			continue
		}
		for j := i + 1; j < f.end && j <= i+24; j++ {
			if s.listEnd(j) && (len(with) > 0 || !s.words[j].exact(lex.in)) {
				// "مع مسؤولة السياسة الخارجية في الاتحاد الأوروبي": before the
				// first counterpart, في belongs to a title
				break
			}
			if len(with) > 0 && commaBetween(s.in.Text, s.in.Tokens, j-1) && !strings.HasPrefix(s.words[j].norm, "و") && !s.words[j].in(lex.title) {
				// "مع نظيره العماني بدر البوسعيدي، تناول فيه …": the list is
				// over; an apposition ("، المبعوث الإيراني،") is not.
				break
			}
			if s.words[j].in(lex.mediatorNoun) {
				// "مع وسطاء عمانيين": mediators, not a side.
				if m, ok := s.mentionAt(j + 1); ok && m.Kind == entities.KindAdjective {
					f.mediators = appendUnique(f.mediators, m.EntityID)
					j = m.TokEnd
				}
				continue
			}
			if m, ok := s.mentionAt(j); ok {
				if p := s.partyOf(m); p != "" && !(m.Label == schema.LabelOrganization && s.inTitle(m)) {
					with = appendUnique(with, p)
				}
				j = m.TokEnd - 1
			}
		}
		break
	}
	if subject != "" && len(with) >= 2 && s.separately(f) {
		// "عقد وانغ يي لقاءات منفصلة مع شمخاني والعيبان": he meets each
		// side apart; they are the channel, he mediates
		f.mediators = appendUnique(f.mediators, subject)
		subject = ""
	}
	if subject != "" {
		s.addParty(f, subject)
		f.subject = subject
	}
	for _, p := range with {
		s.addParty(f, p)
	}
	if len(f.parties) == 1 && len(with) > 0 && subject == "" {
		// "أعلنت الخارجية الأمريكية أن الجولة المقبلة مع إيران …": the
		// announcing side is the other party.
		for i := f.pre; i < f.trig; i++ {
			m, ok := s.mentionAt(i)
			if ok && m.Kind == entities.KindAdjective && i > 0 && s.words[i-1].in(lex.sources) {
				continue // "مصادر مصرية" report, they are no side
			}
			if !ok || s.governed(m) || !(m.Label == schema.LabelCountry || m.Label == schema.LabelPerson && s.speaker(m, f.trig)) {
				continue
			}
			// "قال عراقجي إن جولة جديدة مع واشنطن …": the speaker's side
			if p := s.partyOf(m); p != "" && p != f.parties[0] && !slices.Contains(f.mediators, p) {
				s.addParty(f, p)
				break
			}
			i = m.TokEnd - 1
		}
	}
	if len(f.parties) == 0 && !f.anaphoric {
		// "أن الجانبين عقدا … جولة", "عقد الوفدان جولة": the sides are
		// the ones named before
		for i := f.trig - 1; i >= f.pre && i >= f.trig-4; i-- {
			if s.words[i].in(lex.anaphor) || s.words[i].norm == "الوفدان" || s.words[i].norm == "الوفدين" {
				f.anaphoric = true
				break
			}
		}
	}
	if len(f.parties) < 2 {
		// A lone adjective after the trigger names one side.
		if m, ok := s.mentionAt(s.skipModifiers(f.trig+1, f.end)); ok && m.Kind == entities.KindAdjective {
			s.addParty(f, m.EntityID)
		}
	}
	if f.kind == trigContact && len(f.parties) < 2 {
		// "بحث أمير قطر تميم بن حمد، والرئيس الأمريكي دونالد ترامب، خلال
		// اتصال هاتفي": the callers named before the call
		var callers []string
		for i := f.pre; i < f.trig; i++ {
			m, ok := s.mentionAt(i)
			if !ok || m.TokStart != i || m.Label != schema.LabelPerson || s.possessed(i) || s.speaker(m, f.trig) {
				continue
			}
			if p := s.partyOf(m); p != "" {
				callers = appendUnique(callers, p)
			}
		}
		if len(callers) >= 2 {
			f.parties, f.anaphoric = callers, false
		}
	}
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
		if j > i && commaBetween(s.in.Text, s.in.Tokens, j-1) || s.trigger(j) != 0 || s.dateAt(j) {
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
