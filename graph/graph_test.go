package graph

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/negograph/negograph/internal/atomicfile"
)

var update = flag.Bool("update", false, "rewrite golden files")

func sample(t *testing.T) *Graph {
	t.Helper()
	g := New()
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(g.AddNode("country:iran", "Country", map[string]any{"name": "Iran", "name_ar": "إيران", "aliases": []string{"ايران"}}))
	must(g.AddNode("country:united-states", "Country", map[string]any{"name": "United States"}))
	must(g.AddNode("meeting:x", "Meeting", map[string]any{"date": "2024-01", "status": "held", "confidence": 0.6}))
	must(g.AddRel("BETWEEN", "meeting:x", "country:iran", map[string]any{"sources": []string{"article:b"}, "confidence": 0.7,
		"evidence": []string{"Iran and the United States met <again> & talked."}}))
	must(g.AddRel("BETWEEN", "meeting:x", "country:united-states", map[string]any{"sources": []string{"article:a"},
		"evidence": []string{"Iran and the United States met <again> & talked.", "The talks were held in January."}}))
	// Merging: lists united, confidence keeps the maximum, other values overwrite.
	must(g.AddRel("BETWEEN", "meeting:x", "country:iran", map[string]any{"sources": []string{"article:a"}, "confidence": 0.5}))
	must(g.AddNode("country:iran", "Country", map[string]any{"aliases": []string{"إيران", "ايران"}, "name": "Iran"}))
	return g
}

func TestAddValidatesSchemaAndEnds(t *testing.T) {
	g := New()
	tests := []struct {
		name string
		err  error
	}{
		{"bad label", func() error { _, err := g.AddNode("x", "Robot", nil); return err }()},
		{"bad type", func() error {
			g.AddNode("a", "Person", nil)
			g.AddNode("b", "Meeting", nil)
			_, err := g.AddRel("LIKES", "a", "b", nil)
			return err
		}()},
		{"missing end", func() error { _, err := g.AddRel("PARTICIPATED_IN", "a", "nope", nil); return err }()},
	}
	for _, tt := range tests {
		if tt.err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

func TestMergeProps(t *testing.T) {
	g := sample(t)
	r := g.Rel(RelID("BETWEEN", "meeting:x", "country:iran"))
	if got := StringsProp(r.Props, "sources"); len(got) != 2 || got[0] != "article:a" || got[1] != "article:b" {
		t.Errorf("sources = %v", got)
	}
	if c, _ := r.Props["confidence"].(float64); c != 0.7 {
		t.Errorf("confidence = %v, want the maximum 0.7", c)
	}
	if got := StringsProp(g.Node("country:iran").Props, "aliases"); len(got) != 2 {
		t.Errorf("aliases = %v", got)
	}
}

// TestSnapshotGolden checks the JSON contract byte for byte, and that a
// snapshot read back gives the same bytes.
func TestSnapshotGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := sample(t).Snapshot().EncodeJSON(&buf); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "sample.golden.json")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./graph -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("snapshot differs from %s:\n%s", golden, buf.String())
	}
	path := filepath.Join(t.TempDir(), "g.json")
	if err := atomicfile.Write(context.Background(), path, sample(t).Snapshot().EncodeJSON); err != nil {
		t.Fatal(err)
	}
	s, err := ReadSnapshotFile(path)
	if err != nil {
		t.Fatal(err)
	}
	g2, err := FromSnapshot(s)
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := g2.Snapshot().EncodeJSON(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), want) {
		t.Errorf("round trip changed the snapshot:\n%s", again.String())
	}
}

func TestRemoveNodeDropsItsRelationships(t *testing.T) {
	g := sample(t)
	g.RemoveNode("country:iran")
	if _, rels := g.Len(); rels != 1 {
		t.Errorf("relationships left = %d, want 1", rels)
	}
}

// TestOwn keeps schema labels and types only, and no relationship to a
// node that is dropped.
func TestOwn(t *testing.T) {
	s := Snapshot{
		Nodes: []*Node{{ID: "a", Labels: []string{"Country"}}, {ID: "b", Labels: []string{"Venue"}},
			{ID: "x", Labels: []string{"UserNote"}}, {ID: "y"}},
		Relationships: []*Relationship{{ID: "r1", Type: "LOCATED_IN", Start: "b", End: "a"},
			{ID: "r2", Type: "LOCATED_IN", Start: "x", End: "a"}, {ID: "r3", Type: "LIKES", Start: "a", End: "b"}},
	}
	got := s.Own()
	if len(got.Nodes) != 2 || got.Nodes[0].ID != "a" || got.Nodes[1].ID != "b" ||
		len(got.Relationships) != 1 || got.Relationships[0].ID != "r1" {
		t.Errorf("Own() = %+v", got)
	}
}

// TestCapEvidence keeps the shortest sentences, in byte order, and the
// number there were.
func TestCapEvidence(t *testing.T) {
	tests := []struct {
		name      string
		evidence  any
		max       int
		want      []string
		wantCount any
	}{
		{"under the cap", []string{"bb", "a"}, 3, []string{"bb", "a"}, nil},
		{"at the cap", []string{"a", "bb", "c"}, 3, []string{"a", "bb", "c"}, nil},
		{"over the cap", []string{"a long one", "b", "c short", "dd", "z"}, 3, []string{"b", "dd", "z"}, int64(5)},
		{"ties by byte order", []any{"cc", "bb", "aa", "dd"}, 2, []string{"aa", "bb"}, int64(4)},
		{"no evidence", nil, 3, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			props := map[string]any{}
			if tt.evidence != nil {
				props[EvidenceKey] = tt.evidence
			}
			CapEvidence(props, tt.max)
			if got := StringsProp(props, EvidenceKey); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("evidence = %q, want %q", got, tt.want)
			}
			if got := props[EvidenceCountKey]; got != tt.wantCount {
				t.Errorf("evidence_count = %v, want %v", got, tt.wantCount)
			}
		})
	}
}
