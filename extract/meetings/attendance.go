package meetings

import (
	"strings"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file tells the people who attend a meeting from the people its
// sentences only mention: the sender of a letter the envoy carries, a
// leader who comments in a statement, the leaders of another summit the
// sentence speaks of.

// mentionedOnly reports whether the person at mm is named in the sentence
// of a meeting without attending it: the source of a message ("رسالة من
// الرئيس X", "بتكليف من X") or the one who charged another with the
// mission ("الذي كلّفه الرئيس X"), one who stays away ("بينما غاب الرئيس X"),
// or a head of state or government the words
// tie to no attendance ("التقى", "شارك", "ترأس", a delegation) who speaks
// in a statement, or who belongs to another meeting noun than the frame's
// ("طرحت خلال اللقاء عقد قمة بين الرئيسين X وY"). frameTrig is the
// trigger of the frame being read, -1 for a sentence without a real one
// (any meeting noun there is another, unreal meeting); e ends the clause
// read.
func (s *scan) mentionedOnly(mm entities.Mention, frameTrig, e int) bool {
	if mm.TokEnd-mm.TokStart == 1 && mm.TokStart > 0 && s.trigger(mm.TokStart-1) == trigTalks {
		// "مفاوضات سلام": a one-word name right after a meeting noun is
		// what the talks are about (a surname that is also a word)
		return true
	}
	// "الرئيسين X وY": the second of coordinated names shares the first's
	// title and frame
	for i := 0; i < 4 && mm.TokStart > 0; i++ {
		prev, ok := s.mentionAt(mm.TokStart - 1)
		if !ok || prev.Label != mm.Label || !strings.HasPrefix(s.words[mm.TokStart].norm, "و") {
			break
		}
		mm.TokStart = prev.TokStart
	}
	j := s.beforeTitle(mm.TokStart)
	if j >= 1 && s.words[j].norm == "من" && messageNoun(s.words[j-1].norm) {
		return true
	}
	if j >= 0 && senderVerb(s.words[j].norm) {
		return true // "الذي كلّفه رئيس الجمهورية X بهذه المهمة": he sends, another goes
	}
	if j >= 0 && absenceVerb(s.words[j].norm) && frameTrig < mm.TokStart {
		// "بينما غاب الرئيس X": away from the round named before, not
		// from the one of his own clause after ("الذي كان قد التقى …")
		return true
	}
	if !s.headOfState(mm.TokStart) {
		// "وقال زيلينسكي في كلمته …": a head of state named without his
		// title, who speaks in a statement or names the delegation
		return s.headRole(mm) && !s.attends(mm) && (s.statementAfter(mm) || s.namesDelegation(mm))
	}
	if s.attends(mm) {
		return false
	}
	if s.namesDelegation(mm) {
		return true // "أعلن الرئيس X تشكيلة الوفد": he sends it
	}
	if s.speaker(mm, e) || s.statementAfter(mm) {
		return true
	}
	if frameTrig > mm.TokStart {
		// the frame's trigger after the name: the person's own act ("X
		// الذي كان قد التقى …") unless another meeting noun stands between
		for k := mm.TokEnd; k < frameTrig; k++ {
			if s.trigger(k) != 0 {
				return true
			}
		}
		return false
	}
	sent := s.in.Tokens[mm.TokStart].Sentence
	for k := mm.TokStart - 1; k >= 0 && s.in.Tokens[k].Sentence == sent; k-- {
		if s.trigger(k) != 0 {
			return k != frameTrig // the nearest meeting noun before the name is another one
		}
	}
	return false
}

// beforeTitle returns the token before the title and nationality of the
// person whose name starts at i: "رسالة من [الرئيس الصومالي] X".
func (s *scan) beforeTitle(i int) int {
	j := i - 1
	for ; j >= 0 && j >= i-6; j-- {
		if m, ok := s.mentionAt(j); ok && m.Kind == entities.KindAdjective {
			j = m.TokStart
			continue
		}
		if s.words[j].in(s.x.lex.title) || s.words[j].in(s.x.lex.titleTail) || headWord(s.words[j].norm) || s.words[j].norm == "الجمهوريه" {
			continue
		}
		break
	}
	return j
}

// messageNoun reports the nouns of a message or an order whose source
// "من" names: "رسالة من", "بتوجيهات من", "بتكليف من".
func messageNoun(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "رساله", "برساله", "رسائل", "برقيه", "توجيهات", "بتوجيهات", "بتوجيه", "تعليمات", "بتعليمات", "تكليف", "بتكليف", "تفويض", "بتفويض":
		return true
	}
	return false
}

// headWord reports the titles of heads of state and government.
func headWord(w string) bool {
	return arabic.Conjunct(w, func(w string) bool {
		switch w {
		case "الرئيس", "رئيس", "الرئيسين", "الرئيسان", "الملك", "العاهل", "الامير", "امير", "ولي", "العهد", "المستشاره", "الوزراء", "الحكومه":
			return true
		}
		return false
	})
}

// headOfState reports whether the title just before the name at i is a
// head of state's or government's: "الرئيس"، "رئيس الوزراء الإثيوبي"،
// "ولي العهد"، "الرئيسين".
func (s *scan) headOfState(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if m, ok := s.mentionAt(j); ok && m.Kind == entities.KindAdjective {
			j = m.TokStart
			continue
		}
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "الرئيس", "الرئيسين", "الرئيسان", "الملك", "العاهل", "الامير", "العهد":
			return true
		case "الوزراء", "الحكومه", "الجمهوريه", "الدوله", "المجلس":
			return j >= 1 && strings.TrimPrefix(s.words[j-1].norm, "و") == "رئيس"
		}
		if !s.words[j].in(s.x.lex.titleTail) {
			return false
		}
	}
	return false
}

// attends reports whether the words tie the person to attending: a verb
// of meeting, taking part, heading or arriving just before the name and
// its title, or just after the name.
func (s *scan) attends(mm entities.Mention) bool {
	sent := s.in.Tokens[mm.TokStart].Sentence
	from := s.beforeTitle(mm.TokStart)
	if from >= 0 && s.in.Tokens[from].Sentence == sent && (attendVerb(s.words[from].norm) || s.delegationWord(from)) {
		return true // "التقى الرئيس X"، "بحضور الرئيس X"؛ not "عقد قمة بين الرئيسين X وY"
	}
	for j := mm.TokEnd; j < len(s.words) && j <= mm.TokEnd+1 && s.in.Tokens[j].Sentence == sent; j++ {
		if attendVerb(s.words[j].norm) {
			return true
		}
	}
	return false
}

// attendVerb reports the verbs of attending a meeting.
func attendVerb(w string) bool {
	w = strings.TrimPrefix(w, "و")
	w = strings.TrimPrefix(w, "س")
	switch w {
	case "التقي", "يلتقي", "تلتقي", "التقيا", "اجتمع", "يجتمع", "اجتمعا", "شارك", "يشارك", "شاركت", "تشارك", "حضر", "يحضر", "حضرت",
		"تراس", "يتراس", "تتراس", "تراست", "راس", "يراس", "قاد", "يقود", "تقود", "وصل", "يصل", "وصلت", "استقبل", "يستقبل", "استقبلت",
		"عقد", "يعقد", "عقدا", "اجري", "يجري", "اجريا", "بحث", "يبحث", "بحثا", "ناقش", "يناقش", "زار", "يزور", "بمشاركه", "بحضور", "برئاسه":
		return true
	}
	return false
}

// statementAfter reports a statement named just after the person: "أكد
// آبي أحمد في بيان", "في كلمة", "عبر منصة".
func (s *scan) statementAfter(mm entities.Mention) bool {
	i := mm.TokEnd
	if i+1 >= len(s.words) || s.in.Tokens[i].Sentence != s.in.Tokens[mm.TokStart].Sentence {
		return false
	}
	if n := s.words[i].norm; n != "في" && n != "عبر" {
		return false
	}
	switch s.words[i+1].norm {
	case "بيان", "كلمه", "تصريح", "تصريحات", "تغريده", "منشور", "خطاب", "مقابله", "حديث", "رساله", "مؤتمر", "منصه", "حساب",
		// with the speaker's pronoun: "في كلمته المسائية", "في بيانها"
		"بيانه", "بيانها", "كلمته", "كلمتها", "تصريحه", "تصريحاته", "خطابه", "خطابها", "مقابلته", "مقابلتها", "حسابه", "حسابها":
		return true
	}
	return false
}

// absenceVerb reports the verbs of staying away: "غاب"، "تغيّب".
func absenceVerb(w string) bool {
	switch strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف") {
	case "غاب", "يغيب", "سيغيب", "غابت", "تغيب", "تتغيب", "يتغيب", "سيتغيب":
		return true
	}
	return false
}

// senderVerb reports the verbs of sending or charging someone else with a
// mission, whose subject stays home: "كلّفه"، "أوفد"، "انتدب".
func senderVerb(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "كلف", "كلفه", "كلفها", "كلفهم", "اوفد", "اوفده", "اوفدها", "انتدب", "انتدبه", "انتدبها", "ارسله", "ارسلها":
		return true
	}
	return false
}

// senderCountries gives the people of no known country the country of the
// government body whose statement names them: "أعلنت الخارجية الأمريكية
// أن المبعوث الخاص إلى أفغانستان X سيتوجه …" — the envoy is the
// announcing ministry's. The body must stand before a complementizer that
// opens the clause of the name, with no other person, and no country but
// one the title sends the person to ("إلى أفغانستان"), between them.
func (s *scan) senderCountries() map[string]string {
	out := map[string]string{}
	for _, m := range s.in.Mentions {
		if m.Label != schema.LabelPerson || m.TokStart < 0 || m.TokStart >= len(s.words) {
			continue
		}
		if _, done := out[m.EntityID]; done {
			continue
		}
		if e, ok := s.in.Entities[m.EntityID]; ok && e.Country != "" || s.x.world != nil && s.x.world.CountryOf(m.EntityID) != "" {
			continue
		}
		if c := s.senderOf(m); c != "" {
			out[m.EntityID] = c
		} else if c := s.counterpartCountry(m); c != "" {
			out[m.EntityID] = c // "… في العاصمة اليونانية مع نظيره X"
		} else if c := s.hostOfficial(m); c != "" {
			out[m.EntityID] = c // "التقى وفد المنظمة في نيامي رئيس المجلس X"
		}
	}
	return out
}

// senderOf returns the country of the body announcing the person at m, or
// "" (see senderCountries).
func (s *scan) senderOf(m entities.Mention) string {
	sent := s.in.Tokens[m.TokStart].Sentence
	comp := false
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-16 && s.in.Tokens[j].Sentence == sent; j-- {
		if s.complementizer(j) {
			comp = true
			continue
		}
		o, ok := s.mentionAt(j)
		if !ok {
			continue
		}
		j = o.TokStart
		switch o.Label {
		case schema.LabelPerson:
			return ""
		case schema.LabelCountry, schema.LabelVenue:
			if j > 0 && (s.words[j-1].norm == "الي" || s.words[j-1].norm == "لدي") {
				continue // the country the envoy is sent to
			}
			return ""
		case schema.LabelOrganization:
			if !comp {
				return ""
			}
			c := ""
			if e, ok := s.in.Entities[o.EntityID]; ok {
				c = e.Country
			}
			if c == "" && s.x.world != nil {
				c = s.x.world.CountryOf(o.EntityID)
			}
			return c
		}
	}
	return ""
}

// governmentSide returns the one country among the parties of talks
// between a government and organizations ("الحكومة اليمنية" and the
// Houthis): the side of "الوفد الحكومي". It is "" when no organization
// or more than one country is a party.
func (s *scan) governmentSide(parties []string) string {
	country, orgs := "", 0
	for _, p := range parties {
		e, ok := s.in.Entities[p]
		if !ok {
			continue
		}
		switch e.Label {
		case schema.LabelCountry:
			if country != "" {
				return ""
			}
			country = p
		case schema.LabelOrganization:
			orgs++
		}
	}
	if orgs == 0 {
		return ""
	}
	return country
}

// attendsExplicitly reports whether the person is the subject of a verb
// of attending, opening or chairing ("شارك", "حضر", "افتتح", "ترأس"), or
// the complement of "بحضور"/"بمشاركة", that opens the clause, the meeting noun
// and the titles standing between: "وشارك في الجلسة الختامية نائب
// المبعوث X، وممثل السعودية Y", "كما حضر الاجتماع الرئيس البوروندي X".
// A negated verb, a complementizer or a relative pronoun between them
// ends the search.
func (s *scan) attendsExplicitly(mm entities.Mention) bool {
	sent := s.in.Tokens[mm.TokStart].Sentence
	for j := mm.TokStart - 1; j >= 0 && j >= mm.TokStart-24 && s.in.Tokens[j].Sentence == sent; j-- {
		w := strings.TrimPrefix(s.words[j].norm, "و")
		switch w {
		case "شارك", "شاركت", "يشارك", "تشارك", "حضر", "حضرت", "يحضر", "تحضر", "شاركوا", "حضروا", "بحضور", "بمشاركه",
			"افتتح", "افتتحت", "تراس", "تراست":
			return j == 0 || s.in.Tokens[j-1].Sentence != sent || !s.words[j-1].exact(s.x.lex.mood.negator)
		case "الذي", "التي", "الذين", "بينما", "فيما", "حين":
			return false
		}
		if s.complementizer(j) {
			return false
		}
		if commaBetween(s.in.Text, s.in.Tokens, j) && !strings.HasPrefix(s.words[j+1].norm, "و") &&
			!(s.words[j+1].norm == "الي" && j+2 < len(s.words) && s.words[j+2].norm == "جانب") {
			// "…، في محاولة لإنجاز خطة الرئيس X": another clause; "بحضور
			// الوفدين، إلى جانب السفير X" goes on with the list
			return false
		}
	}
	return false
}

// roleStart returns the first token of the title the recognizer read
// before the name of a person it did not know ("رئيس ما يسمى لجنة شؤون
// الأسرى X"), or the name's first token: the longest run of the words
// before the name that ends one of the person's roles.
func (s *scan) roleStart(mm entities.Mention) int {
	e, ok := s.in.Entities[mm.EntityID]
	if !ok {
		return mm.TokStart
	}
	start := mm.TokStart
	for _, r := range e.Roles {
		ws := arabic.Words(r)
		k := 0
		for k < len(ws) && k < 12 && mm.TokStart-k-1 >= 0 {
			got, w := s.words[mm.TokStart-k-1].norm, ws[len(ws)-k-1]
			if got != w && !strings.HasSuffix(got, w) {
				break
			}
			k++
		}
		if k >= 2 {
			start = min(start, mm.TokStart-k)
		}
	}
	return start
}

// governmentDelegation reports whether tokens [a, e) name the government's
// delegation ("الوفد الحكومي", "وفد الحكومة") in talks whose sides are a
// government and organizations (governmentSide).
func (s *scan) governmentDelegation(a, e int, parties []string) bool {
	if s.governmentSide(parties) == "" {
		return false
	}
	for i := a; i+1 < e; i++ {
		if n := s.words[i+1].norm; s.delegationWord(i) && (n == "الحكومي" || n == "الحكومه") {
			return true
		}
	}
	return false
}

// attendedBack reports whether tokens [a, e) hold a verb of attending
// followed by a definite meeting noun ("وحضر الاجتماع", "وشارك في الجلسة
// الختامية"): the round already told.
func (s *scan) attendedBack(a, e int) bool {
	for i := a; i+1 < e; i++ {
		switch strings.TrimPrefix(s.words[i].norm, "و") {
		case "شارك", "شاركت", "حضر", "حضرت":
		default:
			continue
		}
		k := i + 1
		if s.words[k].norm == "في" && k+1 < e {
			k++
		}
		switch s.words[k].norm {
		case "الاجتماع", "الجلسه", "الجلسات", "القمه", "اللقاء", "المحادثات", "المفاوضات", "المباحثات":
			return true
		}
	}
	return false
}

// selfReport reports whether a person who speaks tells his own attendance:
// "وقال X إنه التقى كل طرف على حدة".
func (s *scan) selfReport(mm entities.Mention) bool {
	sent := s.in.Tokens[mm.TokStart].Sentence
	for i := mm.TokEnd; i+1 < len(s.words) && i <= mm.TokEnd+3 && s.in.Tokens[i].Sentence == sent; i++ {
		switch s.words[i].norm {
		case "انه", "انها", "بانه", "بانها":
			return attendVerb(s.words[i+1].norm)
		}
	}
	return false
}

// representedSide returns the country a person represents by the verb
// before his title: "فيما مثّل رواندا وزير خارجيتها X", "ويمثل مصر في
// الاجتماع السفير X"; "" when no such verb stands there.
func (s *scan) representedSide(mm entities.Mention) string {
	start := min(mm.TokStart, s.roleStart(mm))
	for j := start - 1; j >= 1 && j >= start-4; j-- {
		c, ok := s.mentionAt(j)
		if !ok || c.Label != schema.LabelCountry || c.Kind != entities.KindName || c.TokStart < 1 {
			continue
		}
		if representVerb(s.words[c.TokStart-1].norm) {
			return c.EntityID
		}
		if strings.HasPrefix(c.Prefix, "و") && commaBetween(s.in.Text, s.in.Tokens, c.TokStart-1) && s.representedPairBefore(c.TokStart) {
			// "ومثّل روسيا X، وتركيا Y": the verb of the first pair serves
			// the next
			return c.EntityID
		}
		return ""
	}
	return ""
}

// representVerb reports whether w is a form of مثّل ("to represent").
func representVerb(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "مثل", "مثلت", "يمثل", "تمثل", "سيمثل", "ستمثل":
		return true
	}
	return false
}

// representedPairBefore reports whether the sentence of token i has, before
// it, a verb of representing with a country right after it: the first
// pair of a list of represented sides ("ومثّل روسيا X، وتركيا Y، وإيران
// Z").
func (s *scan) representedPairBefore(i int) bool {
	sent := s.in.Tokens[i].Sentence
	for j := i - 2; j >= 0 && j >= i-30 && s.in.Tokens[j].Sentence == sent; j-- {
		if !representVerb(s.words[j].norm) {
			continue
		}
		c, ok := s.mentionAt(j + 1)
		return ok && c.Label == schema.LabelCountry && c.Kind == entities.KindName
	}
	return false
}
