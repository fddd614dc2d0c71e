package entities

import (
	"strings"

	"github.com/negograph/negograph/extract/arabic"
)

// This file reads what an article says the opposition is: a group it
// names and calls the opposition ('وفد "المنصة الوحدوية" المعارضة',
// "المعارضة المنضوية في التحالف X", "المعارضة ممثلة بـX"). The talks of
// the government "والمعارضة" are then talks with that group: the
// opposition's mentions name it, and the group records whose opposition it
// is, so that the articles which call it only "المعارضة" are joined to it
// when the graph is assembled.

// OppositionRole is the role a group the article calls the opposition of
// its country carries (Entity.Roles); its Entity.Country is that country.
const OppositionRole = "المعارضة"

// oppositionLinkWord reports whether a normalized word is a participle
// that joins "المعارضة" to the group it stands for ("المعارضة المنضوية في
// …", "الممثلة بـ…").
func oppositionLinkWord(w string) bool {
	switch w {
	case "المنضويه", "الممثله", "ممثله", "المتمثله":
		return true
	}
	return false
}

// oppositionLinkPrep reports whether a word may stand between such a
// participle and the group ("في", "تحت لواء").
func oppositionLinkPrep(w string) bool {
	switch w {
	case "في", "تحت", "لواء", "مظله":
		return true
	}
	return false
}

// namedOppositions finds the groups of orgs the article calls the
// opposition, points the opposition's mentions at them and marks them
// (Country and OppositionRole). An opposition tied to two groups is left as
// it is.
func namedOppositions(text string, toks []arabic.Token, mentions []Mention, orgs, info map[string]*Entity) {
	links := map[string]string{} // opposition id -> group id, "" when two
	link := func(opp, group string) {
		if old, ok := links[opp]; ok && old != group {
			links[opp] = ""
			return
		}
		links[opp] = group
	}
	for i, m := range mentions {
		if !strings.HasPrefix(m.EntityID, "org:opposition-") && !strings.HasPrefix(m.EntityID, "org:armed-movements-") {
			continue
		}
		// 'GROUP المعارضة': the word is the group's adjective
		if i > 0 && m.Prefix == "" && orgs[mentions[i-1].EntityID] != nil && mentions[i-1].TokEnd == m.TokStart &&
			strings.Trim(text[mentions[i-1].End:m.Start], " \"'«»“”") == "" {
			link(m.EntityID, mentions[i-1].EntityID)
			continue
		}
		// 'المعارضة المنضوية في GROUP', 'المعارضة ممثلة بـGROUP'
		j := m.TokEnd
		if j+1 < len(toks) && toks[j].Norm == "في" {
			// "والحركات المسلحة في الشمال المنضوية في X": where they are
			for k := j + 1; k < len(toks) && k <= j+3 && toks[k].Sentence == m.Sentence; k++ {
				if oppositionLinkWord(toks[k].Norm) {
					j = k
					break
				}
			}
		}
		if j >= len(toks) || !oppositionLinkWord(toks[j].Norm) || i+1 >= len(mentions) {
			continue
		}
		next := mentions[i+1]
		if orgs[next.EntityID] == nil || next.TokStart-j > 3 || toks[next.TokStart].Sentence != m.Sentence {
			continue
		}
		between := true
		for k := j + 1; k < next.TokStart; k++ {
			if !oppositionLinkPrep(toks[k].Norm) {
				between = false
			}
		}
		if between {
			link(m.EntityID, next.EntityID)
		}
	}
	for opp, group := range links {
		if group == "" || info[opp] == nil {
			continue
		}
		for k := range mentions {
			if mentions[k].EntityID == opp {
				mentions[k].EntityID = group
			}
		}
		markOpposition(orgs[group], info[opp].Country)
		delete(info, opp)
	}
}

// markOpposition records on a group that it is the opposition of country.
func markOpposition(e *Entity, country string) {
	if e.Country == "" {
		e.Country = country
	}
	if e.Country != country {
		return
	}
	for _, r := range e.Roles {
		if r == OppositionRole {
			return
		}
	}
	e.Roles = append(e.Roles, OppositionRole)
}
