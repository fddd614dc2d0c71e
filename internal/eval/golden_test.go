package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// updateEnv names the environment variable that, when set, rewrites the
// golden files instead of comparing with them.
const updateEnv = "UPDATE_GOLDEN"

// TestReportGolden pins the text and JSON layout of a report with
// coreference errors (the split round of TestScoreCoref).
func TestReportGolden(t *testing.T) {
	s, x := newCorefSnap()
	perfectCoref(x)
	x.unrel(relReports, "art:a3", "m1")
	x.meeting("m1b", "2024-01", "held", "c:fre", "c:syl")
	x.report("a3", "m1b", "The Verde round is over, the envoys said on Wednesday after a long day of talks in which neither side gave ground on the questions that divide them, and both delegations flew home before the mediators could set a date for the next meeting (a3).")
	r := Score(corefGold(), *s)
	for _, tt := range []struct {
		file  string
		write func(*bytes.Buffer) error
	}{
		{"report-split.txt", func(b *bytes.Buffer) error { return r.Write(b) }},
		{"report-split.json", func(b *bytes.Buffer) error { return r.WriteJSON(b) }},
	} {
		t.Run(tt.file, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.write(&buf); err != nil {
				t.Fatalf("write: %v", err)
			}
			path := filepath.Join("testdata", tt.file)
			if os.Getenv(updateEnv) != "" {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with %s=1 to create it)", err, updateEnv)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs (run with %s=1 to update):\n%s", path, updateEnv, buf.String())
			}
		})
	}
}
