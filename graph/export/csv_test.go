package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestBackslashWriter: fields that the LOAD CSV reader (legacy quote
// escaping) would misread are quoted with quotes and backslashes doubled;
// plain fields are written as they are.
func TestBackslashWriter(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want string
	}{
		{"plain", []string{"a", "عراقجي", ""}, "a,عراقجي,\n"},
		{"comma", []string{"a,b"}, "\"a,b\"\n"},
		{"quote", []string{`say "yes"`}, "\"say \"\"yes\"\"\"\n"},
		{"backslash quote", []string{`\"x\"`}, "\"\\\\\"\"x\\\\\"\"\"\n"},
		{"trailing backslash", []string{`C:\dir\`}, "\"C:\\\\dir\\\\\"\n"},
		{"line break", []string{"a\nb", "c\r\nd"}, "\"a\nb\",\"c\r\nd\"\n"},
		{"outer spaces", []string{" a ", "b"}, "\" a \",b\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			w, err := newRowWriter(&buf, QuoteBackslash)
			if err != nil {
				t.Fatal(err)
			}
			if err := w.Write(tc.in); err != nil {
				t.Fatal(err)
			}
			w.Flush()
			if err := w.Error(); err != nil {
				t.Fatal(err)
			}
			if buf.String() != tc.want {
				t.Errorf("got %q, want %q", buf.String(), tc.want)
			}
		})
	}
}

// TestCSVQuotings: the RFC 4180 files read back field for field with an
// RFC reader, both quotings write the same files apart from quoting, and
// an unknown quoting is refused before anything is written.
func TestCSVQuotings(t *testing.T) {
	s := hostile(t)
	ctx := context.Background()
	rfcDir, bsDir := t.TempDir(), t.TempDir()
	rfc, err := WriteCSV(ctx, rfcDir, s, QuoteRFC4180)
	if err != nil {
		t.Fatal(err)
	}
	bs, err := WriteCSV(ctx, bsDir, s, QuoteBackslash)
	if err != nil {
		t.Fatal(err)
	}
	if len(rfc) != len(bs) || len(rfc) == 0 {
		t.Fatalf("%d and %d files", len(rfc), len(bs))
	}
	var aliases string
	for i, f := range rfc {
		if filepath.Base(f.Path) != filepath.Base(bs[i].Path) {
			t.Errorf("file %d: %s and %s", i, f.Path, bs[i].Path)
		}
		data, err := os.ReadFile(f.Path)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", f.Path, err)
		}
		if f.Label != "Person" {
			continue
		}
		for c, h := range recs[0] {
			if h == "aliases:string[]" {
				aliases = recs[1][c]
			}
		}
	}
	got := strings.Split(aliases, ArrayDelimiter)
	want := []string{"a;b", "line1\nline2", "tab\there", `C:\مسار\`, `\"مهرب\"`, `\\`}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("aliases read back as %q, want %q", got, want)
	}
	// The backslash files, read as Neo4j's legacy quoting reader does, give
	// the same records.
	for i, f := range bs {
		data, err := os.ReadFile(f.Path)
		if err != nil {
			t.Fatal(err)
		}
		rfcData, err := os.ReadFile(rfc[i].Path)
		if err != nil {
			t.Fatal(err)
		}
		want, err := csv.NewReader(bytes.NewReader(rfcData)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		got := readLegacyCSV(t, string(data))
		for _, r := range got {
			for j := range r {
				r[j] = strings.ReplaceAll(r[j], "\r\n", "\n") // as encoding/csv reads a quoted CRLF
			}
		}
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%s read back as\n%q\nwant\n%q", f.Path, got, want)
		}
	}
	dir := t.TempDir()
	if _, err := WriteCSV(ctx, dir, s, "excel"); err == nil {
		t.Error("unknown quoting accepted")
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("files written for an unknown quoting: %v", left)
	}
}

// readLegacyCSV reads CSV as LOAD CSV does with legacy quote escaping: in a
// quoted field, "" and \" are a quote and \\ a backslash.
func readLegacyCSV(t *testing.T, data string) [][]string {
	t.Helper()
	var recs [][]string
	var rec []string
	var field strings.Builder
	quoted := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case quoted && c == '\\' && i+1 < len(data) && (data[i+1] == '"' || data[i+1] == '\\'):
			field.WriteByte(data[i+1])
			i++
		case quoted && c == '"' && i+1 < len(data) && data[i+1] == '"':
			field.WriteByte('"')
			i++
		case c == '"':
			quoted = !quoted
		case !quoted && c == ',':
			rec = append(rec, field.String())
			field.Reset()
		case !quoted && c == '\n':
			recs = append(recs, append(rec, field.String()))
			rec = nil
			field.Reset()
		default:
			field.WriteByte(c)
		}
	}
	if quoted || field.Len() > 0 || rec != nil {
		t.Fatalf("unterminated CSV: %q", data)
	}
	return recs
}
