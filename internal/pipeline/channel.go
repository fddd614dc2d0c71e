package pipeline

import (
	"fmt"
	"slices"
	"strings"
)

// This file reads the channel of a report: the sides that negotiate,
// without the mediators. A mediator who meets each side in turn is often
// told as a third side ("talks between X, Y and Z in Z's capital"); its
// rounds are the rounds of X and Y all the same.

// channelOf returns the parties of a report without its mediators and
// without a side that the corpus names as a mediator of the channel the
// others make, and says why when it drops one; the parties unchanged and
// "" otherwise. At least two parties always remain. mediatorsOf gives the
// mediators the corpus names for a channel (its parties joined by NUL).
func channelOf(parties, mediators []string, mediatorsOf func(string) []string) ([]string, string) {
	if len(parties) < 3 {
		return parties, ""
	}
	var kept, dropped []string
	why := ""
	for _, p := range parties {
		if slices.Contains(mediators, p) {
			dropped = append(dropped, p)
			why = "its own report names it a mediator"
			continue
		}
		kept = append(kept, p)
	}
	if len(dropped) == 0 {
		for _, p := range parties {
			rest := slices.DeleteFunc(slices.Clone(parties), func(q string) bool { return q == p })
			if slices.Contains(mediatorsOf(strings.Join(rest, "\x00")), p) {
				kept, dropped = rest, []string{p}
				why = "other reports name it a mediator of the talks of the others"
				break
			}
		}
	}
	if len(dropped) == 0 || len(kept) < 2 {
		return parties, ""
	}
	return kept, fmt.Sprintf("%s not a side of the channel (%s): %s", strings.Join(shortIDs(dropped), ", "), why, strings.Join(shortIDs(kept), "-"))
}

// channelFacts gives each report the parties of its channel (channelOf);
// a report whose parties change is copied, never edited, and the reason
// is returned by report.
func channelFacts(facts []*meetingFact) map[*meetingFact]string {
	named := map[string][]string{}
	for _, f := range facts {
		k := strings.Join(f.Parties, "\x00")
		for _, m := range f.Mediators {
			if !slices.Contains(named[k], m) {
				named[k] = append(named[k], m)
			}
		}
	}
	mediatorsOf := func(k string) []string { return named[k] }
	notes := map[*meetingFact]string{}
	for i, f := range facts {
		parties, why := channelOf(f.Parties, f.Mediators, mediatorsOf)
		if why == "" {
			continue
		}
		cp := *f
		cp.Parties = parties
		facts[i] = &cp
		notes[&cp] = fmt.Sprintf("%s: %s", f.article, why)
	}
	return notes
}

func shortIDs(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = shortID(id)
	}
	return out
}
