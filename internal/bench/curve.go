package bench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/negograph/negograph/extract/entities"
)

// The curve: the whole build, run as a child process (`negograph build`)
// so that its peak memory is its own, beside the reference scan of the
// same corpus by grep, at several corpus sizes.

// Scan is the reference scan of a corpus: `grep -r -o -F -f NAMES` over its
// files, every gazetteer name looked for as fixed bytes (LC_ALL=C), its
// output read through a pipe (GNU grep stops at the first match when its
// output is /dev/null).
type Scan struct {
	Names   int     `json:"names"`
	Matches int     `json:"matches"`
	Seconds float64 `json:"seconds"`
}

// NamesFile writes every name and alias of the gazetteer entries, one per
// line, into path: the patterns of the reference scan.
func NamesFile(path string, known []entities.Known) (int, error) {
	seen := map[string]bool{}
	var list []string
	for _, k := range known {
		for _, n := range append([]string{k.Name, k.NameAr}, k.Aliases...) {
			if n = strings.TrimSpace(n); n != "" && !seen[n] {
				seen[n] = true
				list = append(list, n)
			}
		}
	}
	slices.Sort(list)
	if err := os.WriteFile(path, []byte(strings.Join(list, "\n")+"\n"), 0o644); err != nil {
		return 0, fmt.Errorf("bench: write the names to scan for: %w", err)
	}
	return len(list), nil
}

// GrepScan times `grep -r -o -F -f names paths...` (LC_ALL=C).
func GrepScan(ctx context.Context, names string, paths []string) (Scan, error) {
	var sc Scan
	data, err := os.ReadFile(names)
	if err != nil {
		return sc, fmt.Errorf("bench: %w", err)
	}
	sc.Names = bytes.Count(data, []byte("\n"))
	cmd := exec.CommandContext(ctx, "grep", append([]string{"-r", "-o", "-F", "-f", names}, paths...)...)
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return sc, fmt.Errorf("bench: grep: %w", err)
	}
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return sc, fmt.Errorf("bench: grep: %w", err)
	}
	lines, err := countLines(out)
	werr := cmd.Wait()
	sc.Seconds = time.Since(t0).Seconds()
	if err != nil {
		return sc, fmt.Errorf("bench: read grep's output: %w", err)
	}
	if werr != nil {
		return sc, fmt.Errorf("bench: grep: %w", werr)
	}
	sc.Matches = lines
	return sc, nil
}

func countLines(r io.Reader) (int, error) {
	buf := make([]byte, 1<<16)
	n := 0
	for {
		k, err := r.Read(buf)
		n += bytes.Count(buf[:k], []byte("\n"))
		if errors.Is(err, io.EOF) {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// Run is one `negograph build` run as a child process.
type Run struct {
	Seconds     float64 `json:"seconds"`
	UserSeconds float64 `json:"user_seconds"`
	SysSeconds  float64 `json:"sys_seconds"`
	// PeakRSSMB is the child's peak resident memory (wait4's rusage
	// ru_maxrss, the kernel's VmHWM of the process), in MB.
	PeakRSSMB     float64 `json:"peak_rss_mb"`
	SnapshotBytes int64   `json:"snapshot_bytes"`
}

// BuildProcess runs `exe build --out out --workers workers paths...` (no
// Neo4j) and measures it from outside.
func BuildProcess(ctx context.Context, exe, out string, workers int, paths []string) (Run, error) {
	var r Run
	args := append([]string{"build", "--out", out, "--workers", strconv.Itoa(workers), "--neo4j-uri", "",
		"--log-level", "error"}, paths...)
	cmd := exec.CommandContext(ctx, exe, args...)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	t0 := time.Now()
	err := cmd.Run()
	r.Seconds = time.Since(t0).Seconds()
	if err != nil {
		return r, fmt.Errorf("bench: %s build: %w: %s", exe, err, strings.TrimSpace(stderr.String()))
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return r, errors.New("bench: no resource usage for the build process")
	}
	r.UserSeconds = time.Duration(ru.Utime.Nano()).Seconds()
	r.SysSeconds = time.Duration(ru.Stime.Nano()).Seconds()
	r.PeakRSSMB = float64(ru.Maxrss) * 1024 / 1e6 // Linux reports KiB
	if fi, err := os.Stat(filepath.Join(out, "graph.json")); err == nil {
		r.SnapshotBytes = fi.Size()
	}
	return r, nil
}

// Point is one corpus size of the curve.
type Point struct {
	Articles int     `json:"articles"`
	MB       float64 `json:"corpus_mb"`
	Grep     Scan    `json:"grep"`
	Build    Run     `json:"build"`
	// Ratio is build wall time over grep wall time.
	Ratio float64 `json:"build_over_grep"`
	// MsPerArticle and CPUMsPerArticle are the build's wall and user+sys
	// CPU time per article; Relative is CPUMsPerArticle over the first
	// point's.
	MsPerArticle    float64 `json:"ms_per_article"`
	CPUMsPerArticle float64 `json:"cpu_ms_per_article"`
	Relative        float64 `json:"cpu_cost_relative_to_first"`
}

// MeasurePoint scans, then builds, the corpus of articles articles at paths
// (mb megabytes of files).
func MeasurePoint(ctx context.Context, exe, names, out string, workers, articles int, mb float64, paths []string) (Point, error) {
	p := Point{Articles: articles, MB: mb}
	var err error
	if p.Grep, err = GrepScan(ctx, names, paths); err != nil {
		return p, err
	}
	if p.Build, err = BuildProcess(ctx, exe, out, workers, paths); err != nil {
		return p, err
	}
	p.Ratio = p.Build.Seconds / p.Grep.Seconds
	p.MsPerArticle = 1000 * p.Build.Seconds / float64(articles)
	p.CPUMsPerArticle = 1000 * (p.Build.UserSeconds + p.Build.SysSeconds) / float64(articles)
	return p, nil
}
