package pipeline

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/article"
)

// Contribution is what one article adds to the graph: its entities,
// mentions and meetings with their evidence sentences, without the article
// text. Contributions are computed once per article (Analyzer.Contribute)
// and assembled into a graph as often as needed (Analyzer.Assemble), which
// is what lets a refresh re-analyse only the articles that changed. A
// Contribution is never modified after it is made; it is safe to share.
type Contribution struct {
	c *contribution
}

// Contribute analyses one article.
func (a *Analyzer) Contribute(art article.Article) *Contribution {
	c := contribute(0, a.Analyze(art))
	a.detach(c)
	return &Contribution{c: c}
}

// Article returns the article's metadata (its Text is empty).
func (c *Contribution) Article() article.Article { return c.c.art }

// Meetings returns the number of meetings the article reports.
func (c *Contribution) Meetings() int { return len(c.c.meetings) }

// Assemble merges contributions, in the order given, into one graph: the
// same graph Build makes from the same articles read in that order. Later
// contributions with the content of an earlier one are duplicates: they are
// left out and counted.
func (a *Analyzer) Assemble(contribs []*Contribution) (g *graph.Graph, duplicates int, err error) {
	return a.assemble(contribs, false)
}

// assemble is Assemble; with owned set the contributions are used up (the
// builder edits them and hands their lists to the graph): a build's own,
// which nothing else holds, are not copied, and the entries of contribs
// are cleared so that each analysis is freed once it is in the graph.
func (a *Analyzer) assemble(contribs []*Contribution, owned bool) (g *graph.Graph, duplicates int, err error) {
	return a.assembleSpilled(context.Background(), contribs, owned, nil)
}

// assembleSpilled is assemble for analyses some of which hold their
// mentions slim, their full lists in sp (a build's, see spill.go); ctx
// bounds reading them back.
func (a *Analyzer) assembleSpilled(ctx context.Context, contribs []*Contribution, owned bool, sp *spill) (g *graph.Graph, duplicates int, err error) {
	b := newBuilder(a.rec.Entry)
	b.owned = owned
	b.spill, b.ctx = sp, ctx
	for i, c := range contribs {
		if owned {
			contribs[i] = nil
		}
		cp := c.c
		if owned && b.seen[cp.art.ID] {
			duplicates++ // maybe the same analysis again: leave its seq alone
			continue
		}
		if !owned {
			// The builder edits the meetings it is given; give it copies.
			dup := *c.c
			dup.meetings = append([]meetingFact(nil), c.c.meetings...)
			cp = &dup
		}
		cp.seq = i
		if !b.addArticle(cp) {
			duplicates++
		}
	}
	g, err = b.graph()
	return g, duplicates, err
}

// Fingerprint identifies what an analysis depends on besides the article:
// the extractor version and the gazetteer entries (known, as given to
// NewAnalyzer). Two analyses of the same article with the same fingerprint
// give the same contribution.
func Fingerprint(known []entities.Known) string {
	return FingerprintFor(ExtractorVersion, known)
}

// FingerprintFor is Fingerprint with another extractor version: what a
// refresh sees after an upgrade.
func FingerprintFor(version string, known []entities.Known) string {
	h := sha256.New()
	io.WriteString(h, version+"\n")
	enc := json.NewEncoder(h)
	for _, k := range known {
		_ = enc.Encode(k) // a hash.Hash never fails to write
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// InputKey identifies one analysis input: the fingerprint and every field of
// the article (metadata such as the publication date changes the facts as
// much as the text does). Equal keys give equal contributions.
func InputKey(fingerprint string, art article.Article) string {
	h := sha256.New()
	for _, s := range []string{fingerprint, art.ID, art.Source, art.Title, art.Outlet, art.URL, art.Language,
		art.Published.String(), art.Text} {
		io.WriteString(h, strconv.Itoa(len(s)))
		io.WriteString(h, ":")
		io.WriteString(h, s)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// wireContribution is the encoded form of a contribution (gob needs
// exported fields).
type wireContribution struct {
	Article  article.Article
	Entities []*entities.Entity
	Mentions []wireMention
	Meetings []wireMeeting
	Cues     []wireMention
}

type wireMention struct {
	EntityID   string
	Count      int
	Surfaces   []string
	Evidence   []string
	Offsets    []string
	Confidence float64
}

type wireMeeting struct {
	Meeting  meetings.Meeting
	Article  string
	Evidence map[string][]string
}

// wire returns the encoded form of the contribution.
func (c *Contribution) wire() wireContribution {
	w := wireContribution{Article: c.c.art, Entities: c.c.entities}
	mention := func(m mentionAgg) wireMention {
		b := m.body()
		return wireMention{EntityID: m.entityID, Count: m.count, Surfaces: b.surfaces,
			Evidence: b.evidence, Offsets: spanStrings(b.offsets), Confidence: b.confidence}
	}
	for _, m := range c.c.mentions {
		w.Mentions = append(w.Mentions, mention(m))
	}
	for _, m := range c.c.meetings {
		w.Meetings = append(w.Meetings, wireMeeting{Meeting: m.meeting(), Article: m.article, Evidence: m.evidence.toMap()})
	}
	for _, m := range c.c.cues {
		w.Cues = append(w.Cues, mention(m))
	}
	return w
}

// fromWire rebuilds a contribution from its encoded form.
func fromWire(w wireContribution) (*Contribution, error) {
	cc := &contribution{art: w.Article, entities: w.Entities}
	mention := func(m wireMention) (mentionAgg, error) {
		offsets, err := parseSpans(m.Offsets)
		if err != nil {
			return mentionAgg{}, fmt.Errorf("contribution of %s: mention of %s: %w", w.Article.Source, m.EntityID, err)
		}
		return mentionAgg{entityID: m.EntityID, count: m.Count, mentionBody: &mentionBody{surfaces: m.Surfaces,
			evidence: m.Evidence, offsets: offsets, confidence: m.Confidence}}, nil
	}
	for _, m := range w.Mentions {
		a, err := mention(m)
		if err != nil {
			return nil, err
		}
		cc.mentions = append(cc.mentions, a)
	}
	for i := range w.Meetings {
		m := &w.Meetings[i]
		// Support (written by an older version) is not read: the evidence
		// is taken from it
		mf := factOf(&m.Meeting, m.Article, w.Article.Published)
		mf.evidence = evidenceFromMap(m.Evidence)
		cc.meetings = append(cc.meetings, mf)
	}
	for _, m := range w.Cues {
		a, err := mention(m)
		if err != nil {
			return nil, err
		}
		cc.cues = append(cc.cues, a)
	}
	return &Contribution{c: cc}, nil
}

// MarshalBinary encodes the contribution (gob).
func (c *Contribution) MarshalBinary() ([]byte, error) {
	var buf bytes.Buffer
	w := c.wire()
	if err := gob.NewEncoder(&buf).Encode(&w); err != nil {
		return nil, fmt.Errorf("encode contribution of %s: %w", c.c.art.Source, err)
	}
	return buf.Bytes(), nil
}

// UnmarshalBinary decodes what MarshalBinary wrote.
func (c *Contribution) UnmarshalBinary(data []byte) error {
	var w wireContribution
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&w); err != nil {
		return fmt.Errorf("decode contribution: %w", err)
	}
	got, err := fromWire(w)
	if err != nil {
		return fmt.Errorf("decode contribution: %w", err)
	}
	c.c = got.c
	return nil
}

// Keyed is a contribution with the input key it was made from.
type Keyed struct {
	Key          string
	Contribution *Contribution
}

// keyedWire is one record of a contribution stream.
type keyedWire struct {
	Key string
	C   wireContribution
}

// WriteContributions writes contributions as one gob stream, much faster to
// read back than one encoding per contribution.
func WriteContributions(w io.Writer, list []Keyed) error {
	enc := gob.NewEncoder(w)
	if err := enc.Encode(len(list)); err != nil {
		return fmt.Errorf("encode contributions: %w", err)
	}
	for _, k := range list {
		if err := enc.Encode(keyedWire{Key: k.Key, C: k.Contribution.wire()}); err != nil {
			return fmt.Errorf("encode contribution of %s: %w", k.Contribution.c.art.Source, err)
		}
	}
	return nil
}

// ReadContributions reads what WriteContributions wrote.
func ReadContributions(r io.Reader) ([]Keyed, error) {
	dec := gob.NewDecoder(r)
	var n int
	if err := dec.Decode(&n); err != nil {
		return nil, fmt.Errorf("decode contributions: %w", err)
	}
	out := make([]Keyed, 0, n)
	for i := 0; i < n; i++ {
		var kw keyedWire
		if err := dec.Decode(&kw); err != nil {
			return nil, fmt.Errorf("decode contribution %d of %d: %w", i+1, n, err)
		}
		c, err := fromWire(kw.C)
		if err != nil {
			return nil, fmt.Errorf("decode contribution %d of %d: %w", i+1, n, err)
		}
		out = append(out, Keyed{Key: kw.Key, Contribution: c})
	}
	return out, nil
}
