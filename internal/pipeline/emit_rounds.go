package pipeline

import (
	"fmt"
	"math"
	"strings"

	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/schema"
)

// This file writes the rounds into the graph: ids, Meeting nodes and
// their relationships, each with its provenance.

// assignIDs gives rounds stable, readable ids: parties, date and venue.
func assignIDs(rounds []*round) {
	used := map[string]int{}
	for _, r := range rounds {
		parts := make([]string, 0, len(r.parties))
		for _, p := range r.parties {
			parts = append(parts, shortID(p))
		}
		base := "meeting:" + strings.Join(parts, "-") + "-" + r.date.String()
		if r.venue != "" {
			base += "-" + shortID(r.venue)
		}
		if r.status != meetings.StatusHeld {
			base += "-" + r.status
		}
		used[base]++
		r.id = base
		if used[base] > 1 {
			r.id = fmt.Sprintf("%s-%d", base, used[base])
		}
	}
}

func shortID(id string) string {
	if i := strings.IndexByte(id, ':'); i >= 0 {
		return id[i+1:]
	}
	return id
}

// emitRounds writes the Meeting nodes and their BETWEEN, HELD_IN,
// MEDIATED_BY, PARTICIPATED_IN and REPORTS relationships.
func (b *builder) emitRounds(em *emitter, rounds []*round) {
	// Once a round's relationships are in the graph its reports are read
	// by emitChains alone (emitted), except those of the rounds whose
	// place or mediators another round inherits: its relationships cite
	// them (provenanceAll of venueFrom, mediatorsFrom).
	cited := map[*round]bool{}
	for _, r := range rounds {
		if r.venueFrom != nil {
			cited[r.venueFrom] = true
		}
		if r.mediatorsFrom != nil {
			cited[r.mediatorsFrom] = true
		}
	}
	for _, r := range rounds {
		b.emitRound(em, r)
		if !cited[r] {
			for _, f := range r.facts {
				f.emitted()
			}
		}
	}
}

// emitted drops what a report holds that nothing reads once its round's
// relationships are in the graph: emitChains reads its article and its
// "after" evidence alone. A build holds every report until the chains
// are emitted; their lists and evidence go round by round instead.
func (f *meetingFact) emitted() {
	var keep factEvidence
	if after, ok := f.evidence.lookup("after"); ok {
		keep = factEvidence{{key: "after", sents: after}}
	}
	*f = meetingFact{article: f.article, evidence: keep, evAt: f.evAt}
}

// emitRound adds the Meeting node of one round and its relationships.
func (b *builder) emitRound(em *emitter, r *round) {
	// a spilled build reads back the evidence of the reports the round's
	// relationships cite: its own, and those of the rounds it inherits
	// its place or mediators from
	b.spill.loadRound(r)
	b.spill.loadRound(r.venueFrom)
	b.spill.loadRound(r.mediatorsFrom)
	srcs := r.sources()
	props := map[string]any{
		"name":       b.roundName(r),
		"date":       r.date.String(),
		"date_basis": "text",
		"status":     r.status,
		"format":     r.format,
		"secret":     r.secret,
		"kind":       r.kind,
		"sources":    srcs,
		"confidence": r.confidence(),
	}
	if r.dateFromPub {
		props["date_basis"] = "publication"
	}
	if len(r.topics) > 0 {
		props["topics"] = r.topics
	}
	if len(r.candidates) > 0 {
		props["venue_candidates"] = r.candidates
	}
	if len(r.alternatives) > 0 {
		props["alternatives"] = r.alternatives
	}
	if r.formatFrom != nil {
		props["format_inherited_from"] = r.formatFrom.id
	}
	if r.formatGuessed {
		props["format_basis"] = r.formatBasis
	}
	if len(r.reasons) > 0 {
		props["merge_reasons"] = r.reasons
	}
	if r.mediatorsFrom != nil {
		props["mediators_inherited_from"] = r.mediatorsFrom.id
	}
	if r.venueFrom != nil {
		props["venue_inherited_from"] = r.venueFrom.id
	}
	if r.venue != "" {
		// The names of the place it is HELD_IN (a city, or a country
		// when no city is known) on the meeting itself, for captions:
		// Neo4j Browser draws "2025-04-12 مسقط". Candidates of a
		// hesitant text are not a venue: no names then.
		if e := b.entity(r.venue); e != nil {
			setIf(props, "venue", e.Name)
			setIf(props, "venue_ar", e.NameAr)
		}
	}
	em.node(r.id, schema.LabelMeeting, props)
	for _, f := range r.facts {
		em.roundRel(schema.RelReports, f.article, r.id, b.provenance(f, "meeting"))
	}
	for _, p := range r.parties {
		if !b.ensureEntity(em, p) {
			continue
		}
		em.roundRel(schema.RelBetween, r.id, p, b.provenanceAll(r, "party:"+p, "meeting"))
	}
	if r.venue != "" && b.ensureEntity(em, r.venue) {
		if from := r.venueFrom; from != nil {
			// the channel's standing place, told by the reports of another round
			p := b.provenanceAll(from, "venue:"+r.venue, "meeting")
			p["inherited"], p["inherited_from"] = true, from.id
			p["confidence"] = 0.5
			em.roundRel(schema.RelHeldIn, r.id, r.venue, p)
		} else {
			em.roundRel(schema.RelHeldIn, r.id, r.venue, b.provenanceAll(r, "venue:"+r.venue, "meeting"))
		}
	}
	for _, c := range r.candidates {
		if !b.ensureEntity(em, c) {
			continue
		}
		p := b.provenanceAll(r, "venue:"+c, "meeting")
		p["candidate"] = true
		em.roundRel(schema.RelHeldIn, r.id, c, p)
	}
	for _, m := range r.mediators {
		if !b.ensureEntity(em, m) {
			continue
		}
		if from := r.mediatorsFrom; from != nil {
			// the channel's mediator, told by the reports of the round before
			p := b.provenanceAll(from, "mediator:"+m, "meeting")
			p["inherited"], p["inherited_from"] = true, from.id
			p["confidence"] = 0.5
			em.roundRel(schema.RelMediatedBy, r.id, m, p)
			continue
		}
		em.roundRel(schema.RelMediatedBy, r.id, m, b.provenanceAll(r, "mediator:"+m, "meeting"))
	}
	// A person's relationships to the round gather the reports of all
	// its articles; merged once, not article by article.
	var people []string
	parts, meds := map[string][]map[string]any{}, map[string][]map[string]any{}
	for _, f := range r.facts {
		for _, pt := range f.Participants {
			if !b.ensureEntity(em, pt.PersonID) {
				continue
			}
			p := b.provenance(f, "participant:"+pt.PersonID)
			if pt.Side != "" {
				p["side"] = pt.Side
			}
			if e := b.entity(pt.PersonID); e != nil && len(e.Roles) > 0 {
				p["role"] = e.Roles[0]
			}
			if pt.Side == meetings.SideMediator {
				meds[pt.PersonID] = append(meds[pt.PersonID], b.provenance(f, "participant:"+pt.PersonID))
			}
			if _, seen := parts[pt.PersonID]; !seen {
				people = append(people, pt.PersonID)
			}
			parts[pt.PersonID] = append(parts[pt.PersonID], p)
		}
	}
	for _, id := range people {
		if len(meds[id]) > 0 {
			em.roundRel(schema.RelMediatedBy, r.id, id, mergeAll(meds[id]))
		}
		em.roundRel(schema.RelParticipatedIn, id, r.id, mergeAll(parts[id]))
	}
}

// mergeAll merges property maps in order as graph.MergeProps would one by
// one, uniting each string list once at the end.
func mergeAll(maps []map[string]any) map[string]any {
	out := map[string]any{}
	lists := map[string][]string{}
	var order []string
	for _, m := range maps {
		rest := map[string]any{}
		for k, v := range m {
			if l, ok := v.([]string); ok {
				if _, seen := lists[k]; !seen {
					order = append(order, k)
				}
				lists[k] = append(lists[k], l...)
				continue
			}
			rest[k] = v
		}
		graph.MergeProps(out, rest)
	}
	for _, k := range order {
		out[k] = graph.UnionStrings(nil, lists[k])
	}
	return out
}

func (r *round) confidence() float64 {
	best := 0.0
	for _, f := range r.facts {
		if f.Confidence > best {
			best = f.Confidence
		}
	}
	if len(r.sources()) > 1 && best < 0.95 {
		best += 0.05
	}
	return math.Round(best*100) / 100
}

// roundName is a human caption: "Iran – United States, 2024-01, Muscat".
func (b *builder) roundName(r *round) string {
	names := make([]string, 0, len(r.parties))
	for _, p := range r.parties {
		names = append(names, b.displayName(p))
	}
	s := strings.Join(names, " – ") + ", " + r.date.String()
	if r.venue != "" {
		s += ", " + b.displayName(r.venue)
	}
	if r.status != meetings.StatusHeld {
		s += " (" + r.status + ")"
	}
	return s
}

func (b *builder) displayName(id string) string {
	if e := b.entity(id); e != nil && e.Name != "" {
		return e.Name
	}
	return shortID(id)
}

// provenance gives the properties every extracted relationship carries:
// sources, evidence sentences and confidence, from one article's report.
func (b *builder) provenance(f *meetingFact, keys ...string) map[string]any {
	var ev []string
	for _, k := range keys {
		if e := f.evidence.get(k); len(e) > 0 {
			ev = e
			break
		}
	}
	return map[string]any{
		"sources":    []string{f.article},
		"evidence":   graph.UnionStrings(nil, ev),
		"confidence": f.Confidence,
	}
}

// provenanceAll is provenance over every report of the round.
func (b *builder) provenanceAll(r *round, keys ...string) map[string]any {
	out := map[string]any{"sources": []string{}, "evidence": []string{}, "confidence": 0.0}
	// String lists are united once at the end: merging them fact by fact
	// costs the square of the facts of a round that many articles report.
	lists := map[string][]string{}
	for _, f := range r.facts {
		rest := map[string]any{}
		for k, v := range b.provenance(f, keys...) {
			if l, ok := v.([]string); ok {
				lists[k] = append(lists[k], l...)
				continue
			}
			rest[k] = v
		}
		graph.MergeProps(out, rest)
	}
	for k, l := range lists {
		old, _ := out[k].([]string)
		out[k] = graph.UnionStrings(old, l)
	}
	return out
}
