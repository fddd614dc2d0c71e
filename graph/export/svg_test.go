package export

import (
	"bytes"
	"context"
	"encoding/xml"
	"flag"
	"html"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/negograph/negograph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// fixture reads the small hand-written chain under testdata: two channels,
// a held, a planned-then-held, a postponed and a cancelled meeting, Arabic
// names, a venue candidate, explicit and inferred links.
func fixture(t *testing.T) graph.Snapshot {
	t.Helper()
	s, err := graph.ReadSnapshotFile(filepath.Join("testdata", "chain.graph.json"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// wellFormed parses doc as XML.
func wellFormed(t *testing.T, doc []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
	}
}

// TestSVGWithoutGraphviz writes the examples' SVG with an empty PATH (no
// dot to run): every meeting is there with its data-id and date, the file
// is well-formed, and two runs give the same bytes.
func TestSVGWithoutGraphviz(t *testing.T) {
	s := examples(t)
	t.Setenv("PATH", "")
	if _, err := exec.LookPath("dot"); err == nil {
		t.Fatal("dot is still found")
	}
	dir := t.TempDir()
	var outs [2][]byte
	for i := range outs {
		out := filepath.Join(dir, "chain.svg")
		if _, err := Write(context.Background(), "svg", out, s, Manifest{Source: "test", ExtractorVersion: "x"}); err != nil {
			t.Fatal(err)
		}
		var err error
		if outs[i], err = os.ReadFile(out); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Fatal("two exports of one snapshot differ")
	}
	wellFormed(t, outs[0])
	doc := html.UnescapeString(string(outs[0]))
	meetings := 0
	for _, n := range s.Nodes {
		if n.Label() != "Meeting" {
			continue
		}
		meetings++
		if !strings.Contains(doc, `data-id="`+n.ID+`"`) {
			t.Errorf("meeting %s is not in the SVG", n.ID)
		}
		if d := graph.StringProp(n.Props, "date"); !strings.Contains(doc, ">"+d+"</text>") {
			t.Errorf("meeting date %s is not written in the SVG", d)
		}
	}
	if meetings == 0 {
		t.Fatal("no meetings in the examples")
	}
	// Arabic names are set right to left.
	if !strings.Contains(doc, `direction="rtl" unicode-bidi="embed" text-anchor="start" fill="#1F4E3D">بريت ماكغورك</text>`) {
		t.Error("McGurk's Arabic name is not a right-to-left line")
	}
	// Hostile names do not break it.
	var buf bytes.Buffer
	if err := WriteSVG(&buf, hostile(t)); err != nil {
		t.Fatal(err)
	}
	wellFormed(t, buf.Bytes())
}

// TestSVGGolden compares the fixture's picture with the golden file (run
// with -update after a deliberate change of the layout, and look at it).
func TestSVGGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSVG(&buf, fixture(t)); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "golden", "chain.svg")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestSVGGolden -update)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("the SVG of %s differs from %s (rerun with -update if the change is meant)", "testdata/chain.graph.json", golden)
	}
	doc := buf.String()
	for _, want := range []string{
		`class="meeting status-cancelled" data-id="meeting:iran-qatar-2025-06-doha-cancelled"`,
		`class="meeting status-postponed"`, `stroke-dasharray="7 4"`,
		`class="preceded-by" data-from="meeting:iran-united-states-2025-04-12-muscat" data-to="meeting:iran-united-states-2025-04-19-rome"`,
		`>in Muscat? / Rome?</text>`,
		`direction="rtl" unicode-bidi="embed" text-anchor="start" fill="#1F4E3D">حميد زارعي</text>`, // a name in Arabic only
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("no %s in the SVG", want)
		}
	}
}

// TestDOTRendersWithGraphviz: the DOT picture still parses with Graphviz
// where it is installed, hostile names included.
func TestDOTRendersWithGraphviz(t *testing.T) {
	dot := need(t, "dot", "graphviz")
	for name, s := range map[string]graph.Snapshot{"examples": examples(t), "hostile": hostile(t)} {
		var buf bytes.Buffer
		if err := WriteDOT(&buf, s); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(dot, "-Tsvg")
		cmd.Stdin = &buf
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: dot: %v\n%.500s", name, err, out)
		}
		if name == "examples" && !strings.Contains(html.UnescapeString(string(out)), "<title>meeting:iran-united-states-2024-01-muscat</title>") {
			t.Errorf("a meeting is missing from Graphviz's picture")
		}
	}
}
