package english

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/schema"
)

// countryOf returns the country of a known place, or "".
func (x *Extractor) countryOf(id string) string {
	if k, ok := x.rec.Entry(id); ok {
		return k.Country
	}
	return ""
}

// visitSentence reports whether a sentence tells of a visit, whose
// destination ("a visit ... to Sanaa") is where the meeting was.
func visitSentence(toks []Token, s *sentence) bool {
	for i := s.from; i < s.to; i++ {
		switch toks[i].Lower {
		case "visit", "visited", "visits", "visiting", "trip":
			return true
		}
	}
	return false
}

// capitalPhrase returns the capital a country adjective names in "in (or
// at, to) the Omani capital", or "".
func (x *Extractor) capitalPhrase(toks []Token, m entities.Mention) string {
	if m.Label != schema.LabelCountry || m.Kind != entities.KindAdjective || lower(toks, m.TokEnd) != "capital" ||
		lower(toks, m.TokStart-1) != "the" {
		return ""
	}
	switch lower(toks, m.TokStart-2) {
	case "in", "at", "to":
	default:
		return ""
	}
	k, ok := x.rec.Entry(m.EntityID)
	if !ok {
		return ""
	}
	return k.Capital
}

// placeNoun reports whether a word names a kind of settlement: "the
// border town of X", "X, a small port".
func placeNoun(w string) bool {
	switch w {
	case "town", "city", "village", "port", "resort", "island", "oasis", "hamlet":
		return true
	}
	return false
}

// newPlace reads a place the gazetteer does not know from the frame of a
// meeting: a capitalized name after "in" or "at" just after a meeting word
// or "held" ("talks in Khasab", "held at Elmwood"), or after "in the
// (coastal, border…) town of". The country is the one the text puts it in
// ("X, a port in the south of Y", "the Omani town of X").
func (x *Extractor) newPlace(toks []Token, s *sentence) (meetings.Place, bool) {
	known := map[int]bool{}
	for _, m := range s.mentions {
		for i := m.TokStart; i < m.TokEnd; i++ {
			known[i] = true
		}
	}
	for i := s.from + 1; i < s.to; i++ {
		p := toks[i-1].Lower
		country := ""
		switch {
		case (p == "in" || p == "at") && nearTrigger(toks, i-1):
		case p == "of" && i >= s.from+3 && placeNoun(toks[i-2].Lower):
			// "in the (Omani) (border) town of X"
			for j := i - 3; j >= s.from && j >= i-6; j-- {
				if toks[j].Lower == "in" || toks[j].Lower == "at" {
					break
				}
				for _, m := range s.mentions {
					if m.TokStart == j && m.Label == schema.LabelCountry {
						country = m.EntityID
					}
				}
			}
		default:
			continue
		}
		n := 0
		for n < 2 && i+n < s.to && !known[i+n] && placeWordOK(toks[i+n]) {
			n++
			if toks[i+n-1].Comma || toks[i+n-1].Possessive {
				break
			}
		}
		if n == 0 || toks[i+n-1].Possessive {
			continue
		}
		if country == "" {
			country = x.apposedCountry(toks, s, i+n)
		}
		words := make([]string, n)
		surface := make([]string, n)
		for j := range n {
			words[j], surface[j] = toks[i+j].Lower, toks[i+j].Text
		}
		return meetings.Place{Mention: entities.Mention{
			EntityID: "venue:" + strings.Join(words, "-"), Label: schema.LabelVenue, Kind: entities.KindContext,
			Start: toks[i].Start, End: toks[i+n-1].End, TokStart: i, TokEnd: i + n, Sentence: toks[i].Sentence,
			Surface: strings.Join(surface, " "), Confidence: 0.6,
		}, Country: country}, true
	}
	return meetings.Place{}, false
}

// placeWordOK reports whether a token can be (part of) the name of a
// place: a capitalized word of three letters or more, not in capitals, not
// a month, a weekday or a title.
func placeWordOK(t Token) bool {
	if len(t.Text) < 3 || !properWord(t) || roleTitle(t.Lower) {
		return false
	}
	switch t.Lower {
	case "the", "this", "that", "these", "those", "talks", "round", "session", "meeting",
		"ramadan", "eid", "english", "arabic", "french", "persian", "congress", "parliament", "private", "public":
		return false // "talks in Ramadan", "held in English"
	}
	return true
}

// apposedCountry returns the country an apposition after a place names:
// "X, a small port in the north of Oman", "X in southern Y".
func (x *Extractor) apposedCountry(toks []Token, s *sentence, from int) string {
	if from >= s.to || !(toks[from-1].Comma || toks[from].Lower == "in") {
		return ""
	}
	for _, m := range s.mentions {
		if m.TokStart < from || m.TokStart > from+10 || m.Label != schema.LabelCountry || m.Kind != entities.KindName {
			continue
		}
		for j := from; j < m.TokStart; j++ {
			if toks[j].Comma && j > from {
				return "" // past the apposition
			}
			if placeNoun(toks[j].Lower) || toks[j].Lower == "in" || toks[j].Lower == "of" {
				return m.EntityID
			}
		}
	}
	return ""
}

// followUp adds to the article's last meeting what a sentence without a
// meeting word says of it, when it follows the meeting's report within two
// sentences: mediators by their cue ("Omani mediators accompanied the
// delegation"), the people leading, making up or representing the
// delegations ("the two delegations, led by X and Y"; "X led the US team";
// "X and Y represented Z") and a third party's official presiding over
// the meeting ("X chaired the meeting").
func (x *Extractor) followUp(toks []Token, s *sentence, si int, m *meetings.Meeting) {
	last := -1
	for _, v := range m.Support["meeting"] {
		last = max(last, v)
	}
	if last < 0 || si-last > 2 || si <= last {
		return
	}
	for k, mm := range s.mentions {
		if (mm.Label == schema.LabelCountry || mm.Label == schema.LabelOrganization) && x.mediatorAt(toks, s, k) &&
			!slices.Contains(m.Parties, mm.EntityID) && !slices.Contains(m.Mediators, mm.EntityID) {
			m.Mediators = append(m.Mediators, mm.EntityID)
			m.Support["mediator:"+mm.EntityID] = []int{si}
		}
	}
	for i := s.from; i < s.to; i++ {
		switch toks[i].Lower {
		case "led", "headed", "heading", "leading", "delegation", "delegations", "team", "teams", "negotiators",
			"represented", "representing", "attended":
			x.people(toks, s, si, m)
			return
		case "meeting":
			if w := lower(toks, i-1); w == "the" || w == "this" || w == "that" {
				x.people(toks, s, si, m) // "X hosted the meeting between A and B": the meeting told before
				return
			}
		}
	}
	for _, mm := range s.mentions {
		if mm.Label == schema.LabelPerson && chairs(toks, s, mm) {
			x.people(toks, s, si, m) // "Foreign Minister X again chaired the meeting"
			return
		}
	}
}
