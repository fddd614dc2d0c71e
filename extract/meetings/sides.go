package meetings

import (
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file holds the cues fillParties reads sides with: titles,
// delegations, reported speech, contrast.

// hostsBefore reads "الدور الذي أدته العراق وعمان في استضافة جولات …":
// countries right before a hosting noun are mediators.
func (s *scan) hostsBefore(f *frame) {
	i := f.trig - 1
	if i >= f.pre && s.hostVerb(i) {
		i--
	} else {
		return
	}
	if i >= f.pre && s.words[i].exact(s.x.lex.in) {
		i--
	}
	for ; i >= f.pre && i >= f.trig-8; i-- {
		m, ok := s.mentionAt(i)
		if !ok || m.Label != schema.LabelCountry {
			break
		}
		f.mediators = appendUnique(f.mediators, m.EntityID)
		i = m.TokStart
	}
}

// inTitle reports whether an organization is named inside a person's title
// ("أمين المجلس الأعلى للأمن القومي"): a title word stands within two words
// before it.
func (s *scan) inTitle(m entities.Mention) bool {
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-2; j-- {
		if s.words[j].in(s.x.lex.title) || s.words[j].norm == "امين" || s.words[j].norm == "وامين" {
			return true
		}
	}
	return false
}

// apposition reads backwards from token i (followed by a comma) a title set
// off by commas ("عبدالعاطي، وزير الخارجية، أجرى"); it returns the title's
// first token when the words back to the previous comma are all title words.
func (s *scan) apposition(i, min int) (int, bool) {
	for j := i; j >= min && j >= i-5; j-- {
		if !(s.words[j].in(s.x.lex.title) || s.words[j].in(s.x.lex.titleTail) || s.isAdjective(j)) {
			return 0, false
		}
		if j > min && commaBetween(s.in.Text, s.in.Tokens, j-1) {
			return j, true
		}
	}
	return 0, false
}

// namingApposition returns the first token of a naming clause set off by
// commas that ends at token i — "لجنة … بين لبنان وإسرائيل، المعروفة
// بـ\"الميكانيزم\"، أمس اجتماعاً" — so that the subject before it is
// still read; false when [min, i] ends no such clause.
func (s *scan) namingApposition(i, min int) (int, bool) {
	for j := i; j >= min && j >= i-6; j-- {
		switch s.words[j].norm {
		case "المعروفه", "المعروف", "المعروفين", "المعروفتين", "المسماه", "المسمي", "المسميه":
			if j > min && s.realCommaBefore(j) {
				return j, true
			}
			return 0, false
		}
		if j < i && s.realCommaBefore(j+1) {
			return 0, false // another clause, not the naming one
		}
	}
	return 0, false
}

// realCommaBefore reports whether a comma (not a quotation mark or a
// bracket) stands just before token j.
func (s *scan) realCommaBefore(j int) bool {
	if j <= 0 || j >= len(s.in.Tokens) {
		return false
	}
	return strings.ContainsAny(s.in.Text[s.in.Tokens[j-1].End:s.in.Tokens[j].Start], "،,;؛")
}

// separately reports whether the frame's words say its meetings were held
// with each side apart: "لقاءات منفصلة", "كل على حدة", "على انفراد".
func (s *scan) separately(f *frame) bool {
	for i := f.trig; i < f.end && i <= f.trig+4; i++ {
		switch s.words[i].norm {
		case "منفصله", "منفصلين", "منفصلتين", "منفصلا", "انفراد", "حده", "منفردا", "منفرده":
			return true
		}
	}
	// "… كلاً على حدة", "كل على حدة" in the trigger's clause
	for i := f.trig + 2; i < f.end && i <= f.trig+30; i++ {
		if s.words[i].norm == "حده" && s.words[i-1].norm == "علي" {
			return true
		}
	}
	return false
}

// delegationWord reports whether token i is "وفد" in any of its forms
// ("الوفد", "بالوفد", "ووفد").
func (s *scan) delegationWord(i int) bool {
	n := s.words[i].norm
	if strings.HasPrefix(n, "وو") || strings.HasPrefix(n, "وال") || strings.HasPrefix(n, "وب") || strings.HasPrefix(n, "ول") {
		n = n[len("و"):]
	}
	switch n {
	case "وفد", "وفدا", "الوفد", "بالوفد", "بوفد", "للوفد", "لوفد":
		return true
	}
	return false
}

// contrastBefore reports whether the trigger opens a contrast: "على خلاف
// الجولة الأولى", "وعلى عكس الجولة السابقة", "بخلاف اللقاء الماضي", or a
// likeness ("على غرار الجولة الأولى"). The round named is another one than
// the round being reported.
func (s *scan) contrastBefore(f *frame) bool {
	if f.trig < 1 {
		return false
	}
	w := strings.TrimPrefix(s.words[f.trig-1].norm, "و")
	switch w {
	case "بخلاف", "خلافا", "عكس", "خلاف", "مقارنه", "بعكس", "غرار":
		// "على غرار الجولة الأولى": like another round, not this one
		return true
	}
	return false
}

// placeAfterBetween reports whether a place (a city or region) stands
// among the first words after "بين" at token i.
func (s *scan) placeAfterBetween(i, end int) bool {
	for j := i + 1; j < end && j <= i+4; j++ {
		if m, ok := s.mentionAt(j); ok && m.Label == schema.LabelVenue {
			return true
		}
	}
	return false
}

// eachOf reads "كل من X وY وZ" ("لكل من", "من كل من") within eight
// words after token a (before b): the sides, coordinated.
func (s *scan) eachOf(a, b int) []string {
	for i := a; i < b-2 && i <= a+8; i++ {
		if n := s.words[i].norm; (n == "كل" || n == "لكل" || n == "ولكل") && s.words[i+1].norm == "من" {
			var ps []string
			for j := i + 2; j < b; {
				m, ok := s.mentionAt(j)
				if !ok || m.Label == schema.LabelPerson || m.Label == schema.LabelVenue || len(ps) > 0 && !strings.HasPrefix(m.Prefix, "و") {
					break
				}
				ps = appendUnique(ps, s.partyOf(m))
				j = m.TokEnd
			}
			return ps
		}
	}
	return nil
}

// speaker reports whether a person is the subject of a verb of saying
// whose reported clause holds token t: "قال عراقجي إن …".
func (s *scan) speaker(m entities.Mention, t int) bool {
	if s.possessed(m.TokStart) {
		return false
	}
	for j := m.TokStart - 1; j >= 0 && j >= m.TokStart-6; j-- {
		if n := s.words[j].norm; n == "لسان" {
			return true // "جاء على لسان وزير الخارجية الأميركي مايك بومبيو"
		}
		if _, ok := s.mentionAt(j); !ok && !s.words[j].in(s.x.lex.title) && !s.words[j].in(s.x.lex.titleTail) {
			break
		}
	}
	for i := m.TokEnd; i < t && i <= m.TokEnd+3; i++ {
		if s.trigger(i) != 0 {
			return false // "استضافت بيربوك المحادثات، وقالت إن …": she hosted them first
		}
		if s.complementizer(i) {
			return s.words[i-1].norm != "علي" // "على أن تعقد": a condition, not speech
		}
	}
	return false
}

// complementizer reports whether token i opens a reported clause: "إن",
// "أن" after a verb of saying.
func (s *scan) complementizer(i int) bool {
	switch s.words[i].norm {
	case "ان", "وان", "بان", "انه", "انها", "بانه", "بانها":
		return true
	}
	return false
}

// titleCountry returns the country a person's title names just before the
// name ("رئيس وزراء روريتانيا سامي داود", "وزير خارجية بوردوريا كمال
// نوري"), "" when it names none.
func (s *scan) titleCountry(m entities.Mention) string {
	j := m.TokStart - 1
	if j < 1 {
		return ""
	}
	c, ok := s.mentionAt(j)
	if !ok || c.Label != schema.LabelCountry || c.Kind != entities.KindName {
		return ""
	}
	if w := s.words[c.TokStart-1]; w.in(s.x.lex.title) || w.in(s.x.lex.titleTail) {
		return c.EntityID
	}
	return ""
}

// broughtTogether reads the sides a verb of bringing together names right
// after a trigger: "قمة جمعته بالرئيس الأذربيجاني رسول قلييف ورئيس الوزراء
// الأرميني آرام ميناسيان", "لقاء جمع وزيري خارجية البلدين".
func (s *scan) broughtTogether(a, b int) []string {
	for i := a; i < b && i <= a+3; i++ {
		n := strings.TrimPrefix(s.words[i].norm, "و")
		if !strings.HasPrefix(n, "جمع") && !strings.HasPrefix(n, "يجمع") && !strings.HasPrefix(n, "تجمع") {
			continue
		}
		return s.titledSides(i+1, b)
	}
	return nil
}

// titledSides reads the sides of the officials listed from token from:
// people, countries and the countries of title phrases, over title words,
// adjectives and "بين" — "بالرئيس الأذربيجاني X ورئيس الوزراء الأرميني Y",
// "وزيري خارجية السعودية وإيران" — up to the first other word.
func (s *scan) titledSides(from, b int) []string {
	var ps []string
	for j := from; j < b && j <= from+15; j++ {
		m, ok := s.mentionAt(j)
		if !ok {
			if w := s.words[j]; w.in(s.x.lex.title) || w.in(s.x.lex.titleTail) || nisba(w.norm) || w.norm == "بين" {
				continue
			}
			break
		}
		if m.Label == schema.LabelPerson || m.Label == schema.LabelCountry || m.Label == schema.LabelOrganization && !s.inTitle(m) {
			p := s.partyOf(m)
			if p == "" && m.Label == schema.LabelPerson {
				p = s.titleCountry(m)
			}
			if p != "" {
				ps = appendUnique(ps, p)
			}
		}
		j = m.TokEnd - 1
	}
	return ps
}

// officialsAfterTrigger reads the sides of a meeting noun followed right
// away by the officials who met: "لقاء وزير الخارجية السعودي X ووزير خارجية
// إيران Y في بكين", "اجتماع وزيري خارجية البلدين" (no sides: the
// anaphor is read elsewhere). Two sides at least, else nil.
func (s *scan) officialsAfterTrigger(f *frame) []string {
	j := f.trig + 1
	if j >= f.end || !(s.words[j].in(s.x.lex.title) || s.words[j].in(s.x.lex.titleTail)) {
		return nil
	}
	if ps := s.titledSides(j, f.end); len(ps) >= 2 {
		return sortedCopy(ps)
	}
	return nil
}

// peopleSidesBefore returns the sides of the people named in the trigger's
// clause before it — their countries, or the countries their titles name —
// leaving out people who only qualify a noun or speak of the meeting.
func (s *scan) peopleSidesBefore(f *frame) []string {
	a, _ := s.sentenceRange(f.sentence)
	from := s.clauseStart(f.trig, max(a, f.pre))
	if k, ok := s.circumstanceAsides(from-1, max(a, f.pre)); ok && from > max(a, f.pre) {
		// "عقد المبعوثان، التركي X والأرميني Y، أمس، في فيينا، الجولة":
		// the day and place set off by commas right before the noun
		from = s.clauseStart(k, max(a, f.pre))
	}
	var sides []string
	for i := from; i < f.trig; i++ {
		m, ok := s.mentionAt(i)
		if !ok || m.TokStart != i || m.Label != schema.LabelPerson || s.governed(m) || s.possessed(i) || s.speaker(m, f.trig) || s.proposer(m) {
			continue
		}
		p := s.partyOf(m)
		if p == "" {
			p = s.titleCountry(m)
		}
		if p != "" {
			sides = appendUnique(sides, p)
		}
	}
	return sortedCopy(sides)
}

// delegationSubject returns the side of a delegation that opens its
// sentence as the subject of its first verb ("غادر وفد جماعة الحوثي …",
// "وصل وفد سعودي …"), "" when the sentence opens otherwise.
func (s *scan) delegationSubject(si int) string {
	a, b := s.sentenceRange(si)
	if a < 0 {
		return ""
	}
	for i := a; i < b-1 && i <= a+3; i++ {
		if !s.delegationWord(i) {
			continue
		}
		if d, ok := s.mentionAt(i + 1); ok && (d.Kind == entities.KindAdjective || d.Label == schema.LabelOrganization || d.Label == schema.LabelCountry) {
			return s.partyOf(d)
		}
		return ""
	}
	return ""
}

// titleOrgs returns the organizations the titles of the people of a
// frame's window name, when those people share one country (theirs, or
// their organization's) and the organizations are of it: the sides of a
// civil conflict's talks.
func (s *scan) titleOrgs(f *frame) []string {
	var orgs []string
	country := ""
	for i := f.pre; i < f.end; i++ {
		m, ok := s.mentionAt(i)
		if !ok || m.TokStart != i || m.Label != schema.LabelPerson || s.possessed(i) || s.speaker(m, f.end) {
			continue
		}
		org := s.titleOrg(m, f.pre)
		c := s.personCountry(m.EntityID)
		if c == "" && org != "" {
			c = s.placeCountry(org)
		}
		if c == "" || country != "" && c != country {
			return nil
		}
		country = c
		if org != "" && s.placeCountry(org) == c {
			orgs = appendUnique(orgs, org)
		}
	}
	if len(orgs) < 2 {
		return nil
	}
	return sortedCopy(orgs)
}

// titleOrg returns the organization a person's title names just before the
// name ("نائب قائد قوات الدعم السريع عبد الرحيم دقلو"), "" when none.
func (s *scan) titleOrg(m entities.Mention, min int) string {
	for j := m.TokStart - 1; j >= min && j >= m.TokStart-8; j-- {
		o, ok := s.mentionAt(j)
		if !ok {
			if w := s.words[j]; w.in(s.x.lex.title) || w.in(s.x.lex.titleTail) || strings.HasPrefix(w.norm, "ال") || strings.HasPrefix(w.norm, "لل") ||
				w.norm == "اول" || w.norm == "ركن" {
				continue // "الفريق أول", "العميد الركن"
			}
			return ""
		}
		if o.Label == schema.LabelOrganization {
			return o.EntityID
		}
		if o.Kind != entities.KindAdjective {
			return ""
		}
		j = o.TokStart
	}
	return ""
}
