package meetings

import (
	"strings"

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
		case "اتفاق", "اتفاقا", "اتفاقيه", "اعلان", "مذكره", "معاهده", "وثيقه", "بروتوكول", "ميثاق":
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
	var out []string
	joined := true // the next side must be coordinated ("و…") after the first
	for j := i + 1; j < len(s.words) && j <= i+16; j++ {
		if s.in.Tokens[j].Sentence != s.in.Tokens[i].Sentence {
			break
		}
		if m, ok := s.mentionAt(j); ok {
			if m.Label == schema.LabelVenue {
				break
			}
			p := s.partyOf(m)
			if p == "" || !(joined || strings.HasPrefix(m.Prefix, "و")) {
				break
			}
			out = appendUnique(out, p)
			joined = false
			j = m.TokEnd - 1
		} else if signerWord(s.words[j].norm) || s.words[j].in(s.x.lex.title) || s.words[j].in(s.x.lex.titleTail) {
			joined = joined || strings.HasPrefix(s.words[j].norm, "و")
		} else {
			break
		}
		if commaBetween(s.in.Text, s.in.Tokens, j) {
			break
		}
	}
	return out
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
	case "حكومه", "حكومتا", "حكومات", "جمهوريه", "متمردو", "متمردي", "متمردين", "قاده", "زعيما", "زعيم", "وفدا", "وفد", "ممثلو", "ممثلي",
		"رئيسا", "رئيس", "نظيره", "عسكريون", "عسكريين":
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
