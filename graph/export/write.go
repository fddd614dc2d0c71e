package export

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"time"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/internal/atomicfile"
)

// Formats lists the export formats.
func Formats() []string {
	return []string{"json", "graphml", "gexf", "cypher", "csv", "dot", "svg", "html"}
}

// Manifest describes an export; it is written beside it.
type Manifest struct {
	Time   string `json:"time"`
	Format string `json:"format"`
	Filter string `json:"filter,omitempty"`
	// CSVQuoting is the quoting of a csv export ("" is QuoteRFC4180).
	CSVQuoting       CSVQuoting     `json:"csv_quoting,omitempty"`
	Source           string         `json:"source"`
	ExtractorVersion string         `json:"extractor_version"`
	Nodes            map[string]int `json:"nodes"`
	Relationships    map[string]int `json:"relationships"`
	Files            []string       `json:"files"`
}

// Write writes s in format to out (a folder for csv, a file otherwise),
// atomically, and the manifest beside it (<out>.manifest.json, or
// manifest.json inside the csv folder). m gives the manifest's source,
// filter and extractor version (and the quoting of csv files); Write fills
// in the rest. It returns the
// paths written.
func Write(ctx context.Context, format, out string, s graph.Snapshot, m Manifest) ([]string, error) {
	if out == "" {
		return nil, fmt.Errorf("export: no output path (--out)")
	}
	m.Format = format
	if m.Time == "" {
		m.Time = time.Now().UTC().Format(time.RFC3339)
	}
	m.Nodes, m.Relationships = map[string]int{}, map[string]int{}
	for _, n := range s.Nodes {
		m.Nodes[n.Label()]++
	}
	for _, r := range s.Relationships {
		m.Relationships[r.Type]++
	}
	file := func(write func(io.Writer) error) error { return atomicfile.Write(ctx, out, write) }
	var err error
	manifest := out + ".manifest.json"
	switch format {
	case "json":
		err = file(s.EncodeJSON)
	case "graphml":
		err = file(func(w io.Writer) error { return WriteGraphML(w, s) })
	case "gexf":
		now, perr := time.Parse(time.RFC3339, m.Time)
		if perr != nil {
			now = time.Now()
		}
		err = file(func(w io.Writer) error { return WriteGEXF(w, s, now) })
	case "cypher":
		err = file(func(w io.Writer) error { return WriteCypher(w, s) })
	case "dot":
		err = file(func(w io.Writer) error { return WriteDOT(w, s) })
	case "svg":
		err = file(func(w io.Writer) error { return WriteSVG(w, s) })
	case "html":
		err = file(func(w io.Writer) error { return WriteHTML(w, s, HTMLOptions{Filter: m.Filter}) })
	case "csv":
		var files []CSVFile
		if m.CSVQuoting == "" {
			m.CSVQuoting = QuoteRFC4180
		}
		files, err = WriteCSV(ctx, out, s, m.CSVQuoting)
		for _, f := range files {
			m.Files = append(m.Files, f.Path)
		}
		manifest = filepath.Join(out, "manifest.json")
	default:
		return nil, fmt.Errorf("export: unknown format %q (one of %v)", format, Formats())
	}
	if err != nil {
		return nil, fmt.Errorf("export %s to %s: %w", format, out, err)
	}
	if format != "csv" {
		m.Files = []string{out}
	}
	sort.Strings(m.Files)
	err = atomicfile.Write(ctx, manifest, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", " ")
		enc.SetEscapeHTML(false)
		return enc.Encode(m)
	})
	if err != nil {
		return nil, fmt.Errorf("export: write manifest: %w", err)
	}
	return append(m.Files, manifest), nil
}
