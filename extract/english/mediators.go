package english

import (
	"slices"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads who carries the talks between the sides: mediation cues
// ("mediated by", "under the auspices of"), guarantor states, go-betweens
// carrying messages, and "talks with the mediators".

// mediationCue reports whether a word after a name makes it a mediator
// ("Omani mediation", "AU-sponsored talks").
func mediationCue(w string) bool {
	switch w {
	case "mediation", "mediated", "brokered", "sponsored", "mediators", "mediator", "auspices", "facilitated", "facilitation":
		return true
	}
	return false
}

// mediatorAt reports whether mention k of the sentence is a mediator:
// after "mediated by", "brokered by", "sponsored by", "under the auspices
// of", "at the invitation of" (and the names listed with it), or before
// "mediation". "hosted by" is not a cue: a host that only hosts is not a
// mediator (the scoring convention of ../shared/eval/README.md).
func (x *Extractor) mediatorAt(toks []Token, s *sentence, k int) bool {
	m := s.mentions[k]
	// backwards over a list of names to the cue
	j := m.TokStart - 1
	for kk := k - 1; j >= s.from; {
		w := toks[j].Lower
		switch {
		case w == "by" || w == "of" && (lower(toks, j-1) == "auspices" || lower(toks, j-1) == "invitation"):
			c := lower(toks, j-1)
			return mediationCue(c) || c == "auspices" || c == "invitation"
		case w == "and" || w == "the":
			j--
		case kk >= 0 && s.mentions[kk].TokEnd == j+1:
			j = s.mentions[kk].TokStart - 1
			kk--
		default:
			j = -1
		}
		if j < s.from {
			break
		}
	}
	// forwards over a list of names to "mediation", not past a comma
	// ("Washington and Tehran, brokered by Oman")
	// or over a list of names and a link to the role they hold ("Norway,
	// Cuba and Venezuela acting as guarantors", "X joined Y as a
	// guarantor")
	j = m.TokEnd
	listed := false
	for kk := k + 1; j < s.to; {
		next := kk < len(s.mentions) && s.mentions[kk].TokStart == j
		if toks[j-1].Comma && !next {
			return false
		}
		w := toks[j].Lower
		switch {
		case mediationCue(w) || guarantor(w) && (listed || lower(toks, j-1) == "as"):
			return true
		case w == "and":
			j++
		case next:
			j = s.mentions[kk].TokEnd
			kk++
		case roleLink(w):
			listed = listed || w == "as"
			j++
		default:
			return false
		}
	}
	return false
}

// guarantor reports whether a word names the role of a state that
// guarantees or facilitates talks it does not negotiate ("with Norway and
// Cuba as guarantors", "facilitator countries").
func guarantor(w string) bool {
	switch w {
	case "guarantor", "guarantors", "facilitator", "facilitators", "co-mediators":
		return true
	}
	return false
}

// roleLink reports whether a word links names to the role after them
// ("acting as", "serving as a", "joined … as").
func roleLink(w string) bool {
	switch w {
	case "acting", "serving", "as", "a", "the", "joined", "both", "were", "are", "of", "chief", "top", "lead", "special", "joint":
		return true
	}
	return false
}

// messengers reports whether the sentence tells of go-betweens carrying
// messages between the sides ("conveying messages", "shuttling"): those
// it names are mediators.
func messengers(toks []Token, s *sentence) bool {
	for i := s.from; i < s.to; i++ {
		switch toks[i].Lower {
		case "conveying", "convey", "conveyed", "passing", "carrying", "relaying":
			if lower(toks, i+1) == "messages" {
				return true
			}
		case "shuttling":
			return true
		}
	}
	return false
}

// messengerAt reports whether mention k of a sentence telling of
// go-betweens is one of them: not one of the two sides it writes as a
// pair ("Iran and the United States held talks, with Omani officials
// carrying messages").
func messengerAt(toks []Token, s *sentence, k int) bool {
	if !messengers(toks, s) {
		return false
	}
	var cands []entities.Mention
	for _, m := range s.mentions {
		if m.Label == schema.LabelCountry || m.Label == schema.LabelOrganization {
			cands = append(cands, m)
		}
	}
	pair, paired := pickParties(toks, cands)
	return !paired || !slices.Contains(pair, s.mentions[k].EntityID)
}

// withMediators reports whether the sentence's mediator id is the
// counterpart of talks: "talks with (the) Egyptian mediators".
func withMediators(toks []Token, s *sentence, id string, ms []entities.Mention) bool {
	for _, m := range ms {
		if m.EntityID != id {
			continue
		}
		before := lower(toks, m.TokStart-1)
		if before == "the" {
			before = lower(toks, m.TokStart-2)
		}
		if before == "with" && m.TokEnd < s.to && mediationCue(toks[m.TokEnd].Lower) {
			return true
		}
	}
	return false
}

// mentionOf returns the first mention of id.
func mentionOf(ms []entities.Mention, id string) entities.Mention {
	for _, m := range ms {
		if m.EntityID == id {
			return m
		}
	}
	return entities.Mention{}
}
