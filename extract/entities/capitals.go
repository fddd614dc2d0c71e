package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// placeOfStory reports whether a capital is written as the place where
// something happens or where someone goes, in ways isPlace does not read:
// the dateline that opens a report ("موسكو – قال …"), the host of a
// meeting named before its verb ("مسقط تستضيف", "مسقط مرشحة لاستضافة"),
// the object of a visit or a trip ("يزور أنقرة", "زيارته لموسكو",
// "غادر الوفد كييف"), and the place war news strikes (see struck).
func (r *Recognizer) placeOfStory(text string, toks []arabic.Token, rs *readings, c candidate) bool {
	if r.dateline(text, toks, rs, c) || hostsAfter(text, toks, c) {
		return true
	}
	if c.start == 0 || toks[c.start-1].Sentence != toks[c.start].Sentence ||
		!blankGap(text[toks[c.start-1].End:toks[c.start].Start]) {
		return false
	}
	if r.struck(text, toks, rs, c) {
		return true
	}
	if c.prefix != "" && c.prefix != "ل" && c.prefix != "ول" {
		return false
	}
	for back := 1; back <= 2 && c.start-back >= 0; back++ {
		if back == 2 {
			// "زار الوفد دمشق": the subject between the verb and the place
			t := toks[c.start-1]
			if c.prefix != "" || !strings.HasPrefix(t.Norm, "ال") || toks[c.start-2].Sentence != t.Sentence ||
				!blankGap(text[toks[c.start-2].End:t.Start]) || rs.any(c.start-1, flagStop|flagLocative|flagTime) {
				return false
			}
		}
		for _, st := range rs.of(c.start - back) {
			// "غادرت واشنطن الاتفاق", "وصلت طهران وواشنطن إلى اتفاق": right
			// after غادر and وصل a capital is their subject
			if visitWord(st.Stem) && (back == 2 || strings.Contains(st.Stem, "زور") || strings.Contains(st.Stem, "زار") || strings.HasPrefix(st.Stem, "زيار")) &&
				(c.prefix == "" || (back == 1 && strings.HasPrefix(st.Stem, "زيار"))) {
				return true
			}
		}
	}
	return false
}

// hostsAfter reports whether a host verb or noun follows a capital,
// directly or after a participle or adjective, in the same clause:
// "X تحتضن الجولة", "X مرشحة لاستضافة". The host of a meeting is a place.
func hostsAfter(text string, toks []arabic.Token, c candidate) bool {
	for k := c.end; k < len(toks) && k <= c.end+1; k++ {
		if toks[k].Sentence != toks[c.start].Sentence || !blankGap(text[toks[k-1].End:toks[k].Start]) {
			return false
		}
		w := toks[k].Norm
		if strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") {
			return false // "بين موسكو وكييف وتستعد لاستضافتها": another clause
		}
		if hostVerb(w) {
			return true
		}
		for _, pre := range []string{"ل", "ب"} {
			if n := strings.TrimPrefix(w, pre); n != w && (strings.HasPrefix(n, "استضاف") || strings.HasPrefix(n, "احتضان")) {
				return true
			}
		}
		if strings.HasPrefix(w, "استضاف") || strings.HasPrefix(w, "احتضان") {
			return true
		}
		if !strings.HasPrefix(w, "م") && !strings.HasPrefix(w, "ال") {
			// only a participle or an adjective may stand between: "طهران
			// ترفض استضافة" is a government that speaks
			return false
		}
	}
	return false
}

// struck reports whether a capital is where war news happens: the
// complement of an attack ("قصف كييف", "غارات على دمشق", "هجوم بمسيرات
// على موسكو" is not read: only the noun right before على), or the subject
// of شهد ("شهدت بغداد احتجاجات"). Pressure and sanctions "على طهران" stay
// with the government.
func (r *Recognizer) struck(text string, toks []arabic.Token, rs *readings, c candidate) bool {
	if c.prefix != "" && c.prefix != "و" {
		return false
	}
	prev := func(i int) (string, bool) {
		if i <= 0 || toks[i-1].Sentence != toks[i].Sentence || !blankGap(text[toks[i-1].End:toks[i].Start]) {
			return "", false
		}
		w := toks[i-1].Norm
		if strings.HasPrefix(w, "و") && utf8.RuneCountInString(w) > 3 {
			w = strings.TrimPrefix(w, "و")
		}
		return w, true
	}
	w, ok := prev(c.start)
	if !ok {
		return false
	}
	if c.prefix == "" && (attackNoun(w) || witnessVerb(w)) {
		return true
	}
	if w == "علي" && c.prefix == "" {
		w2, ok := prev(c.start - 1)
		return ok && attackNoun(w2)
	}
	return false
}

// attackNoun reports whether a normalized word names an attack whose
// complement is the place struck.
func attackNoun(w string) bool {
	switch w {
	case "قصف", "القصف", "غاره", "غارات", "الغارات", "هجوم", "الهجوم", "هجمات", "الهجمات", "ضربه", "ضربات",
		"الضربات", "صواريخ", "مسيرات", "قذائف", "اقتحام", "حصار", "استهداف", "تفجير", "انفجار", "انفجارات":
		return true
	}
	return false
}

// witnessVerb reports whether a normalized word is a form of شهد, whose
// subject is where something happens.
func witnessVerb(w string) bool {
	switch w {
	case "شهدت", "تشهد", "ستشهد", "شهد", "يشهد", "سيشهد":
		return true
	}
	return false
}

// visitWord reports whether a normalized word is a form of زار, زيارة,
// غادر or وصل, whose object is a place.
func visitWord(w string) bool {
	switch w {
	case "زار", "زارت", "زاروا", "يزور", "تزور", "سيزور", "ستزور", "يزوران", "تزوران", "نزور",
		"زياره", "زيارته", "زيارتها", "زيارتهم", "زيارتهما", "زيارتي",
		"غادر", "غادرت", "غادروا", "يغادر", "تغادر", "سيغادر", "ستغادر", "مغادرته", "مغادرتها",
		"وصل", "وصلت", "وصلوا", "يصل", "تصل", "سيصل", "ستصل":
		return true
	}
	return false
}

// dateline reports whether a capital opens a line and a dash follows it,
// possibly after an agency in brackets: "بيروت – …", "دمشق (رويترز) - …".
// "طهران – واشنطن: …", two capitals around the dash, is a headline about
// two governments.
func (r *Recognizer) dateline(text string, toks []arabic.Token, rs *readings, c candidate) bool {
	if c.prefix != "" {
		return false
	}
	before := text[:toks[c.start].Start]
	if k := strings.LastIndexByte(before, '\n'); k >= 0 {
		before = before[k+1:]
	}
	if strings.TrimFunc(before, skippable) != "" {
		return false
	}
	after := strings.TrimLeftFunc(text[toks[c.end-1].End:], skippable)
	if strings.HasPrefix(after, "(") {
		k := strings.IndexByte(after, ')')
		if k < 0 || k > 80 {
			return false
		}
		after = strings.TrimLeftFunc(after[k+1:], skippable)
	}
	d, size := utf8.DecodeRuneInString(after)
	if d != '-' && d != '–' && d != '—' && d != 'ـ' {
		return false
	}
	if next := c.end; next < len(toks) && toks[next].Start >= len(text)-len(after)+size {
		if o, ok := r.longestAt(toks, rs, next); ok {
			for _, p := range o.pats {
				if l := r.entries[p.entry].Label; l == schema.LabelCountry || r.capitalOf[r.entries[p.entry].ID] != "" {
					return false
				}
			}
		}
	}
	return true
}

// skippable reports white space and the invisible marks of bidirectional
// text.
func skippable(c rune) bool {
	return unicode.IsSpace(c) || c == '\u200e' || c == '\u200f' || c == '\u200c' || c == '\u200d' || c == '\ufeff'
}

// hostVerb reports whether a normalized word is a form of استضاف or احتضن.
func hostVerb(w string) bool {
	if !strings.Contains(w, "تض") {
		return false // every form below has it
	}
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
	for _, stem := range []string{"استضاف", "احتضن", "تستضيف", "تحتضن", "يستضيف", "يحتضن", "ستستضيف", "ستحتضن"} {
		if strings.HasPrefix(w, stem) && utf8.RuneCountInString(w)-utf8.RuneCountInString(stem) <= 3 {
			return true
		}
	}
	return false
}

// capitalFollows reports whether a capital joined by و starts at token i.
func (r *Recognizer) capitalFollows(toks []arabic.Token, rs *readings, i int) bool {
	if i >= len(toks) || !strings.HasPrefix(toks[i].Norm, "و") {
		return false
	}
	c, ok := r.longestAt(toks, rs, i)
	if !ok {
		return false
	}
	for _, p := range c.pats {
		if r.capitalOf[r.entries[p.entry].ID] != "" {
			return true
		}
	}
	return false
}

// postBefore reports whether a role noun phrase ends right before token
// i: "كبير المفاوضين النوويين", "السفير الإيراني". After an event noun
// the phrase names who met, not a post: "لقاء الزعيمين في X".
func (r *Recognizer) postBefore(toks []arabic.Token, rs *readings, i int) bool {
	for back := 1; back <= 3 && i-back >= 0; back++ {
		t := toks[i-back]
		if t.Sentence != toks[i].Sentence {
			return false
		}
		if rs.any(i-back, flagRole) {
			return i-back == 0 || !rs.any(i-back-1, flagEvent)
		}
		if !strings.HasPrefix(t.Norm, "ال") {
			return false
		}
	}
	return false
}

// comingFrom reports whether a normalized word before "من" makes the name
// after it a place: where someone comes from ("قادما من باريس", "عائدا
// من") or where something lies ("بالقرب من باريس", "على مقربة من").
func comingFrom(w string) bool {
	switch strings.TrimPrefix(w, "و") {
	case "قادما", "قادمه", "قادمين", "قادمون", "قادم", "اتيا", "عائدا", "عائده", "عائدين", "مغادرا", "مغادره",
		"بالقرب", "قريبا", "مقربه": // "بالقرب من باريس": where a place lies
		return true
	}
	return false
}

// isPlace decides whether a capital is written as a place (في طهران، بدمشق،
// العاصمة الإيرانية طهران، اتفاق القاهرة، في مسقط أو الدوحة) rather than as
// its government.
func (r *Recognizer) isPlace(toks []arabic.Token, rs *readings, c candidate, prev []Mention) bool {
	if strings.Contains(c.prefix, "ب") {
		return true
	}
	s := toks[c.start].Sentence
	for back := 1; back <= 3 && c.start-back >= 0; back++ {
		t := toks[c.start-back]
		if t.Sentence != s {
			break
		}
		if back == 1 && hostVerb(t.Norm) {
			return true // "احتضنت بغداد الجولة": the host city
		}
		if back == 1 && t.Norm == "من" && c.start >= 2 && comingFrom(toks[c.start-2].Norm) {
			return true // "قادماً من باريس": a place on a trip
		}
		for _, st := range rs.of(c.start - back) {
			if back == 1 && st.has(flagEvent) && r.capitalFollows(toks, rs, c.end) {
				// "محادثات واشنطن وطهران": two governments, not places
				return false
			}
			if st.has(flagLocative) || (back == 1 && st.has(flagEvent)) {
				// "كبير المفاوضين في طهران", "السفير في الرياض": a post in
				// the capital stands for its government.
				if st.Stem == "في" && r.postBefore(toks, rs, c.start-back) {
					return false
				}
				return true
			}
		}
		// Only adjectives (العاصمة الإيرانية طهران) may stand between a
		// locative and the name.
		if back == 1 && !(strings.HasPrefix(t.Norm, "ال") && strings.HasSuffix(t.Norm, "يه")) {
			break
		}
	}
	if capitalOfNamed(toks, c, prev) {
		return true // "في عاصمة جنوب أفريقيا بريتوريا": the city itself
	}
	// Coordinated with a place just before: في مسقط أو الدوحة.
	if n := len(prev); n > 0 {
		last := prev[n-1]
		gap := c.start - last.TokEnd
		coordinated := (gap == 0 && strings.HasPrefix(c.prefix, "و")) ||
			(gap == 1 && (toks[last.TokEnd].Norm == "او" || toks[last.TokEnd].Norm == "و"))
		if coordinated && last.Label == schema.LabelVenue {
			return true
		}
	}
	return false
}

// capitalOfNamed reports whether the capital at c follows, in apposition, the
// country whose capital the text calls it: "عاصمة جنوب أفريقيا بريتوريا",
// "العاصمة الإدارية لجنوب أفريقيا بريتوريا". The city is then the place, not
// its government.
func capitalOfNamed(toks []arabic.Token, c candidate, prev []Mention) bool {
	n := len(prev)
	if n == 0 {
		return false
	}
	last := prev[n-1]
	if last.Label != schema.LabelCountry || last.TokEnd != c.start || c.prefix != "" {
		return false
	}
	// Up to one adjective (الإدارية، السياسية) between the noun and the country.
	for back := 1; back <= 2 && last.TokStart-back >= 0; back++ {
		t := toks[last.TokStart-back]
		if t.Sentence != toks[c.start].Sentence {
			return false
		}
		w := strings.TrimPrefix(t.Norm, "و")
		w = strings.TrimPrefix(w, "ب")
		if w == "عاصمه" || w == "العاصمه" || w == "لعاصمه" {
			return true
		}
		if !(strings.HasPrefix(t.Norm, "ال") && strings.HasSuffix(t.Norm, "يه")) {
			return false
		}
	}
	return false
}
