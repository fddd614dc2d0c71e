package atomicfile

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// recordSyncer records what was synced, and what the target held then.
type recordSyncer struct {
	target string
	calls  []string
}

func (r *recordSyncer) syncFile(f *os.File) error {
	_, err := os.Stat(r.target)
	r.calls = append(r.calls, "file (target exists: "+boolText(err == nil)+")")
	return f.Sync()
}

func (r *recordSyncer) syncDir(dir string) error {
	data, _ := os.ReadFile(r.target)
	r.calls = append(r.calls, "dir "+filepath.Base(dir)+" (target: "+string(data)+")")
	return osSyncer{}.syncDir(dir)
}

func boolText(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// TestWriteFileAtomicSyncs (named in README.md's Reliability table): Write
// fsyncs the temporary file before the rename and the folder after it
// (temp → fsync → rename → fsync folder).
func TestWriteFileAtomicSyncs(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		old  bool
		want []string
	}{
		{"new file", false, []string{"file (target exists: no)", "dir " + filepath.Base(dir) + " (target: new)"}},
		{"replaced file", true, []string{"file (target exists: yes)", "dir " + filepath.Base(dir) + " (target: new)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "state.json")
			os.Remove(path)
			if tc.old {
				if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			rs := &recordSyncer{target: path}
			err := writeFile(context.Background(), path, func(w io.Writer) error {
				_, err := io.WriteString(w, "new")
				return err
			}, rs)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(rs.calls, tc.want) {
				t.Fatalf("syncs %q, want %q", rs.calls, tc.want)
			}
			if err := Write(context.Background(), path, func(w io.Writer) error {
				_, err := io.WriteString(w, "real")
				return err
			}); err != nil {
				t.Fatal(err)
			}
			if data, _ := os.ReadFile(path); string(data) != "real" {
				t.Fatalf("content %q", data)
			}
		})
	}
}
