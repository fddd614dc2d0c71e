package pipeline

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// summary renders the meetings of a graph, one line per fact, for golden
// comparison.
func summary(g *graph.Graph) string {
	var lines []string
	for _, m := range g.NodesByLabel(schema.LabelMeeting) {
		lines = append(lines, fmt.Sprintf("%s status=%s format=%s", m.ID, graph.StringProp(m.Props, "status"), graph.StringProp(m.Props, "format")))
		var rels []string
		for _, r := range g.Rels() {
			switch {
			case r.Start == m.ID && r.Type != schema.RelReports:
				extra := graph.StringProp(r.Props, "basis")
				if c, _ := r.Props["candidate"].(bool); c {
					extra = "candidate"
				}
				rels = append(rels, "  "+strings.TrimSpace(r.Type+" "+r.End+" "+extra))
			case r.End == m.ID && r.Type == schema.RelParticipatedIn:
				rels = append(rels, "  PARTICIPANT "+r.Start+" side="+graph.StringProp(r.Props, "side"))
			}
		}
		sort.Strings(rels)
		lines = append(lines, rels...)
	}
	return strings.Join(lines, "\n") + "\n"
}

// TestHeldOutGolden builds our own test articles (testdata/articles: other
// outlets' styles, Levantine and Maghrebi months, other channels) one by
// one and compares their meetings with golden files. The rules were
// adjusted after reading these outputs, so the files guard against
// regressions; they do not measure quality on unseen text. Run with -update
// after a deliberate change and review the diff.
func TestHeldOutGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatal("no test articles")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			res, err := Build(context.Background(), Options{Paths: []string{f}, Workers: 1, Log: zerolog.Nop()})
			if err != nil {
				t.Fatal(err)
			}
			got := summary(res.Graph)
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(filepath.Base(f), ".txt")+".meetings")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./pipeline -run HeldOut -update)", err)
			}
			if got != string(want) {
				t.Errorf("meetings of %s changed:\n--- got\n%s--- want\n%s", f, got, want)
			}
		})
	}
}
