package entities

import (
	"cmp"
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// This file scans an article for the organisations of orgnames.go: their
// names at a class noun, the anaphora pointing back to them, and one node
// for the forms one article gives of one group.

// orgRef is an organisation named in the article, by its class noun, for
// the anaphora that point back to it.
type orgRef struct {
	id, class string
}

// organizations adds the mentions of the oppositions (opposition.go) and
// of the organisations named by a class noun (orgNames) to mentions, and
// returns them with the entities they name.
func (r *Recognizer) organizations(text string, toks []arabic.Token, rs *readings, covered []bool, mentions []Mention) ([]Mention, map[string]*Entity) {
	mentions = r.groupAnaphora(text, toks, covered, mentions)
	found, orgs := r.orgNames(text, toks, rs, covered, mentions)
	if bf, bi := breakaways(text, toks, covered, rs.owners(len(toks), mentions)); len(bf) > 0 {
		found = append(found, bf...)
		sortMentions(found)
		if orgs == nil {
			orgs = map[string]*Entity{}
		}
		for id, e := range bi {
			orgs[id] = e
		}
	}
	if len(found) > 0 {
		// the country mentions a name absorbs ("… الموزمبيقية"، "… في
		// تشاد") are part of it, no mentions of their own
		kept := make([]Mention, 0, len(mentions)+len(found))
		k := 0
		for _, m := range mentions {
			for k < len(found) && found[k].TokEnd <= m.TokStart {
				k++
			}
			if k < len(found) && found[k].TokStart <= m.TokStart && m.TokEnd <= found[k].TokEnd {
				continue
			}
			kept = append(kept, m)
		}
		mentions = append(kept, found...)
		sortMentions(mentions)
	}
	mentions, info := r.oppositions(text, toks, covered, mentions)
	if len(orgs) == 0 {
		return mentions, info
	}
	if info == nil {
		info = map[string]*Entity{}
	}
	for id, e := range orgs {
		info[id] = e
	}
	// "المعارضة" in an article that names an opposition alliance of its
	// country ("تحالف حركات المعارضة في جنوب السودان") is that alliance
	for id, e := range info {
		if !strings.HasPrefix(id, "org:opposition-") {
			continue
		}
		alliance := ""
		for oid, o := range orgs {
			if (o.Country == e.Country || o.Country == "") && strings.Contains(arabic.Normalize(o.NameAr), "المعارضه") {
				if alliance != "" {
					alliance = "-" // two: leave the opposition as it is
				} else {
					alliance = oid
				}
			}
		}
		if alliance == "" || alliance == "-" {
			continue
		}
		for k := range mentions {
			if mentions[k].EntityID == id {
				mentions[k].EntityID = alliance
			}
		}
		markOpposition(orgs[alliance], e.Country)
		delete(info, id)
	}
	namedOppositions(text, toks, mentions, orgs, info)
	r.knownInstitutions(mentions, info) // "مجلس النواب" in an article on Libya
	return mentions, info
}

// orgName is an organisation read at a class noun.
type orgName struct {
	start, end int    // token range of the name, brackets excluded
	last       int    // one past the last token of the mention (the acronym's)
	acronym    string // Latin acronym in brackets, or ""
	alias      string // another name in brackets, or ""
	country    string // the country of a closing nationality adjective or "في COUNTRY"
	keyEnd     int    // one past the last token of the name without a closing nationality adjective
}

// isVerb reports whether a reading of token j is a verb form that ends a
// name.
func (r *Recognizer) isVerb(rs *readings, j int) bool {
	for _, st := range rs.of(j) {
		if r.verbSketch.MayHave(st.Stem) && r.verbs[st.Stem] {
			return true
		}
	}
	return false
}

// readOrgName reads the words of an organisation's name after the class
// noun at token i, written with the article or not (def). owner maps each
// token to the mention covering it, or -1.
func (r *Recognizer) readOrgName(text string, toks []arabic.Token, rs *readings, owner []int32, mentions []Mention, i int, class string, def bool) (orgName, bool) {
	on := orgName{start: i, end: i + 1, keyEnd: i + 1}
	construct := !def // an indefinite word may follow: the head or the last word is in construct
	indefRun, afterLi := 0, false
	n, distinctive, state := 0, false, false
	for j := i + 1; j < len(toks) && j <= i+8 && toks[j].Sentence == toks[i].Sentence; {
		if strings.TrimSpace(text[toks[j-1].End:toks[j].Start]) != "" {
			break // punctuation ends the name
		}
		w := toks[j].Norm
		if o := owner[j]; o >= 0 {
			m := mentions[o]
			if m.TokStart != j || m.Label != schema.LabelCountry || n == 0 && m.Kind != KindAdjective {
				break
			}
			switch {
			case m.Kind == KindAdjective && m.Prefix == "":
				on.country, on.end = m.EntityID, m.TokEnd // "… الموزمبيقية": the name's nationality
			case m.Kind != KindAdjective && (strings.HasSuffix(m.Prefix, "ل") || m.Prefix == "" && construct):
				// "… لميانمار"، "الحركة الشعبية لتحرير السودان": the country
				// is the complement of the name's last noun
				on.country, on.end, on.keyEnd = m.EntityID, m.TokEnd, m.TokEnd
			}
			break
		}
		if w == "في" && n > 0 && !def && j+1 < len(toks) {
			if o := owner[j+1]; o >= 0 && mentions[o].TokStart == j+1 && mentions[o].Label == schema.LabelCountry &&
				mentions[o].Kind != KindAdjective && mentions[o].Prefix == "" {
				on.country, on.end, on.keyEnd = mentions[o].EntityID, mentions[o].TokEnd, mentions[o].TokEnd // "… في تشاد"
			}
			break
		}
		if rs.any(j, flagStop|flagTime|flagRole|flagLink|flagEvent) || orgStop(w) || r.isVerb(rs, j) {
			break
		}
		if n >= 1 && rs.word(j).has(flagGiven) && !strings.HasPrefix(w, "ال") {
			// "عضوة المجلس الثوري ليلى الخطيب", "أمين سر المجلس الثوري لفتح
			// ماجد السويطي": a given name after the name starts a person
			break
		}
		stem, pre := w, ""
		for _, st := range rs.of(j) {
			if st.Prefix == "ل" || st.Prefix == "و" && strings.HasPrefix(st.Stem, "ال") {
				stem, pre = st.Stem, st.Prefix
				break
			}
		}
		switch {
		case pre == "و":
			if def || n != 1 {
				break // "جبهة التغيير والوفاق": one conjunct inside a construct name only
			}
			construct = false
		case pre == "ل":
			if n == 0 {
				break // "رؤية الحركة للمحادثات": a complement opens no name
			}
			construct = !strings.HasPrefix(stem, "ال") // "لتحرير أزواد"
			indefRun = 0
			afterLi = true
		case strings.HasPrefix(w, "ال"):
			if !construct && !agrees(class, def && !afterLi, w) {
				pre = "stop" // "رفضت الجبهة التوقيع": no adjective of the name, an object
				break
			}
			construct = false
			indefRun = 0
		case construct:
			indefRun++
		default:
			pre = "stop"
		}
		if pre == "stop" || pre == "و" && (def || n != 1) || pre == "ل" && n == 0 {
			break
		}
		if !genericOrgWord(stem) && !latinAcronym(text[toks[j].Start:toks[j].End]) {
			distinctive = true
		}
		if stateOrgWord(stem) {
			state = true
		}
		n++
		j++
		on.end, on.keyEnd = j, j
	}
	if n == 0 || !distinctive && (n < 2 || state || !def) {
		// two describing words name a body ("المجلس الانتقالي الجنوبي"),
		// unless one is of a state's forces ("المجلس العسكري الانتقالي")
		return orgName{}, false
	}
	if indefRun >= 2 && i > 0 && rs.any(i-1, flagRole) {
		// "زعيم حركة رينامو أوسوفو موماد": after a title, the words past
		// the first of a run of indefinite words are a person's name
		on.end -= indefRun - 1
		on.keyEnd = on.end
	}
	on.last = on.end
	if a, ok := bracketAfter(text, toks, on.end, toks[on.end-1].End); ok {
		if latinAcronym(a) {
			on.acronym = a
		} else if !strings.ContainsRune(a, ' ') {
			on.alias = a
		}
		on.last = on.end + 1
	}
	return on, true
}

// orgNames finds the organisations no list knows, named by a class noun
// (readOrgName), and the anaphora that point back to them ("الحركة" after
// "الحركة الوطنية لتحرير أزواد"). Known organisations are left to the
// meeting layer, which reads their anaphora itself. It marks
// the tokens it reads as covered. The id of an organisation is made of the
// normalized words of its name without the article of the class noun and
// without a closing nationality adjective ("org:حركه-المقاومه-الوطنيه"),
// so that articles that give the acronym and those that do not name one
// node; its Latin acronym in brackets is an alias, and the acronym alone
// later in the article names it.
func (r *Recognizer) orgNames(text string, toks []arabic.Token, rs *readings, covered []bool, mentions []Mention) ([]Mention, map[string]*Entity) {
	owner := rs.owners(len(toks), mentions)
	var found []Mention
	var info map[string]*Entity
	var recent []orgRef
	acronyms := map[string]string{}
	quoted := map[string]string{} // the words of a quoted name -> its group
	add := func(m Mention, e *Entity) {
		for j := m.TokStart; j < m.TokEnd; j++ {
			covered[j] = true
		}
		found = append(found, m)
		if e == nil {
			return // a known organisation: Recognize reads its entity from the gazetteer
		}
		if info == nil {
			info = map[string]*Entity{}
		}
		if info[e.ID] == nil {
			info[e.ID] = e
		}
	}
	for i := 0; i < len(toks); i++ {
		if owner[i] >= 0 {
			continue
		}
		if covered[i] {
			continue
		}
		if acr := text[toks[i].Start:toks[i].End]; latinAcronym(acr) && acronyms[acr] != "" {
			id := acronyms[acr]
			add(Mention{EntityID: id, Label: schema.LabelOrganization, Kind: KindContext, Start: toks[i].Start, End: toks[i].End,
				TokStart: i, TokEnd: i + 1, Sentence: toks[i].Sentence, Surface: acr, Confidence: 0.6}, info[id])
			continue
		}
		class, def, pre, ok := "", false, "", false
		for _, st := range rs.of(i) {
			if class, def, ok = orgClassOf(st.Stem); ok {
				pre = st.Prefix
				break
			}
		}
		if !ok {
			if rebelsWord(toks[i].Norm) && !(i+1 < len(toks) && owner[i+1] >= 0) {
				for k := len(recent) - 1; k >= 0; k-- {
					if armedClass(recent[k].class) {
						add(r.orgAnaphor(text, toks, i, "", recent[k].id), info[recent[k].id])
						break
					}
				}
			}
			continue
		}
		if class == "جبهه" && i > 0 && (toks[i-1].Norm == "علي" || toks[i-1].Norm == "عند") {
			continue // "على الجبهة": the front line
		}
		if class == "حركه" && i+1 < len(toks) && literalMovement(toks[i+1].Norm) {
			continue
		}
		if end, ok := quotedRun(text, toks, i+1, 4); ok && unowned(owner, i+1, end) && !titleBefore(rs, i) {
			// 'وتحالف "الأرضية"': the group's own name, quoted
			m, e := quotedOrg(text, toks, i+1, end, "")
			covered[i] = true
			add(m, e)
			quoted[normsOf(toks, i+1, end)] = m.EntityID
			recent = append(recent, orgRef{m.EntityID, class})
			i = end - 1
			continue
		}
		on, named := r.readOrgName(text, toks, rs, owner, mentions, i, class, def)
		if !named {
			if def && anaphoricClass(class) && (i+1 >= len(toks) || owner[i+1] < 0 || mentions[owner[i+1]].Kind == KindAdjective) {
				for k := len(recent) - 1; k >= 0; k-- {
					if recent[k].class == class {
						add(r.orgAnaphor(text, toks, i, pre, recent[k].id), info[recent[k].id])
						break
					}
				}
			}
			continue
		}
		m, e := r.mintOrg(text, toks, i, pre, on)
		if on.last > on.end {
			if o := owner[on.end]; o >= 0 && mentions[o].Label == schema.LabelOrganization {
				// the gazetteer knows the acronym: the name is of its organisation
				m.EntityID, e = mentions[o].EntityID, nil
				on.acronym = ""
			}
		}
		if on.acronym != "" {
			if id := acronyms[on.acronym]; id != "" {
				m.EntityID = id
			}
			acronyms[on.acronym] = m.EntityID
		}
		if prev := info[m.EntityID]; prev != nil && e != nil {
			for _, a := range e.Aliases {
				if !slices.Contains(prev.Aliases, a) {
					prev.Aliases = append(prev.Aliases, a)
				}
			}
			if on.acronym != "" {
				prev.Name = on.acronym
			}
			e = prev
		}
		if k := knownAsAt(text, toks, on.last); k >= 0 && e != nil {
			if end, ok := quotedRun(text, toks, k, 4); ok && unowned(owner, k, end) {
				// 'تحالف الحركات المسلحة المعروف بـ"الأرضية"': the
				// description names the group of the quoted name
				qm, qe := quotedOrg(text, toks, k, end, "")
				if prev := info[qe.ID]; prev != nil {
					qe = prev
				}
				qe.Aliases = append(qe.Aliases, e.NameAr)
				if qe.Country == "" {
					qe.Country = e.Country
				}
				m.EntityID = qe.ID
				add(m, qe)
				for j := on.last; j < k; j++ {
					covered[j] = true
				}
				add(qm, qe)
				quoted[normsOf(toks, k, end)] = qe.ID
				recent = append(recent, orgRef{qe.ID, class})
				i = end - 1
				continue
			}
		}
		add(m, e)
		recent = append(recent, orgRef{m.EntityID, class})
		i = on.last - 1
	}
	found = append(found, quotedAgain(text, toks, covered, quoted)...)
	sortMentions(found)
	unifyOrgNames(found, info)
	unifyShortForms(found, info)
	unifyAcronyms(found, info)
	return found, info
}

// unifyOrgNames makes one organisation of two names of an article when
// the words of one begin those of the other ("جبهة التغيير والوفاق" in the
// headline, "جبهة التغيير والوفاق في تشاد" in the body): the shorter name
// keeps the id, which other articles giving either form also reach, and
// takes the longer one as its Arabic name.
func unifyOrgNames(found []Mention, info map[string]*Entity) {
	ids := make([]string, 0, len(info))
	for id := range info {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int { return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b)) })
	for k := len(ids) - 1; k >= 0; k-- {
		long := ids[k]
		for _, short := range ids[:k] {
			es, el := info[short], info[long]
			if es == nil || el == nil || !strings.HasPrefix(long, short+"-") {
				continue
			}
			for f := range found {
				if found[f].EntityID == long {
					found[f].EntityID = short
				}
			}
			for _, a := range append([]string{es.NameAr, el.NameAr}, el.Aliases...) {
				if !slices.Contains(es.Aliases, a) {
					es.Aliases = append(es.Aliases, a)
				}
			}
			if len(el.NameAr) > len(es.NameAr) {
				es.NameAr = el.NameAr
				if el.Name != el.NameAr {
					es.Name = el.Name
				}
			}
			if es.Country == "" {
				es.Country = el.Country
			}
			delete(info, long)
			break
		}
	}
}

// orgAnaphor is the mention of organisation id by the word at token i
// ("الحركة"، "المتمردون"), whose clitic prefix is pre.
func (r *Recognizer) orgAnaphor(text string, toks []arabic.Token, i int, pre, id string) Mention {
	start := toks[i].Start
	if !strings.HasSuffix(pre, "ل") {
		start += prefixBytes(text[toks[i].Start:toks[i].End], pre)
	}
	return Mention{EntityID: id, Label: schema.LabelOrganization, Kind: KindContext, Start: start, End: toks[i].End,
		TokStart: i, TokEnd: i + 1, Sentence: toks[i].Sentence, Surface: text[start:toks[i].End], Prefix: pre, Confidence: 0.5}
}

// mintOrg builds the mention and entity of an organisation read at token
// i with the clitic prefix pre.
func (r *Recognizer) mintOrg(text string, toks []arabic.Token, i int, pre string, on orgName) (Mention, *Entity) {
	start := toks[i].Start
	head := ""
	if strings.HasSuffix(pre, "ل") && strings.HasPrefix(toks[i].Norm, strings.TrimSuffix(pre, "ل")+"لل") {
		// "للمجلس": the article merged with li-; the mention keeps the
		// word whole, the name takes the article back
		head = "ال" + text[toks[i].Start+prefixBytes(text[toks[i].Start:toks[i].End], pre+"ل"):toks[i].End]
	} else {
		start += prefixBytes(text[toks[i].Start:toks[i].End], pre)
	}
	name, short := text[start:toks[on.end-1].End], text[start:toks[on.keyEnd-1].End]
	if head != "" {
		name, short = head+text[toks[i].End:toks[on.end-1].End], head+text[toks[i].End:toks[on.keyEnd-1].End]
	}
	words := arabic.Words(short)
	words[0] = strings.TrimPrefix(words[0], "ال")
	e := &Entity{ID: "org:" + strings.Join(words, "-"), Label: schema.LabelOrganization, Name: name, NameAr: name,
		Country: on.country, Confidence: 0.6}
	if on.acronym != "" {
		e.Name = on.acronym
		e.Aliases = append(e.Aliases, on.acronym)
	}
	if on.alias != "" {
		e.Aliases = append(e.Aliases, on.alias)
	}
	if short != name {
		e.Aliases = append(e.Aliases, short)
	}
	return Mention{EntityID: e.ID, Label: schema.LabelOrganization, Kind: KindContext, Start: start, End: toks[on.end-1].End,
		TokStart: i, TokEnd: on.last, Sentence: toks[i].Sentence, Surface: text[start:toks[on.end-1].End], Prefix: pre, Confidence: 0.6}, e
}

// unifyAcronyms makes one organisation of a name in Arabic letters that
// spells another's Latin acronym ("حركة رينامو" in the headline, "حركة
// المقاومة الوطنية الموزمبيقية (RENAMO)" in the body): the named one keeps
// its id and takes the short name as an alias.
func unifyAcronyms(found []Mention, info map[string]*Entity) {
	for short, es := range info {
		w := strings.Split(strings.TrimPrefix(short, "org:"), "-")
		if len(w) != 2 || strings.HasPrefix(w[1], "ال") || len(es.Aliases) > 0 {
			continue
		}
		sk := acronymSkeleton(w[1])
		if len(sk) < 2 {
			continue
		}
		target := ""
		for id, e := range info {
			if id != short && latinAcronym(e.Name) && acronymSkeleton(e.Name) == sk && (target == "" || id < target) {
				target = id
			}
		}
		if target == "" {
			continue
		}
		for f := range found {
			if found[f].EntityID == short {
				found[f].EntityID = target
			}
		}
		info[target].Aliases = append(info[target].Aliases, es.NameAr, w[1])
		delete(info, short)
	}
}

// unowned reports whether no mention owns a token of [a, b).
func unowned(owner []int32, a, b int) bool {
	for j := a; j < b; j++ {
		if owner[j] >= 0 {
			return false
		}
	}
	return true
}

// normsOf joins the normalized words of tokens [a, b) with spaces.
func normsOf(toks []arabic.Token, a, b int) string {
	norms := make([]string, 0, b-a)
	for j := a; j < b; j++ {
		norms = append(norms, toks[j].Norm)
	}
	return strings.Join(norms, " ")
}

// titleBefore reports whether one of the three words before token i is a
// role title: the group is then part of a person's title ('رئيس الكتلة
// البرلمانية لحزب "X" NAME'), which the reading of people takes whole.
func titleBefore(rs *readings, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if rs.any(j, flagRole) {
			return true
		}
	}
	return false
}
