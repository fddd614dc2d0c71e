package pipeline

import "github.com/negograph/negograph/schema"

// This file lets the articles of a corpus share what one of them learnt:
// a place no list knows, read from the frame of a meeting ("عُقدت في X",
// meetings.Place) or named by its class noun as a meeting's venue ("في
// بلدة X"), is a place in every article. Each article's analysis
// keeps the words it names as places are named (its cues) and the words a
// weaker frame puts a meeting in (Meeting.VenueGuesses); the graph, which
// sees every article, decides. An article's contribution thus never
// depends on another article: build, a sharded build and a refresh
// assemble the same contributions into the same graph.

// learnPlaces turns into mentions the cues of the places some article
// learnt, and holds a meeting with no venue of its own in the learnt place
// a weaker frame put it in. Contributions are edited in place: the builder
// owns them (Analyzer.Assemble gives it copies), and shared slices are
// copied before they grow.
func (b *builder) learnPlaces() {
	learnt := map[string]bool{}
	for _, c := range b.contribs {
		for _, m := range c.meetings {
			for _, id := range m.Places() {
				learnt[id] = true
			}
			// a town no list knows that the recognizer read from its class
			// noun ("في بلدة X") and the meeting is held in
			if e := b.entities[m.Venue]; e != nil && !e.Known && e.Label == schema.LabelVenue {
				learnt[m.Venue] = true
			}
		}
	}
	if len(learnt) == 0 {
		return
	}
	if b.spill != nil {
		b.steps = append(b.steps, mentionStep{})
	}
	for _, c := range b.contribs {
		have := make(map[string]bool, len(c.mentions))
		for _, m := range c.mentions {
			have[m.entityID] = true
		}
		for j, cue := range c.cues {
			if learnt[cue.entityID] && !have[cue.entityID] && b.entities[cue.entityID] != nil {
				c.mentions = append(c.mentions[:len(c.mentions):len(c.mentions)], cue)
				have[cue.entityID] = true
				if c.spilled != 0 {
					// replayed on its full cues (emitSpilled)
					c.learnt = append(c.learnt, j)
				}
			}
		}
		for i := range c.meetings {
			m := &c.meetings[i]
			if m.Venue != "" || len(m.VenueCandidates()) > 0 {
				continue
			}
			for _, g := range m.VenueGuesses() {
				if learnt[g] && b.entities[g] != nil {
					m.Venue = g
					break
				}
			}
		}
	}
}
