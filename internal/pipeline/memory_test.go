package pipeline

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// TestAssemblyUsesUpABuildsAnalyses checks the memory property of a
// build's assembly structurally: with the analyses its own (owned), the
// builder lets go of every analysis (the list given holds none after),
// drops each article's mentions, cues, entities and meetings once they
// are in the graph, and holds the MENTIONS and the rounds' relationships packed
// (graph.AddRelPacked);
// and that assembling shared analyses (a refresh's cache) leaves them
// exactly as they were and gives the same graph.
func TestAssemblyUsesUpABuildsAnalyses(t *testing.T) {
	ctx := context.Background()
	en := &Engine{}
	if err := en.Prepare(ctx); err != nil {
		t.Fatal(err)
	}
	an := en.Analyzer()
	for _, tc := range streamCorpora {
		t.Run(tc.name, func(t *testing.T) {
			arts := readArticles(t, tc.paths...)
			// Shared analyses: a copy of each (through its encoding) tells
			// whether assembling changed them.
			shared := make([]*Contribution, len(arts))
			before := make([]*Contribution, len(arts))
			for i, a := range arts {
				shared[i] = an.Contribute(a)
				before[i] = decoded(t, shared[i])
			}
			want, _, err := an.Assemble(shared)
			if err != nil {
				t.Fatal(err)
			}
			for i := range shared {
				if after := decoded(t, shared[i]); !reflect.DeepEqual(after.c, before[i].c) {
					t.Errorf("%s: assembling changed a shared analysis", arts[i].Source)
				}
			}

			owned := make([]*Contribution, len(arts))
			inner := make([]*contribution, len(arts))
			for i, a := range arts {
				owned[i] = an.Contribute(a)
				inner[i] = owned[i].c
			}
			g, _, err := an.assemble(owned, true)
			if err != nil {
				t.Fatal(err)
			}
			if string(snapshotJSON(t, g)) != string(snapshotJSON(t, want)) {
				t.Fatal("the owned assembly gave another graph than the shared one")
			}
			seen := map[string]bool{}
			for i, c := range inner {
				if owned[i] != nil {
					t.Errorf("%s: the list given still holds its analysis", arts[i].Source)
				}
				if seen[c.art.ID] {
					continue // a duplicate: left out before the builder takes it
				}
				seen[c.art.ID] = true
				if c.mentions != nil || c.cues != nil || c.entities != nil || c.meetings != nil {
					t.Errorf("%s: the analysis still holds %d mentions, %d cues, %d entities, %d meetings once assembled",
						arts[i].Source, len(c.mentions), len(c.cues), len(c.entities), len(c.meetings))
				}
			}
			// a build's MENTIONS and round relationships are held packed,
			// none as a Relationship with its map; a refresh's (shared
			// analyses) are not
			_, rels := g.Counts()
			packedTypes := []string{schema.RelMentions, schema.RelBetween, schema.RelHeldIn, schema.RelMediatedBy,
				schema.RelParticipatedIn, schema.RelReports, schema.RelPrecededBy}
			for _, typ := range packedTypes {
				if got := g.Packed(typ); got != rels[typ] {
					t.Errorf("owned assembly: %d of %d %s packed, want all", got, rels[typ], typ)
				}
				if got := want.Packed(typ); got != 0 {
					t.Errorf("shared assembly: %d %s packed, want none", got, typ)
				}
			}
			for _, typ := range []string{schema.RelMentions, schema.RelBetween, schema.RelReports} {
				if rels[typ] == 0 {
					t.Errorf("the corpus gives no %s: the check above proves nothing", typ)
				}
			}
		})
	}
}

// decoded is a deep copy of c, through its encoding.
func decoded(t *testing.T, c *Contribution) *Contribution {
	t.Helper()
	data, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var out Contribution
	if err := out.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	return &out
}

// TestEvidenceSentenceHeldOnce checks that a sentence two articles carry
// (a wire story, a boilerplate line) is one string in memory, shared by
// both analyses, and that neither points into its article's text.
func TestEvidenceSentenceHeldOnce(t *testing.T) {
	ctx := context.Background()
	en := &Engine{}
	if err := en.Prepare(ctx); err != nil {
		t.Fatal(err)
	}
	shared := "وصل وزير الخارجية الإيراني إلى مسقط لإجراء محادثات مع المسؤولين العمانيين."
	tests := []struct{ name, first, second string }{
		{"same sentence, different articles", "أعلنت الوزارة بيانا مقتضبا صباح اليوم.", "نقلت وكالة محلية الخبر دون تفاصيل."},
		{"same sentence, other place in the text", "", "وقال مراسلنا إن الجو كان هادئا في العاصمة."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var evidence [2]map[string]string
			for k, text := range []string{tc.first + "\n" + shared, shared + "\n" + tc.second} {
				text = strings.Clone(text)
				a := article.Article{ID: article.ContentID(text), Source: fmt.Sprintf("a%d.txt", k), Text: text}
				c := en.Analyzer().Contribute(a).c
				evidence[k] = map[string]string{}
				lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
				for _, m := range c.mentions {
					for _, e := range m.evidence {
						if p := uintptr(unsafe.Pointer(unsafe.StringData(e))); p >= lo && p < lo+uintptr(len(text)) {
							t.Errorf("article %d: evidence %q points into the text", k, e)
						}
						evidence[k][m.entityID] = e
					}
				}
			}
			same := 0
			for id, e := range evidence[0] {
				o, ok := evidence[1][id]
				if !ok || o != e {
					continue
				}
				same++
				if unsafe.StringData(o) != unsafe.StringData(e) {
					t.Errorf("%s: the sentence both articles carry is held twice", id)
				}
			}
			if same == 0 {
				t.Fatalf("no mention with the shared sentence as evidence in both articles: %v / %v", evidence[0], evidence[1])
			}
		})
	}
}

// TestDecodedMeetingKeepsNoSupport checks that an analysis read back from a
// refresh pack or a contribution folder an older version wrote (with the
// meetings' sentence indexes) holds no more than a fresh one.
func TestDecodedMeetingKeepsNoSupport(t *testing.T) {
	tests := []struct {
		name    string
		support map[string][]int
	}{
		{"older version's", map[string][]int{"meeting": {0, 2}, "party:country:iran": {0}}},
		{"current", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := wireContribution{Meetings: []wireMeeting{{
				Meeting:  meetings.Meeting{Parties: []string{"country:iran", "country:oman"}, Support: tc.support},
				Article:  "article:x",
				Evidence: map[string][]string{"meeting": {"A sentence of the report."}},
			}}}
			got, err := fromWire(w)
			if err != nil {
				t.Fatal(err)
			}
			c := got.c
			// a fact has no Support field: what an older version wrote
			// there is not kept
			if len(c.meetings) != 1 {
				t.Fatalf("decoded meetings %+v: want one", c.meetings)
			}
			if got := c.meetings[0].evidence.get("meeting"); len(got) != 1 {
				t.Errorf("evidence %v: want the sentence kept", got)
			}
		})
	}
}
