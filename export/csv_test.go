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
	dir := t.TempDir()
	if _, err := WriteCSV(ctx, dir, s, "excel"); err == nil {
		t.Error("unknown quoting accepted")
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("files written for an unknown quoting: %v", left)
	}
}
