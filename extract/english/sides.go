package english

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads which countries and organisations a sentence makes the
// sides: pairs written together, the pair after "between", the country of
// a dateline, and a second side named with its team sentences later.

// pairedBy reports whether two mentions are written as a pair: side by
// side, or joined by "and"/"with", an article and one modifier allowed
// before the second and one noun after a possessive first ("Iran and the
// United States", "Sudan's army and the paramilitary RSF").
func pairedBy(toks []Token, a, b entities.Mention) bool {
	j := a.TokEnd
	if j == b.TokStart {
		return true
	}
	if toks[a.TokEnd-1].Possessive && j < b.TokStart && !toks[j].Cap() && !toks[j].Comma {
		j++ // "Sudan's army and …"
	}
	if j >= b.TokStart || toks[j].Lower != "and" && toks[j].Lower != "with" || toks[j-1].Comma && j == a.TokEnd {
		return false
	}
	j++
	if j < b.TokStart && toks[j].Lower == "the" {
		j++
	}
	if j < b.TokStart && j+1 == b.TokStart && !toks[j].Cap() && toks[a.TokEnd-1].Possessive {
		j++ // "… and the paramilitary RSF"
	}
	return j == b.TokStart
}

// pickParties chooses the parties among the candidate mentions: a pair
// written together ("X and Y", "X-Y", "between X and Y", "X ... with Y")
// wins; otherwise all the distinct candidates when there are two or three.
func pickParties(toks []Token, cands []entities.Mention) ([]string, bool) {
	var ids []string
	for _, c := range cands {
		if !slices.Contains(ids, c.EntityID) {
			ids = append(ids, c.EntityID)
		}
	}
	// the pair after "between" first: "X and Y said they suspended the
	// talks between A and B"
	order := make([]int, 0, len(cands))
	for i, c := range cands {
		if lower(toks, c.TokStart-1) == "between" || lower(toks, c.TokStart-2) == "between" {
			order = append(order, i)
		}
	}
	for i := range cands {
		order = append(order, i)
	}
	for _, i := range order {
		if i+1 >= len(cands) {
			continue
		}
		a, b := cands[i], cands[i+1]
		if a.EntityID == b.EntityID {
			continue
		}
		if pairedBy(toks, a, b) {
			pair := []string{a.EntityID, b.EntityID}
			// "X ... with Y and Z"
			if i > 0 && (lower(toks, a.TokStart-1) == "with" || lower(toks, a.TokStart-2) == "with") && !slices.Contains(pair, cands[0].EntityID) {
				pair = append(pair, cands[0].EntityID)
			}
			// a third: "X, Y and Z"
			if i+2 < len(cands) && cands[i+2].TokStart-b.TokEnd <= 1 && !slices.Contains(pair, cands[i+2].EntityID) {
				pair = append(pair, cands[i+2].EntityID)
			}
			if i > 0 && a.TokStart-cands[i-1].TokEnd <= 1 && toks[cands[i-1].TokEnd-1].Comma && !slices.Contains(pair, cands[i-1].EntityID) {
				pair = append(pair, cands[i-1].EntityID)
			}
			slices.Sort(pair)
			return pair, true
		}
	}
	for i := 1; i < len(cands); i++ {
		if lower(toks, cands[i].TokStart-1) == "with" || lower(toks, cands[i].TokStart-2) == "with" {
			pair := []string{cands[0].EntityID, cands[i].EntityID}
			if pair[0] != pair[1] {
				slices.Sort(pair)
				return pair, true
			}
		}
	}
	if len(ids) >= 2 && len(ids) <= 3 {
		slices.Sort(ids)
		return ids, false
	}
	return nil, false
}

// secondSide returns the country or organisation a sentence names with a
// side's team ("X of the TPLF headed the Tigrayan team", "the Ruritanian
// delegation"), other than the side already known and the mediators, or "".
func secondSide(toks []Token, s *sentence, known string, hosts map[string]bool) string {
	team := false
	for i := s.from; i < s.to && !team; i++ {
		switch toks[i].Lower {
		case "team", "delegation", "delegations", "negotiators", "negotiating":
			team = true
		}
	}
	if !team {
		return ""
	}
	for _, m := range s.mentions {
		if (m.Label == schema.LabelCountry || m.Label == schema.LabelOrganization) && m.EntityID != known && !hosts[m.EntityID] {
			if placed(lower(toks, m.TokStart-1)) || placed(lower(toks, m.TokStart-2)) {
				continue // "gathered at a UN compound"
			}
			return m.EntityID
		}
	}
	return ""
}

// dateline reports whether mention m is the country of a dateline: the
// sentence opens with a place in capitals and a comma, and m follows it
// ("JEDDAH, Saudi Arabia - Delegations met …").
func dateline(text string, toks []Token, s *sentence, m entities.Mention) bool {
	if m.TokStart == s.from || m.TokStart > s.from+3 {
		return false
	}
	// "JEDDAH, Saudi Arabia -", or the agency in brackets: "JEDDAH (Reuters) -"
	agency := m.Label == schema.LabelOrganization && m.TokEnd == m.TokStart+1 && text != "" && m.TokStart > 0 &&
		bracketed(text, toks, m.TokStart)
	if !toks[m.TokStart-1].Comma && !agency {
		return false
	}
	for i := s.from; i < m.TokStart; i++ {
		if t := toks[i]; len(t.Text) < 3 || strings.ToUpper(t.Text) != t.Text || !t.Cap() {
			return false
		}
	}
	return true
}

// datelinePlace returns the place of the sentence's dateline ("CAIRO -",
// "WASHINGTON, Aug 8 -"): a known place written in capitals that opens the
// sentence; "" when there is none.
func datelinePlace(toks []Token, s *sentence) string {
	if len(s.mentions) == 0 {
		return ""
	}
	m := s.mentions[0]
	if m.TokStart != s.from || m.Label != schema.LabelVenue || m.Kind != entities.KindName {
		return ""
	}
	for i := m.TokStart; i < m.TokEnd; i++ {
		if t := toks[i]; strings.ToUpper(t.Text) != t.Text || !t.Cap() {
			return ""
		}
	}
	return m.EntityID
}

// placed reports whether a word puts the next name in a place ("at a UN
// compound").
func placed(w string) bool { return w == "in" || w == "at" || w == "to" || w == "from" }

// onBorder reports whether a sentence puts its meeting on a border ("met
// on the border between the two countries"), not in the city it was
// filed from.
func onBorder(toks []Token, s *sentence) bool {
	for i := s.from + 2; i < s.to; i++ {
		if w := toks[i].Lower; (w == "border" || w == "frontier") && toks[i-1].Lower == "the" && (toks[i-2].Lower == "on" || toks[i-2].Lower == "at") {
			return true
		}
	}
	return false
}
