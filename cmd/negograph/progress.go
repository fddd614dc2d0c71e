package main

import (
	"io"
	"os"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// newProgress returns a progress reporter drawing a bar on w when w is a
// terminal, and nil (no progress) otherwise. A stage of unknown total
// (total 0, e.g. reading) draws a spinner with the count until the next
// stage starts.
func newProgress(w io.Writer) func(stage string, done, total int) {
	f, ok := w.(*os.File)
	if !ok || !(isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())) {
		return nil
	}
	var bar *progressbar.ProgressBar
	var current string
	var currentTotal int
	return func(stage string, done, total int) {
		if bar == nil || stage != current || total != currentTotal {
			if bar != nil {
				_ = bar.Finish()
			}
			current, currentTotal = stage, total
			max := total
			if total <= 0 {
				max = -1
			}
			bar = progressbar.NewOptions(max, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription(stage),
				progressbar.OptionShowCount(), progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100e6))
		}
		_ = bar.Set(done)
		if total > 0 && done >= total {
			_ = bar.Finish()
		}
	}
}
