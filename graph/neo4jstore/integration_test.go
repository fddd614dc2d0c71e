package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/neo4jtest"
	"github.com/negograph/negograph/schema"
)

// openLoader returns a Loader on an empty test database, or skips.
func openLoader(t testing.TB) *Loader {
	t.Helper()
	driver, db := neo4jtest.Open(t)
	return &Loader{Driver: driver, Database: db, Log: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel)}
}

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// query runs a read query and returns its records as maps.
func query(t testing.TB, ctx context.Context, l *Loader, q string, params map[string]any) []map[string]any {
	t.Helper()
	res, err := neo4j.ExecuteQuery(ctx, l.Driver, q, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(l.Database))
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	out := make([]map[string]any, len(res.Records))
	for i, r := range res.Records {
		out[i] = r.AsMap()
	}
	return out
}

// sampleGraph builds a small graph with every label and several property kinds.
func sampleGraph(t testing.TB) *graph.Graph {
	t.Helper()
	g := graph.New()
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(g.AddNode("article:1", schema.LabelArticle, map[string]any{"source": "aljazeera", "title": "محادثات في مسقط", "url": "https://example.org/1"}))
	must(g.AddNode("person:witkoff", schema.LabelPerson, map[string]any{"name": "Steve Witkoff", "name_ar": "ستيف ويتكوف", "aliases": []string{"Witkoff", "ويتكوف"}, "confidence": 0.9}))
	must(g.AddNode("person:araghchi", schema.LabelPerson, map[string]any{"name": "Abbas Araghchi", "name_ar": "عباس عراقجي"}))
	must(g.AddNode("country:oman", schema.LabelCountry, map[string]any{"name": "Oman", "name_ar": "عُمان", "iso2": "OM"}))
	must(g.AddNode("country:usa", schema.LabelCountry, map[string]any{"name": "United States"}))
	must(g.AddNode("venue:muscat", schema.LabelVenue, map[string]any{"name": "Muscat"}))
	must(g.AddNode("org:un", schema.LabelOrganization, map[string]any{"name": "United Nations", "members": 193}))
	must(g.AddNode("meeting:1", schema.LabelMeeting, map[string]any{"date": "2025-04-12", "status": "held", "round": int64(1), "indirect": true, "scores": []any{0.5, 0.75}}))
	must(g.AddNode("meeting:2", schema.LabelMeeting, map[string]any{"date": "2025-04-19", "status": "planned"}))
	must(g.AddRel(schema.RelParticipatedIn, "person:witkoff", "meeting:1", map[string]any{"role": "envoy"}))
	must(g.AddRel(schema.RelParticipatedIn, "person:araghchi", "meeting:1", nil))
	must(g.AddRel(schema.RelHeldIn, "meeting:1", "venue:muscat", nil))
	must(g.AddRel(schema.RelMediatedBy, "meeting:1", "country:oman", map[string]any{"evidence": []string{"article:1"}}))
	must(g.AddRel(schema.RelBetween, "meeting:1", "country:usa", nil))
	must(g.AddRel(schema.RelPrecededBy, "meeting:2", "meeting:1", nil))
	must(g.AddRel(schema.RelReports, "article:1", "meeting:1", nil))
	must(g.AddRel(schema.RelMentions, "article:1", "org:un", nil))
	must(g.AddRel(schema.RelLocatedIn, "venue:muscat", "country:oman", nil))
	must(g.AddRel(schema.RelCitizenOf, "person:witkoff", "country:usa", nil))
	return g
}

// expected is the snapshot as ReadSnapshot returns it: props normalised as
// stored, nodes and relationships sorted by id, labels in schema order.
func expected(t testing.TB, s graph.Snapshot) graph.Snapshot {
	t.Helper()
	out := graph.Snapshot{Nodes: []*graph.Node{}, Relationships: []*graph.Relationship{}}
	for _, n := range s.Nodes {
		p, err := storableProps("node", n.ID, n.Props)
		if err != nil {
			t.Fatal(err)
		}
		labels := make([]any, len(n.Labels))
		for i, l := range n.Labels {
			labels[i] = l
		}
		out.Nodes = append(out.Nodes, &graph.Node{ID: n.ID, Labels: orderLabels(labels), Props: p})
	}
	for _, r := range s.Relationships {
		p, err := storableProps("relationship", r.ID, r.Props)
		if err != nil {
			t.Fatal(err)
		}
		out.Relationships = append(out.Relationships, &graph.Relationship{ID: r.ID, Type: r.Type, Start: r.Start, End: r.End, Props: p})
	}
	sort.Slice(out.Nodes, func(i, j int) bool { return out.Nodes[i].ID < out.Nodes[j].ID })
	sort.Slice(out.Relationships, func(i, j int) bool { return out.Relationships[i].ID < out.Relationships[j].ID })
	return out
}

// diffSnapshots reports the first differences between two snapshots.
func diffSnapshots(t testing.TB, got, want graph.Snapshot) {
	t.Helper()
	if len(got.Nodes) != len(want.Nodes) || len(got.Relationships) != len(want.Relationships) {
		t.Errorf("read %d nodes and %d relationships, want %d and %d",
			len(got.Nodes), len(got.Relationships), len(want.Nodes), len(want.Relationships))
	}
	for i := 0; i < min(len(got.Nodes), len(want.Nodes)); i++ {
		if !reflect.DeepEqual(got.Nodes[i], want.Nodes[i]) {
			t.Errorf("node %d:\n got  %#v\n want %#v", i, *got.Nodes[i], *want.Nodes[i])
		}
	}
	for i := 0; i < min(len(got.Relationships), len(want.Relationships)); i++ {
		if !reflect.DeepEqual(got.Relationships[i], want.Relationships[i]) {
			t.Errorf("relationship %d:\n got  %#v\n want %#v", i, *got.Relationships[i], *want.Relationships[i])
		}
	}
}

func TestApplySchemaIdempotent(t *testing.T) {
	l := openLoader(t)
	ctx := testCtx(t)
	type state struct{ constraints, indexes []string }
	read := func() state {
		var s state
		for _, r := range query(t, ctx, l, "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name", nil) {
			s.constraints = append(s.constraints, fmt.Sprint(r["name"], r["type"], r["labelsOrTypes"], r["properties"]))
		}
		for _, r := range query(t, ctx, l, "SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties, options RETURN name, type, state, labelsOrTypes, properties, options ORDER BY name", nil) {
			if r["state"] != "ONLINE" {
				t.Errorf("index %v is %v after ApplySchema, want ONLINE", r["name"], r["state"])
			}
			s.indexes = append(s.indexes, fmt.Sprint(r["name"], r["type"], r["labelsOrTypes"], r["properties"]))
		}
		return s
	}
	for i := 1; i <= 2; i++ {
		if err := l.ApplySchema(ctx); err != nil {
			t.Fatalf("ApplySchema #%d: %v", i, err)
		}
	}
	first := read()
	if err := l.ApplySchema(ctx); err != nil {
		t.Fatalf("ApplySchema #3: %v", err)
	}
	if again := read(); !reflect.DeepEqual(first, again) {
		t.Errorf("schema changed on a repeated apply:\n%v\n%v", first, again)
	}

	cons := query(t, ctx, l, "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties", nil)
	for _, label := range schema.Labels() {
		found := false
		for _, c := range cons {
			if c["name"] == strings.ToLower(label)+"_id" && strings.Contains(fmt.Sprint(c["type"]), "UNIQUENESS") &&
				reflect.DeepEqual(c["labelsOrTypes"], []any{label}) && reflect.DeepEqual(c["properties"], []any{"id"}) {
				found = true
			}
		}
		if !found {
			t.Errorf("no uniqueness constraint on %s.id; constraints: %v", label, cons)
		}
	}
	ft := query(t, ctx, l, "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = $name RETURN labelsOrTypes, properties, options", map[string]any{"name": schema.FulltextIndexName})
	if len(ft) != 1 {
		t.Fatalf("full-text index %s: found %d", schema.FulltextIndexName, len(ft))
	}
	opts, _ := ft[0]["options"].(map[string]any)
	cfg, _ := opts["indexConfig"].(map[string]any)
	if cfg["fulltext.analyzer"] != "arabic" {
		t.Errorf("full-text analyzer = %v, want arabic (options %v)", cfg["fulltext.analyzer"], opts)
	}
	ranges := query(t, ctx, l, "SHOW RANGE INDEXES YIELD name RETURN collect(name) AS names", nil)
	names, _ := ranges[0]["names"].([]any)
	for _, want := range []string{"meeting_date", "meeting_status", "person_name", "person_name_ar", "organization_name_ar", "article_source"} {
		if !containsAny(names, want) {
			t.Errorf("range index %s missing; have %v", want, names)
		}
	}
}

func containsAny(list []any, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestLoadTwiceIsIdempotent(t *testing.T) {
	l := openLoader(t)
	ctx := testCtx(t)
	g := sampleGraph(t)
	snap := g.Snapshot()
	wantNodes, wantRels := g.Counts()

	for i := 1; i <= 2; i++ {
		st, err := l.Load(ctx, snap)
		if err != nil {
			t.Fatalf("Load #%d: %v", i, err)
		}
		if st.Nodes != len(snap.Nodes) || st.Relationships != len(snap.Relationships) {
			t.Errorf("Load #%d stats = %+v, want %d nodes, %d relationships", i, st, len(snap.Nodes), len(snap.Relationships))
		}
		nodes, rels, err := l.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(nodes, wantNodes) || !reflect.DeepEqual(rels, wantRels) {
			t.Errorf("after load #%d counts = %v %v, want %v %v", i, nodes, rels, wantNodes, wantRels)
		}
		got, err := l.ReadSnapshot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		diffSnapshots(t, got, expected(t, snap))
	}

	// Spot-check concrete stored types, independent of the expected() helper.
	rows := query(t, ctx, l, "MATCH (m:Meeting {id: 'meeting:1'}) RETURN m.round AS round, m.indirect AS indirect, m.scores AS scores", nil)
	if len(rows) != 1 || rows[0]["round"] != int64(1) || rows[0]["indirect"] != true || !reflect.DeepEqual(rows[0]["scores"], []any{0.5, 0.75}) {
		t.Errorf("meeting:1 stored as %v", rows)
	}
	// The snapshot round-trips through graph.FromSnapshot.
	got, err := l.ReadSnapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := graph.FromSnapshot(got); err != nil {
		t.Errorf("ReadSnapshot result is not a valid graph snapshot: %v", err)
	}
}

func TestLoadReplacesProperties(t *testing.T) {
	l := openLoader(t)
	ctx := testCtx(t)
	first := graph.Snapshot{Nodes: []*graph.Node{{ID: "person:x", Labels: []string{"Person"}, Props: map[string]any{"name": "X", "stale": "old"}}}}
	second := graph.Snapshot{Nodes: []*graph.Node{{ID: "person:x", Labels: []string{"Person"}, Props: map[string]any{"name": "X2"}}}}
	for _, s := range []graph.Snapshot{first, second} {
		if _, err := l.Load(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	got, err := l.ReadSnapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	diffSnapshots(t, got, expected(t, second))
}

func TestHostileValuesStoredAsIs(t *testing.T) {
	l := openLoader(t)
	ctx := testCtx(t)
	tests := []struct{ name, value string }{
		{"quotes", `O'Brien "x"`},
		{"backticks", "`Person` ``x``"},
		{"braces", "{braces} {id: 1}"},
		{"param", "$param $rows"},
		{"injection", ") DETACH DELETE n //"},
		{"injection2", "'}) MATCH (m) DETACH DELETE m //"},
		{"arabic diacritics", "عَبَّاسُ عِرَاقْجِيّ"},
		{"newline and nul", "line1\nline2\x00end"},
		{"backslash", `C:\path\"q`},
	}
	s := graph.Snapshot{Nodes: []*graph.Node{{ID: "meeting:m", Labels: []string{"Meeting"}}}}
	for i, tt := range tests {
		id := "person:" + tt.value // hostile id, too
		s.Nodes = append(s.Nodes, &graph.Node{ID: id, Labels: []string{"Person"},
			Props: map[string]any{"name": tt.value, "aliases": []string{tt.value, tt.name}, "n": i}})
		s.Relationships = append(s.Relationships, &graph.Relationship{ID: graph.RelID("PARTICIPATED_IN", id, "meeting:m"),
			Type: "PARTICIPATED_IN", Start: id, End: "meeting:m", Props: map[string]any{"quote": tt.value}})
	}
	for i := 0; i < 2; i++ {
		if _, err := l.Load(ctx, s); err != nil {
			t.Fatalf("Load #%d: %v", i+1, err)
		}
	}
	got, err := l.ReadSnapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	diffSnapshots(t, got, expected(t, s))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := query(t, ctx, l, "MATCH (p:Person {id: $id}) RETURN p.name AS name", map[string]any{"id": "person:" + tt.value})
			if len(rows) != 1 || rows[0]["name"] != tt.value {
				t.Errorf("stored %q as %v", tt.value, rows)
			}
		})
	}
}

func TestFulltextFindsArabic(t *testing.T) {
	l := openLoader(t)
	ctx := testCtx(t)
	if _, err := l.Load(ctx, sampleGraph(t).Snapshot()); err != nil {
		t.Fatal(err)
	}
	// Writes reach full-text indexes asynchronously; poll briefly.
	deadline := time.Now().Add(30 * time.Second)
	for {
		rows := query(t, ctx, l, "CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.id AS id",
			map[string]any{"index": schema.FulltextIndexName, "q": "عراقجي"})
		if len(rows) > 0 {
			if rows[0]["id"] != "person:araghchi" {
				t.Errorf("full-text search for عراقجي found %v", rows)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("full-text search for عراقجي found nothing")
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func TestMissingEndpointInSnapshotWritesNothing(t *testing.T) {
	l := openLoader(t)
	ctx := testCtx(t)
	s := graph.Snapshot{
		Nodes:         []*graph.Node{{ID: "person:a", Labels: []string{"Person"}}},
		Relationships: []*graph.Relationship{{ID: "rel:1", Type: "PARTICIPATED_IN", Start: "person:a", End: "meeting:ghost"}},
	}
	_, err := l.Load(ctx, s)
	if err == nil || !strings.Contains(err.Error(), `"meeting:ghost"`) {
		t.Fatalf("Load error = %v, want one naming meeting:ghost", err)
	}
	nodes, rels, err := l.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(nodes) != 0 || len(rels) != 0 {
		t.Errorf("a rejected snapshot wrote %v %v", nodes, rels)
	}
}

func TestMissingEndpointInDatabaseRollsBack(t *testing.T) {
	l := openLoader(t)
	ctx := testCtx(t)
	if _, err := l.Load(ctx, graph.Snapshot{Nodes: []*graph.Node{
		{ID: "person:a", Labels: []string{"Person"}}, {ID: "meeting:1", Labels: []string{"Meeting"}}}}); err != nil {
		t.Fatal(err)
	}
	// A group as Load would build it when meeting:gone was deleted under it.
	g := &relGroup{typ: "PARTICIPATED_IN", startLabel: "Person", endLabel: "Meeting", rows: []any{
		map[string]any{"id": "rel:ok", "start": "person:a", "end": "meeting:1", "props": map[string]any{}},
		map[string]any{"id": "rel:bad", "start": "person:a", "end": "meeting:gone", "props": map[string]any{}},
	}}
	session := l.newWriteSession(ctx)
	defer session.Close(ctx)
	var st Stats
	err := l.writeRels(ctx, session, g, &st)
	var missing *MissingNodeError
	if !errors.As(err, &missing) || !strings.Contains(err.Error(), `"meeting:gone"`) || !strings.Contains(err.Error(), `"rel:bad"`) {
		t.Fatalf("writeRels error = %v, want a *MissingNodeError naming rel:bad and meeting:gone", err)
	}
	if !strings.Contains(err.Error(), "PARTICIPATED_IN relationships (Person->Meeting) batch 1") {
		t.Errorf("error %q does not say which batch", err)
	}
	_, rels, err := l.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 0 {
		t.Errorf("the failed batch was not rolled back: %v", rels)
	}
}

func TestBatchBoundaries(t *testing.T) {
	tests := []struct {
		batchSize, nodes, wantBatches int
	}{
		{batchSize: 2, nodes: 5, wantBatches: 3 + 3}, // 5 Person nodes, 5 relationships
		{batchSize: 1, nodes: 3, wantBatches: 3 + 3},
		{batchSize: 5, nodes: 5, wantBatches: 1 + 1},
		{batchSize: 0, nodes: 5, wantBatches: 1 + 1}, // default size
	}
	l := openLoader(t)
	ctx := testCtx(t)
	for _, tt := range tests {
		t.Run(fmt.Sprintf("size%d_nodes%d", tt.batchSize, tt.nodes), func(t *testing.T) {
			if _, err := neo4j.ExecuteQuery(ctx, l.Driver, "MATCH (n) DETACH DELETE n", nil, neo4j.EagerResultTransformer,
				neo4j.ExecuteQueryWithDatabase(l.Database)); err != nil {
				t.Fatal(err)
			}
			s := graph.Snapshot{Nodes: []*graph.Node{{ID: "venue:v", Labels: []string{"Venue"}, Props: map[string]any{}}}}
			for i := 0; i < tt.nodes; i++ {
				id := fmt.Sprintf("person:%d", i)
				s.Nodes = append(s.Nodes, &graph.Node{ID: id, Labels: []string{"Person"}, Props: map[string]any{"i": int64(i)}})
				s.Relationships = append(s.Relationships, &graph.Relationship{ID: fmt.Sprintf("rel:%d", i),
					Type: "MENTIONS", Start: id, End: "venue:v", Props: map[string]any{"i": int64(i)}})
			}
			ll := *l
			ll.BatchSize = tt.batchSize
			var calls [][2]int // progress: rows written, of the step's rows
			ll.Progress = func(done, total int) { calls = append(calls, [2]int{done, total}) }
			st, err := ll.Load(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			want := Stats{Nodes: tt.nodes + 1, Relationships: tt.nodes, Batches: tt.wantBatches + 1} // +1: the Venue batch
			if st != want {
				t.Errorf("stats = %+v, want %+v", st, want)
			}
			// one call per batch; each step (nodes, then relationships)
			// ends with all its rows written
			if len(calls) != st.Batches {
				t.Errorf("%d progress calls for %d batches: %v", len(calls), st.Batches, calls)
			}
			ends := 0
			for i, c := range calls {
				if c[0] > c[1] || (i > 0 && c[1] == calls[i-1][1] && c[0] <= calls[i-1][0]) {
					t.Errorf("progress %v after %v", c, calls[max(i-1, 0)])
				}
				if c[0] == c[1] {
					ends++
				}
			}
			if ends != 2 || calls[len(calls)-1] != [2]int{tt.nodes, tt.nodes} {
				t.Errorf("progress does not end each step with all its rows: %v", calls)
			}
			got, err := ll.ReadSnapshot(ctx)
			if err != nil {
				t.Fatal(err)
			}
			diffSnapshots(t, got, expected(t, s))
		})
	}
}

// benchGraph builds nodes (half Person, a quarter each Meeting and Country;
// nodes divisible by 4) and 2×nodes relationships.
func benchGraph(nodes int) graph.Snapshot {
	s := graph.Snapshot{}
	persons, meetings, countries := nodes/2, nodes/4, nodes-nodes/2-nodes/4
	add := func(prefix, label string, n int) {
		for i := 0; i < n; i++ {
			s.Nodes = append(s.Nodes, &graph.Node{ID: fmt.Sprintf("%s:%d", prefix, i), Labels: []string{label},
				Props: map[string]any{"name": fmt.Sprintf("%s %d", label, i), "name_ar": "اسم", "aliases": []string{"a", "b"}, "confidence": 0.8}})
		}
	}
	add("person", "Person", persons)
	add("meeting", "Meeting", meetings)
	add("country", "Country", countries)
	for i := 0; i < persons; i++ { // 2 per person: PARTICIPATED_IN and CITIZEN_OF
		p := fmt.Sprintf("person:%d", i)
		m := fmt.Sprintf("meeting:%d", i%meetings)
		c := fmt.Sprintf("country:%d", i%countries)
		s.Relationships = append(s.Relationships,
			&graph.Relationship{ID: graph.RelID("PARTICIPATED_IN", p, m), Type: "PARTICIPATED_IN", Start: p, End: m, Props: map[string]any{"role": "delegate"}},
			&graph.Relationship{ID: graph.RelID("CITIZEN_OF", p, c), Type: "CITIZEN_OF", Start: p, End: c})
	}
	for i := 0; i < meetings; i++ { // 4 per meeting: BETWEEN two countries, HELD_IN and MEDIATED_BY a third
		m := fmt.Sprintf("meeting:%d", i)
		c1, c2, c3 := fmt.Sprintf("country:%d", i%countries), fmt.Sprintf("country:%d", (i+1)%countries), fmt.Sprintf("country:%d", (i+2)%countries)
		for _, r := range [][2]string{{"BETWEEN", c1}, {"BETWEEN", c2}, {"HELD_IN", c3}, {"MEDIATED_BY", c3}} {
			s.Relationships = append(s.Relationships, &graph.Relationship{ID: graph.RelID(r[0], m, r[1]), Type: r[0], Start: m, End: r[1]})
		}
	}
	return s
}

// BenchmarkLoad loads 5,000 nodes and 10,000 relationships into an empty
// database per iteration (the delete between iterations is not timed).
func BenchmarkLoad(b *testing.B) {
	for _, size := range []int{1000, 5000} {
		b.Run(fmt.Sprintf("batch%d", size), func(b *testing.B) {
			l := openLoader(b)
			l.BatchSize = size
			l.Log = zerolog.Nop()
			ctx := context.Background()
			s := benchGraph(5000)
			if err := l.ApplySchema(ctx); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				if _, err := neo4j.ExecuteQuery(ctx, l.Driver, "MATCH (n) DETACH DELETE n", nil, neo4j.EagerResultTransformer,
					neo4j.ExecuteQueryWithDatabase(l.Database)); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				st, err := l.Load(ctx, s)
				if err != nil {
					b.Fatal(err)
				}
				if st.Nodes != 5000 || st.Relationships != 10000 {
					b.Fatalf("stats %+v", st)
				}
			}
			b.ReportMetric(float64(b.N*(len(s.Nodes)+len(s.Relationships)))/b.Elapsed().Seconds(), "rows/s")
		})
	}
}
