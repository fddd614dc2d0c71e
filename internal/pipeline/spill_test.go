package pipeline

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/internal/benchcorpus"
)

// TestSpillGivesTheSameGraph checks that a build whose analyses spill
// their mention lists to disk (every analysis, or those after the first
// few) writes byte for byte the snapshot of a build that holds them all
// in memory, that it did spill, and that it leaves no file behind.
func TestSpillGivesTheSameGraph(t *testing.T) {
	ctx := context.Background()
	gz, err := gazetteer.Default(ctx)
	if err != nil {
		t.Fatal(err)
	}
	generated := t.TempDir()
	if _, err := benchcorpus.Generate(ctx, generated, benchcorpus.Options{Articles: 400, Seed: 1, Known: gz.Known()}); err != nil {
		t.Fatal(err)
	}
	corpora := []struct {
		name  string
		paths []string
	}{
		{"generated", []string{generated}},
		{"testdata", []string{"testdata/articles"}},
		{"scripts", []string{"testdata/scripts"}},
	}
	for _, tc := range streamCorpora {
		corpora = append(corpora, struct {
			name  string
			paths []string
		}{tc.name, tc.paths})
	}
	for _, tc := range corpora {
		t.Run(tc.name, func(t *testing.T) {
			snapshot := func(mode SpillMode, after int) (snap []byte, spilled bool) {
				dir := t.TempDir()
				var log bytes.Buffer
				en := &Engine{Sources: Sources{Paths: tc.paths}, Workers: 2, Spill: mode, SpillDir: dir,
					spillAfter: after, Log: zerolog.New(&log).Level(zerolog.DebugLevel)}
				res, err := en.Build(ctx)
				if err != nil {
					t.Fatal(err)
				}
				var buf bytes.Buffer
				if err := res.Graph.Snapshot().EncodeJSON(&buf); err != nil {
					t.Fatal(err)
				}
				left, err := os.ReadDir(dir)
				if err != nil {
					t.Fatal(err)
				}
				if len(left) > 0 {
					t.Errorf("spill %d: %d file(s) left in the spill folder (%s)", mode, len(left), left[0].Name())
				}
				if strings.Contains(log.String(), `"level":"warn"`) {
					t.Errorf("spill %d: %s", mode, log.String())
				}
				return buf.Bytes(), strings.Contains(log.String(), "spilled to disk")
			}
			want, spilled := snapshot(SpillOff, 0)
			if spilled {
				t.Error("--spill off spilled")
			}
			for _, run := range []struct {
				name  string
				mode  SpillMode
				after int
			}{{"on", SpillOn, 0}, {"auto after 1", SpillAuto, 1}} {
				got, spilled := snapshot(run.mode, run.after)
				if !spilled {
					t.Errorf("%s: nothing spilled", run.name)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s: the snapshot differs from the build that held every analysis (%d bytes, want %d)", run.name, len(got), len(want))
				}
			}
			if got, _ := snapshot(SpillAuto, 0); !bytes.Equal(got, want) {
				t.Error("auto: the snapshot differs from the build that held every analysis")
			}
		})
	}
}
