package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/negograph/negograph/internal/eval"
)

// TestEval scores the eval package's fixture snapshot through the command.
func TestEval(t *testing.T) {
	gold := filepath.Join("..", "..", "internal", "eval", "testdata", "gold.json")
	snap := filepath.Join("..", "..", "internal", "eval", "testdata", "perfect.json")
	tests := []struct {
		name string
		args []string
		code int
		want string // in stdout+stderr
	}{
		{"text", nil, 0, "CoNLL F1 (mean F1 of MUC, B3, CEAF-e): 1.000"},
		{"date attribute", nil, 0, "  date          1.000"},
		{"json", []string{"--format", "json"}, 0, `"conll_f1": 1`},
		{"min met", []string{"--min", "1", "--min-coref", "1"}, 0, "headline"},
		{"min-coref missed", []string{"--min-coref", "1.5"}, 1, "below --min-coref 1.500"},
		{"bad format", []string{"--format", "xml"}, 2, "--format must be text or json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"eval", "--gold", gold, "--snapshot", snap}, tt.args...)
			out, errs, code := run(t, args...)
			if code != tt.code || !strings.Contains(out+errs, tt.want) {
				t.Errorf("status %d (want %d), want %q in:\n%s%s", code, tt.code, tt.want, out, errs)
			}
		})
	}
}

// TestEvalJSONReadsBack checks that --format json is one report object.
func TestEvalJSONReadsBack(t *testing.T) {
	gold := filepath.Join("..", "..", "internal", "eval", "testdata", "gold.json")
	snap := filepath.Join("..", "..", "internal", "eval", "testdata", "perfect.json")
	out, errs, code := run(t, "eval", "--gold", gold, "--snapshot", snap, "--format", "json")
	if code != 0 {
		t.Fatalf("status %d\n%s", code, errs)
	}
	var r eval.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not a JSON report: %v\n%s", err, out)
	}
	if r.Meetings.TP != 3 || r.Coref.GoldMentions != 3 || r.Headline != 1 {
		t.Errorf("report = %+v", r)
	}
}
