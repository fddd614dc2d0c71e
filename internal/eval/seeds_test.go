package eval

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"testing"

	"github.com/negograph/negograph/graph"
)

// loadSeedsGold loads the gold of the five seed articles from the shared
// folder (testenv.SharedDir).
func loadSeedsGold(t *testing.T) *Gold {
	t.Helper()
	return sharedGold(t, "gold-seeds.json")
}

func TestSeedsGoldEmptySnapshot(t *testing.T) {
	g := loadSeedsGold(t)
	r := Score(g, graph.Snapshot{})
	for _, typ := range []string{TypePerson, TypeCountry, TypeVenue} {
		if p := r.Entities[typ]; p.Recall != 0 || p.TP != 0 || p.FN == 0 {
			t.Errorf("%s = %+v, want recall 0", typ, p)
		}
	}
	for name, p := range map[string]PRF{"Meeting": r.Meetings, "PRECEDED_BY": r.PrecededBy, "per-article": r.PerArticle} {
		if p.Recall != 0 || p.FN == 0 {
			t.Errorf("%s = %+v, want recall 0", name, p)
		}
	}
	if r.Headline != 0 {
		t.Errorf("headline = %v, want 0", r.Headline)
	}
	checkPRF(t, "Person", r.Entities[TypePerson], 0, 0, 15)
	checkPRF(t, "Meeting", r.Meetings, 0, 0, 6)
	checkPRF(t, "PRECEDED_BY", r.PrecededBy, 0, 0, 3)
}

// snapshotFromGold builds the snapshot a perfect extractor would produce for
// the gold: one node per entity (named by its canonical name, its match forms
// as aliases), one Meeting per gold meeting with its relationships, the gold
// PRECEDED_BY edges and one Article per gold file, reporting its meetings.
// It validates the scorer; it is not a product output.
func snapshotFromGold(g *Gold) graph.Snapshot {
	var s graph.Snapshot
	x := snap{&s}
	entID := map[string]string{} // canonical name -> node id (first entity of that name)
	for i, e := range g.Entities {
		id := fmt.Sprintf("e%d", i)
		if _, ok := entID[e.Name]; !ok {
			entID[e.Name] = id
		}
		aliases := append([]string(nil), e.Match...)
		x.node(id, e.Type, map[string]any{"name": e.Name, "aliases": aliases})
	}
	for i, m := range g.Meetings {
		id := "m:" + m.Key
		x.node(id, labelMeeting, map[string]any{"date": m.Date, "status": m.Status, "format": m.Format})
		for _, p := range m.Parties {
			x.rel(relBetween, id, entID[p])
		}
		if m.Venue != nil {
			x.rel(relHeldIn, id, entID[*m.Venue])
		} else if len(m.VenueCandidates) > 0 && i%2 == 0 {
			x.rel(relHeldIn, id, entID[m.VenueCandidates[0]])
		}
		for _, p := range m.Mediators {
			x.rel(relMediatedBy, id, entID[p])
		}
		for _, p := range m.Participants {
			x.rel(relParticipatedIn, entID[p], id)
		}
	}
	for _, r := range g.Relations {
		x.rel(r.Type, "m:"+r.From, "m:"+r.To)
	}
	for _, f := range g.goldFiles() {
		id := "art:" + f
		x.node(id, labelArticle, map[string]any{"source": "corpus/seeds/" + f + "_0123456789abcdef.txt"})
		for i, e := range g.Entities {
			if containsString(e.Files, f) {
				x.rel(relMentions, id, fmt.Sprintf("e%d", i))
			}
		}
		for _, m := range g.Meetings {
			if containsString(m.Files, f) {
				x.rel(relReports, id, "m:"+m.Key)
			}
		}
	}
	return s
}

func TestSeedsGoldSynthesizedSnapshot(t *testing.T) {
	g := loadSeedsGold(t)
	scoreSynthesized(t, g)
	r := Score(g, snapshotFromGold(g))
	checkPRF(t, "Person", r.Entities[TypePerson], 15, 0, 0)
	checkPRF(t, "Meeting", r.Meetings, 6, 0, 0)
	checkPRF(t, "PRECEDED_BY", r.PrecededBy, 3, 0, 0)
}

// TestSharedGoldsSynthesizedSnapshot scores the perfect snapshot of every
// shared gold file: each must come out perfect, coreference included.
func TestSharedGoldsSynthesizedSnapshot(t *testing.T) {
	for _, name := range []string{"gold-seeds.json", "gold-cases.json", "gold-dev.json"} {
		t.Run(name, func(t *testing.T) {
			scoreSynthesized(t, sharedGold(t, name))
		})
	}
}

// TestExamplesGoldSynthesizedSnapshot checks the project's own example gold
// the same way, when it is present.
func TestExamplesGoldSynthesizedSnapshot(t *testing.T) {
	g, err := LoadGold("../../examples/gold.json")
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("../../examples/gold.json not present")
	}
	if err != nil {
		t.Fatalf("LoadGold: %v", err)
	}
	scoreSynthesized(t, g)
}

func scoreSynthesized(t *testing.T, g *Gold) {
	t.Helper()
	r := Score(g, snapshotFromGold(g))
	assertPerfect(t, r)
	if t.Failed() {
		var buf bytes.Buffer
		if err := r.Write(&buf); err != nil {
			t.Fatalf("Write: %v", err)
		}
		t.Log("\n" + buf.String())
	}
}
