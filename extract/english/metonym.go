package english

import (
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// placeWord reports whether a word before a capital makes it a place:
// "in Tehran", "to Washington", "arrived Riyadh", "the capital Muscat".
func placeWord(w string) bool {
	switch w {
	case "in", "at", "to", "from", "near", "via", "into", "toward", "towards", "outside", "inside", "across", "around",
		"through", "visit", "visited", "visiting", "visits", "reached", "arrived", "left", "leave", "leaving", "capital",
		"city", "of", "embassy":
		return true
	}
	return false
}

// actorVerb reports whether a word after a name makes it the subject of
// what a government does or says ("Tehran said", "Washington wants").
func actorVerb(w string) bool {
	switch w {
	case "said", "says", "say", "called", "has", "have", "had", "is", "was", "will", "would", "wants", "wanted", "insists",
		"insisted", "accused", "accuses", "rejected", "rejects", "denied", "denies", "responded", "warned", "warns",
		"demanded", "demands", "agreed", "agrees", "welcomed", "welcomes", "hopes", "hoped", "remained", "remains",
		"announced", "confirmed", "believes", "described", "urged", "urges", "offered", "proposed", "refused", "signalled",
		"signaled", "condemned", "threatened", "must", "should", "could", "can", "did", "does", "sees", "saw", "views",
		"considers", "expects", "expected", "sent", "sends", "insisting", "seeks", "sought":
		return true
	}
	return false
}

// metonym reports whether a capital at toks[i:i+n] stands for its
// government rather than the place: not after a word of place ("in",
// "to", "capital"), not in capitals (a dateline), and written as an actor:
// possessive ("Tehran's programme"), before a verb of saying or wanting
// ("Washington said"), after "between", or joined by "and" to a country
// or another capital so read ("Riyadh and Tehran agreed").
func (r *Recognizer) metonym(toks []Token, i, n int, prev []entities.Mention) bool {
	last := toks[i+n-1]
	if strings.ToUpper(toks[i].Text) == toks[i].Text {
		return false // "MUSCAT, April 12": a dateline
	}
	before := ""
	if sameSentence(toks, i, i-1) {
		before = toks[i-1].Lower
	}
	if placeWord(before) || before == "the" && placeWord(lower(toks, i-2)) {
		return false
	}
	if last.Possessive || before == "between" || before == "by" && !hosted(lower(toks, i-2)) {
		return true // "proposed by Washington", not "hosted by Rome"
	}
	after := ""
	if sameSentence(toks, i, i+n) && !last.Comma {
		after = toks[i+n].Lower
	}
	if actorVerb(after) {
		return !hosting(toks, i, i+n)
	}
	if before == "and" && len(prev) > 0 && prev[len(prev)-1].TokEnd == i-1 {
		// "Iran and Washington", but not "held in Oman and Rome"
		p := prev[len(prev)-1]
		return p.Kind == entities.KindMetonym ||
			p.Label == schema.LabelCountry && p.Kind == entities.KindName && !placeWord(lower(toks, p.TokStart-1))
	}
	if after == "and" && sameSentence(toks, i, i+n+1) {
		// "Riyadh and Tehran agreed", not "Rome and Muscat have been venues"
		id := r.nameAt(toks, i+n+1)
		_, capital := r.capitalOf[id]
		k, known := r.Entry(id)
		if !capital && !(known && k.Label == schema.LabelCountry) {
			return false
		}
		_, m, _ := r.longestAt(toks, i+n+1)
		j := i + n + 1 + m
		return sameSentence(toks, i, j) && actorVerb(toks[j].Lower) && !hosting(toks, i, j)
	}
	return false
}

// hosted reports whether w is a verb of hosting or place before "by".
func hosted(w string) bool {
	return strings.HasPrefix(w, "host") || w == "surrounded" || w == "flanked" || w == "bordered" || w == "followed"
}

// hosting reports whether the words after token from speak of hosting
// ("Rome had been due to host", "have alternated as venues"): the city is
// then a place.
func hosting(toks []Token, i, from int) bool {
	for j := from; j < len(toks) && j <= from+5 && sameSentence(toks, i, j); j++ {
		if strings.HasPrefix(toks[j].Lower, "host") || strings.HasPrefix(toks[j].Lower, "venue") {
			return true
		}
	}
	return false
}

// nameAt returns the id of the known name at token i, or "".
func (r *Recognizer) nameAt(toks []Token, i int) string {
	p, _, ok := r.longestAt(toks, i)
	if !ok || p.kind != entities.KindName {
		return ""
	}
	return r.known[p.entry].ID
}
