package meetings

import (
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads a signing as a meeting of its signatories: "وقعت
// الحكومة X وحركة Y، أمس، في CITY اتفاقاً …" — the sides sat together to
// sign, on that day, in that place; and so an agreement reached in a place
// ("اتفق X وY، أمس، في CITY على …").

// signingVerb reports whether token i is a verb (or verbal noun) of
// signing whose coordinated subject names at least two sides and whose
// object, later in the sentence, is an agreement, a declaration or a
// memorandum; or a verb of agreeing whose sides agree "على" something in a
// place named before it.
func (s *scan) signingVerb(i int) bool {
	if s.signedBefore(i) {
		return len(s.signers(i)) >= 2
	}
	agree := agreeVerb(strings.TrimPrefix(s.words[i].norm, "و"))
	if !agree && !signVerb(s.words[i].norm) && !signVerb(strings.TrimPrefix(s.words[i].norm, "و")) {
		return false // "وقعت", "ووقعت"
	}
	if s.mAt[i] >= 0 {
		return false
	}
	agreement, place := false, false
	for j := i + 1; j < len(s.words) && j <= i+24; j++ {
		if s.in.Tokens[j].Sentence != s.in.Tokens[i].Sentence {
			break
		}
		if m, ok := s.mentionAt(j); ok && m.Label == schema.LabelVenue {
			place = true
		}
		if agree && s.words[j].norm == "علي" {
			// "اتفق X وY، أمس، في نيروبي على آلية …": agreed there, together
			agreement = place
			break
		}
		if !agree && signedText(s.words[j].norm) {
			agreement = true
			break
		}
	}
	return agreement && len(s.signers(i)) >= 2
}

// agreeVerb reports whether w is a past form of "to agree (on)".
func agreeVerb(w string) bool {
	switch w {
	case "اتفق", "اتفقت", "اتفقا", "اتفقتا":
		return true
	}
	return false
}

// signVerb reports whether w is a form of "to sign" (or its verbal noun).
func signVerb(w string) bool {
	switch w {
	case "وقع", "وقعت", "وقعا", "وقعتا", "توقيع", "بتوقيع":
		return true
	}
	return false
}

// signedText reports whether a word names what sides sign: an agreement,
// a declaration, a memorandum, a treaty.
func signedText(w string) bool {
	for _, f := range [2]string{w, strings.TrimPrefix(w, "و")} { // "وثيقة" begins with و
		switch strings.TrimPrefix(f, "ال") {
		case "اتفاق", "اتفاقا", "اتفاقيه", "اعلان", "اعلانا", "مذكره", "معاهده", "وثيقه", "بروتوكول", "بروتوكولا", "ميثاق", "ميثاقا",
			"اتفاقات", "اتفاقيات", "مذكرات", "تفاهما", "تفاهم":
			return true
		}
	}
	return false
}

// signers reads the coordinated subject right after a signing verb at i:
// countries (by name or by the adjective of "الحكومة الإثيوبية"),
// organizations and people's countries, with the words that only qualify
// them ("حكومة", "متمردو") skipped. It stops at the first other word, or at
// a comma once two sides are read.
func (s *scan) signers(i int) []string {
	if s.signedBefore(i) {
		// "الاتفاق الذي وقعه الرئيس X وقائد قوات Y Z في …": the people
		// who signed it, for their sides
		return s.namedSides(i+1, min(len(s.words), i+17), false)
	}
	var out []string
	joined := true   // the next side must be coordinated ("و…") after the first
	counted := false // a number of groups opened the subject
	first := i + 1
	if _, ok := s.mentionAt(first); !ok && first < len(s.words) && !signerWord(s.words[first].norm) {
		// "وُقّع أمس في الدوحة اتفاق للسلام بين X وY": the passive, its
		// day and place first, then what was signed; any other word (a
		// title: "وقّع وزير الخارجية …") is the subject's
		k := first
		for k < len(s.words) && k <= i+10 && s.in.Tokens[k].Sentence == s.in.Tokens[i].Sentence && s.signingAdjunct(k) {
			k++
		}
		if k < len(s.words) && signedText(s.words[k].norm) {
			first = k
		}
	}
	if first+1 < len(s.words) && signedText(s.words[first].norm) {
		// "توقيع اتفاق بين الحكومة اليمنية والمجلس الانتقالي": the sides
		// after بين
		for k := first + 1; k < len(s.words) && k <= first+3; k++ {
			if s.words[k].norm == "بين" {
				// the sides as any "بين" names them ("بين الحكومة
				// الانتقالية في تشاد والحركات …")
				e := k + 1 // the sentence's end (signing verbs are read before its tables)
				for e < len(s.words) && s.in.Tokens[e].Sentence == s.in.Tokens[k].Sentence {
					e++
				}
				if ps := s.coordinatedAfter(k, e); len(ps) >= 2 {
					return ps
				}
				first = k + 1
				break
			}
		}
	}
	for j := first; j < len(s.words) && j <= i+16; j++ {
		if s.in.Tokens[j].Sentence != s.in.Tokens[i].Sentence {
			break
		}
		if m, ok := s.mentionAt(j); ok {
			if m.Label == schema.LabelVenue {
				break
			}
			if counted && len(out) == 0 && m.Kind == entities.KindAdjective {
				j = m.TokEnd - 1 // "فصيلاً فلسطينياً": the groups' nation, not a side
			} else {
				p := s.partyOf(m)
				if p != "" && len(out) > 0 && p == out[len(out)-1] && m.Label == schema.LabelPerson {
					j = m.TokEnd - 1 // "رئيس الوزراء العراقي X": the side his title gave
					continue
				}
				if p == "" || !(joined || strings.HasPrefix(m.Prefix, "و")) {
					break
				}
				out = appendUnique(out, p)
				joined = false
				j = m.TokEnd - 1
			}
		} else if signerWord(s.words[j].norm) || s.words[j].in(s.x.lex.title) || s.words[j].in(s.x.lex.titleTail) {
			joined = joined || strings.HasPrefix(s.words[j].norm, "و")
		} else if len(out) == 0 && (groupCount(s.words[j].norm) || counted && indefiniteNisba(s.words[j].norm)) {
			// "أربعة عشر فصيلاً فلسطينياً": a number of groups, named after
			counted = true
		} else {
			break
		}
		if commaBetween(s.in.Text, s.in.Tokens, j) {
			if n := s.headedList(j + 1); len(out) == 0 && n > 0 {
				j += n // "…، في مقدمتها X وY": the groups named
				joined, counted = true, false
				continue
			}
			break
		}
	}
	return out
}

// groupCount reports whether w counts or names the groups a list after it
// spells out: a number word or a collective noun ("أربعة عشر فصيلاً").
func groupCount(w string) bool {
	switch w {
	case "فصيلا", "فصائل", "الفصائل", "فصيل", "دول", "الدول", "حركات", "قوي", "اطراف", "الاطراف",
		"ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "عشر", "عشرات", "عده":
		return true
	}
	return false
}

// indefiniteNisba reports whether w has the ending of a relative adjective
// in the accusative or plural ("فلسطينياً", "ليبيين"): the groups' nation.
func indefiniteNisba(w string) bool {
	return len([]rune(w)) > 4 && (strings.HasSuffix(w, "يا") || strings.HasSuffix(w, "يين") || strings.HasSuffix(w, "يه"))
}

// headedList returns how many words at i open the spelled-out members of a
// group named before the comma ("في مقدمتها", "من بينها", "على رأسها",
// "أبرزها"), 0 if none do.
func (s *scan) headedList(i int) int {
	if i >= len(s.words) {
		return 0
	}
	switch s.words[i].norm {
	case "ابرزها", "بينها", "منها":
		return 1
	case "في", "من", "علي":
		if i+1 < len(s.words) {
			switch s.words[i+1].norm {
			case "مقدمتها", "بينها", "راسها":
				return 2
			}
		}
	}
	return 0
}

// signerWord reports whether a word only qualifies a signing side: its
// government, its rebels, its leaders or delegation.
func signerWord(w string) bool {
	if w == "وفد" || w == "وفدا" {
		return true // the word itself begins with و
	}
	w = strings.TrimPrefix(w, "و")
	for _, p := range []string{"لل", "ال", "ل"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 6 {
			w = rest // "للحكومة", "القادة"
			break
		}
	}
	switch w {
	case "حكومه", "حكومتا", "حكومات", "جمهوريه", "حركتا", "حركتي", "متمردو", "متمردي", "متمردين", "قاده", "زعيما", "زعيم", "وفدا", "وفد", "ممثلو", "ممثلي",
		"رئيسا", "رئيس", "نظيره", "عسكريون", "عسكريين", "فصائل", "فصيل", "فصيلا", "جماعات", "حركات", "تنظيمات", "مجموعات":
		return true
	}
	return false
}

// signedBetween reports whether the only event nouns of (i, b) are what the
// signing verb at i signs: "وقع X وY إعلان مبادئ يوم …" — the day is the
// signing's, not the declaration's as another event.
func (s *scan) signedBetween(i, b int) bool {
	if !s.signingVerb(i) {
		return false
	}
	for j := i + 1; j < b; j++ {
		if s.words[j].in(s.x.lex.eventNoun) && !signedText(s.words[j].norm) {
			return false
		}
	}
	return true
}

// signedBefore reports whether token i is a verb of signing with the
// pronoun of an agreement named before it in a relative clause: "الاتفاق
// الذي وقعه", "اتفاق المصالحة الذي وقعه", "الوثيقة التي وقعها".
func (s *scan) signedBefore(i int) bool {
	switch s.words[i].norm {
	case "وقعه", "وقعها", "وقعاه", "وقعتاه", "وقعوه", "وقعته":
	default:
		return false
	}
	if i < 2 || !relativePronoun(s.words[i-1].norm) || s.mAt[i] >= 0 {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		if s.in.Tokens[j].Sentence != s.in.Tokens[i].Sentence {
			return false
		}
		if w := s.words[j].norm; signedText(w) || signedText(strings.TrimPrefix(w, "لل")) || signedText(strings.TrimPrefix(w, "ب")) {
			return true // "للاتفاق الذي وقعه", "بالاتفاق الذي وقعه"
		}
	}
	return false
}

// signingAdjunct reports whether token k is part of the day or place told
// between a passive signing verb and what was signed: a date, "في", a
// place, "العاصمة" and its adjective.
func (s *scan) signingAdjunct(k int) bool {
	for _, d := range s.in.Dates {
		if d.TokStart <= k && k < d.TokEnd {
			return true
		}
	}
	if m, ok := s.mentionAt(k); ok {
		return m.Label == schema.LabelVenue || m.Kind == entities.KindAdjective && k > 0 && s.words[k-1].norm == "العاصمه"
	}
	switch s.words[k].norm {
	case "في", "امس", "اليوم", "العاصمه", "مساء", "صباح":
		return true
	}
	return false
}
