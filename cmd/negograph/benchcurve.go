package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/internal/bench"
	"github.com/negograph/negograph/internal/benchcorpus"
)

// runCurve is `negograph bench --curve`: the largest corpus is generated
// once, each size is its first folders, and each size is scanned by grep
// and built by this executable as a child process.
func (a *app) runCurve(ctx context.Context, sizes []int, asJSON bool) error {
	sizes = slices.Clone(sizes)
	slices.Sort(sizes)
	for _, n := range sizes {
		if n <= 0 || n%benchcorpus.ArticlesPerFolder != 0 {
			return &exitError{code: 2, err: fmt.Errorf("--curve: %d is not a positive multiple of %d", n, benchcorpus.ArticlesPerFolder)}
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("bench: find this executable: %w", err)
	}
	tmp, err := os.MkdirTemp("", "negograph-curve-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	gz, err := gazetteer.Default(ctx, a.cfg.GazetteerFiles...)
	if err != nil {
		return err
	}
	corpus := filepath.Join(tmp, "corpus")
	if _, err := benchcorpus.Generate(ctx, corpus, benchcorpus.Options{Articles: sizes[len(sizes)-1], Seed: 1, Known: gz.Known()}); err != nil {
		return err
	}
	names := filepath.Join(tmp, "names.txt")
	if _, err := bench.NamesFile(names, gz.Known()); err != nil {
		return err
	}
	workers := a.cfg.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	var points []bench.Point
	w := a.out
	if !asJSON {
		fmt.Fprintf(w, "each build is `negograph build --workers %d` in a child process; peak RSS is its ru_maxrss (wait4)\n", workers)
		fmt.Fprintf(w, "%9s %8s %8s %9s %8s %8s %10s %10s %9s %12s %8s\n", "articles", "MB", "grep s", "build s", "user s",
			"sys s", "peak RSS", "build/grep", "ms/art", "CPU ms/art", "x first")
	}
	for _, n := range sizes {
		var paths []string
		mb := 0.0
		for f := 0; f < n/benchcorpus.ArticlesPerFolder; f++ {
			dir := filepath.Join(corpus, fmt.Sprintf("part-%03d", f))
			paths = append(paths, dir)
			size, err := dirBytes(dir)
			if err != nil {
				return err
			}
			mb += float64(size) / 1e6
		}
		out := filepath.Join(tmp, "out")
		p, err := bench.MeasurePoint(ctx, exe, names, out, workers, n, mb, paths)
		if err != nil {
			return err
		}
		if err := os.RemoveAll(out); err != nil {
			return err
		}
		p.Relative = 1
		if len(points) > 0 {
			p.Relative = p.CPUMsPerArticle / points[0].CPUMsPerArticle
		}
		points = append(points, p)
		if !asJSON {
			fmt.Fprintf(w, "%9d %8.1f %8.2f %9.2f %8.2f %8.2f %7.0f MB %10.1f %9.3f %12.3f %8.2f\n", p.Articles, p.MB, p.Grep.Seconds,
				p.Build.Seconds, p.Build.UserSeconds, p.Build.SysSeconds, p.Build.PeakRSSMB, p.Ratio, p.MsPerArticle, p.CPUMsPerArticle, p.Relative)
		}
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", " ")
		return enc.Encode(map[string]any{"cpus": runtime.NumCPU(), "workers": workers, "curve": points})
	}
	return nil
}

// dirBytes is the size of the files under dir.
func dirBytes(dir string) (int64, error) {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		n += fi.Size()
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("bench: size of %s: %w", dir, err)
	}
	return n, nil
}
