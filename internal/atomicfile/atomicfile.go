// Package atomicfile writes files so that readers and crashes never see half
// of one: the state of a refresh, its analysis packs and pages, snapshots,
// exports and generated corpora all go through Write.
package atomicfile

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Write writes to path, through write, a temporary file in the same folder
// and a rename, so readers never see a half-written file, and makes it
// durable before it returns: the temporary file is fsynced before the rename
// and the folder after it, so that a crash or power loss leaves either the
// old file or the whole new one, never an empty or torn one. The folder is
// created if missing. An error from write is returned as it is, and path is
// then left untouched.
func Write(ctx context.Context, path string, write func(io.Writer) error) error {
	return writeFile(ctx, path, write, osSyncer{})
}

// syncer makes file contents and folder entries durable; osSyncer is the
// real one, tests record the order of the calls.
type syncer interface {
	syncFile(f *os.File) error
	syncDir(dir string) error
}

type osSyncer struct{}

func (osSyncer) syncFile(f *os.File) error { return f.Sync() }

func (osSyncer) syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

func writeFile(ctx context.Context, path string, write func(io.Writer) error, sy syncer) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("atomicfile: create output folder %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("atomicfile: create temporary file in %s: %w", dir, err)
	}
	defer os.Remove(tmp.Name())
	// Streamed: a large file is never held whole in memory.
	bw := bufio.NewWriterSize(tmp, 1<<16)
	if err := write(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("atomicfile: write %s: %w", path, err)
	}
	if err := sy.syncFile(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("atomicfile: write %s: flush to disk: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("atomicfile: write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("atomicfile: replace %s: %w", path, err)
	}
	if err := sy.syncDir(dir); err != nil {
		return fmt.Errorf("atomicfile: replace %s: flush folder %s to disk: %w", path, dir, err)
	}
	return nil
}
