package pipeline

import (
	"context"
	"strings"

	"fmt"
	"slices"
	"sort"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// builder accumulates the contributions of the articles and emits the graph.
type builder struct {
	known func(id string) (entities.Known, bool)
	// owned is set when the contributions are the builder's own (a build's,
	// read from contribution folders): it hands their lists to the graph
	// and drops each part of them once it is in the graph, instead of
	// copying; otherwise (a refresh's cached analyses) it copies them.
	owned    bool
	seen     map[string]bool
	contribs []*contribution
	entities map[string]*entities.Entity
	// spill, when set, holds the full mentions and cues of the analyses
	// that hold them slim (contribution.spilled): the MENTIONS are then
	// added after the rounds (emitSpilled), and steps records what changed
	// the mentions meanwhile; ctx bounds reading the spill back.
	spill *spill
	steps []mentionStep
	ctx   context.Context
}

func newBuilder(known func(id string) (entities.Known, bool)) *builder {
	return &builder{known: known, seen: map[string]bool{}, entities: map[string]*entities.Entity{}}
}

// entity returns the record of an entity seen in the articles or, failing
// that, known to the gazetteer.
func (b *builder) entity(id string) *entities.Entity {
	if e, ok := b.entities[id]; ok {
		return e
	}
	if b.known == nil {
		return nil
	}
	k, ok := b.known(id)
	if !ok {
		return nil
	}
	e := &entities.Entity{ID: k.ID, Label: k.Label, Name: k.Name, NameAr: k.NameAr, Aliases: k.Aliases,
		Roles: k.Roles, Country: k.Country, Known: true, Confidence: 0.5}
	b.entities[id] = e
	return e
}

// dropUnknown removes from the meetings the parties, places and mediators
// that neither an article nor the gazetteer describes (a person's country
// missing from the gazetteer), and the meetings left with one party.
func (b *builder) dropUnknown() {
	known := func(ids []string) []string {
		out := ids[:0:0]
		for _, id := range ids {
			if b.entity(id) != nil {
				out = append(out, id)
			}
		}
		return out
	}
	for _, c := range b.contribs {
		// a party or mediator must be named (or marked by an adjective) in
		// the article: a person's country alone does not make one
		inArticle := map[string]bool{}
		for _, e := range c.entities {
			inArticle[e.ID] = true
			if e.Label == schema.LabelOrganization && e.Known && (stateBody(e.NameAr) || regionGovernment(e.NameAr)) && e.Country != "" {
				// "الخارجية الإيرانية": a state's ministry names its state;
				// "حكومة إقليم كردستان" the state of its region, which "the
				// federal government" it meets is
				inArticle[e.Country] = true
			}
		}
		named := func(ids []string) []string {
			out := ids[:0:0]
			for _, id := range ids {
				if inArticle[id] {
					out = append(out, id)
				}
			}
			return out
		}
		kept := c.meetings[:0]
		for _, m := range c.meetings {
			m.Parties = known(named(m.Parties))
			m.Mediators = known(named(m.Mediators))
			if vc := m.VenueCandidates(); len(vc) > 0 {
				m.editRare(func(r *factRare) { r.VenueCandidates = known(vc) })
			}
			if m.Venue != "" && b.entity(m.Venue) == nil {
				m.Venue = ""
			}
			if len(m.Parties) >= 2 {
				kept = append(kept, m)
			}
		}
		c.meetings = kept
		// the article's entities are in b.entities and its mentions in
		// the graph: nothing reads them after this
		c.entities = nil
	}
}

// countryOf returns the country of a place or person, "" when unknown.
func (b *builder) countryOf(id string) string {
	if e := b.entity(id); e != nil {
		return e.Country
	}
	return ""
}

// ensureEntity adds the node of an entity a meeting points to; it reports
// false when nothing is known of the id (a country missing from the
// gazetteer), and the relationship is then left out.
func (b *builder) ensureEntity(em *emitter, id string) bool {
	if b.entity(id) == nil {
		return false
	}
	b.entityNode(em, id)
	return true
}

// addArticle records one article's contribution; it reports false when an
// article with the same content was already added.
func (b *builder) addArticle(c *contribution) bool {
	if b.seen[c.art.ID] {
		return false
	}
	b.seen[c.art.ID] = true
	b.contribs = append(b.contribs, c)
	for _, e := range c.entities {
		if old, ok := b.entities[e.ID]; ok {
			if e.Confidence > old.Confidence {
				old.Confidence = e.Confidence
			}
			old.Roles = graph.UnionStrings(old.Roles, e.Roles)
			if old.Country == "" {
				old.Country = e.Country
			}
			continue
		}
		cp := *e
		b.entities[e.ID] = &cp
	}
	return true
}

// emitter writes into a graph and remembers the first error.
type emitter struct {
	g   *graph.Graph
	err error
	// pack is set for a build's graph: the relationships of the rounds
	// (roundRel) go into it packed, as its MENTIONS do.
	pack bool
}

func (e *emitter) node(id, label string, props map[string]any) {
	if e.err != nil {
		return
	}
	_, e.err = e.g.AddNode(id, label, props)
}

func (e *emitter) rel(typ, start, end string, props map[string]any) {
	if e.err != nil {
		return
	}
	_, e.err = e.g.AddRel(typ, start, end, props)
}

// relOwned is rel for props (and their lists) that nothing else holds:
// the graph keeps them instead of a copy (graph.AddRelOwned).
func (e *emitter) relOwned(typ, start, end string, props map[string]any) {
	if e.err != nil {
		return
	}
	_, e.err = e.g.AddRelOwned(typ, start, end, props)
}

// relPacked is rel for relationships held packed (graph.AddRelPacked).
func (e *emitter) relPacked(typ, start, end string, props map[string]any) {
	if e.err != nil {
		return
	}
	e.err = e.g.AddRelPacked(typ, start, end, props)
}

// roundRel adds one of the relationships of the rounds (BETWEEN, HELD_IN,
// MEDIATED_BY, PARTICIPATED_IN, REPORTS, PRECEDED_BY): packed in a build's
// graph (graph.AddRelPacked, which merges records of the same type and
// ends when they are read as AddRel merges them), ordinary otherwise.
// Nothing else adds relationships of these types, so none is ever both.
func (e *emitter) roundRel(typ, start, end string, props map[string]any) {
	if e.pack {
		e.relPacked(typ, start, end, props)
		return
	}
	e.rel(typ, start, end, props)
}

// graph builds the merged graph.
func (b *builder) graph() (*graph.Graph, error) {
	b.mergeVariants()
	b.mergeOrgForms()
	b.nameOppositions()
	b.mergeNasab()
	b.learnPlaces()
	b.mergePlaces()
	em := &emitter{g: graph.New(), pack: b.owned}
	for _, c := range b.contribs {
		a := c.art
		props := map[string]any{
			"source":            a.Source,
			"content_hash":      article.HashOf(a.ID),
			"extractor_version": ExtractorVersion,
		}
		setIf(props, "title", a.Title)
		setIf(props, "outlet", a.Outlet)
		setIf(props, "url", a.URL)
		setIf(props, "language", a.Language)
		if !a.Published.IsZero() {
			props["published"] = a.Published.String()
		}
		props["name"] = a.Source
		em.node(a.ID, schema.LabelArticle, props)
	}
	// Entities named by some article.
	named := map[string]bool{}
	for _, c := range b.contribs {
		for _, m := range c.mentions {
			named[m.entityID] = true
		}
	}
	for _, id := range sortedKeys(named) {
		b.entityNode(em, id)
	}
	b.dropUnknown()
	// MENTIONS touch no other relationship, so they can go in first:
	// packed (a build's), they hold a fraction of what the analyses' lists
	// did, and those lists are freed before the rounds are built. Each
	// article keeps the ids it mentions (the rounds read which article
	// names whom). With a spill, the lists are on disk: they are read back
	// once the rounds are emitted and the facts freed (emitSpilled).
	if b.spill == nil {
		for _, c := range b.contribs {
			b.emitMentions(em, c)
		}
	}
	rounds := mergeRounds(b.contribs, b.countryOf)
	if b.spill == nil {
		// the rounds are merged: nothing reads the mentions' ids any more
		for _, c := range b.contribs {
			c.mentions = nil
		}
	}
	inheritFromChannel(rounds)
	inheritVenues(rounds)
	b.emitRounds(em, rounds)
	emitChains(em, rounds)
	if err := b.spill.readError(); err != nil {
		return nil, fmt.Errorf("assemble graph: %w", err)
	}
	// what is left of the analyses goes (a build's are held by the builder
	// only, see Analyzer.assemble)
	for _, c := range b.contribs {
		c.meetings = nil
	}
	if b.spill != nil && em.err == nil {
		ctx := b.ctx
		if ctx == nil {
			ctx = context.Background()
		}
		if err := b.emitSpilled(ctx, em); err != nil {
			return nil, fmt.Errorf("assemble graph: %w", err)
		}
	}
	b.contribs = nil
	// Where a person's or place's country is in the graph, link them.
	for _, id := range sortedKeys(named) {
		e := b.entities[id]
		if e == nil || e.Country == "" || em.g.Node(e.Country) == nil {
			continue
		}
		switch e.Label {
		case schema.LabelPerson:
			em.rel(schema.RelCitizenOf, id, e.Country, map[string]any{"basis": "gazetteer"})
		case schema.LabelVenue:
			em.rel(schema.RelLocatedIn, id, e.Country, map[string]any{"basis": "gazetteer"})
		}
	}
	if em.err != nil {
		return nil, fmt.Errorf("assemble graph: %w", em.err)
	}
	// A relationship keeps as many sentences as one article gives one
	// fact (maxEvidence), with evidence_count when it had more: only
	// relationships merged from several reports (a round's BETWEEN,
	// HELD_IN, MEDIATED_BY; the REPORTS of a round an article tells in
	// several places) lose sentences, and each article's own stay on its
	// REPORTS and MENTIONS edges.
	em.g.CapEvidence(maxEvidence)
	return em.g, nil
}

// emitMentions adds the MENTIONS of one article and drops their lists and
// the place cues from its contribution, whose mentions keep the entity ids
// alone. An owned contribution's (a build's) go into the graph
// packed (graph.AddRelPacked): the bulk of a graph's relationships, held
// in a fraction of the memory of a map each, and decoded only when the
// snapshot is written. A shared one's (a refresh's, whose graph is read
// whole at once) are copied into ordinary relationships.
func (b *builder) emitMentions(em *emitter, c *contribution) {
	for _, m := range c.mentions {
		props := map[string]any{
			"sources":    []string{c.art.ID},
			"count":      int64(m.count),
			"surfaces":   m.surfaces,
			"evidence":   m.evidence,
			"offsets":    spanStrings(m.offsets),
			"confidence": m.confidence,
		}
		if b.owned {
			em.relPacked(schema.RelMentions, c.art.ID, m.entityID, props)
			continue
		}
		props["surfaces"], props["evidence"] = slices.Clone(m.surfaces), slices.Clone(m.evidence)
		em.relOwned(schema.RelMentions, c.art.ID, m.entityID, props)
	}
	ids := make([]mentionAgg, len(c.mentions))
	for i, m := range c.mentions {
		ids[i] = mentionAgg{entityID: m.entityID}
	}
	c.mentions, c.cues = ids, nil
}

// entityNode adds the node of an entity (from the articles or, for a party
// only marked by an adjective, from the gazetteer entry recorded).
func (b *builder) entityNode(em *emitter, id string) {
	if em.g.Node(id) != nil {
		return
	}
	e := b.entity(id)
	if e == nil {
		em.err = fmt.Errorf("entity %s has no record", id)
		return
	}
	props := map[string]any{
		"name":       e.Name,
		"known":      e.Known,
		"confidence": e.Confidence,
	}
	setIf(props, "name_ar", e.NameAr)
	if len(e.Aliases) > 0 {
		props["aliases"] = graph.UnionStrings(nil, e.Aliases)
	}
	if len(e.Roles) > 0 {
		props["roles"] = graph.UnionStrings(nil, e.Roles)
	}
	setIf(props, "country", e.Country)
	em.node(id, e.Label, props)
}

func setIf(props map[string]any, key, val string) {
	if val != "" {
		props[key] = val
	}
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// stateBody reports whether an organization's Arabic name is that of a
// body of its state's government — a ministry, the presidency or the
// cabinet ("وزارة الخارجية الإيرانية") — which names the
// state as the state's own name does.
func stateBody(nameAr string) bool {
	for _, head := range []string{"وزارة ", "الرئاسة ", "رئاسة ", "مجلس الوزراء "} {
		if strings.HasPrefix(nameAr, head) {
			return true
		}
	}
	return false
}

// regionGovernment reports whether an organisation's Arabic name is that
// of a region's government within a state ("حكومة إقليم كردستان").
func regionGovernment(nameAr string) bool {
	return strings.HasPrefix(nameAr, "حكومة إقليم ")
}
