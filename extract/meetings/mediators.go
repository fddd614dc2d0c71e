package meetings

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads mediators: cues of mediation, verbs of mediating and
// carried messages.

// fillMediation reads "بوساطة عمانية", "برعاية صينية", "وسطاء عمانيون",
// "X تتوسط", and officials carrying messages.
func (s *scan) fillMediation(f *frame, sentStart int) {
	lex := &s.x.lex
	from := f.pre
	if f.trig-1 > from && len(s.x.lex.mediation.words) > 0 && f.pre == sentStart {
		from = sentStart
	}
	comma := f.end // the first comma after the trigger ends its own clause
	for i := f.trig; i < f.end; i++ {
		if commaBetween(s.in.Text, s.in.Tokens, i) {
			comma = i + 1
			break
		}
	}
	atComma := -1 // mediators found before the clause's comma
	defer func() {
		if atComma >= 0 && len(f.mediators) > atComma {
			f.medLate = true // a mediator told after the trigger's clause
		}
	}()
	for i := from; i < f.end; i++ {
		w := s.words[i]
		if i == comma {
			atComma = len(f.mediators)
		}
		if s.hostVerb(i) {
			// "سيستضيفه الرئيس X الذي تولى رئاسة الاتحاد الأفريقي": a host
			// who chairs the sponsoring body mediates for it
			if host, org, ok := s.chairingHost(i, f.end); ok {
				s.addMediator(f, host)
				s.addMediator(f, org)
			}
		}
		switch {
		case s.shuttleBetween(f, i, from):
			// "واصل الوسيط X التنقل بين الوفدين": the one going between
		case s.possessiveCue(i):
			s.possessorMediator(f, i) // "أشاد الطرفان بالصين ووساطتها"
		case w.in(lex.shuttle) || w.in(lex.mediateVerb) || s.tookOnFacilitation(i):
			// "مسؤولو سلطنة عمان أجروا رحلات مكوكية", "عمان تتوسط": the
			// mediator, a country or a person, comes before.
			found := false
			sides := s.sidesAfter(i, f.end) // "تتوسط بين X وY": the sides
			if w.in(lex.mediateVerb) && sides == nil {
				// "التي تتوسط فيها قطر ومصر والولايات المتحدة": the
				// subject after the verb, coordinated
				found = s.mediatorsAfter(f, i+1)
				// "ويتوسط فيها الرئيس الكيني": a subject after the verb
				// that names no one known leaves the mediator unknown; no
				// one before the verb is it
				found = found || s.subjectAfter(i+1)
			}
			for j := i - 1; !found && j >= from && j >= i-8; j-- {
				if m, ok := s.mentionAt(j); ok && (m.Label == schema.LabelCountry || m.Label == schema.LabelPerson) && !s.governed(m) && !slices.Contains(sides, s.partyOf(m)) {
					s.addMediator(f, m)
					break
				}
			}
		case w.in(lex.mediation):
			if (w.norm == "بتنسيق" || w.norm == "بترتيب") && (i+1 >= f.end || s.words[i+1].norm != "من") {
				continue // "بتنسيق من الاتحاد الأوروبي" mediates; "بتنسيق مع قطر" is a partner
			}
			if !strings.Contains(w.norm, "رعايه") && !strings.Contains(w.norm, "ضامن") && w.norm != "باشراف" {
				f.brokered = true // a mediator, not a sponsor or a guarantor
			}
			// the mediator follows (بوساطة عمانية، وساطة سلطنة عمان) or precedes (عمان تتوسط).
			found := false
			if m, ok := s.roleSubject(i, from); ok {
				// "وتقوم أنغولا … بدور الوساطة": the subject of the verb
				s.addMediator(f, m)
				continue
			}
			// "برعاية مكتب المبعوث الخاص للأمم المتحدة": the mediator
			// stands behind an office and a title
			start := i + 1
			for start < f.end && start <= i+2 && (s.words[start].norm == "مشتركه" || s.words[start].norm == "من") {
				start++ // "برعاية مشتركة من X وY"
			}
			role := s.roleBefore(start, f.end)
			sides := s.sidesAfter(i, f.end) // "جهود الوساطة بين X وY": the sides
			// "الوساطة بين طهران وخصومها": whoever follows بين is a side,
			// also when the other side is no name
			between := start < f.end && s.words[start].norm == "بين"
			for j := start; sides == nil && !between && j < f.end && j <= max(start+2, role); j++ {
				if m, ok := s.mentionAt(j); ok {
					if p, ok := s.titledPerson(m); ok {
						// "يقود الوساطة الرئيس النيجيري الأسبق X": the
						// person, for whom his title speaks
						m = p
					}
					s.addMediator(f, m)
					found = true
					// "بوساطة قطرية ومصرية", "بوساطة مصرية قطرية": coordinated mediators
					for k := m.TokEnd; k < f.end; {
						if role > i+1 {
							k = s.postingAfter(k, f.end) // "… للأمم المتحدة إلى اليمن واللجنة …"
						}
						n, ok := s.mentionAt(k)
						if !ok || n.Label == schema.LabelVenue || !(strings.HasPrefix(n.Prefix, "و") || n.Kind == entities.KindAdjective && m.Kind == entities.KindAdjective) {
							break
						}
						s.addMediator(f, n)
						k = n.TokEnd
					}
					break
				}
			}
			if !found {
				for j := i - 1; j >= from && j >= i-3; j-- {
					if s.complementizer(j) {
						break // "قالت الخارجية القطرية إن الوسطاء …": the speaker
					}
					if m, ok := s.mentionAt(j); ok && m.Label != schema.LabelVenue && !slices.Contains(sides, s.partyOf(m)) {
						if slices.Contains(f.parties, m.EntityID) {
							break // "بين السعودية وإيران بتسهيل من السلطنة": a side, not the cue's mediator
						}
						s.addMediator(f, m)
						// "وتتولى ماليزيا والولايات المتحدة الوساطة": the
						// coordinated subject, back to its first name
						for strings.HasPrefix(m.Prefix, "و") && m.TokStart > from {
							p, ok := s.mentionAt(m.TokStart - 1)
							if !ok || p.Label != m.Label || p.Kind != m.Kind || slices.Contains(f.parties, p.EntityID) {
								break
							}
							s.addMediator(f, p)
							m = p
						}
						break
					}
				}
			}
		case w.in(lex.carry):
			k := i + 1
			for k < f.end && k <= i+4 && !s.words[k].in(lex.messages) {
				k++
			}
			if k >= f.end || k > i+4 {
				continue
			}
			f.format = FormatIndirect
			found := s.circumstantialCarrier(f, i) // "…، ناقلاً إليه …": the clause's subject
			for j := i + 1; j < k && !found; j++ {
				if m, ok := s.mentionAt(j); ok && m.Label != schema.LabelVenue {
					s.addMediator(f, m)
					found = true
				}
			}
			for j := i - 1; !found && j >= from && j >= i-5; j-- {
				if m, ok := s.mentionAt(j); ok && m.Label != schema.LabelVenue {
					if !s.headedDelegation(m) {
						s.addMediator(f, m)
					}
					break
				}
			}
		}
	}
}

// mediatorsAfter reads the coordinated subject of a verb of mediating
// after it ("تتوسط فيها قطر ومصر"), skipping a pronoun-carrying
// preposition; it reports whether it found any.
func (s *scan) mediatorsAfter(f *frame, i int) bool {
	if i < len(s.words) && resumptivePreposition(s.words[i].norm) {
		i++
	}
	found, titled := false, false
	for i < len(s.words) && i < f.end+8 {
		if w := s.words[i]; w.in(s.x.lex.title) || w.in(s.x.lex.titleTail) || titled && (nisba(w.norm) && s.mAt[i] < 0 || formerWord(w.norm)) {
			i++ // "توسط فيه المستشار الألماني أولاف شولتس"
			titled = true
			continue
		}
		m, ok := s.mentionAt(i)
		// after a title, its adjective and its person are one mediator
		joined := strings.HasPrefix(m.Prefix, "و") || titled && m.Label == schema.LabelPerson
		if !ok || m.Label == schema.LabelVenue || found && !joined {
			break
		}
		if !(titled && m.Kind == entities.KindAdjective && m.TokEnd < len(s.words) && formerWord(s.words[m.TokEnd].norm)) {
			s.addMediator(f, m) // "الرئيس النيجيري الأسبق X" mediates without his country
		}
		found = true
		titled = titled && m.Kind == entities.KindAdjective
		i = m.TokEnd
	}
	return found
}

// titledPerson returns the person named right after a country adjective of
// his title ("الرئيس الكيني X", "الرئيس النيجيري الأسبق X").
func (s *scan) titledPerson(m entities.Mention) (entities.Mention, bool) {
	if m.Label != schema.LabelCountry || m.Kind != entities.KindAdjective || m.TokStart == 0 || !s.words[m.TokStart-1].in(s.x.lex.title) {
		return m, false
	}
	i := m.TokEnd
	if i < len(s.words) && formerWord(s.words[i].norm) {
		i++
	}
	p, ok := s.mentionAt(i)
	if !ok || p.TokStart != i || p.Label != schema.LabelPerson {
		return m, false
	}
	return p, true
}

// subjectAfter reports whether the subject of a verb of mediating stands
// after it at token i, opened by a title ("يتوسط الرئيس …"), also after a
// resumptive pronoun ("التي يتوسط فيها الرئيس …"). A bare pronoun ("وقطر
// تتوسط بينهما") leaves the subject before the verb.
func (s *scan) subjectAfter(i int) bool {
	if i >= len(s.words) || s.in.Tokens[i].Sentence != s.in.Tokens[i-1].Sentence {
		return false
	}
	if resumptivePreposition(s.words[i].norm) {
		i++
		if i >= len(s.words) || s.in.Tokens[i].Sentence != s.in.Tokens[i-1].Sentence {
			return false
		}
	}
	return s.words[i].in(s.x.lex.title)
}

// resumptivePreposition reports a preposition carrying the pronoun of the
// talks or their sides after a verb of mediating: "التي يتوسط فيها X",
// "تتوسط بينهما".
func resumptivePreposition(w string) bool {
	switch w {
	case "فيها", "فيه", "بينهما", "بينها", "بينهم":
		return true
	}
	return false
}

func (s *scan) addMediator(f *frame, m entities.Mention) {
	if m.Label == schema.LabelOrganization && s.inTitle(m) && s.placeCountry(m.EntityID) != "" {
		// "وزير الخارجية القطري": a country's ministry names the person's
		// office; "منسق الاتحاد الأوروبي" names the body that mediates
		return
	}
	switch m.Label {
	case schema.LabelPerson:
		f.medPersons = appendUnique(f.medPersons, m.EntityID)
		o := s.titleOrganization(m)
		if o == "" {
			o = s.roleOrganization(m.EntityID)
		}
		if o == "" {
			o = s.earlierTitleOrganization(m)
		}
		if o != "" {
			// "الممثل الأعلى … في الاتحاد الأوروبي جوزيب بوريل": he
			// mediates for the body his title names, not his country
			f.mediators = appendUnique(f.mediators, o)
		} else if c := s.personCountry(m.EntityID); c != "" && !s.formerHolder(m) {
			// "الرئيس النيجيري الأسبق X" mediates for himself, not for
			// the country he once led
			f.mediators = appendUnique(f.mediators, c)
		}
	case schema.LabelCountry, schema.LabelOrganization:
		f.mediators = appendUnique(f.mediators, m.EntityID)
	}
}

// titleOrganization returns the international organization the title
// just before a person names ("منسق الاتحاد الأوروبي X", "المبعوث الأممي
// X"), or "" when the title names none or a country's office.
func (s *scan) titleOrganization(m entities.Mention) string {
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-8; j-- {
		if s.in.Tokens[j].Sentence != s.in.Tokens[m.TokStart].Sentence || commaBetween(s.in.Text, s.in.Tokens, j) {
			return ""
		}
		if s.trigger(j) != 0 {
			return "" // the verb: no title before the name
		}
		o, ok := s.mentionAt(j)
		if !ok {
			continue
		}
		if o.Label == schema.LabelOrganization && s.placeCountry(o.EntityID) == "" {
			return o.EntityID
		}
		if o.Label == schema.LabelCountry && o.Kind != entities.KindAdjective && s.postedTo(o) {
			j = o.TokStart // "المبعوث الأممي إلى اليمن X": where he is posted
			continue
		}
		if o.Label == schema.LabelPerson || o.Label == schema.LabelCountry && o.Kind != entities.KindAdjective {
			return ""
		}
		j = o.TokStart
	}
	return ""
}

// postingLink reports whether token i is "لدى" or "إلى" after a title or
// its adjective, followed by a country: the country an envoy or
// ambassador is posted to ("السفير السعودي لدى اليمن").
func (s *scan) postingLink(i int) bool {
	if i == 0 || i+1 >= len(s.words) {
		return false
	}
	if n := s.words[i].norm; n != "لدي" && n != "الي" {
		return false
	}
	c, ok := s.mentionAt(i + 1)
	if !ok || c.TokStart != i+1 || c.Label != schema.LabelCountry || c.Kind == entities.KindAdjective {
		return false
	}
	w := s.words[i-1]
	if w.in(s.x.lex.title) || w.in(s.x.lex.titleTail) {
		return true
	}
	p, ok := s.mentionAt(i - 1)
	return ok && p.Kind == entities.KindAdjective
}

// postedTo reports whether a country named inside a title is where the
// office holder is posted ("المبعوث إلى اليمن", "السفير لدى إيران"), not
// the country he serves.
func (s *scan) postedTo(c entities.Mention) bool {
	if c.TokStart == 0 {
		return false
	}
	switch s.words[c.TokStart-1].norm {
	case "الي", "لدي":
		return true
	}
	return false
}

// roleOrganization returns the international organization (one the article
// names, of no country) that a known person's role in the gazetteer names:
// "الممثل الأعلى للاتحاد الأوروبي …" for the European Union; "" if none.
func (s *scan) roleOrganization(person string) string {
	e, ok := s.in.Entities[person]
	if !ok || len(e.Roles) == 0 {
		return ""
	}
	var roles []string
	for _, r := range e.Roles {
		roles = append(roles, " "+arabic.Normalize(r)+" ")
	}
	for _, id := range slices.Sorted(maps.Keys(s.in.Entities)) { // the same answer every time
		o := s.in.Entities[id]
		if o.Label != schema.LabelOrganization || s.placeCountry(id) != "" {
			continue
		}
		for _, name := range append([]string{o.NameAr}, o.Aliases...) {
			n := arabic.Normalize(name)
			n = strings.TrimPrefix(n, "ال")
			if utf8.RuneCountInString(n) < 4 {
				continue
			}
			for _, r := range roles {
				if strings.Contains(r, " "+n+" ") || strings.Contains(r, " ال"+n+" ") || strings.Contains(r, " لل"+n+" ") {
					return id
				}
			}
		}
	}
	return ""
}

// relativeAfter reports whether a relative clause follows the frame's
// trigger in its window: "منذ الجولة الأخيرة من مفاوضات فيينا، التي جرت
// بتنسيق من الاتحاد الأوروبي". What the clause tells is that round's own,
// not the main round's of the sentence.
func (s *scan) relativeAfter(f *frame) bool {
	for i := f.trig + 1; i < f.end; i++ {
		if relativePronoun(s.words[i].norm) {
			return true
		}
	}
	return false
}
