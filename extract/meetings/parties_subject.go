package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// subjectParties reads the subject before the trigger (coordinated, a
// person through a title, a group) and, after it, the people or sides a
// meeting verb meets and the sides after "مع".
func (s *scan) subjectParties(f *frame) {
	lex := &s.x.lex
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
			if k, ok := s.circumstanceAsides(i, f.pre); ok && i+1 == f.trig {
				// "عقد X وY، مساء الثلاثاء، لقاء", "…، أمس، في مسقط، جولة":
				// the day and place set off by commas right before the
				// meeting noun
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
			// "وزيرا خارجية روريتانيا سامي داود وبوردوريا كمال نوري":
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
		if i > f.pre && m.Label == schema.LabelOrganization && conjoinedMembers(s.words[i-1].norm) {
			i-- // "الحكومة الكولومبية ومتمردو جيش التحرير": the group's people, coordinated
			continue
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
					p = s.titleCountry(m) // "رئيس وزراء روريتانيا سامي داود"
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
			case ok && m.Label == schema.LabelCountry && m.Kind == entities.KindName && strings.HasPrefix(m.Prefix, "و") && len(objects) > 0 &&
				m.TokEnd < f.end && s.personAt(m.TokEnd):
				// "وزراء خارجية فرنسا X، وألمانيا Y": the title shared by the
				// list; the person follows his country
				i = m.TokEnd - 1
				continue
			case ok && (m.Kind == entities.KindAdjective || m.Label == schema.LabelOrganization && (s.inTitle(m) || s.unnamedTitle(m, f.end) || s.titleBeforePerson(m))):
				// "وزير الخارجية القطري", "رئيس مجلس الوزراء"
				if (m.Kind == entities.KindAdjective || entities.NegotiatingOrg(s.in.Entities[m.EntityID])) && s.unnamedTitle(m, f.end) {
					// "التقى وزير الخارجية القطري وفد حماس": no name follows;
					// "رئيس المجلس السياسي لجماعة الحوثي": the group's office
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
			case !ok && s.postingLink(i):
				// "التقى السفير السعودي لدى اليمن …": where the office holder
				// is posted is no side
				c, _ := s.mentionAt(i + 1)
				i = c.TokEnd - 1
				continue
			case !ok && (s.dateAt(i) || s.words[i].exact(lex.in) || s.words[i].in(lex.timeWord) || s.words[i].norm == "وقت" || s.words[i].norm == "لاحق" ||
				subject != "" && s.words[i].in(lex.placeNoun)), // "…، بالعاصمة النيجرية نيامي، رئيس …"
				ok && subject != "" && m.Label == schema.LabelVenue && (s.afterIn(m) || s.locative(m)):
				// "التقى الوزير … في العاصمة صباح اليوم وفد الحركة"
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
				j := s.afterDelegationQualifiers(i, f.end) // "وفداً قيادياً من …"
				if j+1 < f.end && s.words[j].norm == "من" && !strings.HasPrefix(s.words[i].norm, "ال") {
					j++ // "وفدا من حماس"
				}
				if gov, conj := s.governmentWord(j); gov && !conj && j+1 < f.end {
					j++ // "وفد الحكومة الإيرانية", "بوفد حكومة جنوب السودان"
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
		if !s.words[i].exact(lex.with) && !(len(s.words[i].norm) > 2 && s.words[i].norm == "ومع") || s.jointWorkBefore(i) || coordinationWith(s.words[i-1].norm) {
			continue // "بالتنسيق مع X": whom one works with, not whom one meets
		}
		for j := i + 1; j < f.end && j <= i+24; j++ {
			if len(with) == 0 && s.bothSidesWord(j) {
				// "لقاءات منفصلة مع كل من الوفدين": with the sides already
				// named; what follows is another clause
				f.anaphoric = true
				break
			}
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
			body := ""
			if ok {
				body = s.stateBodySide(m) // "قال المتحدث باسم الخارجية الإيرانية إن …"
			}
			if !ok || body == "" && (s.governed(m) || !(m.Label == schema.LabelCountry || m.Label == schema.LabelPerson && s.speaker(m, f.trig))) {
				continue
			}
			p := body
			if p == "" {
				p = s.partyOf(m)
			}
			// "قال عراقجي إن جولة جديدة مع واشنطن …": the speaker's side
			if p != "" && p != f.parties[0] && !slices.Contains(f.mediators, p) {
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
		// "بحث رئيس روريتانيا X، ورئيس وزراء بوردوريا Y، خلال اتصال
		// هاتفي": the callers named before the call
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

// personAt reports whether a person's name starts at token i.
func (s *scan) personAt(i int) bool {
	m, ok := s.mentionAt(i)
	return ok && m.Label == schema.LabelPerson && m.TokStart == i
}

// conjoinedMembers reports whether a normalized word is a noun for the
// people of a group with the conjunction written on it: "ومتمردو",
// "ومسلحي", "ومقاتلو", "وعناصر".
func conjoinedMembers(w string) bool {
	switch w {
	case "ومتمردو", "ومتمردي", "ومسلحو", "ومسلحي", "ومقاتلو", "ومقاتلي", "وعناصر", "وممثلو", "وممثلي", "وقاده", "ومفاوضو", "ومفاوضي":
		return true
	}
	return false
}
