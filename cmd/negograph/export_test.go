package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// buildExamples writes the examples' snapshot and returns its path.
func buildExamples(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if out, errs, code := run(t, "build", "--out", dir, "../../examples/articles"); code != 0 {
		t.Fatalf("build: %d\n%s%s", code, out, errs)
	}
	return filepath.Join(dir, "graph.json")
}

// TestExportFromSnapshot exports a filtered snapshot in JSON and GraphML.
func TestExportFromSnapshot(t *testing.T) {
	snap := buildExamples(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "chain.json")
	o, errs, code := run(t, "export", "--format", "json", "--out", out, "--from", snap, "--channel", "iran,united-states", "--from-date", "2025")
	if code != 0 {
		t.Fatalf("export: %d\n%s%s", code, o, errs)
	}
	var s struct {
		Nodes []struct {
			ID     string         `json:"id"`
			Labels []string       `json:"labels"`
			Props  map[string]any `json:"properties"`
		} `json:"nodes"`
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	meetings := 0
	for _, n := range s.Nodes {
		if n.Labels[0] == "Meeting" {
			meetings++
			if !strings.HasPrefix(n.ID, "meeting:iran-united-states-2025") {
				t.Errorf("meeting %s is outside the filter", n.ID)
			}
		}
	}
	if meetings < 5 {
		t.Errorf("%d meetings kept", meetings)
	}
	man, err := os.ReadFile(out + ".manifest.json")
	if err != nil || !strings.Contains(string(man), `"filter": "from=2025 channel=iran,united-states"`) {
		t.Errorf("manifest: %s %v", man, err)
	}
	if strings.Contains(string(man), "csv_quoting") {
		t.Errorf("a json manifest names a CSV quoting: %s", man)
	}
	if _, errs, code := run(t, "export", "--format", "pdf", "--out", out, "--from", snap); code != 2 || !strings.Contains(errs, "graphml") {
		t.Errorf("unknown format: %d %s", code, errs)
	}
	if _, errs, code := run(t, "export", "--format", "json", "--csv-quoting", "backslash", "--out", out, "--from", snap); code != 2 || !strings.Contains(errs, "--format csv only") {
		t.Errorf("--csv-quoting with json: %d %s", code, errs)
	}
	csvDir := filepath.Join(dir, "csv")
	o, errs, code = run(t, "export", "--format", "csv", "--csv-quoting", "backslash", "--out", csvDir, "--from", snap)
	if code != 0 || !strings.Contains(o, "--legacy-style-quoting=true") {
		t.Fatalf("csv export: %d\n%s%s", code, o, errs)
	}
	if man, err := os.ReadFile(filepath.Join(csvDir, "manifest.json")); err != nil || !strings.Contains(string(man), `"csv_quoting": "backslash"`) {
		t.Errorf("csv manifest: %s %v", man, err)
	}
}

// TestExportAsOf exports the examples as known on 20 April 2025: the third
// round is planned, later rounds are absent, and the manifest says so.
func TestExportAsOf(t *testing.T) {
	snap := buildExamples(t)
	out := filepath.Join(t.TempDir(), "asof.json")
	if o, errs, code := run(t, "export", "--format", "json", "--out", out, "--from", snap, "--as-of", "2025-04-20"); code != 0 {
		t.Fatalf("export: %d\n%s%s", code, o, errs)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	if !strings.Contains(doc, `"name":"Iran – United States, 2025-04-26, Muscat (planned)"`) {
		t.Error("the third round is not planned as of 2025-04-20")
	}
	if strings.Contains(doc, "meeting:iran-united-states-2025-05") || strings.Contains(doc, `"published":"2025-04-27"`) {
		t.Error("a later article's facts are in the export")
	}
	if man, err := os.ReadFile(out + ".manifest.json"); err != nil || !strings.Contains(string(man), `"filter": "as-of=2025-04-20"`) {
		t.Errorf("manifest: %s %v", man, err)
	}
	if _, errs, code := run(t, "export", "--format", "json", "--out", out, "--from", snap, "--as-of", "soon"); code != 2 || !strings.Contains(errs, "--as-of") {
		t.Errorf("bad --as-of: %d %s", code, errs)
	}
}

// TestExportPictures writes the html and svg formats of the examples with
// no Graphviz on PATH: one self-contained page, and the same SVG twice.
func TestExportPictures(t *testing.T) {
	snap := buildExamples(t)
	dir := t.TempDir()
	t.Setenv("PATH", "")
	page := filepath.Join(dir, "chain.html")
	if o, errs, code := run(t, "export", "--format", "html", "--out", page, "--from", snap, "--channel", "iran,united-states"); code != 0 {
		t.Fatalf("export html: %d\n%s%s", code, o, errs)
	}
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	if !strings.Contains(doc, `"id":"meeting:iran-united-states-2024-01-muscat"`) || strings.Contains(doc, `"id":"meeting:iran-saudi-arabia`) ||
		!strings.Contains(doc, "new vis.Timeline(") {
		t.Error("the page does not hold the channel's meetings and the timeline library")
	}
	var svgs [2]string
	for i := range svgs {
		out := filepath.Join(dir, "chain.svg")
		if o, errs, code := run(t, "export", "--format", "svg", "--out", out, "--from", snap); code != 0 {
			t.Fatalf("export svg without Graphviz: %d\n%s%s", code, o, errs)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		svgs[i] = string(b)
	}
	if svgs[0] != svgs[1] || !strings.Contains(svgs[0], `data-id="meeting:iran-united-states-2024-01-muscat"`) {
		t.Error("the SVG differs between runs or lacks a meeting")
	}
}
