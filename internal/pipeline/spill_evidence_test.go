package pipeline

import (
	"context"
	"errors"
	"os"
	"reflect"
	"slices"
	"testing"
	"unsafe"
)

// TestEvidenceRecordRoundTrip checks that a fact's evidence decodes to
// what was encoded, keys and sentences in order, that a record cut short
// or with bytes left over is an error, and that a reference gives back its
// offset and length.
func TestEvidenceRecordRoundTrip(t *testing.T) {
	in := factEvidence{
		{key: "meeting", sents: []string{"عقدت الجولة الثالثة في مسقط.", "Talks resumed in Muscat."}},
		{key: "party:country:iran", sents: []string{"عقدت الجولة الثالثة في مسقط."}},
		{key: "after", sents: []string{string(make([]byte, 300))}}, // a length over one byte
	}
	data := appendEvidence(nil, in)
	got, err := decodeEvidence(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, in) {
		t.Errorf("decoded %q, want %q", got, in)
	}
	for _, bad := range [][]byte{data[:len(data)-1], data[:3], append(slices.Clone(data), 0)} {
		if _, err := decodeEvidence(bad); !errors.Is(err, errEvidenceEncoding) {
			t.Errorf("decoding %d of %d bytes: err %v, want errEvidenceEncoding", len(bad), len(data), err)
		}
	}
	for _, c := range []struct {
		off int64
		n   int
		ok  bool
	}{{0, 1, true}, {1 << 39, 1<<24 - 1, true}, {5, 0, false}, {5, 1 << 24, false}, {1 << 40, 3, false}} {
		ref, ok := makeEvidenceRef(c.off, c.n)
		if ok != c.ok {
			t.Errorf("makeEvidenceRef(%d, %d): ok %v, want %v", c.off, c.n, ok, c.ok)
			continue
		}
		if off, n := ref.at(); ok && (off != c.off || n != c.n || ref == 0) {
			t.Errorf("makeEvidenceRef(%d, %d).at() = %d, %d", c.off, c.n, off, n)
		}
	}
}

// TestSpillPutsFactsEvidence checks that spilling an analysis leaves its
// meeting facts without their evidence, only where it is, and that
// reading it back gives each fact the evidence it had, its sentences
// their canonical copies; the spill's folder goes with it.
func TestSpillPutsFactsEvidence(t *testing.T) {
	ctx := context.Background()
	en := &Engine{}
	if err := en.Prepare(ctx); err != nil {
		t.Fatal(err)
	}
	an := en.Analyzer()
	dir := t.TempDir()
	sp := newSpill(dir)
	facts := 0
	for i, a := range readArticles(t, "../../examples/articles") {
		c := an.Contribute(a).c
		want := make([]factEvidence, len(c.meetings))
		for j := range c.meetings {
			want[j] = c.meetings[j].evidence
		}
		sp.put(i, a.Source, c)
		for j := range c.meetings {
			m := &c.meetings[j]
			if len(want[j]) == 0 {
				continue
			}
			facts++
			if m.evidence != nil || m.evAt == 0 {
				t.Fatalf("%s: fact %d holds %d evidence keys after the spill (at %d)", a.Source, j, len(m.evidence), m.evAt)
			}
			sp.loadEvidence(m)
			if err := sp.readError(); err != nil {
				t.Fatal(err)
			}
			if m.evAt != 0 || !reflect.DeepEqual(m.evidence, want[j]) {
				t.Fatalf("%s: fact %d read back %q, want %q", a.Source, j, m.evidence, want[j])
			}
			for _, k := range m.evidence {
				for _, s := range k.sents {
					if unsafe.StringData(s) != unsafe.StringData(intern(s)) {
						t.Fatalf("%s: a sentence read back is not its canonical copy", a.Source)
					}
				}
			}
		}
	}
	if facts == 0 {
		t.Fatal("no fact with evidence: the test proves nothing")
	}
	if err := sp.remove(); err != nil {
		t.Fatal(err)
	}
	if left, err := os.ReadDir(dir); err != nil || len(left) > 0 {
		t.Errorf("%d file(s) left in the spill folder (%v)", len(left), err)
	}
}
